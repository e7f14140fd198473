package fi.hot.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A target for a metric, such as "close the loop on 80 % of what we hear by the end of the year".
 *
 * <pre>{@code
 * store.saveGoal(new Goal("close-the-loop", Metric.LOOP_CLOSURE_RATE, Goal.Op.AT_LEAST, 0.8,
 *     Optional.of(LocalDate.parse("2026-12-31")), "anna", Instant.parse("2026-03-01T08:00:00Z")));
 * }</pre>
 *
 * <p>Immutable.
 *
 * @param name unique name, no spaces
 * @param metric what is measured
 * @param op how the value compares with the target
 * @param target the value to reach
 * @param deadline the day it should be reached by; empty when it should hold always
 * @param owner who owns the goal; empty when not known
 * @param setAt when the goal was set
 */
public record Goal(
    String name,
    Metric metric,
    Op op,
    double target,
    Optional<LocalDate> deadline,
    String owner,
    Instant setAt) {

  public Goal {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(setAt, "setAt");
    name = name.strip();
    if (name.isEmpty() || name.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("goal name '" + name + "' is blank or has spaces");
    }
    if (!Double.isFinite(target)) {
      throw new IllegalArgumentException("goal target " + target + " is not a number");
    }
    if (metric.unit() == Metric.Unit.RATE && (target < 0 || target > 1)) {
      throw new IllegalArgumentException(
          "goal target "
              + target
              + " for "
              + metric.code()
              + " must be a share from 0 to 1, such as 0.8");
    }
    owner = owner == null ? "" : owner.strip();
  }

  /** Whether a value of the metric meets the goal. */
  public boolean metBy(double value) {
    return op.test(value, target);
  }

  /** How a metric's value compares with the target. */
  public enum Op {
    AT_LEAST(">=", "ge"),
    AT_MOST("<=", "le"),
    ABOVE(">", "gt"),
    BELOW("<", "lt"),
    EQUAL("=", "eq");

    /** Values this close count as equal: rates and medians are computed with fractions. */
    private static final double EPSILON = 1e-9;

    private final String symbol;
    private final String word;

    Op(String symbol, String word) {
      this.symbol = symbol;
      this.word = word;
    }

    /**
     * Parses {@code >=}, {@code <=}, {@code >}, {@code <}, {@code =} (or {@code ==}), or the words
     * {@code ge}, {@code le}, {@code gt}, {@code lt}, {@code eq}, which need no quoting in a shell.
     *
     * @throws IllegalArgumentException naming the value and the accepted forms
     */
    public static Op parse(String text) {
      String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
      if (t.equals("==")) {
        return EQUAL;
      }
      for (Op op : values()) {
        if (op.symbol.equals(t) || op.word.equals(t)) {
          return op;
        }
      }
      throw new IllegalArgumentException(
          "unknown comparison '"
              + text
              + "' (expected "
              + Arrays.stream(values()).map(o -> o.symbol).collect(Collectors.joining(" "))
              + ", or "
              + Arrays.stream(values()).map(o -> o.word).collect(Collectors.joining(" "))
              + ")");
    }

    /** {@code >=}, {@code <=}, {@code >}, {@code <} or {@code =}. */
    public String symbol() {
      return symbol;
    }

    public boolean test(double value, double target) {
      return switch (this) {
        case AT_LEAST -> value >= target - EPSILON;
        case AT_MOST -> value <= target + EPSILON;
        case ABOVE -> value > target + EPSILON;
        case BELOW -> value < target - EPSILON;
        case EQUAL -> Math.abs(value - target) <= EPSILON;
      };
    }
  }
}
