package fi.hot.insight;

import fi.hot.model.ContactChannel;
import fi.hot.model.CustomerProfile;
import fi.hot.model.LoopEvent;
import fi.hot.model.Statement;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Loop#inform} recorded, with what the customer's profile says about the channel used,
 * so that the caller can warn when it was one the customer does not want.
 *
 * <pre>{@code
 * Informed done = Loop.inform(store, id, ContactChannel.SMS, "", "anna", now);
 * if (done.channelAvoided()) { ... }   // the profile says: no text messages
 * }</pre>
 *
 * <p>Immutable.
 *
 * @param event the event as stored
 * @param statement the statement it is about
 * @param profile the customer's current profile; empty when they have none
 */
public record Informed(LoopEvent event, Statement statement, Optional<CustomerProfile> profile) {

  public Informed {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(profile, "profile");
    if (event.via().isEmpty()) {
      throw new IllegalArgumentException("event " + event.id() + " is not an informed event");
    }
  }

  /** The channel the customer was informed on. */
  public ContactChannel via() {
    return event.via().orElseThrow();
  }

  /** Whether the customer's profile says they do not want to be contacted on that channel. */
  public boolean channelAvoided() {
    return profile.map(p -> p.contact().avoids(via())).orElse(false);
  }

  /** The channel the customer prefers, when the profile says and it is not the one used. */
  public Optional<ContactChannel> preferredInstead() {
    return profile.flatMap(p -> p.contact().preferred()).filter(c -> c != via());
  }

  /** Whether the customer's latest consent on record is a refusal. */
  public boolean consentRefused() {
    return profile.flatMap(CustomerProfile::consent).map(c -> !c.given()).orElse(false);
  }
}
