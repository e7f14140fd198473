package fi.hot.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.hot.model.Label;
import fi.hot.model.Language;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training at run time: progress, the result, and a model kept in a file and read back. */
class TrainerTest {
  @TempDir Path tmp;

  /** Every tenth shipped statement: both languages and every label, trained in a moment. */
  private static List<GoldStatement> sample() {
    List<GoldStatement> all = Trainer.shipped();
    return IntStream.range(0, all.size()).filter(i -> i % 10 == 0).mapToObj(all::get).toList();
  }

  @Test
  void training_reports_its_progress_rising_to_the_end() {
    List<Double> progress = new ArrayList<>();

    Trainer.Result r = Trainer.train(sample(), progress::add);

    assertThat(progress).hasSize(1 + (Trainer.FOLDS + 1) * Label.HOT.size()).isSorted();
    assertThat(progress.get(0)).isGreaterThan(0);
    assertThat(progress.get(progress.size() - 1)).isEqualTo(1.0);
    assertThat(r.crossValidation()).containsOnlyKeys(Language.FI, Language.EN);
    assertThat(r.report()).startsWith("statements " + sample().size() + ", 5-fold");
  }

  @Test
  void a_written_model_loads_back_and_classifies_alike() throws IOException {
    Trainer.Result r = Trainer.train(sample());
    Path file = tmp.resolve("model.bin");
    try (OutputStream out = Files.newOutputStream(file)) {
      r.classifier().write(out);
    }

    TrainedClassifier loaded = TrainedClassifier.load(file);

    for (String text :
        List.of("Laskutus ei toimi, ja tarvitsemme korjauksen.", "Kiitos nopeasta avusta!")) {
      assertThat(loaded.classify(text, Language.FI))
          .isEqualTo(r.classifier().classify(text, Language.FI));
    }
    for (String text : List.of("The app crashes when I log in.", "Thanks, that was quick.")) {
      assertThat(loaded.classify(text, Language.EN))
          .isEqualTo(r.classifier().classify(text, Language.EN));
    }
  }

  @Test
  void a_file_that_is_not_a_model_is_refused_naming_the_file() throws IOException {
    Path junk = Files.writeString(tmp.resolve("model.bin"), "HOTL");

    assertThatThrownBy(() -> TrainedClassifier.load(junk))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot read the classifier model " + junk + ": the model ends too early");
    Path missing = tmp.resolve("missing.bin");
    assertThatThrownBy(() -> TrainedClassifier.load(missing))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot read the classifier model " + missing + ": no such file");
  }

  @Test
  void nothing_to_train_on_or_a_statement_in_another_language_is_refused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Trainer.train(List.of()))
        .withMessage("no training statements");
    List<GoldStatement> swedish = new ArrayList<>(sample());
    swedish.add(GoldStatement.of("sv-1", "Fakturan kom för sent.", Label.PROBLEM, Language.OTHER));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Trainer.train(swedish))
        .withMessageContaining("sv-1 is not FI or EN");
  }
}
