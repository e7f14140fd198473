package fi.hot.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import fi.hot.model.Emotion;
import fi.hot.model.Label;
import fi.hot.model.Query;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportDataTest {
  @TempDir static Path template;
  @TempDir Path tmp;

  @Test
  void figures_of_the_hand_made_store_are_exactly_as_worked_out() {
    HandMade h = HandMade.open(template, tmp);
    try (h.store) {
      ReportData d =
          ReportData.compute(h.store, Query.all(), Instant.parse("2026-04-10T10:00:00Z"));

      assertThat(d.overall().statements()).isEqualTo(6);
      assertThat(d.overall().customers()).isEqualTo(3);
      assertThat(List.of(Label.DREAM, Label.PROBLEM, Label.NEED, Label.NONE))
          .extracting(d::count)
          .containsExactly(1L, 3L, 2L, 1L);
      // s1 closed; s2 declined, not told; s3 told before done; s4 new; s6 planned
      assertThat(d.funnel()).isEqualTo(new ReportData.Funnel(5, 4, 3, 1));
      assertThat(d.months())
          .containsExactly(
              new ReportData.MonthCounts("2026-03", 0, 2, 1, 0),
              new ReportData.MonthCounts("2026-04", 1, 1, 1, 1));
      // March: s1 -0.6, s2 0, s3 -0.3; April: s4 0.2, s5 0.5, s6 -0.4
      assertThat(d.feeling().months())
          .extracting(ReportData.MonthFeeling::month, ReportData.MonthFeeling::statements)
          .containsExactly(tuple("2026-03", 3L), tuple("2026-04", 3L));
      assertThat(d.feeling().months().get(0).meanPolarity()).isCloseTo(-0.3, within(1e-9));
      assertThat(d.feeling().months().get(1).meanPolarity()).isCloseTo(0.1, within(1e-9));
      assertThat(d.feeling().meanPolarity().orElseThrow()).isCloseTo(-0.1, within(1e-9));
      assertThat(d.feeling().emotions())
          .containsExactly(
              entry(Emotion.FRUSTRATED, 1L),
              entry(Emotion.WORRIED, 0L),
              entry(Emotion.HURRIED, 1L),
              entry(Emotion.PLEASED, 1L),
              entry(Emotion.NEUTRAL, 3L));
      assertThat(d.feeling().share(Emotion.NEUTRAL)).isEqualTo(0.5);
      assertThat(d.feeling().months().get(1).share(Emotion.HURRIED))
          .isCloseTo(1 / 3.0, within(1e-9));
    }
  }

  @Test
  void open_items_are_aged_against_the_given_moment_not_the_clock() {
    HandMade h = HandMade.open(template, tmp);
    try (h.store) {
      // s4 said 2026-04-01, s6 said 2026-04-05; both still open
      ReportData early =
          ReportData.compute(h.store, Query.all(), Instant.parse("2026-04-10T10:00:00Z"));
      ReportData late =
          ReportData.compute(h.store, Query.all(), Instant.parse("2026-07-15T10:00:00Z"));

      assertThat(early.openByAge())
          .extracting(ReportData.AgeBucket::fromDays, ReportData.AgeBucket::count)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(0, 1L),
              org.assertj.core.groups.Tuple.tuple(7, 1L),
              org.assertj.core.groups.Tuple.tuple(30, 0L),
              org.assertj.core.groups.Tuple.tuple(90, 0L));
      assertThat(early.openByAge().get(3).toDays()).isEmpty();
      assertThat(late.openByAge())
          .extracting(ReportData.AgeBucket::count)
          .containsExactly(0L, 0L, 0L, 2L);
    }
  }

  @Test
  void quotes_come_per_label_from_different_customers_latest_first_on_equal_confidence() {
    HandMade h = HandMade.open(template, tmp);
    try (h.store) {
      ReportData d =
          ReportData.compute(h.store, Query.all(), Instant.parse("2026-06-01T00:00:00Z"));

      assertThat(d.voice())
          .extracting(ReportData.Voice::label)
          .containsExactly(Label.DREAM, Label.PROBLEM, Label.NEED);
      ReportData.Voice problems = d.voice().get(1);
      assertThat(problems.statements()).isEqualTo(3);
      assertThat(problems.quotes())
          .extracting(ReportData.Quote::id)
          .containsExactly(h.id(6), h.id(3), h.id(1));
      assertThat(d.voice().get(0).quotes())
          .singleElement()
          .satisfies(
              q -> {
                assertThat(q.text())
                    .isEqualTo("It would be wonderful if the reports built themselves.");
                assertThat(q.said()).isEqualTo(Instant.parse("2026-04-01T10:00:00Z"));
              });
    }
  }

  @Test
  void a_selection_narrows_every_figure() {
    HandMade h = HandMade.open(template, tmp);
    try (h.store) {
      ReportData d =
          ReportData.compute(
              h.store, Query.all().customer("acme"), Instant.parse("2026-06-01T00:00:00Z"));

      assertThat(d.overall().statements()).isEqualTo(2);
      assertThat(d.funnel()).isEqualTo(new ReportData.Funnel(2, 2, 2, 1));
      assertThat(d.openByAge()).extracting(ReportData.AgeBucket::count).containsOnly(0L);
      assertThat(d.months()).extracting(ReportData.MonthCounts::month).containsExactly("2026-03");
    }
  }

  @Test
  void an_empty_selection_gives_an_empty_report_not_an_error() {
    HandMade h = HandMade.open(template, tmp);
    try (h.store) {
      ReportData d =
          ReportData.compute(
              h.store, Query.all().customer("nobody"), Instant.parse("2026-06-01T00:00:00Z"));

      assertThat(d.overall().statements()).isZero();
      assertThat(d.months()).isEmpty();
      assertThat(d.themes()).isEmpty();
      assertThat(d.funnel()).isEqualTo(new ReportData.Funnel(0, 0, 0, 0));
      assertThat(d.voice()).allSatisfy(v -> assertThat(v.quotes()).isEmpty());
      assertThat(d.overall().loopClosureRate()).isEqualTo(java.util.OptionalDouble.empty());
      assertThat(d.feeling().months()).isEmpty();
      assertThat(d.feeling().statements()).isZero();
      assertThat(d.feeling().meanPolarity()).isEmpty();
      assertThat(d.feeling().emotions().values()).containsOnly(0L);
      assertThat(d.feeling().share(Emotion.PLEASED)).isZero();
    }
  }
}
