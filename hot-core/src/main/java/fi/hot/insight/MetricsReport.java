package fi.hot.insight;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Metrics of the statements a query selects: overall, broken down if asked, and by month as the
 * trend.
 *
 * <pre>{@code
 * MetricsReport r = Metrics.compute(store, Query.all(), Optional.of(Dimension.CHANNEL));
 * r.groups();   // one MetricSet per channel
 * r.trend();    // one per month, oldest first: friction over time
 * }</pre>
 *
 * <p>Immutable.
 *
 * @param overall the metrics of every selected statement
 * @param by what the groups break them down by; empty when not broken down
 * @param groups the breakdown, in the dimension's order (months oldest first, channels in enum
 *     order, segments by name with {@link Metrics#NO_SEGMENT} last); empty when not broken down
 * @param trend the metrics month by month, oldest first
 */
public record MetricsReport(
    MetricSet overall, Optional<Dimension> by, List<Group> groups, List<Group> trend) {

  public MetricsReport {
    Objects.requireNonNull(overall, "overall");
    Objects.requireNonNull(by, "by");
    groups = List.copyOf(groups);
    trend = List.copyOf(trend);
  }

  /**
   * The metrics of one group.
   *
   * @param key the month ({@code 2026-03}), channel code or segment
   * @param metrics its metrics
   */
  public record Group(String key, MetricSet metrics) {
    public Group {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(metrics, "metrics");
    }
  }
}
