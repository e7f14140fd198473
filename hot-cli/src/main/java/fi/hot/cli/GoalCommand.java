package fi.hot.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.hot.HotStore;
import fi.hot.insight.GoalCheck;
import fi.hot.insight.Goals;
import fi.hot.insight.Metrics;
import fi.hot.internal.Dates;
import fi.hot.internal.StatementJson;
import fi.hot.model.Goal;
import fi.hot.model.Metric;
import fi.hot.model.Query;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    mixinStandardHelpOptions = true,
    name = "goal",
    description = {
      "Set goals on the metrics and check them, for example on a schedule.",
      "'hot goal check' exits 0 when no goal is missed and "
          + HotCli.EXIT_GOAL_MISSED
          + " when one is. A goal not met before its --by date is 'not yet', not missed."
    },
    subcommands = {
      GoalCommand.Set.class,
      GoalCommand.Check.class,
      GoalCommand.ListGoals.class,
      GoalCommand.Remove.class
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  hot goal set close-the-loop loop_closure_rate '>=' 0.8 --by 2026-12-31",
      "  hot goal set answer-fast median_days_to_acknowledge le 2",
      "  hot goal check",
      "  hot goal list"
    })
final class GoalCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "set",
      description = {
        "Set a goal: METRIC compared by OP with VALUE, by a date or always. Setting a goal of the"
            + " same name replaces it.",
        "METRIC: statements, customers_heard, dreams, problems, needs, open_items (counts);"
            + " problem_resolution_rate, loop_closure_rate, friction (shares from 0 to 1, or"
            + " 80%); median_days_to_acknowledge, median_days_to_resolve, median_days_to_inform"
            + " (days). See 'hot metrics --help' for what each measures.",
        "OP: >= <= > < = (quote them in a shell: '>='), or ge le gt lt eq."
      },
      footerHeading = "%nExamples:%n",
      footer = {
        "  hot goal set close-the-loop loop_closure_rate '>=' 0.8 --by 2026-12-31",
        "  hot goal set fix-problems problem_resolution_rate ge 75% --owner anna",
        "  hot goal set answer-fast median_days_to_acknowledge le 2",
        "  hot goal set less-friction friction lt 0.25"
      })
  static final class Set implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "The goal's name, no spaces.")
    String name;

    @Parameters(index = "1", paramLabel = "METRIC", description = "What to measure.")
    String metric;

    @Parameters(index = "2", paramLabel = "OP", description = ">= <= > < = or ge le gt lt eq.")
    String op;

    @Parameters(index = "3", paramLabel = "VALUE", description = "The target: 0.8, 80%, 2.")
    String value;

    @Option(
        names = "--by",
        paramLabel = "DATE",
        description = "The day it should be met by (2026-12-31); until then it is 'not yet'.")
    String by;

    @Option(
        names = "--owner",
        paramLabel = "NAME",
        description = "Who owns it (default: $HOT_USER, else $USER).")
    String owner;

    private final Globals globals;

    Set(Globals globals) {
      this.globals = globals;
    }

    @Override
    public Integer call() {
      Metric m = Metric.parse(metric);
      double target = number(value);
      if (m.unit() == Metric.Unit.RATE && target > 1 && !value.strip().endsWith("%")) {
        throw new IllegalArgumentException(
            "VALUE "
                + value.strip()
                + " for "
                + m.code()
                + " is a share from 0 to 1: write 0.8 or 80%");
      }
      Goal goal =
          new Goal(
              name,
              m,
              Goal.Op.parse(op),
              target,
              Optional.ofNullable(by).map(GoalCommand::day),
              Stamp.author(owner),
              Stamp.time(null));
      try (HotStore store = Stores.openOrCreate(globals)) {
        store.saveGoal(goal);
        OptionalDouble now =
            Metrics.compute(store, Query.all(), Optional.empty()).overall().value(goal.metric());
        PrintWriter out = spec.commandLine().getOut();
        out.println("Goal " + goal.name() + ": " + describe(goal) + " · now " + format(goal, now));
        out.flush();
      }
      return 0;
    }

    /** {@code 0.8}, {@code 80%} or {@code 2}. */
    static double number(String text) {
      String t = text.strip();
      try {
        if (t.endsWith("%")) {
          return Double.parseDouble(t.substring(0, t.length() - 1).strip()) / 100;
        }
        return Double.parseDouble(t);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "goal VALUE '" + text + "' is not a number (such as 0.8, 80% or 2)");
      }
    }
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "check",
      description = {
        "Check every goal against the metrics of all statements: met, not yet (not met, before"
            + " its date) or missed.",
        "Exits 0 when no goal is missed, " + HotCli.EXIT_GOAL_MISSED + " when one is."
      },
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:no goal missed", "1:the store could not be used", "4:a goal is missed"},
      footerHeading = "%nExamples:%n",
      footer = {
        "  hot goal check",
        "  hot goal check --as-of 2026-12-31",
        "  hot goal check --json || notify-team   (in a scheduled job)"
      })
  static final class Check implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--as-of",
        paramLabel = "DATE",
        description = "Check as on this day, for deadlines (default: today, UTC).")
    String asOf;

    @Option(names = "--json", description = "Print one JSON object per goal.")
    boolean json;

    private final Globals globals;

    Check(Globals globals) {
      this.globals = globals;
    }

    @Override
    public Integer call() {
      LocalDate today = asOf == null ? LocalDate.now(ZoneOffset.UTC) : day(asOf);
      try (HotStore store = Stores.openExisting(globals)) {
        List<GoalCheck> checks = Goals.check(store, today);
        PrintWriter out = spec.commandLine().getOut();
        if (checks.isEmpty() && !json) {
          out.println("No goals set: hot goal set NAME METRIC OP VALUE [--by DATE]");
        }
        int nameW = checks.stream().mapToInt(c -> c.goal().name().length()).max().orElse(0);
        for (GoalCheck c : checks) {
          Goal g = c.goal();
          if (json) {
            ObjectNode o = StatementJson.MAPPER.createObjectNode();
            o.put("name", g.name());
            o.put("metric", g.metric().code());
            o.put("op", g.op().symbol());
            o.put("target", g.target());
            o.put("by", g.deadline().map(LocalDate::toString).orElse(null));
            if (c.value().isPresent()) {
              o.put("value", c.value().getAsDouble());
            } else {
              o.putNull("value");
            }
            o.put("verdict", c.verdict().name().toLowerCase(Locale.ROOT));
            out.println(o);
          } else {
            out.printf(
                Locale.ROOT,
                "%-8s %-" + nameW + "s  %s · now %s%n",
                verdict(c.verdict()),
                g.name(),
                describe(g),
                format(g, c.value()));
          }
        }
        if (!json && !checks.isEmpty()) {
          long met = count(checks, GoalCheck.Verdict.MET);
          long notYet = count(checks, GoalCheck.Verdict.NOT_YET);
          long missed = count(checks, GoalCheck.Verdict.MISSED);
          out.println();
          out.printf(
              Locale.ROOT,
              "%d of %d goals met, %d not yet, %d missed (as of %s)%n",
              met,
              checks.size(),
              notYet,
              missed,
              today);
        }
        out.flush();
        return Goals.noneMissed(checks) ? 0 : HotCli.EXIT_GOAL_MISSED;
      }
    }

    private static long count(List<GoalCheck> checks, GoalCheck.Verdict v) {
      return checks.stream().filter(c -> c.verdict() == v).count();
    }

    private static String verdict(GoalCheck.Verdict v) {
      return switch (v) {
        case MET -> "MET";
        case NOT_YET -> "NOT YET";
        case MISSED -> "MISSED";
      };
    }
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "list",
      description = "List the goals.",
      footerHeading = "%nExamples:%n",
      footer = {"  hot goal list"})
  static final class ListGoals implements Callable<Integer> {
    @Spec CommandSpec spec;

    private final Globals globals;

    ListGoals(Globals globals) {
      this.globals = globals;
    }

    @Override
    public Integer call() {
      try (HotStore store = Stores.openExisting(globals)) {
        List<Goal> goals = store.goals();
        PrintWriter out = spec.commandLine().getOut();
        if (goals.isEmpty()) {
          out.println("No goals set: hot goal set NAME METRIC OP VALUE [--by DATE]");
        }
        int nameW = goals.stream().mapToInt(g -> g.name().length()).max().orElse(0);
        for (Goal g : goals) {
          out.printf(
              Locale.ROOT,
              "%-" + nameW + "s  %s · set %s%s%n",
              g.name(),
              describe(g),
              Dates.day(g.setAt()),
              g.owner().isEmpty() ? "" : " by " + g.owner());
        }
        out.flush();
      }
      return 0;
    }
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "remove",
      description = "Remove a goal.",
      footerHeading = "%nExamples:%n",
      footer = {"  hot goal remove answer-fast"})
  static final class Remove implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "The goal's name.")
    String name;

    private final Globals globals;

    Remove(Globals globals) {
      this.globals = globals;
    }

    @Override
    public Integer call() {
      try (HotStore store = Stores.openExisting(globals)) {
        if (!store.removeGoal(name)) {
          throw new IllegalArgumentException("no goal named " + name.strip() + " (hot goal list)");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Removed goal " + name.strip());
        out.flush();
      }
      return 0;
    }
  }

  /** {@code loop_closure_rate >= 0.8 by 2026-12-31}. */
  static String describe(Goal g) {
    return g.metric().code()
        + " "
        + g.op().symbol()
        + " "
        + format(g, OptionalDouble.of(g.target()))
        + g.deadline().map(d -> " by " + d).orElse("");
  }

  /** A value as the metric's unit reads: {@code 80.0%}, {@code 2.5 days}, {@code 3}. */
  static String format(Goal g, OptionalDouble value) {
    if (value.isEmpty()) {
      return "no data";
    }
    double v = value.getAsDouble();
    return switch (g.metric().unit()) {
      case RATE -> Stamp.percent(v);
      case DAYS -> String.format(Locale.ROOT, "%.1f days", v);
      case COUNT ->
          v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    };
  }

  static LocalDate day(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("bad date '" + text + "' (expected 2026-12-31)");
    }
  }
}
