package fi.hot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.hot.internal.StatementJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** relabel, reclassify and train: a person's labels stick, and the store keeps its own model. */
class RelabelCommandsTest {
  /** Labelled DREAM by an older model; any model now reads it as a problem. */
  private static final String STALE = "c000000000000001";

  /** Labelled DREAM by a person, who knows the customer. */
  private static final String HUMAN = "c000000000000002";

  /** A fault said as a fact: classified NONE, a person says PROBLEM. */
  private static final String FACT = "c000000000000003";

  @TempDir Path dir;
  private Cli cli;

  @BeforeEach
  void importStatements() throws Exception {
    Path file = dir.resolve("said.jsonl");
    Files.write(
        file,
        List.of(
            "{\"id\":\""
                + STALE
                + "\",\"customer\":\"kahvila-aroma\",\"lang\":\"fi\",\"occurred_at\":\"2026-10-01\","
                + "\"text\":\"Kassajärjestelmä ei toimi aamuisin ollenkaan.\","
                + "\"primary\":\"DREAM\",\"labels\":[\"DREAM\"],\"confidence\":{\"DREAM\":0.41},"
                + "\"labeled_by\":\"model\"}",
            "{\"id\":\""
                + HUMAN
                + "\",\"customer\":\"kahvila-aroma\",\"lang\":\"fi\",\"occurred_at\":\"2026-10-02\","
                + "\"text\":\"Tilaussovellus kaatuu, kun tilauksia tulee monta kerralla.\","
                + "\"primary\":\"DREAM\",\"labels\":[\"DREAM\"],\"labeled_by\":\"human\"}",
            "{\"id\":\""
                + FACT
                + "\",\"customer\":\"brightdesk\",\"lang\":\"en\",\"occurred_at\":\"2026-10-03\","
                + "\"text\":\"The monthly export has had no VAT column since October.\"}"),
        StandardCharsets.UTF_8);
    cli = new Cli(dir.resolve("store"));
    ok("import", file.toString());
  }

  private Cli.Result ok(String... args) {
    Cli.Result r = cli.run(args);
    assertThat(r.code()).as(String.join(" ", args) + "\n" + r.err()).isZero();
    return r;
  }

  private JsonNode json(String id) throws Exception {
    return StatementJson.MAPPER.readTree(ok("show", id, "--json").out());
  }

  private Path gold() throws Exception {
    Path gold = dir.resolve("gold.jsonl");
    Files.write(
        gold,
        List.of(
            "{\"id\":\"g1\",\"text\":\"Tulostin ei tulosta kuitteja.\",\"lang\":\"fi\","
                + "\"primary\":\"PROBLEM\",\"labels\":[\"PROBLEM\"]}",
            "{\"id\":\"g2\",\"text\":\"Tarvitsemme raportin myynnistä asiakkaittain.\","
                + "\"lang\":\"fi\",\"primary\":\"NEED\",\"labels\":[\"NEED\"]}",
            "{\"id\":\"g3\",\"text\":\"Thanks, all good!\",\"lang\":\"en\",\"primary\":\"NONE\","
                + "\"labels\":[]}"),
        StandardCharsets.UTF_8);
    return gold;
  }

  @Test
  void relabel_sets_a_persons_labels_that_show_search_and_the_history_tell() throws Exception {
    assertThat(json(FACT).path("labeled_by").asText()).isEqualTo("model");
    String was = Render.labels(StatementJson.fromJson(json(FACT)).classification());

    Cli.Result r =
        ok("relabel", FACT, "problem", "need", "--by", "anna", "--note", "a fault, not a fact");

    assertThat(r.out())
        .isEqualTo(
            FACT
                + " is now [PROBLEM, NEED] (was "
                + was
                + " by the model): The monthly export has had no VAT column since October.\n");
    JsonNode stored = json(FACT);
    assertThat(stored.path("labeled_by").asText()).isEqualTo("human");
    assertThat(stored.path("primary").asText()).isEqualTo("PROBLEM");

    String show = ok("show", FACT).out();
    assertThat(show)
        .contains("label      PROBLEM\n")
        .contains("label      NEED\n")
        .containsPattern("labelled +by a person: anna, \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d")
        .contains("note       a fault, not a fact")
        .contains("model read " + was + " before it was relabelled");
    assertThat(ok("show", STALE).out()).contains("labelled   by the model");
    assertThat(ok("search", "VAT", "--label", "need").out()).contains("id " + FACT);

    String history = ok("relabel", FACT).out();
    assertThat(history)
        .startsWith("[PROBLEM, NEED] The monthly export")
        .contains("labelled by a person")
        .contains("anna: " + was + " by the model → [PROBLEM, NEED]  \"a fault, not a fact\"");

    Cli.Result again = ok("relabel", FACT, "problem", "need", "--by", "mikko");
    assertThat(again.out()).startsWith(FACT + " already carries [PROBLEM, NEED]");
    assertThat(ok("relabel", FACT).out()).doesNotContain("mikko");
  }

  @Test
  void relabel_refuses_an_unknown_id_an_unknown_label_and_none_with_a_label() {
    Cli.Result unknownId = cli.run("relabel", "ffffffffffffffff", "need");
    assertThat(unknownId.code()).isEqualTo(1);
    assertThat(unknownId.err()).isEqualTo("hot: no statement with id ffffffffffffffff\n");

    Cli.Result unknownLabel = cli.run("relabel", FACT, "wish");
    assertThat(unknownLabel.code()).isEqualTo(2);
    assertThat(unknownLabel.err())
        .isEqualTo("hot: unknown label 'wish' (expected dream, problem, need or none)\n");

    Cli.Result noneAndNeed = cli.run("relabel", FACT, "none", "need");
    assertThat(noneAndNeed.code()).isEqualTo(2);
    assertThat(noneAndNeed.err()).contains("NONE cannot go with other labels");

    Cli.Result noteAlone = cli.run("relabel", FACT, "--note", "why");
    assertThat(noteAlone.code()).isEqualTo(2);
    assertThat(noteAlone.err()).isEqualTo("hot: --by and --note need a LABEL\n");
    assertThat(ok("relabel", FACT).out()).contains("(nobody has relabelled it)");
  }

