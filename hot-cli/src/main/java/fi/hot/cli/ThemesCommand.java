package fi.hot.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.hot.HotParseException;
import fi.hot.HotStore;
import fi.hot.insight.PinnedTheme;
import fi.hot.insight.Theme;
import fi.hot.insight.ThemeFile;
import fi.hot.insight.ThemeReport;
import fi.hot.insight.Themes;
import fi.hot.internal.Dates;
import fi.hot.internal.StatementJson;
import fi.hot.model.Count;
import fi.hot.model.Hit;
import fi.hot.model.Query;
import fi.hot.model.Span;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    mixinStandardHelpOptions = true,
    name = "themes",
    description = {
      "Find the recurring themes of what customers said: stemmed words and two-word phrases that"
          + " many statements share, near-duplicates merged, Finnish compounds joined to their"
          + " last part (verkkolasku to lasku).",
      "With filters, themes are ranked by how much more the selected statements mention them than"
          + " the rest of the store; without, by how many statements mention them.",
      "Each theme shows its statements, customers, labels, first and last day, statements per"
          + " month and three typical quotes. Its search line lists exactly the statements it"
          + " counts: hot search with it and the same filters shows them."
    },
    footerHeading = "%nThemes file (--pinned):%n",
    footer = {
      "  One theme a line, NAME = QUERY, in the query syntax of hot search; # starts a comment:",
      "    Laskutus        = lasku* OR laskutus OR invoice*",
      "    Mobiilisovellus = sovellus OR \"mobile app\"",
      "",
      "Examples:",
      "  hot themes",
      "  hot themes --label problem --since 2026-09-01",
      "  hot themes --pinned themes.txt --limit 5",
      "  hot themes --emotion frustrated --limit 5",
      "  hot themes --lang en --json"
    })
