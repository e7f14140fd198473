package fi.hot.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GoalTest {
  private static final Instant T = Instant.parse("2026-03-01T00:00:00Z");

  @Test
  void comparisons_parse_from_symbols_and_words() {
    assertThat(Goal.Op.parse(">=")).isEqualTo(Goal.Op.AT_LEAST);
    assertThat(Goal.Op.parse("ge")).isEqualTo(Goal.Op.AT_LEAST);
    assertThat(Goal.Op.parse("<")).isEqualTo(Goal.Op.BELOW);
    assertThat(Goal.Op.parse("==")).isEqualTo(Goal.Op.EQUAL);
    assertThatThrownBy(() -> Goal.Op.parse("=>"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown comparison '=>' (expected >= <= > < =, or ge le gt lt eq)");
  }

  @Test
  void comparisons_hold_at_the_boundary_as_written() {
    assertThat(Goal.Op.AT_LEAST.test(0.8, 0.8)).isTrue();
    assertThat(Goal.Op.ABOVE.test(0.8, 0.8)).isFalse();
    assertThat(Goal.Op.AT_MOST.test(2.0, 2.0)).isTrue();
    assertThat(Goal.Op.BELOW.test(2.0, 2.0)).isFalse();
    // a rate computed as 0.1 + 0.2 still equals 0.3
    assertThat(Goal.Op.EQUAL.test(0.1 + 0.2, 0.3)).isTrue();
  }

  @Test
  void a_rate_goal_outside_zero_to_one_and_a_name_with_spaces_are_refused() {
    assertThatThrownBy(
            () ->
                new Goal(
                    "close",
                    Metric.LOOP_CLOSURE_RATE,
                    Goal.Op.AT_LEAST,
                    80,
                    Optional.empty(),
                    "",
                    T))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("share from 0 to 1");
    assertThatThrownBy(
            () ->
                new Goal(
                    "close loop", Metric.PROBLEMS, Goal.Op.AT_MOST, 3, Optional.empty(), "", T))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void metrics_parse_with_underscores_or_dashes() {
    assertThat(Metric.parse("loop_closure_rate")).isEqualTo(Metric.LOOP_CLOSURE_RATE);
    assertThat(Metric.parse("Median-Days-To-Inform")).isEqualTo(Metric.MEDIAN_DAYS_TO_INFORM);
    assertThatThrownBy(() -> Metric.parse("happiness"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown metric 'happiness' (expected statements, customers_heard");
  }
}
