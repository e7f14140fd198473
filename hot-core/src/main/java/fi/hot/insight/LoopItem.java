package fi.hot.insight;

import fi.hot.model.LoopState;
import fi.hot.model.Statement;
import java.util.Objects;

/**
 * A dream, problem or need with where it stands: the statement and its loop state.
 *
 * <pre>{@code
 * LoopItem item = new LoopItem(statement, Loop.state(store, statement.id()));
 * item.state().status();   // PLANNED
 * }</pre>
 *
 * <p>Immutable.
 *
 * @param statement what the customer said
 * @param state where it stands
 */
public record LoopItem(Statement statement, LoopState state) {

  public LoopItem {
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(state, "state");
    if (!state.statementId().equals(statement.id())) {
      throw new IllegalArgumentException(
          "state of " + state.statementId() + " given for statement " + statement.id());
    }
  }
}
