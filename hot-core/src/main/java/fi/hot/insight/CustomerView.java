package fi.hot.insight;

import fi.hot.model.CustomerProfile;
import fi.hot.model.Statement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One customer seen whole: their profile, what they said, and the dreams, problems and needs that
 * are still open or whose outcome they have not been told.
 *
 * <pre>{@code
 * CustomerView v = Customers.view(store, "kahvila-aroma").orElseThrow();
 * v.timeline().get(0);   // the newest statement
 * v.open();              // what we still owe them
 * }</pre>
 *
 * <p>Immutable.
 *
 * @param id the customer id
 * @param name their name: from the profile, else from their latest statement naming them, else the
 *     id
 * @param profile their current profile; empty when they have none
 * @param timeline everything they said, newest first
 * @param items their dreams, problems and needs with where each stands, newest first
 */
public record CustomerView(
    String id,
    String name,
    Optional<CustomerProfile> profile,
    List<Statement> timeline,
    List<LoopItem> items) {

  public CustomerView {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(profile, "profile");
    timeline = List.copyOf(timeline);
    items = List.copyOf(items);
  }

  /** Dreams, problems and needs still new, acknowledged or planned, newest first. */
  public List<LoopItem> open() {
    return items.stream().filter(i -> i.state().isOpen()).toList();
  }

  /** Done or declined, but the customer has not been told since: the loop to close next. */
  public List<LoopItem> awaitingWord() {
    return items.stream()
        .filter(i -> i.state().status().isOutcome() && !i.state().informedOfOutcome())
        .toList();
  }
}
