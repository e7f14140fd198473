package fi.hot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.hot.classify.Classifiers;
import fi.hot.classify.GoldStatement;
import fi.hot.classify.TrainedClassifier;
import fi.hot.classify.Trainer;
import fi.hot.model.Classification;
import fi.hot.model.Customer;
import fi.hot.model.Label;
import fi.hot.model.Language;
import fi.hot.model.Statement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store's own model: what it is trained on, where it is kept, and that captures use it. */
class StoreModelTest {
  private static final Instant AT = Instant.parse("2026-03-04T10:15:00Z");

  @TempDir Path tmp;

  private Path dir() {
    return tmp.resolve("hot-data");
  }

  private static Statement.Draft draft(String text, Language lang, String customer) {
    return Statement.of(text, Customer.id(customer))
        .language(lang)
        .at(AT)
        .classification(Classification.NONE);
  }

  /**
   * Every fifth shipped statement with problems and dreams swapped: a model that disagrees with the
   * shipped one where it is surest, so that a test can tell which of them classified.
   */
  private static List<GoldStatement> contrary() {
    List<GoldStatement> all = Trainer.shipped();
    return IntStream.range(0, all.size())
        .filter(i -> i % 5 == 0)
        .mapToObj(all::get)
        .map(
            g -> {
              Set<Label> labels = EnumSet.noneOf(Label.class);
              g.labels().forEach(l -> labels.add(swap(l)));
              return new GoldStatement(g.id(), g.text(), swap(g.primary()), labels, g.language());
            })
        .toList();
  }

  private static Label swap(Label l) {
    return l == Label.PROBLEM ? Label.DREAM : l == Label.DREAM ? Label.PROBLEM : l;
  }

  @Test
  void the_training_set_is_the_shipped_data_with_the_persons_corrections() {
    GoldStatement shipped = Trainer.shipped().get(0);
    try (HotStore store = Hot.open(dir())) {
      String same =
          store.capture(draft(shipped.text().toUpperCase(), shipped.language(), "acme")).id();
      String fresh =
          store.capture(draft("Raportista puuttuu alv-erittely.", Language.FI, "globex")).id();
      String swedish = store.capture(draft("Fakturan kom för sent.", Language.OTHER, "acme")).id();
      store.capture(draft("The export has no VAT column.", Language.EN, "initech"));
      store.relabel(same, List.of(Label.NEED), "anna", "");
      store.relabel(fresh, List.of(Label.PROBLEM, Label.NEED), "anna", "");
      store.relabel(swedish, List.of(Label.PROBLEM), "anna", "");

      StoreModel.TrainingSet with = StoreModel.trainingSet(store, true);
      StoreModel.TrainingSet without = StoreModel.trainingSet(store, false);

      int n = Trainer.shipped().size();
      assertThat(with.shipped()).isEqualTo(n);
      assertThat(with.corrections()).isEqualTo(2);
      assertThat(with.replaced()).isEqualTo(1);
      assertThat(with.leftOut()).isEqualTo(1);
      assertThat(with.statements()).hasSize(n + 1);
      assertThat(with.statements().get(0))
          .isEqualTo(
              new GoldStatement(
                  same,
                  shipped.text().toUpperCase(),
                  Label.NEED,
                  Set.of(Label.NEED),
                  shipped.language()));
      assertThat(with.statements().get(n).labels()).containsExactly(Label.PROBLEM, Label.NEED);
      assertThat(with.describe())
          .isEqualTo(
              "trained on "
                  + n
                  + " shipped statements and 2 corrections from the store (1 in place of a shipped"
                  + " statement); 1 neither Finnish nor English left out");
      assertThat(without.statements()).isEqualTo(Trainer.shipped());
      assertThat(without.corrections()).isZero();
    }
  }

  @Test
  void a_saved_model_is_what_captures_use_until_it_is_reset() throws IOException {
    String text = "Laskutus ei toimi ollenkaan.";
    Classification shipped = Classifiers.standard().classify(text, Language.FI);
    assertThat(shipped.primary()).isEqualTo(Label.PROBLEM);
    try (HotStore store = Hot.open(dir())) {
      assertThat(StoreModel.exists(dir())).isFalse();
      assertThat(StoreModel.load(dir())).isEmpty();
      StoreModel.TrainingSet set =
          new StoreModel.TrainingSet(contrary(), contrary().size(), 0, 0, 0);
      Trainer.Result r = Trainer.train(set.statements());

      StoreModel.save(dir(), r, set);

      assertThat(StoreModel.file(dir())).isRegularFile();
      assertThat(StoreModel.report(dir()).orElseThrow())
          .startsWith(set.describe())
          .contains(r.report());
      try (var files = Files.list(StoreModel.file(dir()).getParent())) {
        assertThat(files.map(p -> p.getFileName().toString()))
            .as("no temporary file is left")
            .containsExactlyInAnyOrder("model.bin", "training-report.txt");
      }
      TrainedClassifier own = StoreModel.load(dir()).orElseThrow();
      assertThat(own.classify(text, Language.FI))
          .isEqualTo(r.classifier().classify(text, Language.FI));
      assertThat(own.classify(text, Language.FI).primary()).isEqualTo(Label.DREAM);
    }
    try (HotStore store = Hot.open(dir())) {
      Statement s = store.capture(Statement.of(text, Customer.id("acme")).language(Language.FI));
      assertThat(s.classification().primary()).isEqualTo(Label.DREAM);
    }

    assertThat(StoreModel.reset(dir())).isTrue();
    assertThat(StoreModel.reset(dir())).isFalse();
    assertThat(dir().resolve(StoreModel.DIRECTORY)).doesNotExist();
    try (HotStore store = Hot.open(dir())) {
      Statement s =
          store.capture(Statement.of(text + " Taas.", Customer.id("acme")).language(Language.FI));
      assertThat(s.classification().primary()).isEqualTo(Label.PROBLEM);
    }
  }

  @Test
  void a_broken_model_is_reported_naming_the_store_and_reading_still_works() throws IOException {
    try (HotStore store = Hot.open(dir())) {
      store.capture(draft("Raportista puuttuu alv-erittely.", Language.FI, "globex"));
    }
    Files.createDirectories(StoreModel.file(dir()).getParent());
    Files.writeString(StoreModel.file(dir()), "not a model");

    assertThatThrownBy(() -> StoreModel.load(dir()))
        .isInstanceOf(HotStoreException.class)
        .hasMessageContaining("store " + dir())
        .hasMessageContaining("not a HOT model");
    try (HotStore store = Hot.open(dir())) {
      assertThat(store.count()).isEqualTo(1);
      assertThatThrownBy(
              () ->
                  store.capture(
                      Statement.of("Laskutus ei toimi.", Customer.id("acme"))
                          .language(Language.FI)))
          .isInstanceOf(HotStoreException.class);
    }
  }

  @Test
  void a_model_is_kept_only_in_a_store_that_exists() {
    Path nowhere = tmp.resolve("no-store");
    StoreModel.TrainingSet set = new StoreModel.TrainingSet(List.of(), 0, 0, 0, 0);

    assertThatThrownBy(
            () -> StoreModel.save(nowhere, Trainer.train(Trainer.shipped().subList(0, 50)), set))
        .isInstanceOf(HotStoreException.class)
        .hasMessage("no store at " + nowhere + " to keep a model in");
    assertThat(nowhere).doesNotExist();
  }
}
