package fi.hot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.hot.classify.Classifier;
import fi.hot.classify.FeelingReader;
import fi.hot.model.Classification;
import fi.hot.model.Customer;
import fi.hot.model.Emotion;
import fi.hot.model.Feeling;
import fi.hot.model.FeelingCue;
import fi.hot.model.Label;
import fi.hot.model.LabelScore;
import fi.hot.model.Language;
import fi.hot.model.Statement;
import fi.hot.text.LanguageDetector;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineTest {
  private static final Instant NOW = Instant.parse("2026-03-04T10:15:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final Classification PROBLEM =
      Classification.of(List.of(new LabelScore(Label.PROBLEM, 0.9)), List.of());

  private final List<String> classified = new ArrayList<>();
  private final List<String> detected = new ArrayList<>();

  private final LanguageDetector detector =
      text -> {
        detected.add(text);
        return text.contains("ei") ? Language.FI : Language.EN;
      };
  private final Classifier classifier =
      (text, language) -> {
        classified.add(language + ": " + text);
        return PROBLEM;
      };
  private final Pipeline pipeline = Pipeline.of(classifier, detector, CLOCK);

  @Test
  void fills_in_language_then_labels_for_that_language_then_time_and_id() {
    Customer acme = Customer.id("acme");
    Statement s = pipeline.process(Statement.of("Laskutus ei toimi", acme));

    assertThat(s.language()).isEqualTo(Language.FI);
    assertThat(classified).containsExactly("FI: Laskutus ei toimi");
    assertThat(s.classification()).isEqualTo(PROBLEM);
    assertThat(s.occurredAt()).isEqualTo(NOW);
    assertThat(s.id()).isEqualTo(Statement.idFor(acme, "Laskutus ei toimi", NOW));
    assertThat(s.text()).isEqualTo("Laskutus ei toimi");
    assertThat(s.customer()).isEqualTo(acme);
  }

  @Test
  void keeps_what_the_draft_gives() {
    Instant said = Instant.parse("2025-11-20T08:00:00Z");
    Statement s =
        pipeline.process(
            Statement.of("Thanks, all good now", Customer.id("globex"))
                .language(Language.EN)
                .classification(Classification.NONE)
                .at(said)
                .id("call-7"));

    assertThat(detected).isEmpty();
    assertThat(classified).isEmpty();
    assertThat(s.language()).isEqualTo(Language.EN);
    assertThat(s.classification()).isEqualTo(Classification.NONE);
    assertThat(s.occurredAt()).isEqualTo(said);
    assertThat(s.id()).isEqualTo("call-7");
  }

  @Test
  void the_feeling_is_read_after_redaction_with_the_language_and_the_labels() {
    Statement s =
        pipeline.process(
            Statement.of("Ärsyttää, soitin numeroon 040 123 4567 taas!", Customer.id("acme"))
                .language(Language.FI));

    assertThat(s.text()).isEqualTo("Ärsyttää, soitin numeroon [phone] taas!");
    assertThat(s.feeling())
        .isEqualTo(FeelingReader.standard().read(s.text(), Language.FI, PROBLEM))
        .isEqualTo(pipeline.feelingOf(s));
    assertThat(s.feeling().emotion()).isEqualTo(Emotion.FRUSTRATED);
    assertThat(s.feeling().cues())
        .extracting(FeelingCue::text)
        .noneMatch(t -> t.contains("040"))
        .contains("taas", "Ärsyttää");
  }

  @Test
  void a_feeling_the_draft_gives_is_kept() {
    Feeling given = Feeling.of(0.4, Emotion.PLEASED);
    Statement s =
        pipeline.process(Statement.of("Laskutus ei toimi", Customer.id("acme")).feeling(given));

    assertThat(s.feeling()).isEqualTo(given);
  }

  @Test
  void a_given_language_is_what_the_classifier_sees() {
    pipeline.process(Statement.of("Sovellus kaatuu", Customer.id("acme")).language(Language.OTHER));

    assertThat(detected).isEmpty();
    assertThat(classified).containsExactly("OTHER: Sovellus kaatuu");
  }

  @Test
  void standard_pipeline_completes_a_draft() {
    Statement s =
        Pipeline.standard()
            .process(
                Statement.of("Toivoisin tummaa teemaa sovellukseen", Customer.id("acme")).at(NOW));

    assertThat(s.text()).isEqualTo("Toivoisin tummaa teemaa sovellukseen");
    assertThat(s.id())
        .isEqualTo(
            Statement.idFor(Customer.id("acme"), "Toivoisin tummaa teemaa sovellukseen", NOW));
  }

  @Test
  void missing_parts_are_named() {
    assertThatThrownBy(() -> Pipeline.of(null, detector, CLOCK))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("classifier");
    assertThatThrownBy(() -> pipeline.process(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("draft");
  }
}
