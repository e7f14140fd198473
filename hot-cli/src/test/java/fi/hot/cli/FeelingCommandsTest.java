package fi.hot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.hot.internal.StatementJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The customer's feeling on the command line: filters, markers, show, stats, export, eval. */
class FeelingCommandsTest {
  @TempDir Path dir;

  /** Four statements with their feelings given, and one whose feeling is read at import. */
  private static final String FELT =
      """
      {"id":"f1","text":"Laskutus ei toimi taas!","customer":"acme","lang":"fi","occurred_at":"2026-03-01","labels":["PROBLEM"],"polarity":-0.8,"emotion":"frustrated","feeling_cues":[{"id":"fi.frustrated.taas","text":"taas"}]}
      {"id":"f2","text":"Pelkään, että tiedot katoavat.","customer":"acme","lang":"fi","occurred_at":"2026-03-02","labels":["PROBLEM"],"polarity":-0.5,"emotion":"worried"}
      {"id":"f3","text":"We need the report today.","customer":"globex","lang":"en","occurred_at":"2026-03-03","labels":["NEED"],"polarity":-0.3,"emotion":"hurried"}
      {"id":"f4","text":"Thanks, the new report is great.","customer":"globex","lang":"en","occurred_at":"2026-03-04","labels":[],"primary":"NONE","polarity":0.8,"emotion":"pleased"}
      {"id":"f5","text":"Ärsyttää todella, että lasku on taas väärin!","customer":"acme","lang":"fi","occurred_at":"2026-03-05","labels":["PROBLEM"]}
      """;

  private Cli imported() throws IOException {
    Path file = dir.resolve("felt.jsonl");
    Files.writeString(file, FELT, StandardCharsets.UTF_8);
    Cli cli = new Cli(dir.resolve("store"));
    Cli.Result r = cli.run("import", file.toString());
    assertThat(r.code()).as(r.err()).isZero();
    return cli;
  }

  @Test
  void search_marks_each_line_with_its_emotion_and_filters_by_emotion_and_polarity()
      throws IOException {
    Cli cli = imported();

    Cli.Result all = cli.run("search", "report");
    assertThat(all.out())
        .contains("[NEED · hurried] We need the *report* today.")
        .contains("[NONE · pleased] Thanks, the new *report* is great.");

    Cli.Result upset = cli.run("search", "", "--emotion", "frustrated,worried");
    assertThat(upset.code()).isZero();
    assertThat(upset.out())
        .contains("[PROBLEM · frustrated] Laskutus ei toimi taas!")
        .contains("[PROBLEM · worried] Pelkään")
        .contains("[PROBLEM · frustrated] Ärsyttää todella")
        .contains("3 of 3 matching statements shown.");

    Cli.Result negative = cli.run("search", "", "--polarity=-1..-0.5", "--json");
    List<String> ids = negative.out().lines().map(l -> field(l, "id")).toList();
    assertThat(ids).containsExactlyInAnyOrder("f1", "f2", "f5");

    Cli.Result positive = cli.run("search", "", "--polarity", "0.5..", "--lang", "en");
    assertThat(positive.out()).contains("Thanks, the new report is great.");
    assertThat(positive.out()).contains("1 of 1 matching statements shown.");
  }

  private static String field(String json, String name) {
    try {
      return StatementJson.MAPPER.readTree(json).get(name).asText();
    } catch (IOException e) {
      throw new AssertionError(json, e);
    }
  }

  @Test
  void add_prints_the_feeling_it_read_when_there_is_one() {
    Cli cli = new Cli(dir.resolve("store"));
    Cli.Result upset =
        cli.run(
            "add", "Ärsyttää todella, lasku on taas väärin!", "--customer", "acme", "--lang", "fi");
    assertThat(upset.code()).as(upset.err()).isZero();
    assertThat(upset.out()).contains("\n  feeling frustrated, polarity -");
    Cli.Result plain =
        cli.run("add", "Meillä on kolme toimipistettä.", "--customer", "acme", "--lang", "fi");
    assertThat(plain.out()).doesNotContain("feeling");
  }

