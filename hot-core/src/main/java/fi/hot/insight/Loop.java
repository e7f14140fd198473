package fi.hot.insight;

import fi.hot.HotStore;
import fi.hot.model.ContactChannel;
import fi.hot.model.LoopEvent;
import fi.hot.model.LoopState;
import fi.hot.model.LoopStatus;
import fi.hot.model.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Closing the loop: respond to a dream, problem or need, tell the customer, and read where each
 * stands. Every call appends to the statement's history; nothing is overwritten.
 *
 * <pre>{@code
 * Loop.respond(store, id, LoopStatus.DONE, "Hyvityslasku lähetetty.", "anna", now);
 * Informed told = Loop.inform(store, id, ContactChannel.EMAIL, "", "anna", now);
 * Loop.state(store, id).isClosed();   // true
 * }</pre>
 *
 * <p>Stateless and thread-safe; the store does the writing.
 */
public final class Loop {

  private Loop() {}

  /**
   * Records a status change.
   *
   * @throws IllegalArgumentException when the statement is unknown, voices no dream, problem or
   *     need, or was said after {@code at}
   */
  public static LoopEvent respond(
      HotStore store, String statementId, LoopStatus status, String note, String by, Instant at) {
    Objects.requireNonNull(store, "store");
    return store.recordLoopEvent(LoopEvent.status(statementId, status, at, by, note));
  }

  /**
   * Records that the customer was told where things stand, and returns it with what their profile
   * says about the channel. The event is recorded even on a channel the customer avoids: it has
   * happened, and the history tells the truth.
   *
   * @throws IllegalArgumentException as {@link #respond}
   */
  public static Informed inform(
      HotStore store, String statementId, ContactChannel via, String note, String by, Instant at) {
    Objects.requireNonNull(store, "store");
    LoopEvent event = store.recordLoopEvent(LoopEvent.informed(statementId, via, at, by, note));
    Statement statement =
        store
            .get(event.statementId())
            .orElseThrow(() -> new IllegalStateException("statement vanished: " + statementId));
    return new Informed(event, statement, store.profile(statement.customer().id()));
  }

  /** Where a statement stands: NEW with an empty history when nobody has responded. */
  public static LoopState state(HotStore store, String statementId) {
    Objects.requireNonNull(store, "store");
    return LoopState.of(statementId.strip(), store.loopHistory(statementId));
  }

  /** The state of every statement that has a history, by statement id. */
  public static Map<String, LoopState> states(HotStore store) {
    Objects.requireNonNull(store, "store");
    Map<String, List<LoopEvent>> events = new HashMap<>();
    store.forEachLoopEvent(
        e -> events.computeIfAbsent(e.statementId(), k -> new ArrayList<>()).add(e));
    Map<String, LoopState> states = new HashMap<>();
    events.forEach((id, history) -> states.put(id, LoopState.of(id, history)));
    return states;
  }

  /** The state of a statement among {@link #states}: untouched when it has no history. */
  static LoopState stateOf(Map<String, LoopState> states, String statementId) {
    LoopState s = states.get(statementId);
    return s != null ? s : LoopState.untouched(statementId);
  }
}
