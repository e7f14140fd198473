package fi.hot.insight;

import fi.hot.HotStore;
import fi.hot.model.Goal;
import fi.hot.model.Query;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Checks goals against the metrics of every statement in the store.
 *
 * <pre>{@code
 * List<GoalCheck> checks = Goals.check(store, LocalDate.now(ZoneOffset.UTC));
 * boolean allMet = checks.stream().noneMatch(c -> c.verdict() == GoalCheck.Verdict.MISSED);
 * }</pre>
 *
 * <p>A goal is met when its metric's value compares with the target as the goal says. One that is
 * not met is {@link GoalCheck.Verdict#NOT_YET} up to and including its deadline day and {@link
 * GoalCheck.Verdict#MISSED} after it, or at once when it has no deadline. A metric with nothing to
 * compute it over (no problems yet for a resolution rate) meets no goal. Stateless and thread-safe.
 */
public final class Goals {

  private Goals() {}

  /** Every goal in the store, checked on {@code today}, by name. */
  public static List<GoalCheck> check(HotStore store, LocalDate today) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(today, "today");
    List<Goal> goals = store.goals();
    if (goals.isEmpty()) {
      return List.of();
    }
    MetricSet metrics = Metrics.compute(store, Query.all(), Optional.empty()).overall();
    return goals.stream().map(g -> check(g, metrics, today)).toList();
  }

  /** One goal checked against the metrics on {@code today}. */
  public static GoalCheck check(Goal goal, MetricSet metrics, LocalDate today) {
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(metrics, "metrics");
    Objects.requireNonNull(today, "today");
    OptionalDouble value = metrics.value(goal.metric());
    GoalCheck.Verdict verdict;
    if (value.isPresent() && goal.metBy(value.getAsDouble())) {
      verdict = GoalCheck.Verdict.MET;
    } else if (goal.deadline().isPresent() && !today.isAfter(goal.deadline().get())) {
      verdict = GoalCheck.Verdict.NOT_YET;
    } else {
      verdict = GoalCheck.Verdict.MISSED;
    }
    return new GoalCheck(goal, value, verdict);
  }

  /** Whether every check is met or not yet due: what a scheduled check passes on. */
  public static boolean noneMissed(List<GoalCheck> checks) {
    return checks.stream().noneMatch(c -> c.verdict() == GoalCheck.Verdict.MISSED);
  }
}
