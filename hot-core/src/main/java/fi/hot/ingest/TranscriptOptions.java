package fi.hot.ingest;

import fi.hot.model.Channel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How to read transcripts: who the customer is, which speakers are on which side, and the channel,
 * author and time of the conversation. What is given here overrides the transcript's own {@code #}
 * header; what is not given is taken from the header.
 *
 * <pre>{@code
 * TranscriptOptions options = TranscriptOptions.defaults()
 *     .withCustomer("acme")
 *     .withOurSide("Mikko")          // "Mikko: ..." is our side
 *     .withCustomerSide("Liisa")     // "Liisa: ..." is the customer
 *     .withChannel(Channel.MEETING)
 *     .withAt(Instant.parse("2026-10-14T09:30:00Z"));
 * }</pre>
 *
 * <p>Speakers {@link #DEFAULT_CUSTOMER_SIDE} and {@link #DEFAULT_OUR_SIDE} are always known; the
 * names given here are added to them. Names match case-insensitively. Immutable and thread-safe.
 *
 * @param customer the customer id, overriding {@code # customer:}
 * @param ourSide speaker names of our side, besides the defaults
 * @param customerSide speaker names of the customer's side, besides the defaults
 * @param channel the channel, overriding {@code # channel:}
 * @param by who logged it, overriding {@code # by:}
 * @param at when it was said, overriding {@code # date:}
 */
public record TranscriptOptions(
    Optional<String> customer,
    List<String> ourSide,
    List<String> customerSide,
    Optional<Channel> channel,
    Optional<String> by,
    Optional<Instant> at) {

  /** Speakers always taken as the customer's side. */
  public static final List<String> DEFAULT_CUSTOMER_SIDE = List.of("Asiakas", "Customer", "Client");

  /** Speakers always taken as our side. */
  public static final List<String> DEFAULT_OUR_SIDE =
      List.of("Myyjä", "Rep", "Sales", "Me", "Minä");

  // one to three words, as a turn's speaker is written
  static final String NAME =
      "\\p{L}[\\p{L}\\p{M}\\p{Nd}'’.\\-]*(?:[ \\t]+\\p{L}[\\p{L}\\p{M}\\p{Nd}'’.\\-]*){0,2}";
  private static final Pattern NAME_PATTERN = Pattern.compile(NAME);

  public TranscriptOptions {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(at, "at");
    ourSide = names(ourSide, "ourSide");
    customerSide = names(customerSide, "customerSide");
    if (customer.isPresent() && customer.get().isBlank()) {
      throw new IllegalArgumentException("customer is blank");
    }
    customer = customer.map(String::strip);
    by = by.map(String::strip);
    for (String name : all(customerSide, DEFAULT_CUSTOMER_SIDE)) {
      if (contains(all(ourSide, DEFAULT_OUR_SIDE), name)) {
        throw new IllegalArgumentException(
            "speaker '" + name + "' is named on both our side and the customer's side");
      }
    }
  }

  /** No customer, no extra speakers, channel, author or time: all from the header. */
  public static TranscriptOptions defaults() {
    return new TranscriptOptions(
        Optional.empty(),
        List.of(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** With the customer id. */
  public TranscriptOptions withCustomer(String id) {
    return new TranscriptOptions(
        Optional.of(Objects.requireNonNull(id, "customer")),
        ourSide,
        customerSide,
        channel,
        by,
        at);
  }

  /** With more speaker names on our side. */
  public TranscriptOptions withOurSide(String... names) {
    return new TranscriptOptions(customer, plus(ourSide, names), customerSide, channel, by, at);
  }

  /** With more speaker names on the customer's side. */
  public TranscriptOptions withCustomerSide(String... names) {
    return new TranscriptOptions(customer, ourSide, plus(customerSide, names), channel, by, at);
  }

  /** With the channel. */
  public TranscriptOptions withChannel(Channel value) {
    return new TranscriptOptions(
        customer,
        ourSide,
        customerSide,
        Optional.of(Objects.requireNonNull(value, "channel")),
        by,
        at);
  }

  /** With who logged it. */
  public TranscriptOptions withBy(String value) {
    return new TranscriptOptions(
        customer,
        ourSide,
        customerSide,
        channel,
        Optional.of(Objects.requireNonNull(value, "by")),
        at);
  }

  /** With when it was said. */
  public TranscriptOptions withAt(Instant value) {
    return new TranscriptOptions(
        customer,
        ourSide,
        customerSide,
        channel,
        by,
        Optional.of(Objects.requireNonNull(value, "at")));
  }

  /** Whether the speaker is on the customer's side (defaults included). */
  boolean isCustomerSide(String speaker) {
    return contains(DEFAULT_CUSTOMER_SIDE, speaker) || contains(customerSide, speaker);
  }

  /** Whether the speaker is on our side (defaults included). */
  boolean isOurSide(String speaker) {
    return contains(DEFAULT_OUR_SIDE, speaker) || contains(ourSide, speaker);
  }

  /** Whether the speaker is a customer-side name given here: a person, not a role. */
  boolean isNamedCustomer(String speaker) {
    return contains(customerSide, speaker) && !contains(DEFAULT_CUSTOMER_SIDE, speaker);
  }

  private static boolean contains(List<String> names, String speaker) {
    String key = key(speaker);
    return names.stream().anyMatch(n -> key(n).equals(key));
  }

  static String key(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static List<String> all(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static List<String> plus(List<String> names, String... more) {
    List<String> out = new ArrayList<>(names);
    for (String name : more) {
      out.add(Objects.requireNonNull(name, "name"));
    }
    return out;
  }

  private static List<String> names(List<String> names, String what) {
    Objects.requireNonNull(names, what);
    List<String> out = new ArrayList<>();
    for (String name : names) {
      Objects.requireNonNull(name, what + " name");
      String n = name.strip().replaceAll("\\s+", " ");
      if (!NAME_PATTERN.matcher(n).matches()) {
        throw new IllegalArgumentException(
            "speaker name '" + name + "' must be one to three words of letters");
      }
      out.add(n);
    }
    return List.copyOf(out);
  }
}
