package fi.hot.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything a store holds about one customer, for giving a customer their data: what they said,
 * every version of their profile, and the loop history of their statements.
 *
 * <pre>{@code
 * CustomerData d = store.dataOf("kahvila-aroma");
 * d.statements().size();   // what they said, oldest first
 * d.profileHistory();      // every profile version, oldest first
 * d.loopEvents();          // what was done about it, by statement
 * }</pre>
 *
 * <p>Immutable.
 *
 * @param customerId the customer
 * @param statements their statements, oldest first (ties by id)
 * @param profileHistory every version of their profile, oldest first; empty when none
 * @param loopEvents the loop events of their statements, by statement in the order of {@code
 *     statements}, each statement's by time
 * @param labelChanges a person's label changes of their statements, by statement as above, each
 *     statement's oldest first
 */
public record CustomerData(
    String customerId,
    List<Statement> statements,
    List<CustomerProfile> profileHistory,
    List<LoopEvent> loopEvents,
    List<LabelChange> labelChanges) {

  public CustomerData {
    Objects.requireNonNull(customerId, "customerId");
    customerId = customerId.strip();
    if (customerId.isEmpty()) {
      throw new IllegalArgumentException("customer id is blank");
    }
    statements = List.copyOf(statements);
    profileHistory = List.copyOf(profileHistory);
    loopEvents = List.copyOf(loopEvents);
    labelChanges = List.copyOf(labelChanges);
  }

  /** Whether the store holds nothing about the customer. */
  public boolean isEmpty() {
    return statements.isEmpty()
        && profileHistory.isEmpty()
        && loopEvents.isEmpty()
        && labelChanges.isEmpty();
  }
}
