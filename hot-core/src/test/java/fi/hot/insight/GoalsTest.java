package fi.hot.insight;

import static org.assertj.core.api.Assertions.assertThat;

import fi.hot.model.Goal;
import fi.hot.model.Metric;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoalsTest {
  private static final Instant SET = Instant.parse("2026-05-01T00:00:00Z");
  private static final LocalDate JUNE = LocalDate.parse("2026-06-01");

  @TempDir static Path template;
  @TempDir Path tmp;

  private static Goal goal(String name, Metric metric, Goal.Op op, double target, String by) {
    return new Goal(
        name, metric, op, target, Optional.ofNullable(by).map(LocalDate::parse), "anna", SET);
  }

  @Test
  void goals_are_met_not_yet_met_or_missed_by_the_store_metrics_and_the_day() {
    HandMade h = HandMade.open(template, tmp);
    try (h.store) {
      h.store.saveGoal(
          goal("close-the-loop", Metric.LOOP_CLOSURE_RATE, Goal.Op.AT_LEAST, 0.8, "2026-12-31"));
      h.store.saveGoal(
          goal("answer-fast", Metric.MEDIAN_DAYS_TO_ACKNOWLEDGE, Goal.Op.AT_MOST, 2, null));
      h.store.saveGoal(goal("few-problems", Metric.PROBLEMS, Goal.Op.AT_MOST, 2, null));
      h.store.saveGoal(goal("calm", Metric.FRICTION, Goal.Op.BELOW, 0.5, null));
      h.store.saveGoal(goal("calm-enough", Metric.FRICTION, Goal.Op.AT_MOST, 0.5, null));

      List<GoalCheck> june = Goals.check(h.store, JUNE);

      assertThat(june)
          .extracting(c -> c.goal().name() + " " + c.verdict())
          .containsExactly(
              "answer-fast MET",
              "calm MISSED",
              "calm-enough MET",
              "close-the-loop NOT_YET",
              "few-problems MISSED");
      assertThat(june.get(0).value()).hasValue(1.5);
      assertThat(Goals.noneMissed(june)).isFalse();

      List<GoalCheck> newYear = Goals.check(h.store, LocalDate.parse("2027-01-01"));
      assertThat(newYear.get(3).verdict()).isEqualTo(GoalCheck.Verdict.MISSED);
      assertThat(Goals.check(h.store, LocalDate.parse("2026-12-31")).get(3).verdict())
          .isEqualTo(GoalCheck.Verdict.NOT_YET);
    }
  }

  @Test
  void a_metric_with_nothing_to_measure_meets_no_goal() {
    MetricSet empty = Metrics.of(List.of(), java.util.Map.of());
    GoalCheck c =
        Goals.check(
            goal("fix-problems", Metric.PROBLEM_RESOLUTION_RATE, Goal.Op.AT_LEAST, 0.5, null),
            empty,
            JUNE);

    assertThat(c.value()).isEmpty();
    assertThat(c.verdict()).isEqualTo(GoalCheck.Verdict.MISSED);
  }

  @Test
  void all_goals_met_passes() {
    HandMade h = HandMade.open(template, tmp);
    try (h.store) {
      h.store.saveGoal(goal("heard", Metric.CUSTOMERS_HEARD, Goal.Op.AT_LEAST, 3, null));
      h.store.saveGoal(goal("six", Metric.STATEMENTS, Goal.Op.EQUAL, 6, null));

      assertThat(Goals.noneMissed(Goals.check(h.store, JUNE))).isTrue();
    }
  }
}
