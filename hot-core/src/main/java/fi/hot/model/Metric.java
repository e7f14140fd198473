package fi.hot.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A measure of how well we hear customers and close the loop, by the name goals and the command
 * line use ({@code loop_closure_rate}). {@code fi.hot.insight.Metrics} computes them.
 *
 * <p>Dreams, problems and needs are the statements carrying those labels; a statement with two
 * labels counts for both. Days run from when the statement was said to the first event that reached
 * the state.
 */
public enum Metric {
  /** Statements heard. */
  STATEMENTS(Unit.COUNT, "statements heard"),
  /** Distinct customers who said something. */
  CUSTOMERS_HEARD(Unit.COUNT, "distinct customers heard"),
  /** Statements carrying DREAM. */
  DREAMS(Unit.COUNT, "statements voicing a dream"),
  /** Statements carrying PROBLEM. */
  PROBLEMS(Unit.COUNT, "statements voicing a problem"),
  /** Statements carrying NEED. */
  NEEDS(Unit.COUNT, "statements voicing a need"),
  /** Dreams, problems and needs still new, acknowledged or planned. */
  OPEN_ITEMS(Unit.COUNT, "dreams, problems and needs still new, acknowledged or planned"),
  /** Share of problems whose status is done. */
  PROBLEM_RESOLUTION_RATE(Unit.RATE, "share of problems done"),
  /**
   * Share of dreams, problems and needs that are done or declined and whose customer was told so
   * afterwards.
   */
  LOOP_CLOSURE_RATE(
      Unit.RATE, "share of dreams, problems and needs done or declined and the customer told"),
  /** Median days from being said to the first response (acknowledged, planned, done, declined). */
  MEDIAN_DAYS_TO_ACKNOWLEDGE(Unit.DAYS, "median days from being said to the first response"),
  /** Median days from being said to first reaching done. */
  MEDIAN_DAYS_TO_RESOLVE(Unit.DAYS, "median days from being said to done"),
  /** Median days from being said to the customer first being informed. */
  MEDIAN_DAYS_TO_INFORM(Unit.DAYS, "median days from being said to informing the customer"),
  /**
   * Share of statements voicing a problem: how much of what we hear is friction, whatever the
   * feeling it was said with (each statement's own {@link Feeling}).
   */
  FRICTION(Unit.RATE, "share of statements voicing a problem");

  /** What a metric's value counts. */
  public enum Unit {
    /** A number of statements or customers. */
    COUNT,
    /** A share from 0 to 1. */
    RATE,
    /** Days, with a fraction. */
    DAYS
  }

  private final Unit unit;
  private final String description;

  Metric(Unit unit, String description) {
    this.unit = unit;
    this.description = description;
  }

  /**
   * Parses a metric name case-insensitively, with underscores or dashes.
   *
   * @throws IllegalArgumentException naming the value and the accepted names
   */
  public static Metric parse(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException(
          "unknown metric '" + name + "' (expected " + names() + ")");
    }
  }

  /** The accepted names, comma separated, for messages and help. */
  public static String names() {
    return Arrays.stream(values()).map(Metric::code).collect(Collectors.joining(", "));
  }

  /** The lower-case name used in goals and on the command line. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public Unit unit() {
    return unit;
  }

  /** What it measures, in a few words. */
  public String description() {
    return description;
  }
}
