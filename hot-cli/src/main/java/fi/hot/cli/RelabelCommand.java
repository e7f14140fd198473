package fi.hot.cli;

import fi.hot.HotException;
import fi.hot.HotStore;
import fi.hot.model.Classification;
import fi.hot.model.Label;
import fi.hot.model.LabelChange;
import fi.hot.model.Statement;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    mixinStandardHelpOptions = true,
    name = "relabel",
    description = {
      "Set a statement's labels by hand, or show who changed them.",
      "LABEL is dream, problem, need or none; the first is the primary, 'none' alone says the"
          + " statement voices no dream, problem or need. A person's labels stick: 'hot reclassify'"
          + " and a retrained model never replace them, and 'hot train' learns from them. Every"
          + " change is kept in the statement's history with its time and author. Without LABEL"
          + " it shows the history."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  hot relabel 3f2a9c0d1e4b5a67 problem need --by anna",
      "  hot relabel 3f2a9c0d1e4b5a67 need --note \"A wish for a report, not a fault\"",
      "  hot relabel 3f2a9c0d1e4b5a67 none",
      "  hot relabel 3f2a9c0d1e4b5a67"
    })
final class RelabelCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ID", description = "The statement's id.")
  String id;

  @Parameters(
      index = "1..*",
      paramLabel = "LABEL",
      description = "dream, problem, need or none; the first is the primary.")
  List<String> labels = new ArrayList<>();

  @Option(
      names = "--by",
      paramLabel = "NAME",
      description = "Who decided (default: $HOT_USER, else $USER).")
  String by;

  @Option(names = "--note", paramLabel = "TEXT", description = "Why, kept in the history.")
  String note = "";

  @Option(names = "--history", description = "Show the history (also after relabelling).")
  boolean history;

  private final Globals globals;

  RelabelCommand(Globals globals) {
    this.globals = globals;
  }

  @Override
  public Integer call() {
    String statementId = id.strip();
    List<Label> parsed = labels.stream().map(Label::parse).toList();
    if (parsed.isEmpty() && (by != null || !note.isEmpty())) {
      throw new IllegalArgumentException("--by and --note need a LABEL");
    }
    // refuse NONE with a label before touching the store
    Classification.human(parsed);
    try (HotStore store = Stores.openExisting(globals)) {
      PrintWriter out = spec.commandLine().getOut();
      Statement before =
          store
              .get(statementId)
              .orElseThrow(() -> new HotException("no statement with id " + statementId));
      if (!parsed.isEmpty()) {
        Statement after = store.relabel(statementId, parsed, Stamp.author(by), note);
        if (after.equals(before)) {
          out.println(
              statementId
                  + " already carries "
                  + Render.labels(after.classification())
                  + " as a person's labels: "
                  + after.text());
        } else {
          out.println(
              statementId
                  + " is now "
                  + Render.labels(after.classification())
                  + " (was "
                  + Render.labels(before.classification())
                  + " by "
                  + who(before.classification())
                  + "): "
                  + after.text());
        }
        before = after;
      }
      if (parsed.isEmpty() || history) {
        print(out, before, store.labelHistory(statementId));
      }
      out.flush();
    }
    return 0;
  }

  private static String who(Classification c) {
    return c.isHuman() ? "a person" : "the model";
  }

  private static void print(PrintWriter out, Statement s, List<LabelChange> history) {
    out.println(Render.labels(s.classification()) + " " + s.text());
    out.println("  " + Render.meta(s));
    out.println("  labelled by " + who(s.classification()));
    out.println();
    out.println("Label history");
    if (history.isEmpty()) {
      out.println(
          s.classification().isHuman()
              ? "  (labelled by a person before it came to this store)"
              : "  (nobody has relabelled it)");
    }
    for (LabelChange c : history) {
      StringBuilder line =
          new StringBuilder("  ")
              .append(Stamp.minute(c.at()))
              .append("  ")
              .append(c.by().isEmpty() ? "(unknown)" : c.by())
              .append(": ")
              .append(Render.labels(c.before()))
              .append(" by ")
              .append(who(c.before()))
              .append(" → ")
              .append(Render.labels(c.after()));
      if (!c.note().isEmpty()) {
        line.append("  \"").append(c.note()).append('"');
      }
      out.println(line);
    }
  }
}
