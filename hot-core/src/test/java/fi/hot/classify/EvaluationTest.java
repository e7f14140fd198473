package fi.hot.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import fi.hot.model.Classification;
import fi.hot.model.Label;
import fi.hot.model.LabelScore;
import fi.hot.model.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EvaluationTest {

  private static Classification predicted(Label primary, Label... others) {
    if (primary == Label.NONE) {
      return Classification.NONE;
    }
    List<LabelScore> scores = new ArrayList<>(List.of(new LabelScore(primary, 0.9)));
    for (Label l : others) {
      scores.add(new LabelScore(l, 0.6));
    }
    return new Classification(primary, scores, List.of());
  }

  private static GoldStatement gold(String id, Label primary, Label... labels) {
    return new GoldStatement(id, "text " + id, primary, Set.of(labels), Language.EN);
  }

  /**
   * Five statements. Gold → predicted: PROBLEM → PROBLEM; PROBLEM+NEED → NEED; NEED → NEED+DREAM;
   * NONE → PROBLEM; DREAM → NONE.
   */
  private static Evaluation.Result tiny() {
    return new Evaluation()
        .add(gold("1", Label.PROBLEM, Label.PROBLEM), predicted(Label.PROBLEM))
        .add(gold("2", Label.PROBLEM, Label.PROBLEM, Label.NEED), predicted(Label.NEED))
        .add(gold("3", Label.NEED, Label.NEED), predicted(Label.NEED, Label.DREAM))
        .add(gold("4", Label.NONE), predicted(Label.PROBLEM))
        .add(gold("5", Label.DREAM, Label.DREAM), predicted(Label.NONE))
        .result();
  }

  @Test
  void accuracy_counts_right_primaries() {
    Evaluation.Result r = tiny();

    assertThat(r.count()).isEqualTo(5);
    assertThat(r.correct()).isEqualTo(2);
    assertThat(r.accuracy()).isEqualTo(0.4);
  }

  @Test
  void the_confusion_matrix_has_gold_rows_and_predicted_columns() {
    Evaluation.ConfusionMatrix m = tiny().confusion();

    assertThat(m.order()).containsExactly(Label.DREAM, Label.PROBLEM, Label.NEED, Label.NONE);
    assertThat(m.counts())
        .containsExactly(
            List.of(0, 0, 0, 1), List.of(0, 1, 1, 0), List.of(0, 0, 1, 0), List.of(0, 1, 0, 0));
    assertThat(m.count(Label.PROBLEM, Label.NEED)).isEqualTo(1);
    assertThat(m.count(Label.NEED, Label.PROBLEM)).isZero();
  }

  @Test
  void primary_scores_and_macro_f1_are_exact() {
    Evaluation.Result r = tiny();

    Evaluation.Scores problem = r.primary().get(Label.PROBLEM);
    assertThat(problem).isEqualTo(new Evaluation.Scores(1, 1, 1));
    assertThat(problem.precision()).isEqualTo(0.5);
    assertThat(problem.recall()).isEqualTo(0.5);
    assertThat(problem.f1()).isEqualTo(0.5);

    Evaluation.Scores need = r.primary().get(Label.NEED);
    assertThat(need).isEqualTo(new Evaluation.Scores(1, 1, 0));
    assertThat(need.f1()).isCloseTo(2.0 / 3, within(1e-12));

    assertThat(r.primary().get(Label.DREAM)).isEqualTo(new Evaluation.Scores(0, 0, 1));
    assertThat(r.primary().get(Label.NONE)).isEqualTo(new Evaluation.Scores(0, 1, 1));
    // (0 + 1/2 + 2/3 + 0) / 4
    assertThat(r.macroF1()).isCloseTo(7.0 / 24, within(1e-12));
  }

  @Test
  void label_scores_are_over_the_multi_label_sets() {
    Evaluation.Result r = tiny();

    assertThat(r.labels()).containsOnlyKeys(Label.DREAM, Label.PROBLEM, Label.NEED);
    assertThat(r.labels().get(Label.DREAM)).isEqualTo(new Evaluation.Scores(0, 1, 1));
    assertThat(r.labels().get(Label.PROBLEM)).isEqualTo(new Evaluation.Scores(1, 1, 1));
    assertThat(r.labels().get(Label.NEED)).isEqualTo(new Evaluation.Scores(2, 0, 0));
    assertThat(r.labels().get(Label.NEED).f1()).isEqualTo(1.0);
    assertThat(r.labels().get(Label.PROBLEM).support()).isEqualTo(2);
  }

  @Test
  void misses_keep_the_wrong_primaries_in_order() {
    assertThat(tiny().misses()).extracting(m -> m.gold().id()).containsExactly("2", "4", "5");
  }

  @Test
  void a_label_absent_from_gold_and_predictions_is_left_out_of_macro_f1() {
    Evaluation.Result r =
        new Evaluation()
            .add(Label.PROBLEM, Set.of(Label.PROBLEM), predicted(Label.PROBLEM))
            .add(Label.NEED, Set.of(Label.NEED), predicted(Label.PROBLEM))
            .result();

    // PROBLEM: p 1/2, r 1, f1 2/3; NEED: f1 0; DREAM and NONE never seen
    assertThat(r.macroF1()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(r.misses()).isEmpty();
  }

  @Test
  void nothing_added_gives_zeros() {
    Evaluation.Result r = new Evaluation().result();

    assertThat(r.count()).isZero();
    assertThat(r.accuracy()).isZero();
    assertThat(r.macroF1()).isZero();
    assertThat(r.primary().get(Label.NEED).precision()).isZero();
  }

  @Test
  void of_classifies_every_gold_statement() {
    List<GoldStatement> gold =
        List.of(
            GoldStatement.of("a", "The scanner doesn't work.", Label.PROBLEM, Language.EN),
            GoldStatement.of("b", "Kiitos paljon avusta!", Label.NONE, Language.FI),
            GoldStatement.of("c", "Haaveilemme omasta leipomosta.", Label.NEED, Language.FI));

    Evaluation.Result r = Evaluation.of(gold, Classifiers.standard());

    assertThat(r.count()).isEqualTo(3);
    assertThat(r.correct()).isEqualTo(2);
    assertThat(r.confusion().count(Label.NEED, Label.DREAM)).isEqualTo(1);
  }

  @Test
  void gold_labels_with_none_are_a_caller_bug() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> new Evaluation().add(Label.NONE, Set.of(Label.NONE), Classification.NONE));
  }
}
