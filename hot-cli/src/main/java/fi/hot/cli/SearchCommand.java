package fi.hot.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.hot.HotStore;
import fi.hot.internal.StatementJson;
import fi.hot.model.Hit;
import fi.hot.model.Page;
import fi.hot.model.Query;
import fi.hot.model.Span;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    mixinStandardHelpOptions = true,
    name = "search",
    description = {
      "Search statements, best first, with the matched words marked and the customer's emotion"
          + " beside the label ([PROBLEM \u00b7 frustrated]).",
      "Finnish and English words match their inflected forms: lasku finds laskut, laskussa, laskuja."
    },
    footerHeading = "%nQuery syntax:%n",
    footer = {
      "  words            all of them, best matches first (laskutus sovellus)",
      "  -word            must not have",
      "  \"a phrase\"       the words in this order",
      "  lasku*           a prefix",
      "  a AND b, a OR b, NOT a",
      "",
      "Examples:",
      "  hot search lasku",
      "  hot search \"mobile app\" --label problem --since 2026-06-01",
      "  hot search raportti --customer kahvila-aroma --json",
      "  hot search \"\" --label dream --lang en --limit 5",
      "  hot search lasku --emotion frustrated,worried",
      "  hot search \"\" --polarity=-1..-0.5 --since 2026-09-01"
    })
final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "QUERY",
      description = "What to look for; empty or omitted lists the newest statements.")
  String query = "";

  @Mixin FilterOptions filters;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "10",
      description = "How many results (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "One JSON object per result and line.")
  boolean json;

  private final Globals globals;

  SearchCommand(Globals globals) {
    this.globals = globals;
  }

  @Override
  public Integer call() {
    if (limit < 1) {
      throw new IllegalArgumentException("--limit must be at least 1, not " + limit);
    }
    Query q = filters.apply(Query.parse(query));
    PrintWriter out = spec.commandLine().getOut();
    try (HotStore store = Stores.openExisting(globals)) {
      Page<Hit> page = store.search(q, limit);
      if (json) {
        for (Hit hit : page.items()) {
          ObjectNode o = StatementJson.toJson(hit.statement());
          o.put("score", hit.score());
          ArrayNode matches = o.putArray("matches");
          for (Span s : hit.matches()) {
            matches.addArray().add(s.start()).add(s.end());
          }
          out.println(o.toString());
        }
      } else {
        printHits(out, page, Ansi.AUTO.enabled());
      }
      out.flush();
    }
    return 0;
  }

  private static void printHits(PrintWriter out, Page<Hit> page, boolean ansi) {
    List<Hit> hits = page.items();
    for (int i = 0; i < hits.size(); i++) {
      Hit hit = hits.get(i);
      out.printf(
          Locale.ROOT,
          "%2d. %s %s%n",
          i + 1,
          Render.primary(hit.statement()),
          Render.highlight(hit.statement().text(), hit.matches(), ansi));
      out.println("    " + Render.meta(hit.statement()));
    }
    if (hits.isEmpty()) {
      out.println("No statements match.");
    } else {
      out.printf(Locale.ROOT, "%d of %d matching statements shown.%n", hits.size(), page.total());
    }
  }
}
