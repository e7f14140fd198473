package fi.hot.insight;

import fi.hot.model.CustomerProfile;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A line in the list of customers: who, whether they have a profile, how much they said and how
 * much is still open.
 *
 * <p>Immutable.
 *
 * @param id the customer id
 * @param name their name (see {@link CustomerView#name()})
 * @param profile their current profile; empty for customers only seen in statements
 * @param statements how many statements they made
 * @param open how many of their dreams, problems and needs are still open
 * @param lastHeard when they last said something; empty when never
 */
public record CustomerSummary(
    String id,
    String name,
    Optional<CustomerProfile> profile,
    long statements,
    long open,
    Optional<Instant> lastHeard) {

  public CustomerSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(lastHeard, "lastHeard");
  }
}
