package fi.hot.export;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import fi.hot.insight.MetricSet;
import fi.hot.insight.ReportData;
import fi.hot.insight.Theme;
import fi.hot.internal.Dates;
import fi.hot.model.Emotion;
import fi.hot.model.Label;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Writes a {@link ReportData} as one self-contained HTML file: inline CSS and inline SVG charts, no
 * script and no request for anything outside the file, readable on a phone and printable on A4.
 *
 * <pre>{@code
 * ReportData data = ReportData.compute(store, Query.all(), Instant.now());
 * try (Writer out = Files.newBufferedWriter(Path.of("report.html"))) {
 *   HtmlReport.of(ReportLanguage.FI).write(data, out);
 * }
 * }</pre>
 *
 * <p>Sections have stable ids: {@code headline}, {@code label-mix}, {@code per-month}, {@code
 * themes}, {@code loop-funnel}, {@code open-items}, {@code voice} and {@code feeling}. Each chart
 * has a title and a description for screen readers, a hover title on every mark and a table of its
 * values beside it. All user text (statements, customer names, theme names, the query) is escaped
 * with {@link org.apache.commons.text.StringEscapeUtils#escapeHtml4}; a content security policy
 * that allows no script is a second guard. Immutable and thread-safe.
 */
public final class HtmlReport {
  /** The section ids, in the order they appear. */
  public static final List<String> SECTIONS =
      List.of(
          "headline",
          "label-mix",
          "per-month",
          "themes",
          "loop-funnel",
          "open-items",
          "voice",
          "feeling");

  private static final Map<Label, String> COLORS =
      Map.of(
          Label.DREAM, "#1b9e77",
          Label.PROBLEM, "#d95f02",
          Label.NEED, "#7570b3",
          Label.NONE, "#9a9a9a");

  private static final String CSS =
      """
      :root{--fg:#1d1d1f;--muted:#5f6368;--line:#d9d9de;--bg:#fff;--card:#f5f6f8}
      *{box-sizing:border-box}
      body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--fg);background:var(--bg)}
      main{max-width:1100px;margin:0 auto;padding:16px}
      header h1{margin:0 0 4px;font-size:1.8rem}
      header p{margin:0;color:var(--muted)}
      section{border-top:1px solid var(--line);margin-top:24px;padding-top:8px}
      h2{font-size:1.3rem;margin:8px 0 12px}
      .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(140px,1fr));gap:12px;margin:0}
      .card{background:var(--card);border-radius:8px;padding:12px}
      .card dt{color:var(--muted);font-size:.85rem}
      .card dd{margin:0;font-size:1.6rem;font-weight:600}
      .pair{display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start}
      .pair figure{flex:2 1 420px;margin:0;min-width:0}
      .pair .data{flex:1 1 240px;overflow-x:auto}
      svg.chart{width:100%;height:auto;display:block}
      svg .ctitle{font-size:15px;font-weight:600;fill:#1d1d1f}
      svg .tick,svg .val,svg .legend{font-size:12px;fill:#3c4043}
      svg .atitle{font-size:12px;fill:#5f6368;font-style:italic}
      svg .grid{stroke:#e6e6ea;stroke-width:1}
      svg .axis{stroke:#3c4043;stroke-width:1.2}
      table{border-collapse:collapse;font-size:.9rem;width:100%}
      caption{text-align:left;font-weight:600;padding-bottom:4px}
      th,td{border-bottom:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top}
      td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
      .voice{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:16px}
      blockquote{margin:0 0 12px;padding:8px 12px;border-left:4px solid var(--line);background:var(--card);overflow-wrap:anywhere}
      blockquote footer{color:var(--muted);font-size:.85rem}
      .note{color:var(--muted);font-size:.9rem}
      @media (max-width:600px){body{font-size:15px}main{padding:10px}header h1{font-size:1.4rem}}
      @page{size:A4;margin:14mm}
      @media print{body{font-size:11pt}main{max-width:none;padding:0}section{break-before:page;border-top:none}
      section#headline{break-before:auto}figure,table,blockquote{break-inside:avoid}
      .pair{display:block}.card{border:1px solid var(--line)}}
      """;

  private final ReportLanguage lang;

  private HtmlReport(ReportLanguage lang) {
    this.lang = lang;
  }

  /** A report with headings in the language. */
  public static HtmlReport of(ReportLanguage lang) {
    return new HtmlReport(Objects.requireNonNull(lang, "lang"));
  }

  /** The report as one HTML document. */
  public String render(ReportData data) {
    Objects.requireNonNull(data, "data");
    StringBuilder b = new StringBuilder(64 * 1024);
    b.append("<!DOCTYPE html>\n<html lang=\"")
        .append(lang.code())
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
                + " style-src 'unsafe-inline'\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(h(t("title")))
        .append(" \u2014 ")
        .append(h(Dates.day(data.asOf())))
        .append("</title>\n<style>\n")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n<main>\n<header><h1>")
        .append(h(t("title")))
        .append("</h1><p>")
        .append(h(t("selection")))
        .append(": ")
        .append(h(ReportText.selection(data.query(), lang)))
        .append(" \u00b7 ")
        .append(h(t("asOf")))
        .append(" ")
        .append(h(Dates.day(data.asOf())))
        .append("</p></header>\n");
    headline(b, data);
    labelMix(b, data);
    perMonth(b, data);
    themes(b, data);
    funnel(b, data);
    openItems(b, data);
    voice(b, data);
    feeling(b, data);
    b.append("</main>\n</body>\n</html>\n");
    return b.toString();
  }

  /** Writes the report; does not close the writer. */
  public void write(ReportData data, Writer out) {
    Objects.requireNonNull(out, "out");
    try {
      out.write(render(data));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void headline(StringBuilder b, ReportData d) {
    MetricSet m = d.overall();
    open(b, "headline", t("headline"));
    b.append("<dl class=\"cards\">");
    card(b, t("statements"), Long.toString(m.statements()));
    card(b, t("customers"), Long.toString(m.customers()));
    for (Label l : Label.HOT) {
      card(b, lang.label(l), Long.toString(d.count(l)));
    }
    card(b, t("loopClosure"), rate(m.loopClosureRate()));
    card(b, t("open"), Long.toString(m.open()));
    b.append("</dl></section>\n");
  }

  private void labelMix(StringBuilder b, ReportData d) {
    open(b, "label-mix", t("labelMix"));
    List<String> names = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    List<String[]> rows = new ArrayList<>();
    for (Label l : ReportData.LABELS) {
      names.add(lang.label(l));
      values.add((double) d.count(l));
      rows.add(new String[] {lang.label(l), Long.toString(d.count(l))});
    }
    String svg =
        SvgChart.bars(
            frame("label-mix-chart", "labelMix", "labelMixDesc", "", "count"),
            names,
            List.of(new SvgChart.Series(t("statements"), COLORS.get(Label.PROBLEM), values)),
            SvgChart::integer);
    pair(b, svg, t("labelMix"), new String[] {"", t("count")}, rows);
    b.append("<p class=\"note\">").append(h(t("labelMixDesc"))).append("</p></section>\n");
  }

  private void perMonth(StringBuilder b, ReportData d) {
    open(b, "per-month", t("perMonth"));
    List<String> months = d.months().stream().map(ReportData.MonthCounts::month).toList();
    List<SvgChart.Series> series = new ArrayList<>();
    for (Label l : ReportData.LABELS) {
      series.add(
          new SvgChart.Series(
              lang.label(l),
              COLORS.get(l),
              d.months().stream().map(m -> (double) m.count(l)).toList()));
    }
    String svg =
        SvgChart.columns(
            frame("per-month-chart", "perMonth", "perMonthDesc", "month", "count"),
            months,
            series,
            true,
            SvgChart::integer);
    String[] head = new String[ReportData.LABELS.size() + 1];
    head[0] = t("month");
    for (int i = 0; i < ReportData.LABELS.size(); i++) {
      head[i + 1] = lang.label(ReportData.LABELS.get(i));
    }
    List<String[]> rows = new ArrayList<>();
    for (ReportData.MonthCounts m : d.months()) {
      String[] r = new String[head.length];
      r[0] = m.month();
      for (int i = 0; i < ReportData.LABELS.size(); i++) {
        r[i + 1] = Long.toString(m.count(ReportData.LABELS.get(i)));
      }
      rows.add(r);
    }
    pair(b, svg, t("perMonth"), head, rows);
    b.append("</section>\n");
  }

  private void themes(StringBuilder b, ReportData d) {
    open(b, "themes", t("themes"));
    if (d.themes().isEmpty()) {
      b.append("<p>").append(h(t("noThemes"))).append("</p></section>\n");
      return;
    }
    List<String> names = d.themes().stream().map(Theme::name).toList();
    String svg =
        SvgChart.bars(
            frame("themes-chart", "themes", "themesDesc", "theme", "count"),
            names,
            List.of(
                new SvgChart.Series(
                    t("statements"),
                    "#4e79a7",
                    d.themes().stream().map(x -> (double) x.statements()).toList()),
                new SvgChart.Series(
                    t("distinctCustomers"),
                    "#f28e2b",
                    d.themes().stream().map(x -> (double) x.customers()).toList())),
            SvgChart::integer);
    List<String[]> rows = new ArrayList<>();
    for (Theme x : d.themes()) {
      rows.add(
          new String[] {x.name(), Long.toString(x.statements()), Long.toString(x.customers())});
    }
    pair(
        b,
        svg,
        t("themes"),
        new String[] {t("theme"), t("statements"), t("distinctCustomers")},
        rows);
    b.append("</section>\n");
  }

  private void funnel(StringBuilder b, ReportData d) {
    open(b, "loop-funnel", t("funnel"));
    ReportData.Funnel f = d.funnel();
    List<String> stages = List.of(t("heard"), t("acknowledged"), t("done"), t("informed"));
    List<Long> counts = List.of(f.heard(), f.acknowledged(), f.done(), f.informed());
    String svg =
        SvgChart.bars(
            frame("loop-funnel-chart", "funnel", "funnelDesc", "stage", "count"),
            stages,
            List.of(
                new SvgChart.Series(
                    t("count"), "#59a14f", counts.stream().map(Long::doubleValue).toList())),
            SvgChart::integer);
    List<String[]> rows = new ArrayList<>();
    for (int i = 0; i < stages.size(); i++) {
      double share = f.heard() == 0 ? 0 : (double) counts.get(i) / f.heard();
      rows.add(
          new String[] {
            stages.get(i),
            Long.toString(counts.get(i)),
            f.heard() == 0 ? t("none") : lang.percent(share)
          });
    }
    pair(b, svg, t("funnel"), new String[] {t("stage"), t("count"), t("share")}, rows);
    b.append("<p class=\"note\">").append(h(t("funnelDesc"))).append("</p></section>\n");
  }

  private void openItems(StringBuilder b, ReportData d) {
    open(b, "open-items", t("openItems"));
    List<String> buckets = new ArrayList<>();
    for (ReportData.AgeBucket a : d.openByAge()) {
      buckets.add(ReportText.ageBucket(a, lang));
    }
    List<Double> values = d.openByAge().stream().map(a -> (double) a.count()).toList();
    String svg =
        SvgChart.columns(
            frame("open-items-chart", "openItems", "openItemsDesc", "age", "count"),
            buckets,
            List.of(new SvgChart.Series(t("open"), COLORS.get(Label.PROBLEM), values)),
            false,
            SvgChart::integer);
    List<String[]> rows = new ArrayList<>();
    for (int i = 0; i < buckets.size(); i++) {
      rows.add(new String[] {buckets.get(i), Long.toString(d.openByAge().get(i).count())});
    }
    pair(b, svg, t("openItems"), new String[] {t("age"), t("count")}, rows);
    b.append("</section>\n");
  }

  private void voice(StringBuilder b, ReportData d) {
    open(b, "voice", t("voice"));
    b.append("<div class=\"voice\">");
    for (ReportData.Voice v : d.voice()) {
      b.append("<div><h3>")
          .append(h(lang.label(v.label())))
          .append(" (")
          .append(v.statements())
          .append(")</h3>");
      if (v.quotes().isEmpty()) {
        b.append("<p>").append(h(t("voiceNone"))).append("</p>");
      }
      for (ReportData.Quote q : v.quotes()) {
        b.append("<blockquote><p>")
            .append(h(q.text()))
            .append("</p><footer>\u2014 ")
            .append(h(q.customer()))
            .append(", <time datetime=\"")
            .append(h(Dates.day(q.said())))
            .append("\">")
            .append(h(Dates.day(q.said())))
            .append("</time></footer></blockquote>");
      }
      b.append("</div>");
    }
    b.append("</div></section>\n");
  }

  private void feeling(StringBuilder b, ReportData d) {
    open(b, "feeling", t("feeling"));
    ReportData.FeelingTrend f = d.feeling();
    List<String> months = f.months().stream().map(ReportData.MonthFeeling::month).toList();
    String line =
        SvgChart.line(
            frame("feeling-chart", "feeling", "feelingDesc", "month", "polarity"),
            months,
            new SvgChart.Series(
                t("polarity"),
                "#4e79a7",
                f.months().stream().map(ReportData.MonthFeeling::meanPolarity).toList()),
            lang::polarity,
            -1,
            1);
    List<String[]> rows = new ArrayList<>();
    for (ReportData.MonthFeeling m : f.months()) {
      rows.add(
          new String[] {m.month(), lang.polarity(m.meanPolarity()), Long.toString(m.statements())});
    }
    pair(b, line, t("feeling"), new String[] {t("month"), t("polarity"), t("statements")}, rows);
    b.append("<p class=\"note\">").append(h(t("feelingDesc"))).append("</p>\n");

    List<String> names = new ArrayList<>();
    List<Double> counts = new ArrayList<>();
    List<String[]> emotionRows = new ArrayList<>();
    for (Emotion e : Emotion.values()) {
      long n = f.emotions().get(e);
      names.add(lang.emotion(e));
      counts.add((double) n);
      emotionRows.add(
          new String[] {
            lang.emotion(e),
            Long.toString(n),
            f.statements() == 0 ? t("none") : lang.percent(f.share(e))
          });
    }
    String bars =
        SvgChart.bars(
            frame("emotions-chart", "emotions", "emotionsDesc", "", "count"),
            names,
            List.of(new SvgChart.Series(t("statements"), "#4e79a7", counts)),
            SvgChart::integer);
    pair(b, bars, t("emotions"), new String[] {t("emotion"), t("count"), t("share")}, emotionRows);
    b.append("<p class=\"note\">").append(h(t("emotionsDesc"))).append("</p></section>\n");
  }

  private SvgChart.Frame frame(
      String id, String title, String desc, String categoryAxis, String valueAxis) {
    return new SvgChart.Frame(
        id, t(title), t(desc), categoryAxis.isEmpty() ? "" : t(categoryAxis), t(valueAxis));
  }

  private static void open(StringBuilder b, String id, String heading) {
    b.append("<section id=\"")
        .append(h(id))
        .append("\" aria-labelledby=\"")
        .append(h(id))
        .append("-h\">\n<h2 id=\"")
        .append(h(id))
        .append("-h\">")
        .append(h(heading))
        .append("</h2>\n");
  }

  private static void card(StringBuilder b, String name, String value) {
    b.append("<div class=\"card\"><dt>")
        .append(h(name))
        .append("</dt><dd>")
        .append(h(value))
        .append("</dd></div>");
  }

  /** A chart with the table of its values beside it (below it on a narrow screen). */
  private static void pair(
      StringBuilder b, String svg, String caption, String[] head, List<String[]> rows) {
    b.append("<div class=\"pair\"><figure>")
        .append(svg)
        .append("</figure><div class=\"data\"><table><caption>")
        .append(h(caption))
        .append("</caption><thead><tr>");
    for (int i = 0; i < head.length; i++) {
      b.append(i == 0 ? "<th scope=\"col\">" : "<th scope=\"col\" class=\"n\">")
          .append(h(head[i]))
          .append("</th>");
    }
    b.append("</tr></thead><tbody>");
    for (String[] r : rows) {
      b.append("<tr>");
      for (int i = 0; i < r.length; i++) {
        b.append(i == 0 ? "<th scope=\"row\">" : "<td class=\"n\">")
            .append(h(r[i]))
            .append(i == 0 ? "</th>" : "</td>");
      }
      b.append("</tr>");
    }
    b.append("</tbody></table></div></div>\n");
  }

  private String rate(OptionalDouble v) {
    return v.isEmpty() ? t("none") : lang.percent(v.getAsDouble());
  }

  private String t(String key) {
    return lang.text(key);
  }

  private static String h(String text) {
    return escapeHtml4(text);
  }
}
