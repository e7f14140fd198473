package fi.hot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifyCommandTest {
  @TempDir Path dir;

  @Test
  void explain_prints_each_labels_probability_threshold_features_and_cues() {
    Cli.Result r =
        new Cli(dir.resolve("store"))
            .run("classify", "--explain", "--lang", "fi", "Mobiilisovellus ei toimi enää.");

    assertThat(r.code()).isZero();
    assertThat(r.out())
        .startsWith("[PROBLEM ")
        .contains("  language fi")
        .containsPattern("DREAM +probability 0\\.\\d{3}  threshold 0\\.\\d{2}  not carried")
        .containsPattern("PROBLEM +probability 0\\.\\d{3}  threshold 0\\.\\d{2}  carried")
        .contains("(bias)")
        .contains("cue:fi.problem.ei-toimi")
        .contains("  cue \"");
  }

  @Test
  void explain_shows_as_many_features_as_asked() {
    Cli.Result r =
        new Cli(dir.resolve("store"))
            .run(
                "classify",
                "--explain",
                "--features",
                "2",
                "--lang",
                "en",
                "Please add dark mode.");

    assertThat(r.code()).isZero();
    long featureLines = r.out().lines().filter(l -> l.matches(" +[+-]\\d+\\.\\d{3}  .*")).count();
    assertThat(featureLines).isEqualTo(6);
  }

  @Test
  void eval_compares_the_trained_model_with_the_cue_layer() throws Exception {
    Path gold = dir.resolve("gold.jsonl");
    Files.write(
        gold,
        List.of(
            "{\"id\":\"a\",\"text\":\"Tulostin ei tulosta.\",\"lang\":\"fi\",\"primary\":\"PROBLEM\",\"labels\":[\"PROBLEM\"]}",
            "{\"id\":\"b\",\"text\":\"Thanks, all good!\",\"lang\":\"en\",\"primary\":\"NONE\",\"labels\":[]}"),
        StandardCharsets.UTF_8);
    Cli cli = new Cli(dir.resolve("store"));

    Cli.Result trained = cli.run("eval", gold.toString());
    Cli.Result cues = cli.run("eval", "--classifier", "cues", gold.toString());
    Cli.Result unknown = cli.run("eval", "--classifier", "magic", gold.toString());

    assertThat(trained.code()).isZero();
    assertThat(trained.out()).contains("2 statements").contains("(2/2)");
    assertThat(cues.code()).isZero();
    assertThat(cues.out()).contains("2 statements");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown classifier 'magic'");
  }
}
