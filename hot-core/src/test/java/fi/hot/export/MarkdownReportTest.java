package fi.hot.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownReportTest {
  private final String md = MarkdownReport.of(ReportLanguage.EN).render(ReportFixture.hostile());

  @Test
  void user_text_in_quotes_names_themes_and_the_query_is_escaped() {
    assertThat(md)
        .doesNotContain("<script")
        .doesNotContain("<img")
        .contains(
            "> Toivoisin, että &lt;script&gt;alert\\(1\\)&lt;/script&gt; — Acme Oy, 2026-03-04")
        .contains("| &lt;img src=x onerror=alert\\(1\\)&gt; lasku | 3 | 2 |")
        .contains("The invoice is wrong &amp; late — &lt;script&gt;");
  }

  @Test
  void a_pipe_in_user_text_cannot_add_a_table_column() {
    assertThat(MarkdownExport.escape("a | b")).isEqualTo("a \\| b");
    for (String line : md.split("\n")) {
      if (line.startsWith("| ") && line.contains("lasku")) {
        assertThat(line.replace("\\|", "").chars().filter(c -> c == '|').count()).isEqualTo(4);
      }
    }
  }

  @Test
  void the_same_figures_as_the_html_report_as_tables() {
    assertThat(md)
        .contains(
            "## Headline figures\n\n| | |\n|---|---:|\n| Statements | 5 |\n| Customers heard | 3 |")
        .contains("| Loop closed | 25% |")
        .contains(
            "| Month | Dreams | Problems | Needs | Other |\n|---|---:|---:|---:|---:|\n| 2026-02 | 0 | 1 | 0 | 1 |")
        .contains(
            "| Heard | 4 | 100% |\n| Acknowledged | 3 | 75% |\n| Done | 2 | 50% |\n| Customer informed | 1 | 25% |")
        .contains("| &lt; 7 d | 1 |\n| 7–30 d | 1 |\n| 30–90 d | 0 |\n| &gt; 90 d | 0 |")
        .contains(
            "| Month | Mean polarity | Statements |\n|---|---:|---:|\n| 2026-02 | -0.45 | 2 |\n"
                + "| 2026-03 | +0.20 | 3 |")
        .contains(
            "| Emotion | Count | Share |\n|---|---:|---:|\n| Frustrated | 1 | 20% |\n"
                + "| Worried | 0 | 0% |\n| Hurried | 1 | 20% |\n| Pleased | 2 | 40% |\n"
                + "| Neutral | 1 | 20% |")
        .contains("### Needs (0)\n\nNo statements.");
  }

  @Test
  void finnish_headings_when_asked() {
    String fi = MarkdownReport.of(ReportLanguage.FI).render(ReportFixture.hostile());
    assertThat(fi)
        .startsWith("# Asiakkaan ääni\n")
        .contains("### Haaveet (1)", "### Ongelmat (3)")
        .contains("| 2026-02 | -0,45 | 2 |", "| Tyytyväinen | 2 | 40\u00a0% |");
  }
}
