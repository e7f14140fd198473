package fi.hot.cli;

import fi.hot.HotException;
import fi.hot.HotStore;
import fi.hot.internal.StatementJson;
import fi.hot.model.Classification;
import fi.hot.model.LabelChange;
import fi.hot.model.LabelScore;
import fi.hot.model.Statement;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    mixinStandardHelpOptions = true,
    name = "show",
    description =
        "Show one statement with everything HOT knows about it: labels and their cues, the"
            + " customer's feeling (emotion and polarity) and the words it was read from.",
    footerHeading = "%nExamples:%n",
    footer = {"  hot show 3f2a9c0d1e4b5a67", "  hot show 3f2a9c0d1e4b5a67 --json"})
final class ShowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ID", description = "The statement's id.")
  String id;

  @Option(names = "--json", description = "Print as JSON.")
  boolean json;

  private final Globals globals;

  ShowCommand(Globals globals) {
    this.globals = globals;
  }

  @Override
  public Integer call() {
    try (HotStore store = Stores.openExisting(globals)) {
      Statement s =
          store.get(id.strip()).orElseThrow(() -> new HotException("no statement with id " + id));
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(StatementJson.toLine(s));
      } else {
        out.println(s.text());
        out.println();
        row(out, "id", s.id());
        row(out, "customer", s.customer().displayName() + " (" + s.customer().id() + ")");
        if (!s.contact().isEmpty()) {
          row(out, "contact", s.contact());
        }
        row(out, "channel", s.channel().code());
        row(out, "when", s.occurredAt().toString());
        row(out, "language", s.language().code());
        if (!s.capturedBy().isEmpty()) {
          row(out, "logged by", s.capturedBy());
        }
        row(out, "source", s.source());
        row(out, "primary", s.classification().primary().name());
        for (LabelScore l : s.classification().labels()) {
          // a person's labels are certain: a confidence would say nothing
          boolean human = s.classification().isHuman();
          row(out, "label", l.label().name() + (human ? "" : " " + Render.confidence(l)));
        }
        Render.cues(s.classification()).forEach(c -> row(out, "cue", c));
        row(out, "feeling", Render.feeling(s.feeling()));
        s.feeling().cues().forEach(c -> row(out, "felt", Render.cue(c)));
        labelledBy(out, s, store.labelHistory(s.id()));
        if (!s.tags().isEmpty()) {
          row(out, "tags", String.join(", ", s.tags()));
        }
        if (!s.context().isEmpty()) {
          row(out, "context", s.context());
        }
      }
      out.flush();
    }
    return 0;
  }

  /** Who decided the labels; for a person's, when, why, and what the model had said. */
  private static void labelledBy(PrintWriter out, Statement s, List<LabelChange> history) {
    if (!s.classification().isHuman()) {
      row(out, "labelled", "by the model");
      return;
    }
    if (history.isEmpty()) {
      row(out, "labelled", "by a person");
      return;
    }
    LabelChange last = history.get(history.size() - 1);
    row(
        out,
        "labelled",
        "by a person: "
            + (last.by().isEmpty() ? "" : last.by() + ", ")
            + Stamp.minute(last.at())
            + " (hot relabel "
            + s.id()
            + " shows the history)");
    if (!last.note().isEmpty()) {
      row(out, "note", last.note());
    }
    for (int i = history.size() - 1; i >= 0; i--) {
      Classification before = history.get(i).before();
      if (!before.isHuman()) {
        row(out, "model read", Render.labels(before) + " before it was relabelled");
        break;
      }
    }
  }

  private static void row(PrintWriter out, String key, String value) {
    out.printf("%-10s %s%n", key, value);
  }
}
