package fi.hot.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fi.hot.ingest.GoldReader;
import fi.hot.model.Emotion;
import fi.hot.model.Feeling;
import fi.hot.model.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FeelingEvaluationTest {

  private static FeelingGold gold(String id, double polarity, Emotion emotion) {
    return new FeelingGold(id, "text of " + id, Language.FI, polarity, emotion);
  }

  @Test
  void figures_of_a_hand_made_evaluation_are_exactly_as_worked_out() {
    FeelingEvaluation e = new FeelingEvaluation();
    e.add(gold("a", -0.8, Emotion.FRUSTRATED), Feeling.of(-0.6, Emotion.FRUSTRATED));
    e.add(gold("b", -0.5, Emotion.WORRIED), Feeling.of(-0.3, Emotion.FRUSTRATED));
    e.add(gold("c", 0.1, Emotion.NEUTRAL), Feeling.of(0.0, Emotion.NEUTRAL));
    e.add(gold("d", 0.8, Emotion.PLEASED), Feeling.of(-0.2, Emotion.NEUTRAL));

    FeelingEvaluation.Result r = e.result();

    assertThat(r.count()).isEqualTo(4);
    assertThat(r.correct()).isEqualTo(2);
    assertThat(r.accuracy()).isEqualTo(0.5);
    // |0.2| + |0.2| + |0.1| + |1.0| over 4
    assertThat(r.polarityMae()).isCloseTo(0.375, within(1e-9));
    // a, b and c agree in sign (0.1 and 0.0 are both 0); d does not
    assertThat(r.signsAgreeing()).isEqualTo(3);
    assertThat(r.signAgreement()).isEqualTo(0.75);
    assertThat(r.emotions().get(Emotion.FRUSTRATED).precision()).isEqualTo(0.5);
    assertThat(r.emotions().get(Emotion.FRUSTRATED).recall()).isEqualTo(1.0);
    assertThat(r.emotions().get(Emotion.WORRIED).f1()).isZero();
    assertThat(r.emotions().get(Emotion.NEUTRAL).precision()).isEqualTo(0.5);
    assertThat(r.emotions().get(Emotion.HURRIED).support()).isZero();
    // F1: frustrated 2/3, worried 0, pleased 0, neutral 2/3; hurried occurs nowhere
    assertThat(r.macroF1()).isCloseTo((2 / 3.0 + 0 + 0 + 2 / 3.0) / 4, within(1e-9));
    assertThat(r.confusion().count(Emotion.WORRIED, Emotion.FRUSTRATED)).isEqualTo(1);
    assertThat(r.confusion().count(Emotion.PLEASED, Emotion.NEUTRAL)).isEqualTo(1);
    assertThat(r.misses()).extracting(m -> m.gold().id()).containsExactly("b", "d");
  }

  @Test
  void the_sign_of_a_polarity_has_a_neutral_band_around_zero() {
    assertThat(FeelingEvaluation.sign(0.1)).isZero();
    assertThat(FeelingEvaluation.sign(-0.1)).isZero();
    assertThat(FeelingEvaluation.sign(0.11)).isEqualTo(1);
    assertThat(FeelingEvaluation.sign(-0.3)).isEqualTo(-1);
  }

  @Test
  void nothing_added_gives_zeros_not_an_error() {
    FeelingEvaluation.Result r = new FeelingEvaluation().result();
    assertThat(r.count()).isZero();
    assertThat(r.accuracy()).isZero();
    assertThat(r.macroF1()).isZero();
    assertThat(r.polarityMae()).isZero();
    assertThat(r.signAgreement()).isZero();
  }

  /**
   * The shipped gold set reads cleanly, both languages half each, and the reader keeps above a
   * floor on it. The figures themselves are measured by {@code hot eval --feeling}; the floor sits
   * well below them, so that only a real regression trips it.
   */
  @Test
  void the_shipped_gold_feelings_read_cleanly_and_the_reader_stays_above_a_floor()
      throws IOException {
    GoldReader.FeelingResult gold;
    try (InputStream in =
        FeelingEvaluationTest.class.getResourceAsStream("training/feeling.jsonl")) {
      gold =
          GoldReader.standard()
              .readFeelings(new InputStreamReader(in, StandardCharsets.UTF_8), "feeling.jsonl");
    }
    assertThat(gold.errors()).isEmpty();
    assertThat(gold.feelings()).hasSize(160);
    assertThat(gold.feelings().stream().filter(g -> g.language() == Language.FI)).hasSize(80);
    for (Emotion e : Emotion.values()) {
      assertThat(gold.feelings().stream().filter(g -> g.emotion() == e)).hasSize(32);
    }

    FeelingEvaluation.Result r =
        FeelingEvaluation.of(gold.feelings(), FeelingReader.standard(), Classifiers.standard());

    assertThat(r.count()).isEqualTo(160);
    assertThat(r.accuracy()).isGreaterThanOrEqualTo(0.75);
    assertThat(r.macroF1()).isGreaterThanOrEqualTo(0.75);
    assertThat(r.polarityMae()).isLessThanOrEqualTo(0.25);
    assertThat(r.signAgreement()).isGreaterThanOrEqualTo(0.8);
  }
}
