package fi.hot.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeelingTest {

  @Test
  void polarity_must_lie_within_minus_one_and_one() {
    assertThat(Feeling.of(-1, Emotion.FRUSTRATED).polarity()).isEqualTo(-1);
    assertThat(Feeling.of(1, Emotion.PLEASED).polarity()).isEqualTo(1);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Feeling.of(1.01, Emotion.PLEASED))
        .withMessage("polarity 1.01 is not in [-1, 1]");
    assertThatIllegalArgumentException().isThrownBy(() -> Feeling.of(Double.NaN, Emotion.NEUTRAL));
    assertThatNullPointerException().isThrownBy(() -> Feeling.of(0, null)).withMessage("emotion");
  }

  @Test
  void minus_zero_is_zero_and_cues_are_copied() {
    assertThat(Feeling.of(-0.0, Emotion.NEUTRAL)).isEqualTo(Feeling.NEUTRAL);
    List<FeelingCue> cues = new ArrayList<>(List.of(new FeelingCue("fi.exclamation", "!")));
    Feeling f = new Feeling(0.5, Emotion.PLEASED, cues);
    cues.clear();
    assertThat(f.cues()).hasSize(1);
    assertThatIllegalArgumentException().isThrownBy(() -> new FeelingCue(" ", "x"));
  }

  @Test
  void emotions_parse_in_any_case_and_name_the_choices_when_unknown() {
    assertThat(Emotion.parse(" Worried ")).isEqualTo(Emotion.WORRIED);
    assertThat(Emotion.HURRIED.code()).isEqualTo("hurried");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Emotion.parse("angry"))
        .withMessage(
            "unknown emotion 'angry' (expected frustrated, worried, hurried, pleased, neutral)");
  }

  @Test
  void a_statement_keeps_its_feeling_through_a_relabel_and_a_draft_gives_its_own() {
    Statement s =
        Statement.of("Kiitos!", Customer.id("acme"))
            .feeling(Feeling.of(0.7, Emotion.PLEASED))
            .complete(
                "Kiitos!", Language.FI, Classification.NONE, Instant.parse("2026-03-04T10:00:00Z"));
    assertThat(s.feeling()).isEqualTo(Feeling.of(0.7, Emotion.PLEASED));
    assertThat(s.withClassification(Classification.NONE).feeling()).isEqualTo(s.feeling());
    assertThat(s.withFeeling(Feeling.NEUTRAL).feeling()).isEqualTo(Feeling.NEUTRAL);
    Statement plain =
        Statement.of("Hei", Customer.id("acme"))
            .complete("Hei", Language.FI, Classification.NONE, Instant.EPOCH);
    assertThat(plain.feeling()).isEqualTo(Feeling.NEUTRAL);
  }

  @Test
  void a_query_asks_for_emotions_and_a_polarity_range_with_both_ends_checked() {
    Query q = Query.all().emotion(Emotion.WORRIED).emotion(Emotion.FRUSTRATED).polarity(-1, -0.3);
    assertThat(q.emotions()).containsExactlyInAnyOrder(Emotion.WORRIED, Emotion.FRUSTRATED);
    assertThat(q.minPolarity()).isEqualTo(-1);
    assertThat(q.maxPolarity()).isEqualTo(-0.3);
    assertThat(q.restrictsPolarity()).isTrue();
    assertThat(Query.all().restrictsPolarity()).isFalse();
    assertThat(q)
        .isEqualTo(
            Query.all().emotion(Emotion.FRUSTRATED).emotion(Emotion.WORRIED).polarity(-1, -0.3));
    assertThat(q).isNotEqualTo(Query.all().emotion(Emotion.WORRIED).polarity(-1, -0.3));
    // the filters survive the other filters being set after them
    assertThat(q.label(Label.PROBLEM).customer("acme").emotions()).hasSize(2);
    assertThat(q.label(Label.PROBLEM).maxPolarity()).isEqualTo(-0.3);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Query.all().polarity(-1.5, 0))
        .withMessage("polarity range -1.5..0.0 is not within -1..1");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Query.all().polarity(0.5, 0.2))
        .withMessageContaining("the minimum is above the maximum");
  }
}
