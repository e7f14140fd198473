package fi.hot.cli;

import fi.hot.HotException;
import fi.hot.HotStore;
import fi.hot.insight.Loop;
import fi.hot.internal.Dates;
import fi.hot.model.LoopState;
import fi.hot.model.LoopStatus;
import fi.hot.model.Statement;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    mixinStandardHelpOptions = true,
    name = "respond",
    description = {
      "Record what we did about a dream, problem or need, or show its history.",
      "Statuses: new, acknowledged, planned, done, declined. Each response is added to the"
          + " statement's history with its time and author; nothing is overwritten, and the"
          + " current status is the latest one. Without --status it shows the history."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  hot respond 3f2a9c0d1e4b5a67 --status acknowledged --by anna",
      "  hot respond 3f2a9c0d1e4b5a67 --status done --note \"Hyvityslasku lähetetty.\"",
      "  hot respond 3f2a9c0d1e4b5a67 --status declined --note \"Not on the 2026 roadmap\""
          + " --at 2026-10-12",
      "  hot respond 3f2a9c0d1e4b5a67 --history"
    })
final class RespondCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ID", description = "The statement's id.")
  String id;

  @Option(
      names = "--status",
      paramLabel = "S",
      description = "new, acknowledged, planned, done or declined.")
  String status;

  @Option(
      names = "--note",
      paramLabel = "TEXT",
      description = "What was done or decided; the recap reads it to the customer.")
  String note = "";

  @Option(
      names = "--by",
      paramLabel = "NAME",
      description = "Who responded (default: $HOT_USER, else $USER).")
  String by;

  @Option(
      names = "--at",
      paramLabel = "DATE",
      description = "When (2026-10-12 or 2026-10-12T14:30; UTC). Default: now.")
  String at;

  @Option(names = "--history", description = "Show the history (also after recording).")
  boolean history;

  private final Globals globals;

  RespondCommand(Globals globals) {
    this.globals = globals;
  }

  @Override
  public Integer call() {
    String statementId = id.strip();
    LoopStatus newStatus = status == null ? null : LoopStatus.parse(status);
    if (newStatus == null && (!note.isEmpty() || by != null || at != null)) {
      throw new IllegalArgumentException("--note, --by and --at need --status");
    }
    try (HotStore store = Stores.openExisting(globals)) {
      PrintWriter out = spec.commandLine().getOut();
      Statement s =
          store
              .get(statementId)
              .orElseThrow(() -> new HotException("no statement with id " + statementId));
      if (newStatus != null) {
        LoopStatus before = Loop.state(store, statementId).status();
        Loop.respond(store, statementId, newStatus, note, Stamp.author(by), Stamp.time(at));
        LoopStatus now = Loop.state(store, statementId).status();
        out.println(
            statementId
                + " is "
                + now.code()
                + (before == now ? "" : " (was " + before.code() + ")")
                + ": "
                + s.text());
        if (now != newStatus) {
          // a response dated before a later one does not change where it stands
          out.println(
              "  (recorded as of "
                  + Dates.day(Stamp.time(at))
                  + "; a later response"
                  + " sets the status)");
        }
      }
      if (newStatus == null || history) {
        print(out, s, Loop.state(store, statementId));
      }
      out.flush();
    }
    return 0;
  }

  static void print(PrintWriter out, Statement s, LoopState state) {
    out.println(Render.primary(s.classification()) + " " + s.text());
    out.println("  " + Render.meta(s));
    out.println("  status: " + LoopText.state(state));
    out.println();
    out.println("History");
    LoopText.history(out, state);
  }
}
