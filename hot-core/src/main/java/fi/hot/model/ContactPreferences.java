package fi.hot.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How a customer wants to be contacted: the channel they prefer and the channels they do not want.
 *
 * <pre>{@code
 * ContactPreferences p =
 *     new ContactPreferences(Optional.of(ContactChannel.EMAIL), Set.of(ContactChannel.SMS));
 * p.avoids(ContactChannel.SMS);   // true: "no text messages"
 * }</pre>
 *
 * <p>Immutable.
 *
 * @param preferred the channel they prefer; empty when not known
 * @param avoided the channels they do not want, in enum order; never the preferred one
 */
public record ContactPreferences(Optional<ContactChannel> preferred, Set<ContactChannel> avoided) {

  /** Nothing known. */
  public static final ContactPreferences NONE = new ContactPreferences(Optional.empty(), Set.of());

  public ContactPreferences {
    Objects.requireNonNull(preferred, "preferred");
    Objects.requireNonNull(avoided, "avoided");
    EnumSet<ContactChannel> copy = EnumSet.noneOf(ContactChannel.class);
    copy.addAll(avoided);
    avoided = Collections.unmodifiableSet(copy);
    if (preferred.isPresent() && avoided.contains(preferred.get())) {
      throw new IllegalArgumentException(
          "contact channel " + preferred.get().code() + " cannot be both preferred and avoided");
    }
  }

  /** Whether the customer does not want to be contacted on the channel. */
  public boolean avoids(ContactChannel channel) {
    return avoided.contains(Objects.requireNonNull(channel, "channel"));
  }
}
