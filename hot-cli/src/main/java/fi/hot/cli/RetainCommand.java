package fi.hot.cli;

import fi.hot.HotStore;
import fi.hot.model.RetentionReceipt;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    mixinStandardHelpOptions = true,
    name = "retain",
    description = {
      "Keep statements for a period only: statements said longer ago than PERIOD are removed with"
          + " their loop history and purged from every file of the store, as 'hot forget' does."
          + " Customer profiles are kept.",
      "PERIOD is a number with y (years), m (months), w (weeks) or d (days), or an ISO-8601"
          + " period such as P2Y or P1Y6M.",
      "Asks for confirmation at a terminal; elsewhere --yes is required. Keeps a receipt with the"
          + " cut-off and the counts; --list shows the receipts."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  hot retain --older-than 2y",
      "  hot retain --older-than 18m --yes",
      "  hot retain --older-than P90D --yes",
      "  hot retain --list"
    })
final class RetainCommand implements Callable<Integer> {
  private static final Pattern SHORT = Pattern.compile("(\\d{1,6})([ymwd])");

  @Spec CommandSpec spec;

  @Option(
      names = "--older-than",
      paramLabel = "PERIOD",
      description = "Remove statements said longer ago than this: 2y, 18m, 6w, 90d or P2Y.")
  String olderThan;

  @Option(names = "--yes", description = "Do not ask for confirmation.")
  boolean yes;

  @Option(names = "--list", description = "Show the retention receipts, oldest first.")
  boolean list;

  private final Globals globals;

  RetainCommand(Globals globals) {
    this.globals = globals;
  }

  @Override
  public Integer call() throws IOException {
    CommandLine cl = spec.commandLine();
    if (list == (olderThan != null)) {
      throw new CommandLine.ParameterException(cl, "Give either --older-than PERIOD or --list");
    }
    PrintWriter out = cl.getOut();
    if (list) {
      try (HotStore store = Stores.openExisting(globals)) {
        List<RetentionReceipt> receipts = store.retentions();
        if (receipts.isEmpty()) {
          cl.getErr().println("No retention purge has been run.");
          cl.getErr().flush();
        }
        receipts.forEach(r -> out.println(line(r)));
        out.flush();
        return 0;
      }
    }
    Period period = period(olderThan);
    Instant cut = ZonedDateTime.now(ZoneOffset.UTC).minus(period).toInstant();
    try (HotStore store = Stores.openExisting(globals)) {
      int go =
          Confirm.ask(
              globals,
              cl,
              yes,
              "Remove every statement said before " + cut + " from " + store.location() + "?");
      if (go != 0) {
        return go;
      }
      RetentionReceipt r = store.retain(cut);
      out.printf(
          Locale.ROOT,
          "Removed %s said before %s, with %s and %s, purged from the store's files.%n",
          ForgetCommand.count(r.statements(), "statement"),
          r.olderThan(),
          ForgetCommand.count(r.loopEvents(), "loop event"),
          ForgetCommand.count(r.labelChanges(), "label change"));
      out.println("Receipt: " + line(r));
      out.flush();
      return 0;
    }
  }

  /**
   * A period such as {@code 2y}, {@code 18m}, {@code 6w}, {@code 90d} or {@code P2Y}.
   *
   * @throws IllegalArgumentException when it is none of these, or not longer than zero
   */
  static Period period(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    Period p;
    Matcher m = SHORT.matcher(t);
    if (m.matches()) {
      int n = Integer.parseInt(m.group(1));
      p =
          switch (m.group(2)) {
            case "y" -> Period.ofYears(n);
            case "m" -> Period.ofMonths(n);
            case "w" -> Period.ofWeeks(n);
            default -> Period.ofDays(n);
          };
    } else {
      try {
        p = Period.parse(t.toUpperCase(Locale.ROOT));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            "PERIOD '" + text + "' is not like 2y, 18m, 6w, 90d or P2Y", e);
      }
    }
    if (p.isNegative() || p.isZero()) {
      throw new IllegalArgumentException("PERIOD '" + text + "' must be longer than zero");
    }
    return p;
  }

  static String line(RetentionReceipt r) {
    return String.format(
        Locale.ROOT,
        "%s older_than=%s statements=%d loop_events=%d label_changes=%d",
        r.at(),
        r.olderThan(),
        r.statements(),
        r.loopEvents(),
        r.labelChanges());
  }
}
