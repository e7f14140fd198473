package fi.hot.insight;

import fi.hot.model.Metric;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The metrics of a set of statements: what was heard and how well the loop was closed on it. Rates
 * and medians are empty when there is nothing to compute them over.
 *
 * <pre>{@code
 * MetricSet m = Metrics.compute(store, Query.all(), Optional.empty()).overall();
 * m.loopClosureRate();                         // OptionalDouble[0.5]
 * m.value(Metric.MEDIAN_DAYS_TO_RESOLVE);      // the same by name
 * }</pre>
 *
 * <p>Immutable.
 *
 * @param statements statements heard
 * @param customers distinct customers heard
 * @param dreams statements carrying DREAM
 * @param problems statements carrying PROBLEM
 * @param needs statements carrying NEED
 * @param none statements carrying none of the three
 * @param items dreams, problems and needs: statements carrying any of the three
 * @param open items still new, acknowledged or planned
 * @param problemsDone statements carrying PROBLEM whose status is done
 * @param closed items done or declined whose customer was told afterwards
 * @param medianDaysToAcknowledge median days from being said to the first response, over the items
 *     that have one
 * @param medianDaysToResolve median days from being said to first reaching done, over the items
 *     that have
 * @param medianDaysToInform median days from being said to the first time the customer was
 *     informed, over the items informed
 */
public record MetricSet(
    long statements,
    long customers,
    long dreams,
    long problems,
    long needs,
    long none,
    long items,
    long open,
    long problemsDone,
    long closed,
    OptionalDouble medianDaysToAcknowledge,
    OptionalDouble medianDaysToResolve,
    OptionalDouble medianDaysToInform) {

  public MetricSet {
    Objects.requireNonNull(medianDaysToAcknowledge, "medianDaysToAcknowledge");
    Objects.requireNonNull(medianDaysToResolve, "medianDaysToResolve");
    Objects.requireNonNull(medianDaysToInform, "medianDaysToInform");
  }

  /** Share of problems done. */
  public OptionalDouble problemResolutionRate() {
    return share(problemsDone, problems);
  }

  /**
   * Share of dreams, problems and needs whose loop is closed: an outcome, and the customer told.
   */
  public OptionalDouble loopClosureRate() {
    return share(closed, items);
  }

  /** Share of statements voicing a problem: the friction in what we hear. */
  public OptionalDouble friction() {
    return share(problems, statements);
  }

  /** The value of a metric by name; empty when there is nothing to compute it over. */
  public OptionalDouble value(Metric metric) {
    return switch (Objects.requireNonNull(metric, "metric")) {
      case STATEMENTS -> OptionalDouble.of(statements);
      case CUSTOMERS_HEARD -> OptionalDouble.of(customers);
      case DREAMS -> OptionalDouble.of(dreams);
      case PROBLEMS -> OptionalDouble.of(problems);
      case NEEDS -> OptionalDouble.of(needs);
      case OPEN_ITEMS -> OptionalDouble.of(open);
      case PROBLEM_RESOLUTION_RATE -> problemResolutionRate();
      case LOOP_CLOSURE_RATE -> loopClosureRate();
      case MEDIAN_DAYS_TO_ACKNOWLEDGE -> medianDaysToAcknowledge;
      case MEDIAN_DAYS_TO_RESOLVE -> medianDaysToResolve;
      case MEDIAN_DAYS_TO_INFORM -> medianDaysToInform;
      case FRICTION -> friction();
    };
  }

  private static OptionalDouble share(long part, long whole) {
    return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / whole);
  }
}
