package fi.hot.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import fi.hot.model.Language;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorsTest {
  private final LanguageDetector detector = LanguageDetectors.standard();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "kiitos | FI",
        "Kiitti! | FI",
        "Ei kiitos | FI",
        "moi | FI",
        "Tulostin ei toimi | FI",
        "thanks! | EN",
        "Thank you | EN",
        "No thanks | EN",
        "The printer is broken | EN",
      })
  void very_short_statements_are_told_apart(String text, Language expected) {
    assertThat(detector.detect(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Tarvitsemme uuden käyttäjätunnuksen kahdelle harjoittelijalle ensi viikoksi. | FI",
        "Our warehouse team needs a way to print all the labels at once. | EN",
        "Hei, meidän CRM ei synkkaa Salesforcen kanssa. | FI",
        "We ordered twenty licences in March for the Helsinki office. | EN",
        "Videot eivät toistu mobiilidatalla. | FI",
        "Kollegani soittaa teille uusimisesta. | FI",
        "Separate volume control for notifications. | EN",
      })
  void longer_statements_follow_the_model_even_when_a_neighbour_language_leads_it(
      String text, Language expected) {
    assertThat(detector.detect(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Tack så mycket för hjälpen",
        "Jag behöver hjälp med fakturan",
        "Das funktioniert leider nicht",
        "Ich habe ein Problem mit der Rechnung",
        "Je voudrais annuler ma commande",
      })
  void swedish_german_and_french_are_other(String text) {
    assertThat(detector.detect(text)).isEqualTo(Language.OTHER);
  }

  @Test
  void text_with_no_words_or_no_evidence_is_other() {
    assertThat(detector.detect("")).isEqualTo(Language.OTHER);
    assertThat(detector.detect("123 456")).isEqualTo(Language.OTHER);
    assertThat(detector.detect("ok")).isEqualTo(Language.OTHER);
  }

  @Test
  void the_standard_detector_is_shared_and_gives_the_same_answers_from_many_threads() {
    assertThat(LanguageDetectors.standard()).isSameAs(detector);
    List<String> texts = List.of("Lasku on väärin", "The invoice is wrong", "Tack så mycket");
    List<Language> expected = texts.stream().map(detector::detect).toList();

    List<List<Language>> answers =
        IntStream.range(0, 64)
            .parallel()
            .mapToObj(i -> texts.stream().map(detector::detect).toList())
            .toList();

    assertThat(answers).allSatisfy(a -> assertThat(a).isEqualTo(expected));
    assertThat(expected).containsExactly(Language.FI, Language.EN, Language.OTHER);
  }

  @Test
  void null_is_a_caller_bug() {
    assertThatNullPointerException().isThrownBy(() -> detector.detect(null));
  }
}
