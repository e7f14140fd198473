package fi.hot.cli;

import fi.hot.HotStore;
import fi.hot.export.ExportFormat;
import fi.hot.export.ExportSink;
import fi.hot.export.Exporter;
import fi.hot.model.Query;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
    name = "export",
    description = {
      "Export statements, oldest first, as JSONL, CSV or Markdown.",
      "JSONL holds everything and imports back with nothing lost. CSV opens in a spreadsheet,"
          + " with each statement's polarity and emotion; cells that a spreadsheet would run as a"
          + " formula (=, +, -, @) get a leading '."
          + " Markdown groups the quotes by label, for a wiki or an email.",
      "--customer ID exports what the customer said; 'hot access ID' gives everything HOT holds"
          + " about them (statements, profile history and loop history) as one JSON document."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  hot export --format jsonl --out backup.jsonl",
      "  hot export --format csv --label problem --since 2026-09-01 --out problems.csv",
      "  hot export --format md --customer kahvila-aroma",
      "  hot export --format jsonl --customer kahvila-aroma",
      "  hot export --format csv --emotion frustrated,worried --out upset.csv",
      "  hot access kahvila-aroma --out kahvila-aroma.json   (everything held about a customer)"
    })
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "QUERY",
      description = "Export only statements matching this search.")
  String query = "";

  @Option(
      names = "--format",
      paramLabel = "F",
      description = "jsonl, csv or md (default: from --out's extension, else jsonl).")
  String format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write to FILE (default: standard output).")
  Path out;

  @Mixin FilterOptions filters;

  private final Globals globals;

  ExportCommand(Globals globals) {
    this.globals = globals;
  }

  @Override
  public Integer call() throws IOException {
    ExportFormat f =
        format != null
            ? ExportFormat.parse(format)
            : out != null ? ExportFormat.fromFileName(out.toString()) : ExportFormat.JSONL;
    Query q = filters.apply(Query.parse(query));
    try (HotStore store = Stores.openExisting(globals)) {
      if (out == null) {
        PrintWriter stdout = spec.commandLine().getOut();
        exportTo(store, q, f, stdout);
        stdout.flush();
        return 0;
      }
      // write beside the target and move it into place, so a failed export leaves no half file
      Path target = out.toAbsolutePath();
      Path tmp = Files.createTempFile(target.getParent(), ".hot-export-", ".tmp");
      try {
        long n;
        try (Writer w =
            new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8))) {
          n = exportTo(store, q, f, w);
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        spec.commandLine().getErr().printf(Locale.ROOT, "Exported %d statements to %s%n", n, out);
        spec.commandLine().getErr().flush();
      } finally {
        Files.deleteIfExists(tmp);
      }
    }
    return 0;
  }

  private static long exportTo(HotStore store, Query q, ExportFormat f, Writer w) {
    try (ExportSink sink = Exporter.of(f).open(w)) {
      store.forEach(q, sink);
      return sink.count();
    }
  }
}
