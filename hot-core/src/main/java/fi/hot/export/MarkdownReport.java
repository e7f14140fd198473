package fi.hot.export;

import fi.hot.insight.MetricSet;
import fi.hot.insight.ReportData;
import fi.hot.insight.Theme;
import fi.hot.internal.Dates;
import fi.hot.model.Emotion;
import fi.hot.model.Label;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/**
 * Writes a {@link ReportData} as Markdown for a wiki or an email: the figures of the HTML report as
 * tables, then the themes and the quotes.
 *
 * <pre>{@code
 * MarkdownReport.of(ReportLanguage.EN).write(data, out);
 * // # Voice of the customer
 * //
 * // Selection: all statements · As of 2026-06-30
 * //
 * // ## Headline figures
 * // | | |
 * // |---|---:|
 * // | Statements | 367 |
 * }</pre>
 *
 * <p>All user text is escaped with {@link MarkdownExport#escape}. Immutable and thread-safe.
 */
public final class MarkdownReport {
  private final ReportLanguage lang;

  private MarkdownReport(ReportLanguage lang) {
    this.lang = lang;
  }

  /** A report with headings in the language. */
  public static MarkdownReport of(ReportLanguage lang) {
    return new MarkdownReport(Objects.requireNonNull(lang, "lang"));
  }

  /** The report as one Markdown document. */
  public String render(ReportData d) {
    Objects.requireNonNull(d, "data");
    StringBuilder b = new StringBuilder(8 * 1024);
    b.append("# ").append(e(t("title"))).append("\n\n");
    b.append(e(t("selection") + ": " + ReportText.selection(d.query(), lang)))
        .append(" \u00b7 ")
        .append(e(t("asOf") + " " + Dates.day(d.asOf())))
        .append("\n");

    MetricSet m = d.overall();
    heading(b, "headline");
    b.append("| | |\n|---|---:|\n");
    row(b, t("statements"), Long.toString(m.statements()));
    row(b, t("customers"), Long.toString(m.customers()));
    for (Label l : Label.HOT) {
      row(b, lang.label(l), Long.toString(d.count(l)));
    }
    row(
        b,
        t("loopClosure"),
        m.loopClosureRate().isEmpty()
            ? t("none")
            : lang.percent(m.loopClosureRate().getAsDouble()));
    row(b, t("open"), Long.toString(m.open()));

    heading(b, "labelMix");
    b.append("| | ").append(e(t("count"))).append(" |\n|---|---:|\n");
    for (Label l : ReportData.LABELS) {
      row(b, lang.label(l), Long.toString(d.count(l)));
    }
    b.append("\n").append(e(t("labelMixDesc"))).append("\n");

    heading(b, "perMonth");
    b.append("| ").append(e(t("month")));
    ReportData.LABELS.forEach(l -> b.append(" | ").append(e(lang.label(l))));
    b.append(" |\n|---").append("|---:".repeat(ReportData.LABELS.size())).append("|\n");
    for (ReportData.MonthCounts mc : d.months()) {
      b.append("| ").append(e(mc.month()));
      ReportData.LABELS.forEach(l -> b.append(" | ").append(mc.count(l)));
      b.append(" |\n");
    }

    heading(b, "themes");
    if (d.themes().isEmpty()) {
      b.append(e(t("noThemes"))).append("\n");
    } else {
      b.append("| ")
          .append(e(t("theme")))
          .append(" | ")
          .append(e(t("statements")))
          .append(" | ")
          .append(e(t("distinctCustomers")))
          .append(" |\n|---|---:|---:|\n");
      for (Theme th : d.themes()) {
        b.append("| ")
            .append(e(th.name()))
            .append(" | ")
            .append(th.statements())
            .append(" | ")
            .append(th.customers())
            .append(" |\n");
      }
    }

    heading(b, "funnel");
    ReportData.Funnel f = d.funnel();
    b.append("| ")
        .append(e(t("stage")))
        .append(" | ")
        .append(e(t("count")))
        .append(" | ")
        .append(e(t("share")))
        .append(" |\n|---|---:|---:|\n");
    List<String> stages = List.of(t("heard"), t("acknowledged"), t("done"), t("informed"));
    List<Long> counts = List.of(f.heard(), f.acknowledged(), f.done(), f.informed());
    for (int i = 0; i < stages.size(); i++) {
      String share = f.heard() == 0 ? t("none") : lang.percent((double) counts.get(i) / f.heard());
      b.append("| ")
          .append(e(stages.get(i)))
          .append(" | ")
          .append(counts.get(i))
          .append(" | ")
          .append(e(share))
          .append(" |\n");
    }

    heading(b, "openItems");
    b.append("| ")
        .append(e(t("age")))
        .append(" | ")
        .append(e(t("count")))
        .append(" |\n|---|---:|\n");
    for (ReportData.AgeBucket a : d.openByAge()) {
      String name = ReportText.ageBucket(a, lang);
      row(b, name, Long.toString(a.count()));
    }

    heading(b, "voice");
    for (ReportData.Voice v : d.voice()) {
      b.append("\n### ")
          .append(e(lang.label(v.label())))
          .append(" (")
          .append(v.statements())
          .append(")\n");
      if (v.quotes().isEmpty()) {
        b.append("\n").append(e(t("voiceNone"))).append("\n");
      }
      for (ReportData.Quote q : v.quotes()) {
        b.append("\n> ")
            .append(e(q.text()))
            .append(" \u2014 ")
            .append(e(q.customer()))
            .append(", ")
            .append(e(Dates.day(q.said())))
            .append("\n");
      }
    }

    heading(b, "feeling");
    ReportData.FeelingTrend trend = d.feeling();
    b.append("| ")
        .append(e(t("month")))
        .append(" | ")
        .append(e(t("polarity")))
        .append(" | ")
        .append(e(t("statements")))
        .append(" |\n|---|---:|---:|\n");
    for (ReportData.MonthFeeling mf : trend.months()) {
      b.append("| ")
          .append(e(mf.month()))
          .append(" | ")
          .append(lang.polarity(mf.meanPolarity()))
          .append(" | ")
          .append(mf.statements())
          .append(" |\n");
    }
    b.append("\n").append(e(t("feelingDesc"))).append("\n\n");
    b.append("| ")
        .append(e(t("emotion")))
        .append(" | ")
        .append(e(t("count")))
        .append(" | ")
        .append(e(t("share")))
        .append(" |\n|---|---:|---:|\n");
    for (Emotion em : Emotion.values()) {
      b.append("| ")
          .append(e(lang.emotion(em)))
          .append(" | ")
          .append(trend.emotions().get(em))
          .append(" | ")
          .append(e(trend.statements() == 0 ? t("none") : lang.percent(trend.share(em))))
          .append(" |\n");
    }
    b.append("\n").append(e(t("emotionsDesc"))).append("\n");
    return b.toString();
  }

  /** Writes the report; does not close the writer. */
  public void write(ReportData data, Writer out) {
    Objects.requireNonNull(out, "out");
    try {
      out.write(render(data));
      out.flush();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private void heading(StringBuilder b, String key) {
    b.append("\n## ").append(e(t(key))).append("\n\n");
  }

  private static void row(StringBuilder b, String name, String value) {
    b.append("| ").append(e(name)).append(" | ").append(e(value)).append(" |\n");
  }

  private String t(String key) {
    return lang.text(key);
  }

  private static String e(String text) {
    return MarkdownExport.escape(text);
  }
}
