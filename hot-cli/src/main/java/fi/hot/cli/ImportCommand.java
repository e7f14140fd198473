package fi.hot.cli;

import fi.hot.HotParseException;
import fi.hot.HotStore;
import fi.hot.ingest.Format;
import fi.hot.ingest.ImportSummary;
import fi.hot.ingest.Importer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
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
    name = "import",
    description = {
      "Import statements from JSONL, CSV or conversation transcripts (.txt).",
      "Every bad record is reported as file:line: reason and the good records around it are"
          + " imported. Importing the same file twice adds nothing.",
      "",
      "CSV needs a header row with at least text and customer; the other columns are id,"
          + " occurred_at, customer_name, contact, channel, captured_by, lang, tags (;-separated),"
          + " primary, labels, source.",
      "Transcripts are turns such as 'Asiakas: ...' / 'Customer: ...' (the customer, tagged) and"
          + " 'Myyja: ...' / 'Rep: ...' (our side, kept as context); '# customer: ID' and"
          + " '# date: 2026-03-04T10:00' header lines or the options below say who and when."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every record was imported (or was already there)",
      "1:a file or the store could not be used",
      "2:usage error",
      "3:some records were rejected; the rest were imported"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  hot import calls.csv survey.jsonl",
      "  hot import meeting.txt --customer kahvila-aroma --rep Mikko",
      "  cat export.jsonl | hot import - --format jsonl"
    })
final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to import; - reads stdin.")
  List<String> files;

  @Option(
      names = "--format",
      paramLabel = "F",
      description = "jsonl, csv or txt (default: from the file's extension).")
  String format;

  @Mixin TranscriptOptionsMixin transcript;

  @Option(
      names = "--keep-pii",
      description =
          "Keep personal data (e-mail, phone, henkilötunnus, IBAN, card numbers) instead of"
              + " replacing it with placeholders such as [phone].")
  boolean keepPii;

  private final Globals globals;

  ImportCommand(Globals globals) {
    this.globals = globals;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long imported = 0;
    long duplicates = 0;
    long rejected = 0;
    try (HotStore store = Stores.openOrCreate(globals, keepPii)) {
      for (String file : files) {
        Format f = format != null ? Format.parse(format) : formatOf(file);
        ImportSummary summary = importOne(store, file, f);
        for (HotParseException e : summary.rejected()) {
          err.println(e.getMessage());
        }
        err.flush();
        imported += summary.imported();
        duplicates += summary.duplicates();
        rejected += summary.rejected().size();
      }
      out.printf(
          Locale.ROOT,
          "Imported %d statements, %d duplicates skipped, %d rejected. The store holds %d.%n",
          imported,
          duplicates,
          rejected,
          store.count());
      out.flush();
    }
    return rejected == 0 ? 0 : HotCli.EXIT_REJECTED;
  }

  private static Format formatOf(String file) {
    if (file.equals("-")) {
      throw new IllegalArgumentException("reading standard input needs --format jsonl, csv or txt");
    }
    return Format.fromFileName(file);
  }

  private ImportSummary importOne(HotStore store, String file, Format f) throws IOException {
    if (file.equals("-")) {
      try (Progress progress = Progress.bytes(globals, "stdin", -1)) {
        return Importer.importInto(store, globals.stdin, "-", f, transcript.options(), progress);
      }
    }
    Path path = Path.of(file);
    if (!Files.isRegularFile(path)) {
      throw new NoSuchFileException(file);
    }
    try (InputStream in = Files.newInputStream(path);
        Progress progress =
            Progress.bytes(globals, path.getFileName().toString(), Files.size(path))) {
      return Importer.importInto(store, in, file, f, transcript.options(), progress);
    }
  }
}
