package fi.hot.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.hot.HotParseException;
import fi.hot.model.Emotion;
import fi.hot.model.Feeling;
import fi.hot.model.FeelingCue;
import fi.hot.model.Language;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeelingLexiconTest {

  private static FeelingLexicon parse(String lines) {
    return FeelingLexicon.parse("t.feelings", Language.FI, new StringReader(lines));
  }

  /** A reader whose Finnish lexicon is the given lines; the English one is empty. */
  private static FeelingReader finnish(String lines) {
    return new FeelingReader(
        parse(lines), FeelingLexicon.parse("e.feelings", Language.EN, new StringReader("")));
  }

  @Test
  void the_standard_lexicons_load_with_every_kind_of_rule() {
    for (Language l : List.of(Language.FI, Language.EN)) {
      FeelingLexicon lexicon = FeelingLexicon.standard(l);
      assertThat(lexicon.language()).isEqualTo(l);
      assertThat(lexicon.size()).isGreaterThan(100);
      assertThat(lexicon.rules())
          .extracting(FeelingRule::kind)
          .containsAll(List.of(FeelingRule.Kind.values()));
    }
    assertThatIllegalArgumentException().isThrownBy(() -> FeelingLexicon.standard(Language.OTHER));
  }

  @Test
  void a_bad_line_is_reported_with_its_file_and_line() {
    String lines =
        """
        # a comment
        frustrated.ok  FRUSTRATED 0.8 - ärsyttää

        frustrated.bad GRUMPY     0.8 - ärsyttää
        """;
    assertThatThrownBy(() -> parse(lines))
        .isInstanceOf(HotParseException.class)
        .hasMessage("t.feelings:4: unknown kind 'GRUMPY'");
  }

  @Test
  void bad_ids_weights_flags_and_patterns_are_named() {
    assertThatThrownBy(() -> parse("Bad! FRUSTRATED 0.5 - x"))
        .hasMessage("t.feelings:1: bad id 'Bad!'");
    assertThatThrownBy(() -> parse("f FRUSTRATED 1.5 - x"))
        .hasMessage("t.feelings:1: weight 1.5 is not in [0, 1]");
    assertThatThrownBy(() -> parse("f FRUSTRATED 0 - x"))
        .hasMessage("t.feelings:1: a FRUSTRATED cue needs a weight above 0");
    assertThatThrownBy(() -> parse("f FRUSTRATED 0.5 loud x"))
        .hasMessage("t.feelings:1: unknown flag 'loud'");
    assertThatThrownBy(() -> parse("n NEGATOR 0 boost ei"))
        .hasMessage("t.feelings:1: flags are for cues, not for NEGATOR");
    assertThatThrownBy(() -> parse("f FRUSTRATED 0.5 - .. x"))
        .hasMessage("t.feelings:1: a gap must stand between two words");
    assertThatThrownBy(() -> parse("f FRUSTRATED 0.5"))
        .hasMessage("t.feelings:1: expected: id kind weight flags pattern");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FeelingLexicon.parse("o.feelings", Language.OTHER, new StringReader("")));
  }

  @Test
  void a_lexicon_of_ones_own_reads_its_own_words_with_its_own_ids() {
    FeelingReader reader =
        finnish(
            """
            negator            NEGATOR     0    -      ei
            intensifier        INTENSIFIER 0    -      tosi
            pleased.jee        PLEASED     0.6  -      jee
            frustrated.pah     FRUSTRATED  0.6  -      pah
            """);
    assertThat(reader.read("Jee!", Language.FI).emotion()).isEqualTo(Emotion.PLEASED);
    Feeling f = reader.read("Tosi pah", Language.FI);
    assertThat(f.emotion()).isEqualTo(Emotion.FRUSTRATED);
    assertThat(f.polarity()).isEqualTo(-0.8);
    assertThat(f.cues())
        .containsExactly(
            new FeelingCue("fi.intensifier", "Tosi"), new FeelingCue("fi.frustrated.pah", "pah"));
    assertThat(reader.read("Ei jee", Language.FI).emotion()).isEqualTo(Emotion.NEUTRAL);
    // words of the standard lexicon mean nothing here
    assertThat(reader.read("Ärsyttää", Language.FI)).isEqualTo(Feeling.NEUTRAL);
  }
}
