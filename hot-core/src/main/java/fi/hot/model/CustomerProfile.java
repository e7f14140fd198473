package fi.hot.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What we know about a customer beyond what they said: who they are, what kind of customer, how
 * they want to be contacted and what they consented to. Profiles are versioned: each change is a
 * new version ({@link ProfileUpdate}), older versions are kept.
 *
 * <pre>{@code
 * CustomerProfile p = store.updateProfile("kahvila-aroma",
 *     ProfileUpdate.at(Instant.parse("2026-03-04T10:00:00Z"), "anna")
 *         .name("Kahvila Aroma").language(Language.FI).addType("regular")
 *         .prefer(ContactChannel.EMAIL).avoid(ContactChannel.SMS));
 * p.contact().avoids(ContactChannel.SMS);   // true
 * }</pre>
 *
 * <p>Immutable.
 *
 * @param id the customer id, as in {@link Customer#id()}
 * @param name display name; empty when not known
 * @param segment the customer's segment, such as {@code smb} or {@code enterprise}; empty when not
 *     known
 * @param language the language to speak to them in; empty when not known
 * @param types what kind of customer they are: tags, lower case with dashes, in the order given,
 *     preferably from {@link #TYPES}
 * @param contact how they want to be contacted
 * @param consent their latest consent or refusal; empty when never asked
 * @param notes free notes, oldest first
 * @param version 1 for the first version, one more for each change
 * @param updatedAt when this version was written
 * @param updatedBy who wrote it; empty when not known
 */
public record CustomerProfile(
    String id,
    String name,
    String segment,
    Optional<Language> language,
    List<String> types,
    ContactPreferences contact,
    Optional<Consent> consent,
    List<Note> notes,
    int version,
    Instant updatedAt,
    String updatedBy) {

  /**
   * The customer types a team shares, with what each means. Other tags are kept as given; these
   * make profiles comparable.
   */
  public static final Map<String, String> TYPES = vocabulary();

  public CustomerProfile {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(consent, "consent");
    Objects.requireNonNull(updatedAt, "updatedAt");
    id = id.strip();
    if (id.isEmpty()) {
      throw new IllegalArgumentException("customer id is blank");
    }
    if (version < 1) {
      throw new IllegalArgumentException("profile version " + version + " is below 1");
    }
    name = name == null ? "" : name.strip();
    segment = segment == null ? "" : segment.strip();
    types =
        types == null ? List.of() : types.stream().map(CustomerProfile::type).distinct().toList();
    notes = notes == null ? List.of() : List.copyOf(notes);
    updatedBy = updatedBy == null ? "" : updatedBy.strip();
  }

  /**
   * A customer type as stored: trimmed, lower case, spaces as dashes ({@code First time} becomes
   * {@code first-time}).
   *
   * @throws IllegalArgumentException when it is blank
   */
  public static String type(String tag) {
    Objects.requireNonNull(tag, "type");
    String t = tag.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
    if (t.isEmpty()) {
      throw new IllegalArgumentException("customer type is blank");
    }
    return t;
  }

  /** The name when known, else the id. */
  public String displayName() {
    return name.isEmpty() ? id : name;
  }

  /** Whether this version says the same about the customer as another, ignoring who wrote when. */
  public boolean sameContent(CustomerProfile other) {
    return id.equals(other.id)
        && name.equals(other.name)
        && segment.equals(other.segment)
        && language.equals(other.language)
        && types.equals(other.types)
        && contact.equals(other.contact)
        && consent.equals(other.consent)
        && notes.equals(other.notes);
  }

  /**
   * A note about the customer, with when and by whom it was written.
   *
   * @param at when it was written
   * @param by who wrote it; empty when not known
   * @param text the note, never blank
   */
  public record Note(Instant at, String by, String text) {
    public Note {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(text, "text");
      text = text.strip();
      if (text.isEmpty()) {
        throw new IllegalArgumentException("note is blank");
      }
      by = by == null ? "" : by.strip();
    }
  }

  private static Map<String, String> vocabulary() {
    Map<String, String> t = new LinkedHashMap<>();
    t.put("first-time", "a new customer, still learning how we work");
    t.put("regular", "buys or uses us often and knows us well");
    t.put("hurried", "short on time: keep it brief, get to the point");
    t.put("uncertain", "unsure what they need: explain, offer choices, confirm");
    t.put("price-conscious", "decides on price; show the cost up front");
    t.put("technical", "wants details and specifications");
    t.put("decision-maker", "decides on purchases for their organisation");
    t.put("key-account", "one of our most important customers");
    t.put("at-risk", "may leave us: handle with care, follow up");
    return Collections.unmodifiableMap(t);
  }

  /** Used by {@link ProfileUpdate}: the types with additions and removals applied. */
  static List<String> mergeTypes(List<String> current, List<String> add, List<String> remove) {
    List<String> out = new ArrayList<>(current);
    out.removeAll(remove);
    for (String t : add) {
      if (!out.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }
}
