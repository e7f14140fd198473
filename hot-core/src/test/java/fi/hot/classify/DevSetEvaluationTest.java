package fi.hot.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fi.hot.ingest.GoldReader;
import fi.hot.model.Label;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the standard classifier over the shared gold sets when they sit beside the checkout. Only
 * checks that the evaluation is well formed: accuracy is measured by {@code hot eval}, not asserted
 * here.
 */
class DevSetEvaluationTest {
  // relative to the hot-core module, where Maven runs the tests
  private static final Path EVAL = Path.of("..", "..", "shared", "eval");

  @Test
  void every_gold_file_reads_cleanly_and_evaluates_to_a_well_formed_result() throws IOException {
    assumeTrue(Files.isDirectory(EVAL), "no shared gold sets beside this checkout");
    List<Path> files;
    try (Stream<Path> s = Files.list(EVAL)) {
      files = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
    }
    assumeTrue(!files.isEmpty(), "no gold files");

    for (Path file : files) {
      GoldReader.Result gold = GoldReader.standard().read(file);
      assertThat(gold.errors()).as(file.toString()).isEmpty();
      assertThat(gold.statements()).as(file.toString()).isNotEmpty();

      Evaluation.Result r = Evaluation.of(gold.statements(), Classifiers.standard());

      assertThat(r.count()).isEqualTo(gold.statements().size());
      assertThat(r.accuracy()).isBetween(0.0, 1.0);
      assertThat(r.macroF1()).isBetween(0.0, 1.0);
      assertThat(r.correct() + r.misses().size()).isEqualTo(r.count());
      int total = 0;
      for (Label g : Evaluation.PRIMARY_LABELS) {
        for (Label p : Evaluation.PRIMARY_LABELS) {
          total += r.confusion().count(g, p);
        }
      }
      assertThat(total).isEqualTo(r.count());
      assertThat(r.labels().keySet()).containsExactlyInAnyOrderElementsOf(Label.HOT);
    }
  }
}
