package fi.hot.model;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What to look for: free text in the query syntax of the store (words, {@code "phrases"}, {@code
 * lasku*}, {@code AND}/{@code OR}/{@code NOT}) and filters. Immutable; each filter method returns a
 * new query.
 *
 * <pre>{@code
 * Query q = Query.parse("lasku*").label(Label.NEED).customer("acme").since(Instant.parse(...));
 * Page<Hit> hits = store.search(q, 20);
 * }</pre>
 *
 * <p>The text is checked when the store runs the query; a malformed one raises {@link
 * fi.hot.HotQueryException}.
 */
public final class Query {
  private static final Query ALL =
      new Query("", EnumSet.noneOf(Label.class), null, null, null, null, null);

  private final String text;
  private final Set<Label> labels;
  private final String customer;
  private final Channel channel;
  private final Language language;
  private final Instant since;
  private final Instant until;

  private Query(
      String text,
      Set<Label> labels,
      String customer,
      Channel channel,
      Language language,
      Instant since,
      Instant until) {
    this.text = text;
    this.labels = Set.copyOf(labels);
    this.customer = customer;
    this.channel = channel;
    this.language = language;
    this.since = since;
    this.until = until;
  }

  /** Every statement. */
  public static Query all() {
    return ALL;
  }

  /** Statements matching the text; a blank text matches all. */
  public static Query parse(String text) {
    Objects.requireNonNull(text, "text");
    return ALL.with(text.strip(), ALL.labels, null, null, null, null, null);
  }

  private Query with(
      String t, Set<Label> l, String cu, Channel ch, Language la, Instant si, Instant un) {
    return new Query(t, l, cu, ch, la, si, un);
  }

  /** Also requires the label (NONE: statements with no label). Several labels: any of them. */
  public Query label(Label label) {
    Objects.requireNonNull(label, "label");
    EnumSet<Label> l = labels.isEmpty() ? EnumSet.noneOf(Label.class) : EnumSet.copyOf(labels);
    l.add(label);
    return with(text, l, customer, channel, language, since, until);
  }

  public Query customer(String customerId) {
    Objects.requireNonNull(customerId, "customerId");
    return with(text, labels, customerId.strip(), channel, language, since, until);
  }

  public Query channel(Channel value) {
    return with(
        text, labels, customer, Objects.requireNonNull(value, "channel"), language, since, until);
  }

  public Query language(Language value) {
    return with(
        text, labels, customer, channel, Objects.requireNonNull(value, "language"), since, until);
  }

  /** Statements that occurred at or after the instant. */
  public Query since(Instant value) {
    return with(
        text, labels, customer, channel, language, Objects.requireNonNull(value, "since"), until);
  }

  /** Statements that occurred before the instant. */
  public Query until(Instant value) {
    return with(
        text, labels, customer, channel, language, since, Objects.requireNonNull(value, "until"));
  }

  /** The free text; empty matches all. */
  public String text() {
    return text;
  }

  public Set<Label> labels() {
    return labels;
  }

  public Optional<String> customer() {
    return Optional.ofNullable(customer);
  }

  public Optional<Channel> channel() {
    return Optional.ofNullable(channel);
  }

  public Optional<Language> language() {
    return Optional.ofNullable(language);
  }

  public Optional<Instant> since() {
    return Optional.ofNullable(since);
  }

  public Optional<Instant> until() {
    return Optional.ofNullable(until);
  }

  /** Whether a statement passes the filters (not the text, which only the store can match). */
  public boolean matchesFilters(Statement s) {
    if (!labels.isEmpty() && labels.stream().noneMatch(l -> s.classification().has(l))) {
      return false;
    }
    if (customer != null && !customer.equals(s.customer().id())) {
      return false;
    }
    if (channel != null && channel != s.channel()) {
      return false;
    }
    if (language != null && language != s.language()) {
      return false;
    }
    if (since != null && s.occurredAt().isBefore(since)) {
      return false;
    }
    return until == null || s.occurredAt().isBefore(until);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Query q
        && text.equals(q.text)
        && labels.equals(q.labels)
        && Objects.equals(customer, q.customer)
        && channel == q.channel
        && language == q.language
        && Objects.equals(since, q.since)
        && Objects.equals(until, q.until);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, labels, customer, channel, language, since, until);
  }

  @Override
  public String toString() {
    return "Query[text="
        + text
        + ", labels="
        + labels
        + ", customer="
        + customer
        + ", channel="
        + channel
        + ", language="
        + language
        + ", since="
        + since
        + ", until="
        + until
        + "]";
  }
}
