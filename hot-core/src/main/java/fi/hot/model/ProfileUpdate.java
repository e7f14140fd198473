package fi.hot.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A change to a customer's profile: only what it names changes, everything else is kept. Immutable:
 * each method returns a new update.
 *
 * <pre>{@code
 * store.updateProfile("acme", ProfileUpdate.at(now, "anna")
 *     .segment("enterprise").addType("hurried").avoid(ContactChannel.SMS)
 *     .note("Soita mieluiten iltapäivällä."));
 * }</pre>
 *
 * <p>Preferring a channel takes it off the avoided ones; avoiding the preferred channel clears the
 * preference. Naming one channel both ways in one update is refused. Notes are added, never
 * replaced; consent replaces the earlier one (the older versions keep it).
 */
public final class ProfileUpdate {
  private final Instant at;
  private final String by;
  private String name;
  private String segment;
  private Language language;
  private List<String> addTypes = List.of();
  private List<String> removeTypes = List.of();
  private ContactChannel prefer;
  private Set<ContactChannel> avoid = Set.of();
  private Set<ContactChannel> allow = Set.of();
  private String note;
  private Consent consent;

  private ProfileUpdate(Instant at, String by) {
    this.at = Objects.requireNonNull(at, "at");
    this.by = by == null ? "" : by.strip();
  }

  /** An update that changes nothing yet, written at {@code at} by {@code by}. */
  public static ProfileUpdate at(Instant at, String by) {
    return new ProfileUpdate(at, by);
  }

  private ProfileUpdate copy() {
    ProfileUpdate u = new ProfileUpdate(at, by);
    u.name = name;
    u.segment = segment;
    u.language = language;
    u.addTypes = addTypes;
    u.removeTypes = removeTypes;
    u.prefer = prefer;
    u.avoid = avoid;
    u.allow = allow;
    u.note = note;
    u.consent = consent;
    return u;
  }

  /**
   * A copy whose note is {@code f} of this one's (the store redacts personal data in notes with
   * it); the same update when there is no note.
   */
  public ProfileUpdate mapNote(UnaryOperator<String> f) {
    Objects.requireNonNull(f, "f");
    if (note == null) {
      return this;
    }
    ProfileUpdate u = copy();
    u.note = f.apply(note);
    return u;
  }

  /** Sets the display name; an empty one clears it. */
  public ProfileUpdate name(String value) {
    ProfileUpdate u = copy();
    u.name = Objects.requireNonNull(value, "name").strip();
    return u;
  }

  /** Sets the segment; an empty one clears it. */
  public ProfileUpdate segment(String value) {
    ProfileUpdate u = copy();
    u.segment = Objects.requireNonNull(value, "segment").strip();
    return u;
  }

  public ProfileUpdate language(Language value) {
    ProfileUpdate u = copy();
    u.language = Objects.requireNonNull(value, "language");
    return u;
  }

  /** Adds a customer type (see {@link CustomerProfile#TYPES}). */
  public ProfileUpdate addType(String value) {
    ProfileUpdate u = copy();
    u.addTypes = append(addTypes, CustomerProfile.type(value));
    return u;
  }

  /** Removes a customer type. */
  public ProfileUpdate removeType(String value) {
    ProfileUpdate u = copy();
    u.removeTypes = append(removeTypes, CustomerProfile.type(value));
    return u;
  }

  /** Sets the preferred contact channel. */
  public ProfileUpdate prefer(ContactChannel value) {
    ProfileUpdate u = copy();
    u.prefer = Objects.requireNonNull(value, "prefer");
    return u;
  }

  /** Adds a channel the customer does not want to be contacted on. */
  public ProfileUpdate avoid(ContactChannel value) {
    ProfileUpdate u = copy();
    u.avoid = plus(avoid, Objects.requireNonNull(value, "avoid"));
    return u;
  }

  /** Takes a channel off the avoided ones. */
  public ProfileUpdate allow(ContactChannel value) {
    ProfileUpdate u = copy();
    u.allow = plus(allow, Objects.requireNonNull(value, "allow"));
    return u;
  }

  /** Adds a note, dated and signed with this update's time and author. */
  public ProfileUpdate note(String value) {
    Objects.requireNonNull(value, "note");
    if (value.isBlank()) {
      throw new IllegalArgumentException("note is blank");
    }
    ProfileUpdate u = copy();
    u.note = value.strip();
    return u;
  }

  /** Records consent given ({@code true}) or refused, for {@code scope}, at this update's time. */
  public ProfileUpdate consent(boolean given, String scope) {
    ProfileUpdate u = copy();
    u.consent = new Consent(given, at, scope);
    return u;
  }

  public Instant at() {
    return at;
  }

  public String by() {
    return by;
  }

  /**
   * The next version of a customer's profile: the current one (empty for a first profile) with this
   * update applied, numbered one more and stamped with this update's time and author.
   *
   * @throws IllegalArgumentException when one channel is both preferred and avoided, or both
   *     avoided and allowed, in this update
   */
  public CustomerProfile applyTo(String customerId, Optional<CustomerProfile> current) {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(current, "current");
    if (current.isPresent() && !current.get().id().equals(customerId.strip())) {
      throw new IllegalArgumentException(
          "profile of " + current.get().id() + " given for customer " + customerId);
    }
    if (prefer != null && avoid.contains(prefer)) {
      throw new IllegalArgumentException(
          "contact channel " + prefer.code() + " cannot be both preferred and avoided");
    }
    for (ContactChannel c : avoid) {
      if (allow.contains(c)) {
        throw new IllegalArgumentException(
            "contact channel " + c.code() + " cannot be both avoided and allowed");
      }
    }
    CustomerProfile old =
        current.orElseGet(
            () ->
                new CustomerProfile(
                    customerId,
                    "",
                    "",
                    Optional.empty(),
                    List.of(),
                    ContactPreferences.NONE,
                    Optional.empty(),
                    List.of(),
                    1,
                    at,
                    by));

    Optional<ContactChannel> preferred = old.contact().preferred();
    EnumSet<ContactChannel> avoided = EnumSet.noneOf(ContactChannel.class);
    avoided.addAll(old.contact().avoided());
    if (prefer != null) {
      preferred = Optional.of(prefer);
      avoided.remove(prefer);
    }
    avoided.addAll(avoid);
    avoided.removeAll(allow);
    if (preferred.isPresent() && avoided.contains(preferred.get())) {
      preferred = Optional.empty();
    }

    List<CustomerProfile.Note> notes = new ArrayList<>(old.notes());
    if (note != null) {
      notes.add(new CustomerProfile.Note(at, by, note));
    }
    return new CustomerProfile(
        old.id(),
        name != null ? name : old.name(),
        segment != null ? segment : old.segment(),
        language != null ? Optional.of(language) : old.language(),
        CustomerProfile.mergeTypes(old.types(), addTypes, removeTypes),
        new ContactPreferences(preferred, avoided),
        consent != null ? Optional.of(consent) : old.consent(),
        notes,
        current.map(p -> p.version() + 1).orElse(1),
        at,
        by);
  }

  private static List<String> append(List<String> list, String value) {
    List<String> out = new ArrayList<>(list);
    out.add(value);
    return List.copyOf(out);
  }

  private static Set<ContactChannel> plus(Set<ContactChannel> set, ContactChannel value) {
    EnumSet<ContactChannel> out = EnumSet.noneOf(ContactChannel.class);
    out.addAll(set);
    out.add(value);
    return Set.copyOf(out);
  }
}
