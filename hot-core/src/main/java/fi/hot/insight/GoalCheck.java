package fi.hot.insight;

import fi.hot.model.Goal;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How a goal stands: the metric's current value and the verdict.
 *
 * <p>Immutable.
 *
 * @param goal the goal
 * @param value the metric's current value; empty when there is nothing to compute it over (no
 *     problems to resolve, nothing informed yet)
 * @param verdict met, not yet met before its deadline, or missed
 */
public record GoalCheck(Goal goal, OptionalDouble value, Verdict verdict) {

  public GoalCheck {
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(verdict, "verdict");
  }

  /** Where a goal stands. */
  public enum Verdict {
    /** The current value meets the goal. */
    MET,
    /** Not met, but its deadline has not passed. */
    NOT_YET,
    /** Not met, with no deadline or after it. */
    MISSED
  }
}
