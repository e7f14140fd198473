package fi.hot.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a statement stands, derived from its loop history: nothing is stored but the events.
 *
 * <pre>{@code
 * LoopState state = LoopState.of(id, store.loopHistory(id));
 * state.status();              // DONE
 * state.informedOfOutcome();   // true once the customer was told after it was done
 * }</pre>
 *
 * <p>The status is that of the last status event, {@link LoopStatus#NEW} when there is none. The
 * loop is closed when the status is an outcome (done or declined) and the customer was informed at
 * or after the event that set it. Immutable.
 *
 * @param statementId the statement
 * @param history its events in order: by time, events at the same time in the order recorded
 */
public record LoopState(String statementId, List<LoopEvent> history) {

  public LoopState {
    Objects.requireNonNull(statementId, "statementId");
    List<LoopEvent> sorted = new ArrayList<>(history);
    // a stable sort: events at the same time keep the order they were recorded in
    sorted.sort(Comparator.comparing(LoopEvent::at));
    for (LoopEvent e : sorted) {
      if (!e.statementId().equals(statementId)) {
        throw new IllegalArgumentException(
            "event " + e.id() + " is about " + e.statementId() + ", not " + statementId);
      }
    }
    history = List.copyOf(sorted);
  }

  /** The state of a statement with the given history (in recorded order). */
  public static LoopState of(String statementId, List<LoopEvent> history) {
    return new LoopState(statementId, history);
  }

  /** The state of a statement nobody has responded to. */
  public static LoopState untouched(String statementId) {
    return new LoopState(statementId, List.of());
  }

  /** The current status. */
  public LoopStatus status() {
    return lastStatusChange().flatMap(LoopEvent::status).orElse(LoopStatus.NEW);
  }

  /** The event that set the current status; empty while it is NEW by default. */
  public Optional<LoopEvent> lastStatusChange() {
    return last(LoopEvent.Type.STATUS);
  }

  /** The last time the customer was informed. */
  public Optional<LoopEvent> lastInformed() {
    return last(LoopEvent.Type.INFORMED);
  }

  /** Whether the status is still open: new, acknowledged or planned. */
  public boolean isOpen() {
    return !status().isOutcome();
  }

  /**
   * Whether the customer was told of the current outcome: the status is done or declined and an
   * informed event comes at or after the event that set it.
   */
  public boolean informedOfOutcome() {
    if (!status().isOutcome()) {
      return false;
    }
    int set = history.lastIndexOf(lastStatusChange().orElseThrow());
    for (int i = set + 1; i < history.size(); i++) {
      if (history.get(i).type() == LoopEvent.Type.INFORMED) {
        return true;
      }
    }
    return false;
  }

  /** Whether the loop is closed: an outcome was reached and the customer was told of it. */
  public boolean isClosed() {
    return informedOfOutcome();
  }

  /** When the statement first reached the status. */
  public Optional<Instant> firstReached(LoopStatus wanted) {
    Objects.requireNonNull(wanted, "wanted");
    return history.stream()
        .filter(e -> e.status().orElse(null) == wanted)
        .map(LoopEvent::at)
        .findFirst();
  }

  /** When someone first responded: the first status event moving it past NEW. */
  public Optional<Instant> firstResponded() {
    return history.stream()
        .filter(e -> e.status().isPresent() && e.status().get() != LoopStatus.NEW)
        .map(LoopEvent::at)
        .findFirst();
  }

  /** When the customer was first informed. */
  public Optional<Instant> firstInformed() {
    return history.stream()
        .filter(e -> e.type() == LoopEvent.Type.INFORMED)
        .map(LoopEvent::at)
        .findFirst();
  }

  private Optional<LoopEvent> last(LoopEvent.Type type) {
    for (int i = history.size() - 1; i >= 0; i--) {
      if (history.get(i).type() == type) {
        return Optional.of(history.get(i));
      }
    }
    return Optional.empty();
  }
}