  @Test
  void reclassify_replaces_a_models_stale_labels_and_keeps_a_persons() throws Exception {
    ok("relabel", FACT, "problem", "--by", "anna");

    Cli.Result r = ok("reclassify");

    assertThat(r.out())
        .startsWith("Reclassified 1 statements with the shipped model: 1 got other labels,")
        .contains("2 kept as labelled by a person.");
    assertThat(json(STALE).path("primary").asText()).isEqualTo("PROBLEM");
    assertThat(json(HUMAN).path("primary").asText()).isEqualTo("DREAM");
    assertThat(json(HUMAN).path("labeled_by").asText()).isEqualTo("human");
    assertThat(json(FACT).path("labels").toString()).isEqualTo("[\"PROBLEM\"]");
    assertThat(ok("reclassify").out()).contains(": 0 got other labels, 0 other confidences");
  }

  @Test
  void a_persons_labels_survive_an_export_and_an_import_into_another_store() throws Exception {
    ok("relabel", FACT, "need", "--by", "anna");
    Path backup = dir.resolve("backup.jsonl");
    ok("export", "--format", "jsonl", "--out", backup.toString());
    Cli other = new Cli(dir.resolve("other"));

    assertThat(other.run("import", backup.toString()).code()).isZero();

    String show = other.run("show", FACT).out();
    assertThat(show).contains("primary    NEED").contains("labelled   by a person\n");
    assertThat(other.run("relabel", FACT).out())
        .contains("(labelled by a person before it came to this store)");
  }

  @Test
  void train_keeps_a_model_with_the_store_that_eval_compares_and_reset_removes() throws Exception {
    ok("relabel", FACT, "problem", "--by", "anna");
    Path gold = gold();
    Cli.Result noModel = cli.run("eval", gold.toString(), "--classifier", "store");
    assertThat(noModel.code()).isEqualTo(1);
    assertThat(noModel.err()).contains("has no model of its own: train one with 'hot train'");
    assertThat(ok("eval", gold.toString()).out()).contains("3 statements, the shipped model\n");

    Cli.Result trained = ok("train");

    assertThat(trained.out())
        .startsWith("Trained on ")
        // the person's relabel and the statement imported as labelled by a person
        .contains(" shipped statements and 2 corrections from the store.\n")
        .containsPattern("  fi +\\d+ statements  accuracy 0\\.\\d{3}  macro-F1 0\\.\\d{3}")
        .containsPattern("  en +\\d+ statements")
        .contains("model" + java.io.File.separator + "model.bin");
    assertThat(trained.err()).startsWith("Training on ").containsPattern("Trained in [\\d.]+ s");
    assertThat(dir.resolve("store/model/model.bin")).isRegularFile();
    assertThat(ok("train", "--report").out())
        .startsWith("trained on ")
        .contains("2 corrections from the store")
        .contains("accuracy");

    // eval: the shipped model before, the store's after, with the differences
    Cli.Result eval = ok("eval", gold.toString());
    assertThat(eval.out())
        .contains("3 statements, the shipped model (before) and the store's model (after)")
        .contains("                     before   after   delta")
        .containsPattern("  primary macro-F1 +\\d\\.\\d{3} +\\d\\.\\d{3}  [+-]\\d\\.\\d{3}")
        .contains("  after: the store's model");
    JsonNode both = StatementJson.MAPPER.readTree(ok("eval", gold.toString(), "--json").out());
    assertThat(both.path("before").path("classifier").asText()).isEqualTo("shipped");
    assertThat(both.path("after").path("classifier").asText()).isEqualTo("store");
    assertThat(both.path("delta").path("macro_f1").asDouble())
        .isEqualTo(
            both.path("after").path("macro_f1").asDouble()
                - both.path("before").path("macro_f1").asDouble());
    assertThat(ok("eval", gold.toString(), "--classifier", "shipped").out())
        .contains("3 statements, the shipped model\n");
    assertThat(ok("classify", "--explain", "--lang", "fi", "Kassa ei toimi.").out())
        .contains("  language fi, the store's model");

    // a person's labels survive training and a reclassification with the new model
    assertThat(ok("reclassify").out()).contains("with the store's model");
    assertThat(json(FACT).path("labeled_by").asText()).isEqualTo("human");
    assertThat(json(FACT).path("labels").toString()).isEqualTo("[\"PROBLEM\"]");
    assertThat(json(HUMAN).path("primary").asText()).isEqualTo("DREAM");

    assertThat(ok("train", "--reset").out()).startsWith("Removed the store's own model");
    assertThat(dir.resolve("store/model")).doesNotExist();
    assertThat(ok("train", "--reset").out()).startsWith("The store has no model of its own");
    assertThat(ok("eval", gold.toString()).out()).contains("3 statements, the shipped model\n");
  }

  @Test
  void train_options_that_contradict_each_other_are_a_usage_error() {
    Cli.Result r = cli.run("train", "--reset", "--no-corrections");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("hot: --reset, --report and --no-corrections go alone\n");
    assertThat(dir.resolve("store/model")).doesNotExist();
  }
}
