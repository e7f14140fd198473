package fi.hot.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fi.hot.model.Classification;
import fi.hot.model.Label;
import fi.hot.model.Language;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrainedClassifierTest {
  private final TrainedClassifier classifier = TrainedClassifier.standard();

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # negated problems are no problems; a broken promise is one
          FI | Kassajärjestelmä ei ole kaatunut kertaakaan koko syksynä.          | NONE
          FI | Tilaamani paketti ei ole vieläkään tullut perille.                   | PROBLEM
          EN | We haven't had a single outage since the migration.                | NONE
          EN | The refund still hasn't arrived after three weeks.                  | PROBLEM
          # conditional but concrete: a need; a wish for another world: a dream
          FI | Voisitteko lähettää laskut jatkossa sähköpostiin?                   | NEED
          FI | Olisipa ihanaa, jos koko pankkiasiointi hoituisi yhdellä katseella. | DREAM
          EN | Could you send the invoices by email from now on?                  | NEED
          EN | Imagine if the whole hospital visit took care of itself.           | DREAM
          # service manners: a request about how to be served
          FI | Älkää soittako minulle ennen kymmentä aamulla.                      | NEED
          EN | Please don't call me before ten in the morning.                     | NEED
          # thanks and facts say nothing of the three
          FI | Kiitos nopeasta avusta eilen!                                       | NONE
          FI | Meillä on kaksi toimipistettä Tampereella.                          | NONE
          EN | Thanks a lot, that sorted it.                                       | NONE
          EN | Our warehouse is in Vantaa and we ship twice a week.                | NONE
          """)
  void boundary_statements_get_the_expected_primary_label(
      Language language, String text, Label expected) {
    assertThat(classifier.classify(text, language).primary()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          FI | Laskutusraportti kaatuu joka kerta, ja tarvitsemme korjauksen ennen kuun vaihdetta. | PROBLEM | NEED
          EN | The export crashes every time and we need a fix before month end. | PROBLEM | NEED
          """)
  void a_problem_with_a_request_carries_both_labels(
      Language language, String text, Label first, Label second) {
    Classification c = classifier.classify(text, language);

    assertThat(c.has(first)).isTrue();
    assertThat(c.has(second)).isTrue();
  }

  @Test
  void confidences_are_the_model_probabilities_of_the_carried_labels() {
    String text = "Verkkopankki ei toimi puhelimella.";
    Classification c = classifier.classify(text, Language.FI);
    Explanation e = classifier.explain(text, Language.FI);

    assertThat(c.primary()).isEqualTo(Label.PROBLEM);
    assertThat(c.confidence(Label.PROBLEM).orElseThrow())
        .isEqualTo(e.label(Label.PROBLEM).probability());
    assertThat(e.classification()).isEqualTo(c);
  }

  @Test
  void cues_of_the_cue_layer_and_the_weightiest_features_explain_the_labels() {
    Classification c = classifier.classify("The checkout page doesn't load.", Language.EN);

    assertThat(c.primary()).isEqualTo(Label.PROBLEM);
    assertThat(c.cues()).anyMatch(cue -> cue.id().startsWith("en."));
    assertThat(c.cues())
        .filteredOn(cue -> cue.id().startsWith("model:"))
        .isNotEmpty()
        .allMatch(cue -> cue.label() == Label.PROBLEM);
  }

  @Test
  void contributions_sum_to_each_labels_logit() {
    for (String text :
        List.of(
            "Haluaisimme, että raportin voisi ladata Exceliin.",
            "Kiitos!",
            "I wish the bank app could read my receipts.",
            "")) {
      for (Language language : List.of(Language.FI, Language.EN)) {
        Explanation e = classifier.explain(text, language);
        for (Explanation.LabelExplanation l : e.labels()) {
          double sum =
              l.contributions().stream().mapToDouble(Explanation.Contribution::amount).sum();
          assertThat(sum).as(text + " " + l.label()).isCloseTo(l.logit(), within(1e-9));
          assertThat(l.probability()).isCloseTo(1 / (1 + Math.exp(-l.logit())), within(1e-12));
        }
      }
    }
  }

  @Test
  void contributions_name_the_features_of_the_statement_largest_first() {
    Explanation.LabelExplanation need =
        classifier.explain("Please add an export to CSV.", Language.EN).label(Label.NEED);

    assertThat(need.contributions())
        .extracting(Explanation.Contribution::feature)
        .contains("en:w:please", "en:b:add_an", "en:c:^exp", "(bias)");
    List<Double> sizes = need.contributions().stream().map(p -> Math.abs(p.amount())).toList();
    assertThat(sizes).isSortedAccordingTo((a, b) -> Double.compare(b, a));
  }

  @Test
  void negated_words_get_a_feature_of_their_own() {
    Explanation e = classifier.explain("Tulostin ei tulosta mitään.", Language.FI);

    assertThat(e.label(Label.PROBLEM).contributions())
        .extracting(Explanation.Contribution::feature)
        .anyMatch(f -> f.contains("fi:w:NEG_tulosta"));
  }

  @Test
  void other_language_is_read_both_ways() {
    Classification c = classifier.classify("Sovellus kaatuu aina kun avaan sen.", Language.OTHER);

    assertThat(c.primary()).isEqualTo(Label.PROBLEM);
  }

  @Test
  void the_standard_classifier_is_the_trained_one_loaded_once_from_the_class_path() {
    assertThat(TrainedClassifier.class.getResource(TrainedClassifier.RESOURCE)).isNotNull();
    assertThat(Classifiers.standard()).isSameAs(TrainedClassifier.standard());
    assertThat(Classifiers.cues()).isInstanceOf(CueClassifier.class);
  }

  @Test
  void a_file_that_is_not_a_model_is_refused() {
    byte[] junk = "not a model".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(
            () ->
                TrainedClassifier.load(Classifiers.cueClassifier(), new ByteArrayInputStream(junk)))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("not a HOT model");
  }

  @Test
  void training_twice_on_the_same_data_gives_the_same_bytes_and_predictions() throws IOException {
    List<GoldStatement> all = Trainer.shipped();
    // every fourth statement keeps the test quick; both languages and all labels stay in
    List<GoldStatement> data =
        IntStream.range(0, all.size()).filter(i -> i % 4 == 0).mapToObj(all::get).toList();

    byte[] first = bytes(Trainer.train(data).model());
    byte[] second = bytes(Trainer.train(data).model());

    assertThat(second).isEqualTo(first);
    LinearModel model = LinearModel.read(new ByteArrayInputStream(first));
    assertThat(bytes(model)).isEqualTo(first);
    TrainedClassifier a = new TrainedClassifier(Classifiers.cueClassifier(), model);
    TrainedClassifier b =
        TrainedClassifier.load(Classifiers.cueClassifier(), new ByteArrayInputStream(second));
    for (String text : List.of("Lasku on väärin.", "Toivoisin tekstiviestimuistutusta.")) {
      assertThat(b.classify(text, Language.FI)).isEqualTo(a.classify(text, Language.FI));
    }
  }

  private static byte[] bytes(LinearModel model) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    model.write(out);
    return out.toByteArray();
  }
}
