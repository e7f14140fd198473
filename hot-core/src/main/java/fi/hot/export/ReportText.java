package fi.hot.export;

import fi.hot.insight.ReportData;
import fi.hot.internal.Dates;
import fi.hot.model.Emotion;
import fi.hot.model.Label;
import fi.hot.model.Query;
import java.util.ArrayList;
import java.util.List;

/** Texts the HTML and Markdown reports share. Stateless. */
final class ReportText {
  private ReportText() {}

  /** The selection in words, unescaped: {@code "lasku" · Ongelmat · acme · 2026-03-01 –}. */
  static String selection(Query q, ReportLanguage lang) {
    List<String> parts = new ArrayList<>();
    if (!q.text().isBlank()) {
      parts.add("\u201c" + q.text().strip() + "\u201d");
    }
    for (Label l : ReportData.LABELS) {
      if (q.labels().contains(l)) {
        parts.add(lang.label(l));
      }
    }
    q.customer().ifPresent(parts::add);
    q.channel().ifPresent(c -> parts.add(c.code()));
    q.language().ifPresent(l -> parts.add(l.code()));
    if (q.since().isPresent() || q.until().isPresent()) {
      parts.add(
          q.since().map(Dates::day).orElse("") + " \u2013 " + q.until().map(Dates::day).orElse(""));
    }
    for (Emotion e : Emotion.values()) {
      if (q.emotions().contains(e)) {
        parts.add(lang.emotion(e));
      }
    }
    if (q.restrictsPolarity()) {
      parts.add(
          lang.text("polarityRange")
              + " "
              + lang.polarity(q.minPolarity())
              + " \u2013 "
              + lang.polarity(q.maxPolarity()));
    }
    return parts.isEmpty() ? lang.text("all") : String.join(" \u00b7 ", parts);
  }

  /**
   * The name of an age bucket of open items: {@code < 7 pv}, {@code 7–30 days}, {@code > 90 days}.
   */
  static String ageBucket(ReportData.AgeBucket a, ReportLanguage lang) {
    String days = " " + lang.text("days");
    return a.toDays()
        .map(to -> a.fromDays() == 0 ? "< " + to + days : a.fromDays() + "\u2013" + to + days)
        .orElse("> " + a.fromDays() + days);
  }
}
