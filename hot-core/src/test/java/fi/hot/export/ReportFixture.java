package fi.hot.export;

import fi.hot.insight.MetricSet;
import fi.hot.insight.ReportData;
import fi.hot.insight.Theme;
import fi.hot.model.Count;
import fi.hot.model.Emotion;
import fi.hot.model.Label;
import fi.hot.model.Query;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Report data made by hand, with hostile text wherever a customer's words can reach. */
final class ReportFixture {
  static final String SCRIPT = "<script>alert(1)</script>";
  static final String IMG = "<img src=x onerror=alert(1)>";
  static final String ATTRIBUTE = "\" onmouseover=\"alert(1)\" x=\"";

  private ReportFixture() {}

  static ReportData hostile() {
    return with(Query.parse(SCRIPT).customer("acme"), IMG + " lasku", SCRIPT, ATTRIBUTE, IMG);
  }

  /** The same figures with the given user text as the theme name, customer names and a quote. */
  static ReportData with(Query query, String themeName, String text, String name, String other) {
    Instant said = Instant.parse("2026-03-04T10:00:00Z");
    MetricSet overall =
        new MetricSet(
            5,
            3,
            1,
            3,
            1,
            1,
            4,
            2,
            1,
            1,
            OptionalDouble.of(1),
            OptionalDouble.empty(),
            OptionalDouble.empty());
    Theme theme =
        new Theme(
            themeName,
            "lasku",
            false,
            3.5,
            List.of("lasku"),
            3,
            2,
            List.of(new Count("problem", 3)),
            Optional.of(said),
            Optional.of(said),
            List.of(new Count("2026-03", 3)),
            List.of());
    return new ReportData(
        query,
        Instant.parse("2026-04-01T00:00:00Z"),
        overall,
        List.of(
            new ReportData.MonthCounts("2026-02", 0, 1, 0, 1),
            new ReportData.MonthCounts("2026-03", 1, 2, 1, 0)),
        List.of(theme),
        new ReportData.Funnel(4, 3, 2, 1),
        List.of(
            new ReportData.AgeBucket(0, Optional.of(7), 1),
            new ReportData.AgeBucket(7, Optional.of(30), 1),
            new ReportData.AgeBucket(30, Optional.of(90), 0),
            new ReportData.AgeBucket(90, Optional.empty(), 0)),
        List.of(
            new ReportData.Voice(
                Label.DREAM,
                1,
                List.of(new ReportData.Quote("d1", "Toivoisin, että " + text, "Acme Oy", said))),
            new ReportData.Voice(
                Label.PROBLEM,
                3,
                List.of(
                    new ReportData.Quote("p1", "Laskutus ei toimi " + other, name, said),
                    new ReportData.Quote("p2", "The invoice is wrong & late", text, said))),
            new ReportData.Voice(Label.NEED, 0, List.of())),
        new ReportData.FeelingTrend(
            List.of(
                new ReportData.MonthFeeling(
                    "2026-02", 2, -0.45, Map.of(Emotion.FRUSTRATED, 1L, Emotion.NEUTRAL, 1L)),
                new ReportData.MonthFeeling(
                    "2026-03", 3, 0.2, Map.of(Emotion.PLEASED, 2L, Emotion.HURRIED, 1L))),
            Map.of(
                Emotion.FRUSTRATED, 1L,
                Emotion.NEUTRAL, 1L,
                Emotion.PLEASED, 2L,
                Emotion.HURRIED, 1L)));
  }
}
