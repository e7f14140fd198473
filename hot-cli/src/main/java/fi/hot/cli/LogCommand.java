package fi.hot.cli;

import fi.hot.HotParseException;
import fi.hot.HotStore;
import fi.hot.ingest.Format;
import fi.hot.ingest.Readers;
import fi.hot.ingest.TranscriptOptions;
import fi.hot.model.CaptureResult;
import fi.hot.model.Statement;
import fi.hot.text.Sentences;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    mixinStandardHelpOptions = true,
    name = "log",
    description = {
      "Log a conversation with a customer and read back a recap.",
      "With FILE (or - for standard input) it reads a transcript: turns such as 'Asiakas: ...' or"
          + " 'Customer: ...' are the customer's and are tagged sentence by sentence; 'Myyjä: ...'"
          + " or 'Rep: ...' are our side's, kept as context. At a terminal with no FILE it is"
          + " interactive: each line you type is tagged at once."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:logged",
      "1:a file or the store could not be used",
      "2:usage error",
      "3:some lines of the transcript were rejected; the rest were logged"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  hot log --customer kahvila-aroma --channel meeting     (interactive)",
      "  hot log --customer kahvila-aroma meeting-notes.txt",
      "  hot log --customer brightdesk --rep Emma call.txt"
    })
final class LogCommand implements Callable<Integer> {
  private static final Pattern SPEAKER = Pattern.compile("^\\s*([^:]{1,40}):\\s*(.*)$");

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description = "A transcript to log; - reads standard input.")
  String file;

  @Mixin CaptureOptions capture;

  @Option(
      names = "--rep",
      paramLabel = "NAME",
      split = ",",
      description = "A speaker on our side, besides Myyjä, Rep, Sales, Me, Minä.")
  List<String> ourSide = new ArrayList<>();

  @Option(
      names = "--keep-pii",
      description =
          "Keep personal data (e-mail, phone, henkilötunnus, IBAN, card numbers) instead of"
              + " replacing it with placeholders such as [phone].")
  boolean keepPii;

  private final Globals globals;

  LogCommand(Globals globals) {
    this.globals = globals;
  }

  @Override
  public Integer call() throws IOException {
    if (file == null && globals.stdinIsTerminal) {
      return interactive();
    }
    if (file == null || file.equals("-")) {
      return transcript(globals.stdin, "-");
    }
    Path path = Path.of(file);
    if (!Files.isRegularFile(path)) {
      throw new NoSuchFileException(file);
    }
    try (InputStream in = Files.newInputStream(path)) {
      return transcript(in, file);
    }
  }

  private int transcript(InputStream in, String name) {
    TranscriptOptions options =
        TranscriptOptions.defaults().withOurSide(ourSide.toArray(String[]::new));
    if (capture.customer != null) {
      options = options.withCustomer(capture.customer);
    }
    if (capture.channel != null) {
      options = options.withChannel(fi.hot.model.Channel.parse(capture.channel));
    }
    if (capture.by != null) {
      options = options.withBy(capture.by);
    }
    if (capture.at != null) {
      options = options.withAt(fi.hot.internal.Dates.parse(capture.at));
    }
    List<Statement.Draft> drafts = new ArrayList<>();
    List<HotParseException> errors = new ArrayList<>();
    Readers.of(Format.TRANSCRIPT, options).read(in, name, drafts::add, errors::add);
    PrintWriter err = spec.commandLine().getErr();
    errors.forEach(e -> err.println(e.getMessage()));
    err.flush();
    PrintWriter out = spec.commandLine().getOut();
    if (drafts.isEmpty()) {
      out.println("Nothing the customer said was found in " + name + ".");
      out.flush();
      return errors.isEmpty() ? 0 : HotCli.EXIT_REJECTED;
    }
    try (HotStore store = Stores.openOrCreate(globals, keepPii)) {
      CaptureResult result = store.captureAll(drafts);
      List<Statement> said = new ArrayList<>(result.added());
      said.addAll(result.duplicates());
      said.sort(java.util.Comparator.comparing(Statement::source, LogCommand::bySourceLine));
      said.forEach(s -> out.println(Render.labels(s.classification()) + " " + s.text()));
      out.printf(
          Locale.ROOT,
          "%nLogged %d statements (%d already in the store).%n",
          result.added().size(),
          result.duplicates().size());
      Recap.print(out, said.get(0).customer().displayName(), said);
      out.flush();
    }
    return errors.isEmpty() ? 0 : HotCli.EXIT_REJECTED;
  }

  // sources are file:line; order by the line number, not as text
  private static int bySourceLine(String a, String b) {
    return Long.compare(line(a), line(b));
  }

  private static long line(String source) {
    int colon = source.lastIndexOf(':');
    try {
      return Long.parseLong(source.substring(colon + 1));
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }

  private int interactive() throws IOException {
    String customerName = capture.customer().displayName();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> ours = new ArrayList<>(TranscriptOptions.DEFAULT_OUR_SIDE);
    ours.addAll(ourSide);
    err.println("Logging a conversation with " + customerName + ".");
    err.println("Type what the customer says; each line is tagged and saved at once.");
    err.println("Start a line with 'Rep:' or 'Myyjä:' for what our side said (kept as context).");
    err.println("End with Ctrl-D or a line with only a dot.");
    err.flush();
    List<Statement> said = new ArrayList<>();
    String context = "";
    try (HotStore store = Stores.openOrCreate(globals, keepPii)) {
      BufferedReader in =
          new BufferedReader(new InputStreamReader(globals.stdin, StandardCharsets.UTF_8));
      long lineNo = 0;
      while (true) {
        err.print("> ");
        err.flush();
        String line = in.readLine();
        if (line == null || line.strip().equals(".")) {
          break;
        }
        lineNo++;
        String text = line.strip();
        Matcher m = SPEAKER.matcher(text);
        if (m.matches() && isSpeaker(m.group(1), ours)) {
          context = m.group(2).strip();
          continue;
        }
        if (m.matches() && isSpeaker(m.group(1), TranscriptOptions.DEFAULT_CUSTOMER_SIDE)) {
          text = m.group(2).strip();
        }
        for (String sentence : Sentences.split(text)) {
          Statement s = store.capture(capture.draft(sentence, "cli:" + lineNo).context(context));
          said.add(s);
          out.println("  " + Render.labels(s.classification()) + " " + s.text());
          out.flush();
        }
      }
    }
    if (said.isEmpty()) {
      out.println("Nothing was logged.");
    } else {
      Recap.print(out, customerName, said);
    }
    out.flush();
    return 0;
  }

  private static boolean isSpeaker(String name, List<String> names) {
    return names.stream().anyMatch(n -> n.equalsIgnoreCase(name.strip()));
  }
}
