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
 * Query upset = Query.all().emotion(Emotion.FRUSTRATED).polarity(-1, -0.3);
 * Page<Hit> hits = store.search(q, 20);
 * }</pre>
 *
 * <p>The text is checked when the store runs the query; a malformed one raises {@link
 * fi.hot.HotQueryException}.
 */
public final class Query {
  private static final Query ALL =
      new Query(
          "",
          EnumSet.noneOf(Label.class),
          null,
          null,
          null,
          null,
          null,
          EnumSet.noneOf(Emotion.class),
          -1,
          1);

  private final String text;
  private final Set<Label> labels;
  private final String customer;
  private final Channel channel;
  private final Language language;
  private final Instant since;
  private final Instant until;
  private final Set<Emotion> emotions;
  private final double minPolarity;
  private final double maxPolarity;

  private Query(
      String text,
      Set<Label> labels,
      String customer,
      Channel channel,
      Language language,
      Instant since,
      Instant until,
      Set<Emotion> emotions,
      double minPolarity,
      double maxPolarity) {
    this.text = text;
    this.labels = Set.copyOf(labels);
    this.customer = customer;
    this.channel = channel;
    this.language = language;
    this.since = since;
    this.until = until;
    this.emotions = Set.copyOf(emotions);
    this.minPolarity = minPolarity;
    this.maxPolarity = maxPolarity;
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
    return new Query(t, l, cu, ch, la, si, un, emotions, minPolarity, maxPolarity);
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

  /** Also requires the emotion. Several emotions: any of them. */
  public Query emotion(Emotion emotion) {
    Objects.requireNonNull(emotion, "emotion");
    EnumSet<Emotion> e =
        emotions.isEmpty() ? EnumSet.noneOf(Emotion.class) : EnumSet.copyOf(emotions);
    e.add(emotion);
    return new Query(
        text, labels, customer, channel, language, since, until, e, minPolarity, maxPolarity);
  }

  /**
   * Statements whose polarity is from {@code min} to {@code max}, both included: {@code
   * polarity(-1, -0.3)} finds the clearly negative ones.
   *
   * @throws IllegalArgumentException when a bound is outside [-1, 1] or min is above max
   */
  public Query polarity(double min, double max) {
    if (!(min >= -1 && min <= 1) || !(max >= -1 && max <= 1)) {
      throw new IllegalArgumentException(
          "polarity range " + min + ".." + max + " is not within -1..1");
    }
    if (min > max) {
      throw new IllegalArgumentException(
          "polarity range " + min + ".." + max + " is empty: the minimum is above the maximum");
    }
    // -0.0 and 0.0 are one polarity: a range ending at -0.0 must still take 0
    return new Query(
        text, labels, customer, channel, language, since, until, emotions, min + 0.0, max + 0.0);
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

  /** The emotions asked for, any of them; empty for any emotion. */
  public Set<Emotion> emotions() {
    return emotions;
  }

  /** The lowest polarity asked for, included; -1 when not restricted. */
  public double minPolarity() {
    return minPolarity;
  }

  /** The highest polarity asked for, included; 1 when not restricted. */
  public double maxPolarity() {
    return maxPolarity;
  }

  /** Whether the polarity is restricted to less than the whole of -1..1. */
  public boolean restrictsPolarity() {
    return minPolarity > -1 || maxPolarity < 1;
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
    if (!emotions.isEmpty() && !emotions.contains(s.feeling().emotion())) {
      return false;
    }
    double p = s.feeling().polarity();
    if (p < minPolarity || p > maxPolarity) {
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
        && Objects.equals(until, q.until)
        && emotions.equals(q.emotions)
        && Double.compare(minPolarity, q.minPolarity) == 0
        && Double.compare(maxPolarity, q.maxPolarity) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        text,
        labels,
        customer,
        channel,
        language,
        since,
        until,
        emotions,
        minPolarity,
        maxPolarity);
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
        + ", emotions="
        + emotions
        + ", polarity="
        + minPolarity
        + ".."
        + maxPolarity
        + "]";
  }
}
