package fi.hot.cli;

import fi.hot.HotStore;
import fi.hot.export.HtmlReport;
import fi.hot.export.MarkdownReport;
import fi.hot.export.ReportLanguage;
import fi.hot.insight.ReportData;
import fi.hot.internal.Dates;
import fi.hot.model.Query;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    mixinStandardHelpOptions = true,
    name = "report",
    description = {
      "Write a report of what customers said, to open offline, mail, print or show.",
      "HTML (default): one self-contained file with charts - headline figures, label mix,"
          + " statements per month, top themes, the loop funnel, open items by age, quotes per"
          + " label and the customers' feeling (mean polarity month by month and the share of each"
          + " emotion). It loads nothing from the network and runs no script. Markdown: the same"
          + " figures as tables, for a wiki or an email."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  hot report --out report.html",
      "  hot report --out raportti.html --lang fi --since 2026-01-01",
      "  hot report --format md --label problem > problems.md",
      "  hot report --out report.html --as-of 2026-06-30 --customer acme",
      "  hot report --format md --polarity=-1..-0.3 > unhappy.md"
    })
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "QUERY",
      description = "Report only statements matching this search.")
  String query = "";

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write to FILE (default: standard output).")
  Path out;

  @Option(
      names = "--format",
      paramLabel = "html|md",
      description = "html or md (default: from --out's extension, else html).")
  String format;

  @Option(
      names = "--lang",
      paramLabel = "fi|en",
      description = "Language of the headings and labels (default: en).")
  String lang = "en";

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "Age open items against DATE (default: now; UTC).")
  String asOf;

  @Mixin StatementFilters filters;

  @Option(
      names = "--statement-lang",
      paramLabel = "fi|en",
      description = "Only statements in this language (--lang names the report's language).")
  String statementLang;

  private final Globals globals;

  ReportCommand(Globals globals) {
    this.globals = globals;
  }

  @Override
  public Integer call() throws IOException {
    ReportLanguage language = ReportLanguage.parse(lang);
    boolean markdown = markdown();
    Instant at = asOf != null ? Dates.parse(asOf) : Instant.now();
    Query q = filters.apply(Query.parse(query), statementLang);
    String text;
    try (HotStore store = Stores.openExisting(globals)) {
      ReportData data = ReportData.compute(store, q, at);
      text =
          markdown
              ? MarkdownReport.of(language).render(data)
              : HtmlReport.of(language).render(data);
    }
    if (out == null) {
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.print(text);
      stdout.flush();
      return 0;
    }
    // write beside the target and move it into place, so a failure leaves no half file
    Path target = out.toAbsolutePath();
    Path tmp = Files.createTempFile(target.getParent(), ".hot-report-", ".tmp");
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
    spec.commandLine().getErr().printf(Locale.ROOT, "Wrote the report to %s%n", out);
    spec.commandLine().getErr().flush();
    return 0;
  }

  private boolean markdown() {
    String f =
        format != null
            ? format.strip().toLowerCase(Locale.ROOT)
            : out != null && out.toString().toLowerCase(Locale.ROOT).endsWith(".md")
                ? "md"
                : "html";
    return switch (f) {
      case "md", "markdown" -> true;
      case "html" -> false;
      default ->
          throw new IllegalArgumentException(
              "unknown report format '" + format + "' (expected html or md)");
    };
  }
}
