package fi.hot.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import fi.hot.HotParseException;
import fi.hot.ingest.Format;
import fi.hot.ingest.Readers;
import fi.hot.model.Channel;
import fi.hot.model.Classification;
import fi.hot.model.Cue;
import fi.hot.model.Customer;
import fi.hot.model.Emotion;
import fi.hot.model.Feeling;
import fi.hot.model.FeelingCue;
import fi.hot.model.Label;
import fi.hot.model.LabelScore;
import fi.hot.model.Language;
import fi.hot.model.Statement;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportTest {
  static final Statement PROBLEM =
      Statement.of("Laskutus ei toimi", Customer.of("acme", "Acme Oy"))
          .contact("Liisa Mäkinen")
          .channel(Channel.CALL)
          .by("mikko")
          .source("calls.csv:12")
          .tags(List.of("laskutus", "kiire"))
          .context("Miten laskutus sujuu?")
          .feeling(
              new Feeling(
                  -0.62,
                  Emotion.FRUSTRATED,
                  List.of(
                      new FeelingCue("fi.exclamation", "!"),
                      new FeelingCue("fi.label.problem", "ei toimi"))))
          .complete(
              "Laskutus ei toimi",
              Language.FI,
              new Classification(
                  Label.PROBLEM,
                  List.of(new LabelScore(Label.PROBLEM, 0.93), new LabelScore(Label.NEED, 0.41)),
                  List.of(new Cue("fi.problem.ei-toimi", Label.PROBLEM, "ei toimi"))),
              Instant.parse("2026-03-04T10:15:00Z"));
  static final Statement NEED =
      Statement.of("We need an Excel export, weekly.", Customer.id("globex"))
          .channel(Channel.EMAIL)
          .complete(
              "We need an Excel export, weekly.",
              Language.EN,
              Classification.of(List.of(new LabelScore(Label.NEED, 0.8)), List.of()),
              Instant.parse("2026-03-05T08:00:00Z"));
  static final Statement THANKS =
      Statement.of("Kiitos!", Customer.id("acme"))
          .feeling(Feeling.of(0.75, Emotion.PLEASED))
          .complete(
              "Kiitos!", Language.FI, Classification.NONE, Instant.parse("2026-03-06T00:00:00Z"));

  static String export(ExportFormat format, List<Statement> statements) {
    StringWriter out = new StringWriter();
    long n = Exporter.of(format).write(statements, out);
    assertThat(n).isEqualTo(statements.size());
    return out.toString();
  }

  /** Reads an export back the way import does, completing each draft with its own fields. */
  static List<Statement> readBack(Format format, String exported) {
    List<Statement> out = new ArrayList<>();
    List<HotParseException> errors = new ArrayList<>();
    Readers.of(format)
        .read(
            new ByteArrayInputStream(exported.getBytes(StandardCharsets.UTF_8)),
            "export",
            d ->
                out.add(
                    d.complete(
                        d.text(),
                        d.language().orElseThrow(),
                        d.classification().orElseThrow(),
                        d.occurredAt().orElseThrow())),
            errors::add);
    assertThat(errors).isEmpty();
    return out;
  }

  @Test
  void jsonl_export_imports_back_to_equal_statements() {
    List<Statement> all = List.of(PROBLEM, NEED, THANKS);
    String jsonl = export(ExportFormat.JSONL, all);
    assertThat(jsonl.lines()).hasSize(3);
    assertThat(readBack(Format.JSONL, jsonl)).isEqualTo(all);
  }

  @Test
  void a_persons_labels_stay_a_persons_through_csv() {
    Statement relabelled =
        PROBLEM.withClassification(Classification.human(List.of(Label.NEED, Label.PROBLEM)));
    String csv = export(ExportFormat.CSV, List.of(relabelled));

    Classification back = readBack(Format.CSV, csv).get(0).classification();
    assertThat(back.isHuman()).isTrue();
    assertThat(back.primary()).isEqualTo(Label.NEED);
  }

  @Test
  void csv_export_has_the_documented_columns_and_reads_back() {
    String csv = export(ExportFormat.CSV, List.of(PROBLEM, THANKS));
    assertThat(csv.lines().findFirst())
        .contains(
            "id,occurred_at,customer,customer_name,contact,channel,captured_by,lang,primary,"
                + "labels,labeled_by,text,tags,source,polarity,emotion");
    // the polarity is a number a spreadsheet reads as one: no formula guard before its minus
    assertThat(csv)
        .contains(
            PROBLEM.id()
                + ",2026-03-04T10:15:00Z,acme,\"Acme Oy\",\"Liisa Mäkinen\",call,mikko,fi,PROBLEM,"
                + "PROBLEM;NEED,model,\"Laskutus ei toimi\",laskutus;kiire,calls.csv:12,-0.62,frustrated")
        .contains(",0.75,pleased");
    List<Statement> back = readBack(Format.CSV, csv);
    assertThat(back).hasSize(2);
    // CSV keeps labels and the feeling but not confidences, cues, feeling cues or context
    assertThat(back.get(0).classification().labels())
        .containsExactly(new LabelScore(Label.PROBLEM, 1.0), new LabelScore(Label.NEED, 1.0));
    assertThat(back.get(0).withClassification(PROBLEM.classification()))
        .isEqualTo(
            new Statement(
                PROBLEM.id(),
                PROBLEM.text(),
                PROBLEM.language(),
                PROBLEM.customer(),
                PROBLEM.contact(),
                PROBLEM.channel(),
                PROBLEM.capturedBy(),
                PROBLEM.occurredAt(),
                PROBLEM.source(),
                PROBLEM.classification(),
                PROBLEM.tags(),
                "",
                Feeling.of(-0.62, Emotion.FRUSTRATED)));
    assertThat(back.get(1)).isEqualTo(THANKS);
  }

  @Test
  void csv_cells_that_would_run_as_formulas_get_a_leading_apostrophe() {
    Statement formula =
        Statement.of("=HYPERLINK(\"http://x\",\"klikkaa\")", Customer.id("@acme"))
            .tags(List.of("-1"))
            .complete(
                "=HYPERLINK(\"http://x\",\"klikkaa\")",
                Language.FI,
                Classification.NONE,
                Instant.parse("2026-03-04T00:00:00Z"));
    String csv = export(ExportFormat.CSV, List.of(formula));
    assertThat(csv)
        .contains("\"'@acme\"")
        .contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"klikkaa\"\")\"")
        .contains("\"'-1\"");
    assertThat(readBack(Format.CSV, csv)).containsExactly(formula);
  }

  @Test
  void neutralise_and_restore_are_inverse_also_for_text_that_starts_with_an_apostrophe() {
    for (String cell : List.of("=1+1", "'=1+1", "''+x", "'plain", "plain", "", "\tx", "-", "'")) {
      String written = CsvExport.neutralise(cell);
      assertThat(CsvExport.restore(written)).as(cell).isEqualTo(cell);
    }
    assertThat(CsvExport.neutralise("=1+1")).isEqualTo("'=1+1");
    assertThat(CsvExport.neutralise("'=1+1")).isEqualTo("''=1+1");
    assertThat(CsvExport.neutralise("'plain")).isEqualTo("'plain");
  }

  @Test
  void an_empty_csv_export_is_the_header_alone() {
    assertThat(export(ExportFormat.CSV, List.of()))
        .isEqualTo(String.join(",", CsvExport.COLUMNS) + "\n");
    assertThat(export(ExportFormat.JSONL, List.of())).isEmpty();
  }

  @Test
  void markdown_groups_quotes_by_label_under_a_header_with_counts() {
    String md = export(ExportFormat.MD, List.of(THANKS, NEED, PROBLEM));
    assertThat(md)
        .isEqualTo(
            "# Customer statements\n\n"
                + "3 statements: 1 problem, 1 need, 0 dreams, 1 other.\n\n"
                + "## Problems (1)\n\n"
                + "> Laskutus ei toimi — Acme Oy · call · 2026-03-04 · "
                + PROBLEM.id()
                + "\n\n"
                + "## Needs (1)\n\n"
                + "> We need an Excel export, weekly. — globex · email · 2026-03-05 · "
                + NEED.id()
                + "\n\n"
                + "## Other (1)\n\n"
                + "> Kiitos\\! — acme · other · 2026-03-06 · "
                + THANKS.id()
                + "\n");
  }

  @Test
  void markdown_shows_markup_and_html_in_user_text_literally() {
    assertThat(MarkdownExport.escape("<script>alert(1)</script>"))
        .isEqualTo("&lt;script&gt;alert\\(1\\)&lt;/script&gt;");
    assertThat(MarkdownExport.escape("**bold** and _it_"))
        .isEqualTo("\\*\\*bold\\*\\* and \\_it\\_");
    assertThat(MarkdownExport.escape("[link](http://x)")).isEqualTo("\\[link\\]\\(http://x\\)");
    assertThat(MarkdownExport.escape("# Otsikko")).isEqualTo("\\# Otsikko");
    assertThat(MarkdownExport.escape("- lista")).isEqualTo("\\- lista");
    assertThat(MarkdownExport.escape("1. kohta")).isEqualTo("1\\. kohta");
    assertThat(MarkdownExport.escape("> lainaus")).isEqualTo("&gt; lainaus");
    assertThat(MarkdownExport.escape("a & b &amp; c")).isEqualTo("a &amp; b &amp;amp; c");
    assertThat(MarkdownExport.escape("rivi\n# yksi\r\nrivi kaksi"))
        .isEqualTo("rivi \\# yksi rivi kaksi");
  }

  @Test
  void markdown_title_is_escaped_too() {
    StringWriter out = new StringWriter();
    new MarkdownExport("Acme <b>2026</b>").write(List.of(), out);
    assertThat(out.toString()).startsWith("# Acme &lt;b&gt;2026&lt;/b&gt;\n\n0 statements: ");
  }

  @Test
  void a_sink_streams_until_closed_and_then_refuses() {
    StringWriter out = new StringWriter();
    ExportSink sink = Exporter.of(ExportFormat.JSONL).open(out);
    sink.accept(PROBLEM);
    assertThat(out.toString()).endsWith("\n").contains(PROBLEM.id());
    sink.close();
    sink.close();
    assertThat(sink.count()).isEqualTo(1);
    assertThatIllegalStateException().isThrownBy(() -> sink.accept(NEED));
  }

  @Test
  void export_formats_parse_from_names_and_file_names() {
    assertThat(ExportFormat.parse("Markdown")).isEqualTo(ExportFormat.MD);
    assertThat(ExportFormat.parse("csv")).isEqualTo(ExportFormat.CSV);
    assertThat(ExportFormat.fromFileName("out.ndjson")).isEqualTo(ExportFormat.JSONL);
    assertThat(Exporter.of(ExportFormat.MD).format()).isEqualTo(ExportFormat.MD);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ExportFormat.parse("pdf"))
        .withMessage("unknown export format 'pdf' (expected jsonl, csv or md)");
  }
}
