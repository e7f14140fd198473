package fi.hot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  static final String SCRIPT = "<script>document.title='pwned'</script>";
  static final String IMG = "<img src=x onerror=\"document.title='pwned'\">";

  @TempDir Path dir;
  private Cli cli;

  @BeforeEach
  void importStatements() throws Exception {
    cli = new Cli(dir.resolve("store"));
    Path csv = dir.resolve("hostile.csv");
    Files.write(csv, hostileCsv(), StandardCharsets.UTF_8);
    Cli.Result r = cli.run("import", csv.toString());
    assertThat(r.code()).as(r.err()).isZero();
  }

  /** Three customers with problems and needs, one of them named and quoting like an attacker. */
  static List<String> hostileCsv() {
    return List.of(
        "occurred_at,customer,customer_name,contact,channel,captured_by,text,tags",
        "2026-03-02T09:00:00Z,acme,Acme Oy,,call,anna,Laskussa on väärä summa ja laskutus ei"
            + " toimi.,",
        "2026-03-05T09:00:00Z,globex,Globex Ltd,,email,anna,We need invoices as e-invoices.,",
        "2026-04-01T09:00:00Z,evil,\""
            + IMG.replace("\"", "\"\"")
            + "\",,chat,anna,\"The"
            + " invoice is wrong "
            + SCRIPT.replace("\"", "\"\"")
            + "\",",
        "2026-04-02T09:00:00Z,evil,\""
            + IMG.replace("\"", "\"\"")
            + "\",,chat,anna,\"We need"
            + " this fixed: "
            + IMG.replace("\"", "\"\"")
            + "\",");
  }

  @Test
  void writes_a_self_contained_html_report_to_the_file() throws Exception {
    Path out = dir.resolve("report.html");
    Cli.Result r = cli.run("report", "--out", out.toString(), "--as-of", "2026-05-01");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("Wrote the report to " + out);
    String html = Files.readString(out);
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("<section id=\"voice\"")
        .doesNotContainIgnoringCase("<script")
        .doesNotContainIgnoringCase("<img")
        .contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;")
        .contains("&lt;img src=x onerror=&quot;document.title='pwned'&quot;&gt;")
        .contains("As of 2026-05-01");
  }

  @Test
  void markdown_to_standard_output_in_finnish_with_filters() {
    Cli.Result r =
        cli.run(
            "report",
            "--format",
            "md",
            "--lang",
            "fi",
            "--customer",
            "evil",
            "--as-of",
            "2026-05-01");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith("# Asiakkaan ääni\n")
        .contains("| Lausumat | 2 |")
        .contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;")
        .doesNotContain("<script");
  }

  @Test
  void the_format_follows_the_file_name_and_open_items_age_against_as_of() throws Exception {
    Path out = dir.resolve("report.md");
    Cli.Result r = cli.run("report", "--out", out.toString(), "--as-of", "2026-04-03");

    assertThat(r.code()).as(r.err()).isZero();
    // all four open: two said 1 and 2 days before, one 29 days before and one 32
    assertThat(Files.readString(out))
        .startsWith("# Voice of the customer")
        .contains("| &lt; 7 d | 2 |\n| 7–30 d | 1 |\n| 30–90 d | 1 |\n| &gt; 90 d | 0 |");
  }

  @Test
  void bad_values_are_usage_errors_naming_the_value() {
    Cli.Result lang = cli.run("report", "--lang", "sv");
    Cli.Result format = cli.run("report", "--format", "pdf");
    Cli.Result asOf = cli.run("report", "--as-of", "yesterday");

    assertThat(lang.code()).isEqualTo(2);
    assertThat(lang.err()).contains("'sv'");
    assertThat(format.code()).isEqualTo(2);
    assertThat(format.err()).contains("'pdf'");
    assertThat(asOf.code()).isEqualTo(2);
    assertThat(asOf.err()).contains("'yesterday'");
  }

  @Test
  void help_shows_the_options_and_examples() {
    Cli.Result r = cli.run("report", "--help");

    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("--out=FILE", "--lang=fi|en", "--as-of=DATE", "--statement-lang=fi|en")
        .contains("Examples:", "hot report --out report.html");
  }
}
