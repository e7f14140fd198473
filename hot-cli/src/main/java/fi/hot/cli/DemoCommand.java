package fi.hot.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    mixinStandardHelpOptions = true,
    name = "demo",
    description = {
      "A tour of HOT on the examples dataset: a fresh store is made, the examples imported, then"
          + " a search, the stats, a logged conversation with its recap and an export.",
      "Each step is the real command, printed before it runs."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  hot demo", "  hot demo --dir /tmp/hot-tour"})
final class DemoCommand implements Callable<Integer> {
  static final String DATA = "/fi/hot/cli/demo/";
  static final String STATEMENTS = "statements.csv";
  static final List<String> TRANSCRIPTS =
      List.of(
          "transcripts/brightdesk-2026-09-22.txt",
          "transcripts/turvasatama-vakuutus-2026-11-05.txt",
          "transcripts/kahvila-aroma-2026-10-14.txt");

  @Spec CommandSpec spec;

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description = "Where to put the demo (default: a new temporary directory).")
  Path dir;

  private final Globals globals;

  DemoCommand(Globals globals) {
    this.globals = globals;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Path home = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("hot-demo-");
    if (Files.exists(home.resolve("store"))) {
      throw new IllegalArgumentException(
          home + " already holds a demo store; remove it or give another --dir");
    }
    Path data = copyDataset(home.resolve("data"));
    Path store = home.resolve("store");
    out.println("HOT demo in " + home);
    out.println("The examples dataset is in " + data + ", the store in " + store + ".");

    Globals demo =
        new Globals(store, InputStream.nullInputStream(), false, globals.stderrIsTerminal);
    demo.verbose = globals.verbose;
    String csv = data.resolve(STATEMENTS).toString();
    List<String> importArgs = new ArrayList<>(List.of("import", csv));
    importArgs.add(data.resolve(TRANSCRIPTS.get(0)).toString());
    importArgs.add(data.resolve(TRANSCRIPTS.get(1)).toString());
    String meeting = data.resolve(TRANSCRIPTS.get(2)).toString();
    Path export = home.resolve("needs.md");

    List<List<String>> steps =
        List.of(
            importArgs,
            List.of("search", "lasku", "--limit", "5"),
            List.of("search", "app", "--label", "problem", "--lang", "en", "--limit", "3"),
            List.of("stats", "--top", "5"),
            List.of("log", "--customer", "kahvila-aroma", meeting),
            List.of("export", "--format", "md", "--label", "need", "--out", export.toString()));
    for (List<String> step : steps) {
      out.println();
      out.println("$ hot " + String.join(" ", quoted(step)));
      out.flush();
      int code = run(demo, step);
      if (code != 0) {
        spec.commandLine().getErr().println("hot: the demo step failed with exit code " + code);
        return code;
      }
    }
    out.println();
    out.println("Try next (the store stays in " + store + "):");
    String s = "bin/hot --store " + store;
    out.println("  " + s + " search \"ei toimi\" --label problem");
    out.println("  " + s + " search raportti --lang fi --since 2026-09-01");
    out.println("  " + s + " stats --customer brightdesk");
    out.println("  " + s + " export --format csv --label problem --out problems.csv");
    out.println("  bin/hot classify --explain \"Olisi ihanaa, jos laskut hoituisivat itsestään\"");
    out.println("  bin/hot help");
    out.flush();
    return 0;
  }

  private int run(Globals demo, List<String> args) {
    CommandLine cl = HotCli.commandLine(demo);
    cl.setOut(spec.commandLine().getOut());
    cl.setErr(spec.commandLine().getErr());
    return cl.execute(args.toArray(String[]::new));
  }

  private static List<String> quoted(List<String> args) {
    return args.stream().map(a -> a.contains(" ") ? "\"" + a + "\"" : a).toList();
  }

  /** Copies the dataset out of the jar, so each step reads real files as a user would. */
  private static Path copyDataset(Path target) throws IOException {
    List<String> names = new ArrayList<>(TRANSCRIPTS);
    names.add(0, STATEMENTS);
    for (String name : names) {
      Path file = target.resolve(name);
      Files.createDirectories(file.getParent());
      try (InputStream in = DemoCommand.class.getResourceAsStream(DATA + name)) {
        if (in == null) {
          throw new IllegalStateException("the examples dataset is missing from the jar: " + name);
        }
        Files.copy(in, file);
      }
    }
    return target;
  }
}
