package fi.hot.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  private final String html = HtmlReport.of(ReportLanguage.EN).render(ReportFixture.hostile());

  @Test
  void script_and_img_in_quotes_theme_names_and_the_query_show_as_text() {
    assertThat(html)
        .doesNotContainIgnoringCase("<script")
        .doesNotContainIgnoringCase("<img")
        .contains("Toivoisin, ett&auml; &lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("Laskutus ei toimi &lt;img src=x onerror=alert(1)&gt;")
        .contains("&lt;img src=x onerror=alert(1)&gt; lasku");
  }

  @Test
  void a_customer_name_cannot_break_out_of_text_or_an_attribute() {
    assertThat(html)
        .contains("&quot; onmouseover=&quot;alert(1)&quot; x=&quot;")
        .doesNotContain("onmouseover=\"")
        .contains("\u2014 &lt;script&gt;alert(1)&lt;/script&gt;, <time");
  }

  @Test
  void every_attribute_value_is_quoted_and_none_is_an_event_handler() {
    Matcher m = Pattern.compile("<[a-zA-Z][^>]*>").matcher(html);
    int tags = 0;
    while (m.find()) {
      tags++;
      String tag = m.group();
      assertThat(tag).doesNotContainPattern("(?i)\\son[a-z]+\\s*=");
      assertThat(tag.replaceAll("=\"[^\"]*\"", "")).doesNotContain("=");
    }
    assertThat(tags).isGreaterThan(100);
  }

  @Test
  void every_section_is_there_with_its_stable_id_in_order() {
    int last = -1;
    for (String id : HtmlReport.SECTIONS) {
      int at = html.indexOf("<section id=\"" + id + "\"");
      assertThat(at).as(id).isGreaterThan(last);
      last = at;
    }
  }

  @Test
  void the_file_asks_for_nothing_outside_itself_and_has_no_script() {
    assertThat(html)
        .doesNotContain("http://")
        .doesNotContain("https://")
        .doesNotContain("url(")
        .doesNotContain("@import")
        .doesNotContainPattern("<[^>]+\\s(src|href|xlink:href)=")
        .doesNotContainIgnoringCase("<script");
    assertThat(html).contains("Content-Security-Policy\" content=\"default-src 'none';");
  }

  @Test
  void charts_are_labelled_for_screen_readers_and_have_a_table_of_their_values() {
    int charts = count(html, "<svg ");
    assertThat(charts).isEqualTo(7);
    assertThat(count(html, "role=\"img\" aria-labelledby=")).isEqualTo(charts);
    assertThat(count(html, "<desc id=\"")).isEqualTo(charts);
    assertThat(count(html, "<table>")).isEqualTo(charts);
    assertThat(html)
        .contains("<title>2026-03, Problems: 2</title>")
        .contains(
            "<desc id=\"per-month-chart-desc\">Statements per month, stacked by label.</desc>")
        .contains("<th scope=\"row\">2026-03</th><td class=\"n\">1</td><td class=\"n\">2</td>");
  }

  @Test
  void it_prints_on_a_4_and_reads_on_a_phone() {
    assertThat(html)
        .contains("@page{size:A4")
        .contains("@media print{")
        .contains("break-before:page")
        .contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .contains("@media (max-width:600px)");
  }

  @Test
  void finnish_headings_and_labels_when_asked() {
    String fi = HtmlReport.of(ReportLanguage.FI).render(ReportFixture.hostile());
    assertThat(fi)
        .startsWith("<!DOCTYPE html>\n<html lang=\"fi\">")
        .contains(">Haaveet<", ">Ongelmat<", ">Tarpeet<", ">P&auml;&auml;luvut<")
        .contains("Lausumien keskim&auml;&auml;r&auml;inen s&auml;vy kuukausittain")
        .contains(">Tyytyv&auml;inen<")
        .contains("40&nbsp;%");
    assertThat(html).contains(">Dreams<", ">Problems<", ">Needs<").contains("40%");
  }

  @Test
  void the_feeling_section_shows_mean_polarity_by_month_and_the_emotions() {
    String feeling = html.substring(html.indexOf("<section id=\"feeling\""));
    assertThat(feeling)
        .contains("Mean polarity of the statements month by month, from -1 (negative) to +1")
        .contains("<title>2026-02, Mean polarity: -0.45</title>")
        .contains("<th scope=\"row\">2026-03</th><td class=\"n\">+0.20</td><td class=\"n\">3</td>")
        .contains("<title>Pleased, Statements: 2</title>")
        .contains("<th scope=\"row\">Pleased</th><td class=\"n\">2</td><td class=\"n\">40%</td>")
        .contains("<th scope=\"row\">Worried</th><td class=\"n\">0</td><td class=\"n\">0%</td>");
    // the polarity axis runs from -1 to +1 whatever the data, with its zero line
    assertThat(feeling)
        .contains(">-1.00</text>", ">+1.00</text>", ">0.00</text>", "class=\"axis\"/><text");
  }

  @Test
  void writing_gives_the_rendered_text_and_unknown_languages_are_refused() {
    StringWriter out = new StringWriter();
    HtmlReport.of(ReportLanguage.EN).write(ReportFixture.hostile(), out);
    assertThat(out.toString()).isEqualTo(html);
    assertThatThrownBy(() -> ReportLanguage.parse("sv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'sv'");
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
