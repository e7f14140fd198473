package fi.hot.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fi.hot.model.Metric;
import fi.hot.model.Query;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsTest {
  @TempDir static Path template;
  @TempDir Path tmp;

  private static double value(MetricSet m, Metric metric) {
    return m.value(metric).orElseThrow();
  }

  @Test
  void overall_metrics_of_the_hand_made_store_are_exactly_as_worked_out() {
    HandMade h = HandMade.open(template, tmp);
    try (h.store) {
      MetricSet m = Metrics.compute(h.store, Query.all(), Optional.empty()).overall();

      assertThat(m.statements()).isEqualTo(6);
      assertThat(m.customers()).isEqualTo(3);
      assertThat(m.dreams()).isEqualTo(1);
      assertThat(m.problems()).isEqualTo(3);
      assertThat(m.needs()).isEqualTo(2);
      assertThat(m.none()).isEqualTo(1);
      assertThat(m.items()).isEqualTo(5);
      assertThat(m.open()).isEqualTo(2); // s4 new, s6 planned
      assertThat(m.problemsDone()).isEqualTo(2); // s1, s3
      assertThat(m.closed()).isEqualTo(1); // s1: s3 was told before it was done
      assertThat(value(m, Metric.PROBLEM_RESOLUTION_RATE)).isCloseTo(2.0 / 3, within(1e-12));
      assertThat(value(m, Metric.LOOP_CLOSURE_RATE)).isCloseTo(0.2, within(1e-12));
      assertThat(value(m, Metric.FRICTION)).isCloseTo(0.5, within(1e-12));
      // acknowledged after 1, 3, 0.5 and 2 (planned) days
      assertThat(value(m, Metric.MEDIAN_DAYS_TO_ACKNOWLEDGE)).isCloseTo(1.5, within(1e-12));
      // done after 4 and 2 days
      assertThat(value(m, Metric.MEDIAN_DAYS_TO_RESOLVE)).isCloseTo(3.0, within(1e-12));
      // informed after 5, 1 and 3 days
      assertThat(value(m, Metric.MEDIAN_DAYS_TO_INFORM)).isCloseTo(3.0, within(1e-12));
      assertThat(value(m, Metric.OPEN_ITEMS)).isEqualTo(2.0);
    }
  }

  @Test
  void friction_trend_runs_month_by_month() {
    HandMade h = HandMade.open(template, tmp);
    try (h.store) {
      MetricsReport r = Metrics.compute(h.store, Query.all(), Optional.empty());

      assertThat(r.groups()).isEmpty();
      assertThat(r.trend())
          .extracting(MetricsReport.Group::key)
          .containsExactly("2026-03", "2026-04");
      assertThat(r.trend().get(0).metrics().friction().orElseThrow())
          .isCloseTo(2.0 / 3, within(1e-12));
      assertThat(r.trend().get(1).metrics().friction().orElseThrow())
          .isCloseTo(1.0 / 3, within(1e-12));
    }
  }

  @Test
  void breakdown_by_segment_puts_customers_without_one_last() {
    HandMade h = HandMade.open(template, tmp);
    try (h.store) {
      MetricsReport r = Metrics.compute(h.store, Query.all(), Optional.of(Dimension.SEGMENT));

      assertThat(r.groups())
          .extracting(MetricsReport.Group::key)
          .containsExactly("enterprise", "smb", Metrics.NO_SEGMENT);
      MetricSet enterprise = r.groups().get(0).metrics();
      MetricSet smb = r.groups().get(1).metrics();
      MetricSet none = r.groups().get(2).metrics();
      assertThat(enterprise.statements()).isEqualTo(2);
      assertThat(enterprise.loopClosureRate()).hasValue(0.0);
      assertThat(smb.loopClosureRate()).hasValue(0.5);
      assertThat(none.items()).isEqualTo(1);
      assertThat(none.medianDaysToAcknowledge()).hasValue(2.0);
    }
  }

  @Test
  void breakdown_by_channel_follows_the_channel_order() {
    HandMade h = HandMade.open(template, tmp);
    try (h.store) {
      MetricsReport r = Metrics.compute(h.store, Query.all(), Optional.of(Dimension.CHANNEL));

      assertThat(r.groups())
          .extracting(g -> g.key() + "=" + g.metrics().statements())
          .containsExactly("call=2", "meeting=1", "email=2", "chat=1");
    }
  }

  @Test
  void filters_select_the_statements_measured() {
    HandMade h = HandMade.open(template, tmp);
    try (h.store) {
      MetricSet acme =
          Metrics.compute(h.store, Query.all().customer("acme"), Optional.empty()).overall();

      assertThat(acme.statements()).isEqualTo(2);
      assertThat(acme.loopClosureRate()).hasValue(0.5);
      assertThat(acme.medianDaysToAcknowledge()).hasValue(2.0);
      assertThat(acme.medianDaysToInform()).hasValue(5.0);
    }
  }

  @Test
  void rates_and_medians_of_nothing_are_empty() {
    MetricSet m = Metrics.of(List.of(), Map.of());

    assertThat(m.statements()).isZero();
    assertThat(m.loopClosureRate()).isEmpty();
    assertThat(m.friction()).isEmpty();
    assertThat(m.medianDaysToResolve()).isEmpty();
    assertThat(m.value(Metric.STATEMENTS)).hasValue(0.0);
  }

  @Test
  void median_of_an_odd_count_is_the_middle_and_of_an_even_count_the_mean_of_the_two() {
    assertThat(Metrics.median(List.of(5.0, 1.0, 3.0))).hasValue(3.0);
    assertThat(Metrics.median(List.of(4.0, 1.0, 3.0, 10.0))).hasValue(3.5);
    assertThat(Metrics.median(List.of())).isEqualTo(OptionalDouble.empty());
  }
}