  @Test
  void a_bad_emotion_or_polarity_range_is_a_usage_error() throws IOException {
    Cli cli = imported();

    Cli.Result emotion = cli.run("search", "", "--emotion", "angry");
    assertThat(emotion.code()).isEqualTo(2);
    assertThat(emotion.err()).startsWith("hot: unknown emotion 'angry' (expected frustrated,");

    Cli.Result syntax = cli.run("stats", "--polarity", "-1 to 0");
    assertThat(syntax.code()).isEqualTo(2);
    assertThat(syntax.err())
        .startsWith("hot: --polarity '-1 to 0' is not a range MIN..MAX such as -1..-0.3 or 0.5..");

    Cli.Result outside = cli.run("export", "--format", "csv", "--polarity", "-2..0");
    assertThat(outside.code()).isEqualTo(2);
    assertThat(outside.err()).contains("is not within -1..1");
  }

  @Test
  void the_polarity_range_reads_open_ends_and_signs() {
    assertThat(StatementFilters.polarityRange("-1..-0.3")).containsExactly(-1, -0.3);
    assertThat(StatementFilters.polarityRange(" 0.5.. ")).containsExactly(0.5, 1);
    assertThat(StatementFilters.polarityRange("..0")).containsExactly(-1, 0);
    assertThat(StatementFilters.polarityRange("..")).containsExactly(-1, 1);
  }

  @Test
  void show_prints_the_feeling_and_the_words_it_was_read_from() throws IOException {
    Cli cli = imported();

    Cli.Result given = cli.run("show", "f1");
    assertThat(given.out())
        .contains("feeling    frustrated, polarity -0.80")
        .contains("felt       \"taas\" (fi.frustrated.taas)");

    Cli.Result read = cli.run("show", "f5");
    assertThat(read.out())
        .contains("feeling    frustrated, polarity -")
        .contains("felt       \"Ärsyttää\" (fi.frustrated.arsyttaa)")
        .contains("felt       \"todella\" (fi.intensifier)")
        .contains("felt       \"!\" (fi.exclamation)");
  }

  @Test
  void stats_count_the_emotions() throws IOException {
    Cli cli = imported();

    Cli.Result text = cli.run("stats");
    assertThat(text.out())
        .contains("By emotion\n  frustrated      2  40.0%")
        .contains("  worried         1  20.0%")
        .contains("  pleased         1  20.0%");

    Cli.Result json = cli.run("stats", "--json", "--customer", "acme");
    JsonNode emotions = StatementJson.MAPPER.readTree(json.out()).get("emotions");
    assertThat(emotions.get("frustrated").asInt()).isEqualTo(2);
    assertThat(emotions.get("worried").asInt()).isEqualTo(1);
    assertThat(emotions.has("pleased")).isFalse();
  }

  @Test
  void exports_carry_the_feeling_and_an_import_of_them_keeps_it() throws IOException {
    Cli cli = imported();
    Path csv = dir.resolve("out.csv");
    Path jsonl = dir.resolve("out.jsonl");
    assertThat(cli.run("export", "--format", "csv", "--out", csv.toString()).code()).isZero();
    assertThat(cli.run("export", "--format", "jsonl", "--out", jsonl.toString()).code()).isZero();

    String table = Files.readString(csv, StandardCharsets.UTF_8);
    assertThat(table.lines().findFirst().orElseThrow()).endsWith(",source,polarity,emotion");
    assertThat(table.lines().filter(l -> l.contains("Laskutus ei toimi taas!")))
        .singleElement()
        .satisfies(l -> assertThat(l).endsWith(",-0.8,frustrated"));

    Cli again = new Cli(dir.resolve("copy"));
    assertThat(again.run("import", jsonl.toString()).code()).isZero();
    assertThat(again.run("show", "f1", "--json").out())
        .contains("\"polarity\":-0.8,\"emotion\":\"frustrated\"")
        .contains("{\"id\":\"fi.frustrated.taas\",\"text\":\"taas\"}");
    Cli fromCsv = new Cli(dir.resolve("fromcsv"));
    assertThat(fromCsv.run("import", csv.toString()).code()).isZero();
    assertThat(fromCsv.run("show", "f4").out()).contains("feeling    pleased, polarity +0.80");
  }

