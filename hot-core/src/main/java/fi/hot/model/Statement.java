package fi.hot.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a customer said, after capture: typed, language known, labelled, with a stable id.
 *
 * <p>Statements are immutable. A new statement is written as a {@link Draft} and turned into a
 * {@code Statement} by the capture pipeline (redaction, language detection, classification, the
 * feeling):
 *
 * <pre>{@code
 * try (HotStore store = Hot.open(Path.of("hot-data"))) {
 *   Statement s = store.capture(Statement.of("Laskutus ei toimi", Customer.id("acme"))
 *       .channel(Channel.CALL).by("mikko"));
 *   s.classification().primary();   // PROBLEM
 * }
 * }</pre>
 *
 * @param id stable id derived from customer, text and time ({@link #idFor}), so that capturing the
 *     same statement twice stores it once
 * @param text what the customer said, after redaction
 * @param language the statement's language
 * @param customer who said it
 * @param contact the contact person on the customer's side; empty when not known
 * @param channel where it was heard
 * @param capturedBy who logged it; empty when not known
 * @param occurredAt when it was said
 * @param source where it came from: {@code file:line}, or {@code cli}, or {@code api}
 * @param classification labels, confidences and cues
 * @param tags free tags, in the order given, without duplicates
 * @param context what our side said just before (transcripts); empty when none
 * @param feeling how the customer felt: polarity, emotion and the cues they were read from
 */
public record Statement(
    String id,
    String text,
    Language language,
    Customer customer,
    String contact,
    Channel channel,
    String capturedBy,
    Instant occurredAt,
    String source,
    Classification classification,
    List<String> tags,
    String context,
    Feeling feeling) {

  public Statement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(classification, "classification");
    Objects.requireNonNull(feeling, "feeling");
    if (id.isBlank()) {
      throw new IllegalArgumentException("statement id is blank");
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException("statement text is blank");
    }
    contact = contact == null ? "" : contact.strip();
    capturedBy = capturedBy == null ? "" : capturedBy.strip();
    source = source == null ? "" : source;
    tags = tags == null ? List.of() : tags.stream().map(String::strip).distinct().toList();
    context = context == null ? "" : context;
  }

  /** A statement with a neutral feeling, as read before feelings were. */
  public Statement(
      String id,
      String text,
      Language language,
      Customer customer,
      String contact,
      Channel channel,
      String capturedBy,
      Instant occurredAt,
      String source,
      Classification classification,
      List<String> tags,
      String context) {
    this(
        id,
        text,
        language,
        customer,
        contact,
        channel,
        capturedBy,
        occurredAt,
        source,
        classification,
        tags,
        context,
        Feeling.NEUTRAL);
  }

  /** Starts a draft of a new statement: what was said and by whom; everything else is optional. */
  public static Draft of(String text, Customer customer) {
    return new Draft(text, customer);
  }

  /** A copy with another classification (a human relabel, a newer model). */
  public Statement withClassification(Classification newClassification) {
    return with(newClassification, feeling);
  }

  /** A copy with another feeling (a person's reading, a newer reader). */
  public Statement withFeeling(Feeling newFeeling) {
    return with(classification, newFeeling);
  }

  private Statement with(Classification newClassification, Feeling newFeeling) {
    return new Statement(
        id,
        text,
        language,
        customer,
        contact,
        channel,
        capturedBy,
        occurredAt,
        source,
        newClassification,
        tags,
        context,
        newFeeling);
  }

  /**
   * The stable id of a statement: 16 hex digits of SHA-256 over customer id, text and time. The
   * same customer saying the same words at the same instant is the same statement.
   */
  public static String idFor(Customer customer, String text, Instant occurredAt) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      String key = customer.id() + '\u0000' + text.strip() + '\u0000' + occurredAt;
      byte[] digest = sha.digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every JVM has SHA-256", e);
    }
  }

  /**
   * A statement before capture. Immutable: each setter returns a new draft. What is not given is
   * filled in by the capture pipeline: the language is detected, the labels classified, the feeling
   * read, the time taken from the clock and the id derived.
   */
  public static final class Draft {
    private final String text;
    private final Customer customer;
    private String id;
    private Language language;
    private String contact = "";
    private Channel channel = Channel.OTHER;
    private String capturedBy = "";
    private Instant occurredAt;
    private String source = "api";
    private Classification classification;
    private List<String> tags = List.of();
    private String context = "";
    private Feeling feeling;

    private Draft(String text, Customer customer) {
      this.text = Objects.requireNonNull(text, "text");
      this.customer = Objects.requireNonNull(customer, "customer");
      if (text.isBlank()) {
        throw new IllegalArgumentException("statement text is blank");
      }
    }

    private Draft copy() {
      Draft d = new Draft(text, customer);
      d.id = id;
      d.language = language;
      d.contact = contact;
      d.channel = channel;
      d.capturedBy = capturedBy;
      d.occurredAt = occurredAt;
      d.source = source;
      d.classification = classification;
      d.tags = tags;
      d.context = context;
      d.feeling = feeling;
      return d;
    }

    /** Keeps a known id (an import of an export) instead of deriving one. */
    public Draft id(String value) {
      Draft d = copy();
      d.id = Objects.requireNonNull(value, "id");
      return d;
    }

    public Draft language(Language value) {
      Draft d = copy();
      d.language = Objects.requireNonNull(value, "language");
      return d;
    }

    public Draft contact(String value) {
      Draft d = copy();
      d.contact = Objects.requireNonNull(value, "contact");
      return d;
    }

    public Draft channel(Channel value) {
      Draft d = copy();
      d.channel = Objects.requireNonNull(value, "channel");
      return d;
    }

    /** Who logged the statement. */
    public Draft by(String value) {
      Draft d = copy();
      d.capturedBy = Objects.requireNonNull(value, "capturedBy");
      return d;
    }

    /** When it was said. */
    public Draft at(Instant value) {
      Draft d = copy();
      d.occurredAt = Objects.requireNonNull(value, "occurredAt");
      return d;
    }

    public Draft source(String value) {
      Draft d = copy();
      d.source = Objects.requireNonNull(value, "source");
      return d;
    }

    /** Keeps known labels (an import of an export, a human label) instead of classifying. */
    public Draft classification(Classification value) {
      Draft d = copy();
      d.classification = Objects.requireNonNull(value, "classification");
      return d;
    }

    public Draft tags(List<String> value) {
      Draft d = copy();
      d.tags = List.copyOf(value);
      return d;
    }

    public Draft context(String value) {
      Draft d = copy();
      d.context = Objects.requireNonNull(value, "context");
      return d;
    }

    /** Keeps a known feeling (an import of an export, a person's reading) instead of reading it. */
    public Draft feeling(Feeling value) {
      Draft d = copy();
      d.feeling = Objects.requireNonNull(value, "feeling");
      return d;
    }

    public String text() {
      return text;
    }

    public Customer customer() {
      return customer;
    }

    public Optional<String> id() {
      return Optional.ofNullable(id);
    }

    public Optional<Language> language() {
      return Optional.ofNullable(language);
    }

    public String contact() {
      return contact;
    }

    public Channel channel() {
      return channel;
    }

    public String capturedBy() {
      return capturedBy;
    }

    public Optional<Instant> occurredAt() {
      return Optional.ofNullable(occurredAt);
    }

    public String source() {
      return source;
    }

    public Optional<Classification> classification() {
      return Optional.ofNullable(classification);
    }

    public List<String> tags() {
      return tags;
    }

    public String context() {
      return context;
    }

    public Optional<Feeling> feeling() {
      return Optional.ofNullable(feeling);
    }

    /**
     * The finished statement, with the given text (redacted), language, classification and time,
     * and the draft's feeling when it has one, else a neutral one; the id is the draft's own when
     * given, else derived.
     */
    public Statement complete(
        String finalText, Language finalLanguage, Classification finalLabels, Instant when) {
      return complete(
          finalText, finalLanguage, finalLabels, feeling != null ? feeling : Feeling.NEUTRAL, when);
    }

    /**
     * The finished statement, with the given text (redacted), language, classification, feeling and
     * time; the id is the draft's own when given, else derived.
     */
    public Statement complete(
        String finalText,
        Language finalLanguage,
        Classification finalLabels,
        Feeling finalFeeling,
        Instant when) {
      String finalId = id != null ? id : idFor(customer, finalText, when);
      return new Statement(
          finalId,
          finalText,
          finalLanguage,
          customer,
          contact,
          channel,
          capturedBy,
          when,
          source,
          finalLabels,
          tags,
          context,
          finalFeeling);
    }

    @Override
    public String toString() {
      return "Draft[" + customer.id() + ": " + text + "]";
    }
  }
}
