package fi.hot.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.hot.HotStore;
import fi.hot.internal.StatementJson;
import fi.hot.model.Count;
import fi.hot.model.Query;
import fi.hot.model.Stats;
import java.io.PrintWriter;
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
    name = "stats",
    description = {
      "Count statements by label, channel, customer, language, month and emotion.",
      "Label counts are of statements carrying each label, so a statement with two labels counts"
          + " twice."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  hot stats",
      "  hot stats --since 2026-09-01 --lang fi",
      "  hot stats lasku --label problem --json",
      "  hot stats --emotion frustrated --since 2026-09-01"
    })
final class StatsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "QUERY",
      description = "Count only statements matching this search.")
  String query = "";

  @Mixin FilterOptions filters;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "10",
      description = "How many customers to list (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--json", description = "Print as one JSON object.")
  boolean json;

  private final Globals globals;

  StatsCommand(Globals globals) {
    this.globals = globals;
  }

  @Override
  public Integer call() {
    Query q = filters.apply(Query.parse(query));
    try (HotStore store = Stores.openExisting(globals)) {
      Stats stats = store.stats(q);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        ObjectNode o = StatementJson.MAPPER.createObjectNode();
        o.put("total", stats.total());
        facet(o, "labels", stats.labels());
        facet(o, "channels", stats.channels());
        facet(o, "customers", stats.customers());
        facet(o, "languages", stats.languages());
        facet(o, "months", stats.months());
        facet(o, "emotions", stats.emotions());
        out.println(o.toString());
      } else {
        out.printf(Locale.ROOT, "%d statements%n", stats.total());
        table(out, "By label", stats.labels(), stats.total(), Integer.MAX_VALUE);
        table(out, "By channel", stats.channels(), stats.total(), Integer.MAX_VALUE);
        table(out, "By language", stats.languages(), stats.total(), Integer.MAX_VALUE);
        table(out, "By month", stats.months(), stats.total(), Integer.MAX_VALUE);
        table(out, "By emotion", stats.emotions(), stats.total(), Integer.MAX_VALUE);
        table(out, "Top customers", stats.customers(), stats.total(), top);
        if (stats.customers().size() > top) {
          out.printf(Locale.ROOT, "  (%d customers in all)%n", stats.customers().size());
        }
      }
      out.flush();
    }
    return 0;
  }

  private static void facet(ObjectNode o, String name, List<Count> counts) {
    ObjectNode f = o.putObject(name);
    counts.forEach(c -> f.put(c.value(), c.count()));
  }

  private static void table(
      PrintWriter out, String title, List<Count> counts, long total, int max) {
    out.println();
    out.println(title);
    int width = counts.stream().limit(max).mapToInt(c -> c.value().length()).max().orElse(0);
    for (Count c : counts.stream().limit(max).toList()) {
      double share = total == 0 ? 0 : 100.0 * c.count() / total;
      int bar = (int) Math.round(share / 4);
      out.printf(
          Locale.ROOT,
          "  %-" + Math.max(width, 1) + "s %6d %5.1f%%  %s%n",
          c.value(),
          c.count(),
          share,
          "#".repeat(bar));
    }
  }
}
