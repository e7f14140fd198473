package fi.hot.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.hot.HotStore;
import fi.hot.insight.Dimension;
import fi.hot.insight.MetricSet;
import fi.hot.insight.Metrics;
import fi.hot.insight.MetricsReport;
import fi.hot.internal.StatementJson;
import fi.hot.model.Metric;
import fi.hot.model.Query;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    mixinStandardHelpOptions = true,
    name = "metrics",
    description = {
      "Measure what we hear and how well we close the loop.",
      "Statements by label and distinct customers heard; of the dreams, problems and needs: how"
          + " many are open, the share of problems done, the loop-closure rate (done or declined,"
          + " and the customer told afterwards) and the median days from being said to the first"
          + " response, to done and to telling the customer. Friction, the share of statements"
          + " voicing a problem, month by month stands in for the feeling trend: statements carry"
          + " no feeling of their own yet.",
      "Metric names, as goals use them: statements, customers_heard, dreams, problems, needs,"
          + " open_items, problem_resolution_rate, loop_closure_rate, median_days_to_acknowledge,"
          + " median_days_to_resolve, median_days_to_inform, friction."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  hot metrics",
      "  hot metrics --by month --since 2026-01-01",
      "  hot metrics --by segment --label problem",
      "  hot metrics --by channel --json"
    })
final class MetricsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "QUERY",
      description = "Measure only statements matching this search.")
  String query = "";

  @Option(
      names = "--by",
      paramLabel = "D",
      description = "Break down by month, channel or segment (the customer profile's).")
  String by;

  @Mixin FilterOptions filters;

  @Option(names = "--json", description = "Print as one JSON object.")
  boolean json;

  private final Globals globals;

  MetricsCommand(Globals globals) {
    this.globals = globals;
  }

  @Override
  public Integer call() {
    Optional<Dimension> dimension = Optional.ofNullable(by).map(Dimension::parse);
    Query q = filters.apply(Query.parse(query));
    try (HotStore store = Stores.openExisting(globals)) {
      MetricsReport r = Metrics.compute(store, q, dimension);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(json(r));
      } else {
        text(out, r);
      }
      out.flush();
    }
    return 0;
  }

  private static ObjectNode json(MetricsReport r) {
    ObjectNode o = StatementJson.MAPPER.createObjectNode();
    o.set("overall", json(r.overall()));
    o.put("by", r.by().map(Dimension::code).orElse(null));
    ArrayNode groups = o.putArray("groups");
    r.groups()
        .forEach(g -> groups.addObject().put("key", g.key()).set("metrics", json(g.metrics())));
    ArrayNode trend = o.putArray("trend");
    r.trend()
        .forEach(g -> trend.addObject().put("month", g.key()).set("metrics", json(g.metrics())));
    return o;
  }

  private static ObjectNode json(MetricSet m) {
    ObjectNode o = StatementJson.MAPPER.createObjectNode();
    for (Metric metric : Metric.values()) {
      OptionalDouble v = m.value(metric);
      if (v.isEmpty()) {
        o.putNull(metric.code());
      } else if (metric.unit() == Metric.Unit.COUNT) {
        o.put(metric.code(), (long) v.getAsDouble());
      } else {
        o.put(metric.code(), v.getAsDouble());
      }
    }
    o.put("none", m.none());
    o.put("items", m.items());
    o.put("problems_done", m.problemsDone());
    o.put("closed", m.closed());
    return o;
  }

  private static void text(PrintWriter out, MetricsReport r) {
    MetricSet m = r.overall();
    out.printf(
        Locale.ROOT,
        "%d %s from %d %s%n",
        m.statements(),
        m.statements() == 1 ? "statement" : "statements",
        m.customers(),
        m.customers() == 1 ? "customer" : "customers");
    out.println();
    out.println("Heard");
    line(out, "dreams", Long.toString(m.dreams()));
    line(out, "problems", Long.toString(m.problems()));
    line(out, "needs", Long.toString(m.needs()));
    line(out, "none", Long.toString(m.none()));
    out.println();
    out.printf(Locale.ROOT, "Closing the loop (%d dreams, problems and needs)%n", m.items());
    line(out, "open", Long.toString(m.open()));
    line(
        out,
        "problems resolved",
        share(m.problemResolutionRate(), m.problemsDone(), m.problems(), "done"));
    line(
        out,
        "loop closed",
        share(m.loopClosureRate(), m.closed(), m.items(), "done or declined, and told"));
    line(out, "median days to acknowledge", days(m.medianDaysToAcknowledge()));
    line(out, "median days to resolve", days(m.medianDaysToResolve()));
    line(out, "median days to inform", days(m.medianDaysToInform()));
    out.println();
    out.println("Friction by month (share of statements voicing a problem)");
    for (MetricsReport.Group g : r.trend()) {
      MetricSet gm = g.metrics();
      double f = gm.friction().orElse(0);
      String bar = "#".repeat((int) Math.round(f * 25));
      out.println(
          String.format(
                  Locale.ROOT,
                  "  %-8s %7s  (%d of %d)  %s",
                  g.key(),
                  Stamp.percent(f),
                  gm.problems(),
                  gm.statements(),
                  bar)
              .stripTrailing());
    }
    if (r.by().isPresent()) {
      out.println();
      out.println("By " + r.by().get().code());
      int w = Math.max(8, r.groups().stream().mapToInt(g -> g.key().length()).max().orElse(0));
      String row = "  %-" + w + "s %10s %9s %6s %6s %8s %7s %7s %7s %8s%n";
      out.printf(
          Locale.ROOT,
          row,
          "",
          "statements",
          "customers",
          "items",
          "open",
          "resolved",
          "closed",
          "ack d",
          "done d",
          "friction");
      for (MetricsReport.Group g : r.groups()) {
        MetricSet gm = g.metrics();
        out.printf(
            Locale.ROOT,
            row,
            g.key(),
            gm.statements(),
            gm.customers(),
            gm.items(),
            gm.open(),
            rate(gm.problemResolutionRate()),
            rate(gm.loopClosureRate()),
            number(gm.medianDaysToAcknowledge()),
            number(gm.medianDaysToResolve()),
            rate(gm.friction()));
      }
    }
  }

  private static void line(PrintWriter out, String name, String value) {
    out.printf(Locale.ROOT, "  %-27s %s%n", name, value);
  }

  private static String share(OptionalDouble rate, long part, long whole, String what) {
    if (rate.isEmpty()) {
      return "-";
    }
    return Stamp.percent(rate.getAsDouble()) + " (" + part + " of " + whole + " " + what + ")";
  }

  private static String rate(OptionalDouble v) {
    return v.isEmpty() ? "-" : Stamp.percent(v.getAsDouble());
  }

  private static String number(OptionalDouble v) {
    return v.isEmpty() ? "-" : String.format(Locale.ROOT, "%.1f", v.getAsDouble());
  }

  private static String days(OptionalDouble v) {
    return v.isEmpty() ? "- (none yet)" : number(v);
  }
}