  @Test
  void eval_measures_the_feeling_reader_against_gold_feelings() throws IOException {
    Path gold = dir.resolve("feelings.jsonl");
    Files.writeString(
        gold,
        """
        {"id":"g1","text":"Ärsyttää, että lasku on taas väärin!","lang":"fi","polarity":-0.8,"emotion":"frustrated"}
        {"id":"g2","text":"Pelkään, että varmuuskopiot eivät palaudu.","lang":"fi","polarity":-0.6,"emotion":"worried"}
        {"id":"g3","text":"Thank you, the new dashboard is excellent!","lang":"en","polarity":0.9,"emotion":"pleased"}
        {"id":"g4","text":"We have three offices.","lang":"en","polarity":0.0,"emotion":"worried"}
        """,
        StandardCharsets.UTF_8);
    Cli cli = new Cli(dir.resolve("store"));

    // the schema is recognised without --feeling
    Cli.Result r = cli.run("eval", gold.toString(), "--misses");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains(gold + ": 4 statements (feelings)")
        .contains("emotion accuracy 0.750 (3/4)")
        .contains("sign agreement 1.000 (4/4)")
        .contains("by language")
        .contains("g4 gold worried 0.00, read neutral 0.00: We have three offices.");

    Cli.Result json = cli.run("eval", "--feeling", gold.toString(), "--json");
    JsonNode o = StatementJson.MAPPER.readTree(json.out());
    assertThat(o.get("kind").asText()).isEqualTo("feeling");
    assertThat(o.get("accuracy").asDouble()).isEqualTo(0.75);
    assertThat(o.get("by_language").get("fi").get("count").asInt()).isEqualTo(2);
    assertThat(o.get("misses").get(0).asText()).isEqualTo("g4");
  }

  @Test
  void eval_feeling_alone_measures_the_shipped_gold_set_and_no_file_otherwise_is_a_usage_error() {
    Cli cli = new Cli(dir.resolve("store"));

    Cli.Result shipped = cli.run("eval", "--feeling");
    assertThat(shipped.code()).as(shipped.err()).isZero();
    assertThat(shipped.out())
        .contains("feeling.jsonl (shipped): 160 statements (feelings)")
        .contains("  fi      80 statements")
        .contains("  en      80 statements");

    Cli.Result none = cli.run("eval");
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).startsWith("hot: give a gold file to measure against (or --feeling)");
  }

  @Test
  void a_bad_gold_feeling_is_reported_with_its_line_and_the_rest_measured() throws IOException {
    Path gold = dir.resolve("bad.jsonl");
    Files.writeString(
        gold,
        """
        {"id":"g1","text":"Kiitos, loistavaa palvelua!","lang":"fi","polarity":0.8,"emotion":"pleased"}
        {"id":"g2","text":"x","lang":"fi","polarity":0.8,"emotion":"ecstatic"}
        """,
        StandardCharsets.UTF_8);
    Cli.Result r = new Cli(dir.resolve("store")).run("eval", "--feeling", gold.toString());
    assertThat(r.code()).isEqualTo(HotCli.EXIT_REJECTED);
    assertThat(r.err()).contains(gold + ":2: unknown emotion 'ecstatic'");
    assertThat(r.out()).contains("1 statements (feelings)").contains("emotion accuracy 1.000");
  }

  @Test
  void help_of_the_commands_that_filter_shows_the_feeling_filters() {
    Cli cli = new Cli(dir.resolve("store"));
    for (String command : List.of("search", "stats", "export", "themes", "metrics", "report")) {
      assertThat(cli.run(command, "--help").out())
          .as(command)
          .contains("--emotion=E")
          .contains("--polarity=MIN..MAX");
    }
    assertThat(cli.run("eval", "--help").out()).contains("hot eval --feeling");
  }
}