final class ThemesCommand implements Callable<Integer> {
  private static final String SPARKS = "▁▂▃▄▅▆▇█";

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "QUERY",
      description = "Only statements matching this search.")
  String query = "";

  @Mixin FilterOptions filters;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "10",
      description = "How many themes to find (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--pinned",
      paramLabel = "FILE",
      description = "Also show the themes of this themes file, marked pinned.")
  Path pinned;

  @Option(
      names = "--min-statements",
      paramLabel = "N",
      defaultValue = "3",
      description = "A theme found covers at least N statements (default: ${DEFAULT-VALUE}).")
  int minStatements;

  @Option(
      names = "--min-customers",
      paramLabel = "N",
      defaultValue = "2",
      description = "A theme found comes from at least N customers (default: ${DEFAULT-VALUE}).")
  int minCustomers;

  @Option(names = "--json", description = "One JSON object per theme and line.")
  boolean json;

  private final Globals globals;

  ThemesCommand(Globals globals) {
    this.globals = globals;
  }

  @Override
  public Integer call() {
    if (limit < 1) {
      throw new IllegalArgumentException("--limit must be at least 1, not " + limit);
    }
    if (minStatements < 2) {
      throw new IllegalArgumentException(
          "--min-statements must be at least 2, not " + minStatements);
    }
    if (minCustomers < 1) {
      throw new IllegalArgumentException("--min-customers must be at least 1, not " + minCustomers);
    }
    Query selection = filters.apply(Query.parse(query));
    List<PinnedTheme> pins = List.of();
    if (pinned != null) {
      ThemeFile file = ThemeFile.read(pinned);
      if (!file.errors().isEmpty()) {
        PrintWriter err = spec.commandLine().getErr();
        for (HotParseException e : file.errors()) {
          err.println("hot: " + e.getMessage());
        }
        err.flush();
        return CommandLine.ExitCode.USAGE;
      }
      pins = file.themes();
    }
    Themes themes =
        Themes.defaults()
            .limit(limit)
            .minStatements(minStatements)
            .minCustomers(minCustomers)
            .pinned(pins);
    PrintWriter out = spec.commandLine().getOut();
    try (HotStore store = Stores.openExisting(globals)) {
      ThemeReport report = themes.find(store, selection);
      if (json) {
        report.pinned().forEach(t -> out.println(json(t)));
        report.found().forEach(t -> out.println(json(t)));
      } else {
        print(out, report, Ansi.AUTO.enabled());
      }
      out.flush();
    }
    return 0;
  }

  private void print(PrintWriter out, ThemeReport report, boolean ansi) {
    if (report.contrasted()) {
      out.printf(
          Locale.ROOT,
          "Themes of %d of %d statements, ranked against the other %d.%n",
          report.selected(),
          report.stored(),
          report.stored() - report.selected());
    } else {
      out.printf(
          Locale.ROOT,
          "Themes of all %d statements, ranked by how many mention them.%n",
          report.selected());
    }
    if (!report.pinned().isEmpty()) {
      out.println();
      out.println("Pinned (" + pinned + ")");
      for (Theme t : report.pinned()) {
        out.println("  * " + t.name());
        details(out, t, ansi);
      }
    }
    out.println();
    out.println("Found");
    List<Theme> found = report.found();
    for (int i = 0; i < found.size(); i++) {
      out.printf(Locale.ROOT, "%3d. %s%n", i + 1, found.get(i).name());
      details(out, found.get(i), ansi);
    }
    if (found.isEmpty()) {
      out.printf(
          Locale.ROOT,
          "  No theme shared by at least %d statements from %d customers.%n",
          minStatements,
          minCustomers);
    }
  }

  private static void details(PrintWriter out, Theme t, boolean ansi) {
    String indent = "     ";
    out.printf(
        Locale.ROOT,
        "%s%d statement%s from %d customer%s%s%n",
        indent,
        t.statements(),
        t.statements() == 1 ? "" : "s",
        t.customers(),
        t.customers() == 1 ? "" : "s",
        t.labels().isEmpty() ? "" : " · " + labels(t.labels()));
    if (t.firstSeen().isPresent() && t.lastSeen().isPresent()) {
      out.printf(
          Locale.ROOT,
          "%s%s – %s  %s  %s%n",
          indent,
          Dates.day(t.firstSeen().get()),
          Dates.day(t.lastSeen().get()),
          sparkline(t.months()),
          t.months().size() == 1
              ? t.months().get(0).value()
              : t.months().get(0).value() + ".." + t.months().get(t.months().size() - 1).value());
    }
    for (Hit q : t.quotes()) {
      out.printf(
          Locale.ROOT,
          "%s\"%s\" (%s, %s)%n",
          indent,
          Render.highlight(q.statement().text(), q.matches(), ansi),
          q.statement().customer().id(),
          Dates.day(q.statement().occurredAt()));
    }
    out.println(indent + "search: " + t.query());
  }

  /** {@code problem 7, need 4, none 1}. */
  private static String labels(List<Count> labels) {
    return labels.stream().map(c -> c.value() + " " + c.count()).collect(Collectors.joining(", "));
  }

  /** One character a month, its height the month's share of the busiest month. */
  static String sparkline(List<Count> months) {
    long max = months.stream().mapToLong(Count::count).max().orElse(0);
    StringBuilder b = new StringBuilder();
    for (Count c : months) {
      int level =
          c.count() == 0 || max == 0
              ? 0
              : Math.max(1, (int) Math.round((SPARKS.length() - 1) * (double) c.count() / max));
      b.append(SPARKS.charAt(level));
    }
    return b.toString();
  }

  private static String json(Theme t) {
    ObjectNode o = StatementJson.MAPPER.createObjectNode();
    o.put("name", t.name());
    o.put("pinned", t.pinned());
    o.put("query", t.query());
    o.put("score", t.score());
    ArrayNode terms = o.putArray("terms");
    t.terms().forEach(terms::add);
    o.put("statements", t.statements());
    o.put("customers", t.customers());
    ObjectNode labels = o.putObject("labels");
    t.labels().forEach(c -> labels.put(c.value(), c.count()));
    o.put("first_seen", t.firstSeen().map(Object::toString).orElse(null));
    o.put("last_seen", t.lastSeen().map(Object::toString).orElse(null));
    ObjectNode months = o.putObject("months");
    t.months().forEach(c -> months.put(c.value(), c.count()));
    ArrayNode quotes = o.putArray("quotes");
    for (Hit q : t.quotes()) {
      ObjectNode s = StatementJson.toJson(q.statement());
      ArrayNode matches = s.putArray("matches");
      for (Span span : q.matches()) {
        matches.addArray().add(span.start()).add(span.end());
      }
      quotes.add(s);
    }
    return o.toString();
  }
}
