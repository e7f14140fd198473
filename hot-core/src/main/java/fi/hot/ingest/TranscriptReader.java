package fi.hot.ingest;

import fi.hot.HotParseException;
import fi.hot.internal.Dates;
import fi.hot.model.Channel;
import fi.hot.model.Customer;
import fi.hot.model.Language;
import fi.hot.model.Statement;
import fi.hot.text.Sentences;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a conversation transcript: an optional {@code # key: value} header, then turns {@code
 * Speaker: text}. Each sentence of a customer-side turn becomes a draft, with what our side said
 * last as its context; our side's turns are context only and are not imported.
 *
 * <pre>
 * # customer: acme
 * # customer_name: Acme Oy
 * # contact: Liisa Mäkinen
 * # channel: meeting
 * # by: mikko
 * # date: 2026-10-14T09:30
 * Myyjä: Miten laskutus on sujunut?
 * Asiakas: Laskutus ei toimi. Tarvitsemme raportin
 *   joka kuukausi.
 * </pre>
 *
 * <p>Header keys are case-insensitive, with Finnish aliases ({@code asiakas}, {@code
 * yhteyshenkilö}, {@code kanava}, {@code kirjaaja}, {@code päivä}). A bad header stops the file,
 * with every header problem reported: importing it with a wrong customer or date would give ids
 * that a corrected re-import could not match. A line without a speaker continues the turn before
 * it; a {@code #} line after the header is a comment; a leading time stamp ({@code [00:12:31]}) is
 * skipped. A line that starts with one to three capitalised words and a colon but names no known
 * speaker is reported, and that turn is skipped.
 *
 * <p>When neither the options nor the header give a date, the drafts are left undated and the
 * capture time is used: re-importing such a transcript stores its statements again.
 */
final class TranscriptReader implements StatementReader {
  private static final Pattern HEADER = Pattern.compile("^#\\s*([^:]*?)\\s*:\\s*(.*?)\\s*$");
  private static final Pattern TIMESTAMP =
      Pattern.compile("^[\\[(]?\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d+)?[\\])]?\\s+");
  private static final Pattern TURN =
      Pattern.compile("^(" + TranscriptOptions.NAME + ")[ \\t]*:(.*)$");
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
  private static final Map<String, String> KEYS = keys();

  private final TranscriptOptions options;

  TranscriptReader(TranscriptOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  private static Map<String, String> keys() {
    Map<String, String> k = new LinkedHashMap<>();
    k.put("customer", "customer");
    k.put("asiakas", "customer");
    k.put("customer_name", "customer_name");
    k.put("asiakkaan_nimi", "customer_name");
    k.put("contact", "contact");
    k.put("yhteyshenkilö", "contact");
    k.put("channel", "channel");
    k.put("kanava", "channel");
    k.put("by", "by");
    k.put("captured_by", "by");
    k.put("kirjaaja", "by");
    k.put("date", "date");
    k.put("occurred_at", "date");
    k.put("päivä", "date");
    k.put("päivämäärä", "date");
    k.put("lang", "lang");
    k.put("kieli", "lang");
    return Map.copyOf(k);
  }

  @Override
  public void read(
      InputStream in,
      String sourceName,
      Consumer<Statement.Draft> accepted,
      Consumer<HotParseException> rejected) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(accepted, "accepted");
    Objects.requireNonNull(rejected, "rejected");
    LineReader lines = new LineReader(in);

    Header header = new Header(sourceName);
    Optional<LineReader.Line> firstTurn = Optional.empty();
    for (Optional<LineReader.Line> next = lines.next(); next.isPresent(); next = lines.next()) {
      LineReader.Line line = next.get();
      if (line.ok() && line.isBlank()) {
        continue;
      }
      if (line.tooLong() || !line.text().strip().startsWith("#")) {
        firstTurn = next;
        break;
      }
      header.read(line);
    }
    // a file without turns has nothing to lose, so a missing customer is no error there
    Optional<Template> template = header.template(options, firstTurn.isPresent());
    if (template.isEmpty()) {
      header.problems.stream()
          .sorted(Comparator.comparingLong(HotParseException::line))
          .forEach(rejected);
      return;
    }
    Conversation conversation =
        new Conversation(sourceName, options, template.get(), accepted, rejected);
    for (Optional<LineReader.Line> next = firstTurn; next.isPresent(); next = lines.next()) {
      conversation.line(next.get());
    }
    conversation.end();
  }

  /** The header: what it says and what is wrong with it. */
  private static final class Header {
    private final String source;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, Long> lineOf = new LinkedHashMap<>();
    private final List<HotParseException> problems = new ArrayList<>();

    Header(String source) {
      this.source = source;
    }

    void read(LineReader.Line line) {
      if (!line.validUtf8()) {
        problems.add(Problems.invalidUtf8(source, line.number()));
        return;
      }
      Matcher m = HEADER.matcher(line.text().strip());
      if (!m.matches()) {
        return; // "# Palaveri Acmen kanssa": a comment
      }
      String given = m.group(1);
      String key = KEYS.get(given.toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
      if (key == null) {
        problems.add(
            new HotParseException(
                source,
                line.number(),
                "unknown header '"
                    + given
                    + "' (expected customer, customer_name, contact, channel, by, date or lang)"));
      } else if (values.containsKey(key)) {
        problems.add(
            new HotParseException(source, line.number(), "header '" + key + "' is given twice"));
      } else if (m.group(2).isBlank()) {
        problems.add(
            new HotParseException(source, line.number(), "header '" + key + "' has no value"));
      } else {
        values.put(key, m.group(2));
        lineOf.put(key, line.number());
      }
    }

    /**
     * What every draft of the file shares, or empty when the file cannot be read (see problems).
     */
    Optional<Template> template(TranscriptOptions options, boolean hasTurns) {
      Optional<String> customerId = options.customer().or(() -> value("customer"));
      if (customerId.isEmpty() && hasTurns) {
        problems.add(
            new HotParseException(
                source, 1, "no customer: add '# customer: ID' or use --customer"));
      }
      Channel channel =
          options.channel().orElseGet(() -> parsed("channel", Channel::parse, Channel.OTHER));
      Instant at = options.at().orElseGet(() -> parsed("date", Dates::parse, null));
      Language lang = parsed("lang", Language::parse, null);
      if (!problems.isEmpty() || customerId.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          new Template(
              Customer.of(customerId.get(), value("customer_name").orElse("")),
              value("contact").orElse(""),
              channel,
              options.by().or(() -> value("by")).orElse(""),
              Optional.ofNullable(at),
              Optional.ofNullable(lang)));
    }

    private Optional<String> value(String key) {
      return Optional.ofNullable(values.get(key));
    }

    private <T> T parsed(String key, Function<String, T> parse, T otherwise) {
      String v = values.get(key);
      if (v == null) {
        return otherwise;
      }
      try {
        return parse.apply(v);
      } catch (IllegalArgumentException e) {
        problems.add(new HotParseException(source, lineOf.get(key), e.getMessage()));
        return otherwise;
      }
    }
  }

  /** What every draft of one transcript shares. */
  private record Template(
      Customer customer,
      String contact,
      Channel channel,
      String by,
      Optional<Instant> at,
      Optional<Language> language) {}

  private enum Side {
    CUSTOMER,
    OURS,
    SKIPPED
  }

  /** The turns of one transcript, read line by line. */
  private static final class Conversation {
    private final String source;
    private final TranscriptOptions options;
    private final Template template;
    private final Consumer<Statement.Draft> accepted;
    private final Consumer<HotParseException> rejected;

    private Side side;
    private String speaker = "";
    private long turnLine;
    private final StringBuilder turn = new StringBuilder();
    private String lastOurs = "";

    Conversation(
        String source,
        TranscriptOptions options,
        Template template,
        Consumer<Statement.Draft> accepted,
        Consumer<HotParseException> rejected) {
      this.source = source;
      this.options = options;
      this.template = template;
      this.accepted = accepted;
      this.rejected = rejected;
    }

    void line(LineReader.Line line) {
      if (line.tooLong()) {
        rejected.accept(Problems.tooLong(source, line.number()));
        return;
      }
      String text = line.text().strip();
      if (text.isEmpty() || text.startsWith("#")) {
        return;
      }
      text = TIMESTAMP.matcher(text).replaceFirst("");
      Matcher m = TURN.matcher(text);
      if (m.matches()) {
        String name = WHITE_SPACE.matcher(m.group(1)).replaceAll(" ");
        Optional<Side> known =
            options.isCustomerSide(name)
                ? Optional.of(Side.CUSTOMER)
                : options.isOurSide(name) ? Optional.of(Side.OURS) : Optional.empty();
        if (known.isPresent() || looksLikeName(name)) {
          end();
          side = known.orElse(Side.SKIPPED);
          speaker = name;
          turnLine = line.number();
          if (known.isEmpty()) {
            rejected.accept(
                new HotParseException(
                    source,
                    line.number(),
                    "unknown speaker '"
                        + name
                        + "' (name our side with --rep or the customer's with --speaker)"));
          }
          text = m.group(2);
        }
      }
      if (!line.validUtf8()) {
        // the line is dropped, the turn goes on: its speaker is still known
        rejected.accept(Problems.invalidUtf8(source, line.number()));
        return;
      }
      if (side == null) {
        rejected.accept(
            new HotParseException(
                source,
                line.number(),
                "text before the first speaker (start a turn with 'Asiakas:' or 'Customer:')"));
        side = Side.SKIPPED;
        turnLine = line.number();
        return;
      }
      turn.append(turn.length() == 0 ? "" : "\n").append(text);
    }

    /** Ends the current turn: a customer's becomes drafts, ours becomes the context. */
    void end() {
      String said = turn.toString();
      turn.setLength(0);
      if (side == Side.OURS) {
        String ours = oneLine(said);
        if (!ours.isEmpty()) {
          lastOurs = ours;
        }
      } else if (side == Side.CUSTOMER) {
        for (String sentence : Sentences.split(said)) {
          String s = oneLine(sentence);
          if (s.codePoints().anyMatch(Character::isLetterOrDigit)) {
            accepted.accept(draft(s));
          }
        }
      }
    }

    private Statement.Draft draft(String sentence) {
      String contact = template.contact();
      if (contact.isEmpty() && options.isNamedCustomer(speaker)) {
        contact = speaker;
      }
      Statement.Draft d =
          Statement.of(sentence, template.customer())
              .contact(contact)
              .channel(template.channel())
              .by(template.by())
              .source(source + ":" + turnLine)
              .context(lastOurs);
      if (template.at().isPresent()) {
        d = d.at(template.at().get());
      }
      if (template.language().isPresent()) {
        d = d.language(template.language().get());
      }
      return d;
    }

    private static String oneLine(String text) {
      return WHITE_SPACE.matcher(text).replaceAll(" ").strip();
    }

    /** Words that each start with a capital: "Pekka", "Liisa Mäkinen", not "tarvitsemme tätä". */
    private static boolean looksLikeName(String name) {
      for (String word : name.split(" ")) {
        if (!Character.isUpperCase(word.codePointAt(0))) {
          return false;
        }
      }
      return true;
    }
  }
}
