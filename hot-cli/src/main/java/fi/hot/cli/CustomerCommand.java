package fi.hot.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.hot.HotException;
import fi.hot.HotStore;
import fi.hot.insight.CustomerSummary;
import fi.hot.insight.CustomerView;
import fi.hot.insight.Customers;
import fi.hot.insight.LoopItem;
import fi.hot.internal.Dates;
import fi.hot.internal.StatementJson;
import fi.hot.model.ContactChannel;
import fi.hot.model.ContactPreferences;
import fi.hot.model.CustomerProfile;
import fi.hot.model.Language;
import fi.hot.model.LoopState;
import fi.hot.model.ProfileUpdate;
import fi.hot.model.Statement;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    mixinStandardHelpOptions = true,
    name = "customer",
    description = {
      "Know each customer: a profile beside what they said.",
      "A profile holds name, segment, language, customer types, how they want to be contacted"
          + " (and how not), notes and consent. Every change is kept as a new version."
    },
    subcommands = {
      CustomerCommand.Set.class,
      CustomerCommand.Show.class,
      CustomerCommand.ListCustomers.class
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  hot customer set kahvila-aroma --name \"Kahvila Aroma\" --lang fi --type regular"
          + " --prefer email --avoid sms",
      "  hot customer show kahvila-aroma",
      "  hot customer list"
    })
final class CustomerCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The customer types with their meaning, for help. */
  static String vocabulary() {
    return CustomerProfile.TYPES.entrySet().stream()
        .map(e -> e.getKey() + " (" + e.getValue() + ")")
        .collect(Collectors.joining("; "));
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "set",
      description = {
        "Create or change a customer's profile. Only the options given change; everything else is"
            + " kept, and the change is saved as a new version (a change that changes nothing"
            + " saves nothing). Notes are added, never replaced.",
        "Customer types (others are kept as given): "
            + "first-time, regular, hurried, uncertain, price-conscious, technical,"
            + " decision-maker, key-account, at-risk.",
        "Contact channels: email, phone, sms, letter, meeting, video, chat, app, social."
      },
      footerHeading = "%nExamples:%n",
      footer = {
        "  hot customer set kahvila-aroma --name \"Kahvila Aroma\" --segment smb --lang fi",
        "  hot customer set kahvila-aroma --type regular --type hurried --prefer email"
            + " --avoid sms",
        "  hot customer set kahvila-aroma --note \"Soita mieluiten iltapäivällä\" --by anna",
        "  hot customer set brightdesk --consent yes --consent-for \"service messages\"",
        "  hot customer set brightdesk --allow sms --remove-type first-time"
      })
  static final class Set implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The customer's id.")
    String id;

    @Option(names = "--name", paramLabel = "NAME", description = "Display name (\"\" clears).")
    String name;

    @Option(names = "--segment", paramLabel = "S", description = "Segment (\"\" clears).")
    String segment;

    @Option(names = "--lang", paramLabel = "fi|en", description = "The language to use with them.")
    String lang;

    @Option(
        names = "--type",
        paramLabel = "T",
        split = ",",
        description = "Add a customer type (repeat for several).")
    List<String> types = new ArrayList<>();

    @Option(
        names = "--remove-type",
        paramLabel = "T",
        split = ",",
        description = "Remove a customer type.")
    List<String> removeTypes = new ArrayList<>();

    @Option(names = "--prefer", paramLabel = "CH", description = "The channel they prefer.")
    String prefer;

    @Option(
        names = "--avoid",
        paramLabel = "CH",
        split = ",",
        description = "A channel they do not want, such as sms (repeat for several).")
    List<String> avoid = new ArrayList<>();

    @Option(
        names = "--allow",
        paramLabel = "CH",
        split = ",",
        description = "Take a channel off the ones they do not want.")
    List<String> allow = new ArrayList<>();

    @Option(names = "--note", paramLabel = "TEXT", description = "Add a note.")
    String note;

    @Option(
        names = "--consent",
        paramLabel = "yes|no",
        description = "Record consent given (yes) or refused or withdrawn (no), dated --at.")
    String consent;

    @Option(
        names = "--consent-for",
        paramLabel = "TEXT",
        description = "What the consent covers, such as \"marketing\".")
    String consentFor = "";

    @Option(
        names = "--by",
        paramLabel = "NAME",
        description = "Who made the change (default: $HOT_USER, else $USER).")
    String by;

    @Option(
        names = "--at",
        paramLabel = "DATE",
        description = "When (2026-03-04 or 2026-03-04T10:15; UTC). Default: now.")
    String at;

    private final Globals globals;

    Set(Globals globals) {
      this.globals = globals;
    }

    @Override
    public Integer call() {
      ProfileUpdate u = update();
      PrintWriter err = spec.commandLine().getErr();
      for (String t : types) {
        String type = CustomerProfile.type(t);
        if (!CustomerProfile.TYPES.containsKey(type)) {
          err.println(
              "hot: note: customer type '"
                  + type
                  + "' is not one of the shared ones ("
                  + String.join(", ", CustomerProfile.TYPES.keySet())
                  + "); kept as given");
        }
      }
      err.flush();
      try (HotStore store = Stores.openOrCreate(globals)) {
        Optional<CustomerProfile> before = store.profile(id.strip());
        CustomerProfile p = store.updateProfile(id, u);
        PrintWriter out = spec.commandLine().getOut();
        if (before.isPresent() && before.get().version() == p.version()) {
          out.println("Profile of " + p.id() + " unchanged (version " + p.version() + ")");
        } else {
          out.println("Profile of " + p.id() + " saved as version " + p.version());
        }
        profile(out, p);
        out.flush();
      }
      return 0;
    }

    private ProfileUpdate update() {
      ProfileUpdate u = ProfileUpdate.at(Stamp.time(at), Stamp.author(by));
      if (name != null) {
        u = u.name(name);
      }
      if (segment != null) {
        u = u.segment(segment);
      }
      if (lang != null) {
        u = u.language(Language.parse(lang));
      }
      for (String t : types) {
        u = u.addType(t);
      }
      for (String t : removeTypes) {
        u = u.removeType(t);
      }
      if (prefer != null) {
        u = u.prefer(ContactChannel.parse(prefer));
      }
      for (String c : avoid) {
        u = u.avoid(ContactChannel.parse(c));
      }
      for (String c : allow) {
        u = u.allow(ContactChannel.parse(c));
      }
      if (note != null) {
        u = u.note(note);
      }
      if (consent != null) {
        u = u.consent(yesNo(consent), consentFor);
      } else if (!consentFor.isEmpty()) {
        throw new IllegalArgumentException("--consent-for needs --consent yes or --consent no");
      }
      return u;
    }

    private static boolean yesNo(String value) {
      return switch (value.strip().toLowerCase(Locale.ROOT)) {
        case "yes", "y", "true", "kyllä" -> true;
        case "no", "n", "false", "ei" -> false;
        default ->
            throw new IllegalArgumentException("--consent must be yes or no, not '" + value + "'");
      };
    }
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "show",
      description = {
        "Show a customer: the profile, their dreams, problems and needs still open or not yet"
            + " told, and a timeline of what they said, newest first."
      },
      footerHeading = "%nExamples:%n",
      footer = {"  hot customer show kahvila-aroma", "  hot customer show brightdesk --limit 50"})
  static final class Show implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The customer's id.")
    String id;

    @Option(
        names = "--limit",
        paramLabel = "N",
        defaultValue = "20",
        description = "How many statements of the timeline to show; 0 for all (default: 20).")
    int limit;

    private final Globals globals;

    Show(Globals globals) {
      this.globals = globals;
    }

    @Override
    public Integer call() {
      if (limit < 0) {
        throw new IllegalArgumentException("--limit must not be negative");
      }
      try (HotStore store = Stores.openExisting(globals)) {
        CustomerView v =
            Customers.view(store, id)
                .orElseThrow(
                    () ->
                        new HotException(
                            "no customer "
                                + id.strip()
                                + ": no profile and no statements (see hot customer list)"));
        PrintWriter out = spec.commandLine().getOut();
        out.println(v.name().equals(v.id()) ? v.id() : v.name() + " (" + v.id() + ")");
        if (v.profile().isPresent()) {
          profile(out, v.profile().get());
        } else {
          out.println(
              "  no profile yet: hot customer set " + v.id() + " --name ... --prefer email");
        }
        Map<String, LoopState> states =
            v.items().stream().collect(Collectors.toMap(i -> i.statement().id(), LoopItem::state));
        items(out, "Open", v.open());
        items(out, "Done or declined, not told yet", v.awaitingWord());
        out.println();
        int shown = limit == 0 ? v.timeline().size() : Math.min(limit, v.timeline().size());
        out.println(
            "Timeline ("
                + v.timeline().size()
                + (v.timeline().size() == 1 ? " statement" : " statements")
                + ", newest first)");
        for (Statement s : v.timeline().subList(0, shown)) {
          LoopState state = states.get(s.id());
          out.println(
              "  "
                  + Dates.day(s.occurredAt())
                  + " "
                  + s.channel().code()
                  + " "
                  + Render.primary(s.classification())
                  + " "
                  + s.text());
          out.println("      id " + s.id() + (state == null ? "" : " · " + LoopText.state(state)));
        }
        if (shown < v.timeline().size()) {
          out.println("  ... " + (v.timeline().size() - shown) + " more (--limit 0 for all)");
        }
        out.flush();
      }
      return 0;
    }

    private static void items(PrintWriter out, String title, List<LoopItem> items) {
      if (items.isEmpty()) {
        return;
      }
      out.println();
      out.println(title + " (" + items.size() + ")");
      for (LoopItem i : items) {
        Statement s = i.statement();
        out.println("  " + Render.primary(s.classification()) + " " + s.text());
        out.println(
            "      "
                + LoopText.state(i.state())
                + " · said "
                + Dates.day(s.occurredAt())
                + " · id "
                + s.id());
      }
    }
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "list",
      description = {
        "List customers: those with a profile and those only seen in statements, with how many"
            + " statements they made and how many of their dreams, problems and needs are open."
      },
      footerHeading = "%nExamples:%n",
      footer = {"  hot customer list", "  hot customer list --json"})
  static final class ListCustomers implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object per line.")
    boolean json;

    private final Globals globals;

    ListCustomers(Globals globals) {
      this.globals = globals;
    }

    @Override
    public Integer call() {
      try (HotStore store = Stores.openExisting(globals)) {
        List<CustomerSummary> all = Customers.list(store);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
          for (CustomerSummary c : all) {
            ObjectNode o = StatementJson.MAPPER.createObjectNode();
            o.put("id", c.id());
            o.put("name", c.name());
            o.put("profile", c.profile().isPresent());
            o.put("segment", c.profile().map(CustomerProfile::segment).orElse(""));
            o.put("statements", c.statements());
            o.put("open", c.open());
            o.put("last_heard", c.lastHeard().map(Dates::day).orElse(null));
            out.println(o);
          }
        } else if (all.isEmpty()) {
          out.println("No customers yet: capture something, or hot customer set ID --name NAME");
        } else {
          table(out, all);
        }
        out.flush();
      }
      return 0;
    }

    private static void table(PrintWriter out, List<CustomerSummary> all) {
      Function<CustomerSummary, String> segment =
          c -> c.profile().map(CustomerProfile::segment).filter(x -> !x.isEmpty()).orElse("-");
      int idW = Math.max(2, all.stream().mapToInt(c -> c.id().length()).max().orElse(0));
      int nameW = Math.max(4, all.stream().mapToInt(c -> c.name().length()).max().orElse(0));
      int segW = Math.max(7, all.stream().mapToInt(c -> segment.apply(c).length()).max().orElse(0));
      String row = "%-" + idW + "s  %-" + nameW + "s  %-" + segW + "s  %10s  %4s  %-10s  %s%n";
      out.printf(
          Locale.ROOT, row, "ID", "NAME", "SEGMENT", "STATEMENTS", "OPEN", "LAST HEARD", "PROFILE");
      for (CustomerSummary c : all) {
        out.printf(
            Locale.ROOT,
            row,
            c.id(),
            c.name(),
            segment.apply(c),
            c.statements(),
            c.open(),
            c.lastHeard().map(Dates::day).orElse("-"),
            c.profile().map(p -> "v" + p.version()).orElse("no"));
      }
    }
  }

  /** The profile's fields, one a line, indented. */
  static void profile(PrintWriter out, CustomerProfile p) {
    if (!p.name().isEmpty()) {
      row(out, "name", p.name());
    }
    if (!p.segment().isEmpty()) {
      row(out, "segment", p.segment());
    }
    p.language().ifPresent(l -> row(out, "language", l.code()));
    if (!p.types().isEmpty()) {
      row(out, "types", String.join(", ", p.types()));
    }
    ContactPreferences c = p.contact();
    List<String> contact = new ArrayList<>();
    c.preferred().ifPresent(ch -> contact.add("prefers " + ch.code()));
    if (!c.avoided().isEmpty()) {
      contact.add(
          "not by "
              + c.avoided().stream().map(ContactChannel::code).collect(Collectors.joining(", ")));
    }
    if (!contact.isEmpty()) {
      row(out, "contact", String.join(" · ", contact));
    }
    p.consent()
        .ifPresent(
            k ->
                row(
                    out,
                    "consent",
                    (k.given() ? "given " : "refused ")
                        + Dates.day(k.at())
                        + (k.scope().isEmpty() ? "" : " for " + k.scope())));
    for (CustomerProfile.Note n : p.notes()) {
      row(
          out,
          "note",
          Dates.day(n.at()) + (n.by().isEmpty() ? "" : " " + n.by()) + ": " + n.text());
    }
    row(
        out,
        "version",
        p.version()
            + ", "
            + Stamp.minute(p.updatedAt())
            + (p.updatedBy().isEmpty() ? "" : " by " + p.updatedBy()));
  }

  private static void row(PrintWriter out, String key, String value) {
    out.printf("  %-9s %s%n", key, value);
  }
}
