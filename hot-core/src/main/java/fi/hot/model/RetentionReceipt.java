package fi.hot.model;

import java.time.Instant;
import java.util.Objects;

/**
 * What a retention purge removed: the statements said before a cut-off, with their loop events and
 * label history.
 *
 * <pre>{@code
 * RetentionReceipt r = store.retain(Instant.parse("2024-11-23T00:00:00Z"));
 * r.statements();   // how many statements were older and are gone
 * }</pre>
 *
 * <p>Immutable.
 *
 * @param at when the purge ran
 * @param olderThan the cut-off: statements said before it were removed
 * @param statements how many statements were removed
 * @param loopEvents how many loop events of those statements were removed
 * @param labelChanges how many entries of those statements' label history were removed
 */
public record RetentionReceipt(
    Instant at, Instant olderThan, long statements, long loopEvents, long labelChanges) {

  public RetentionReceipt {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(olderThan, "olderThan");
    if (statements < 0 || loopEvents < 0 || labelChanges < 0) {
      throw new IllegalArgumentException(
          "counts are negative: "
              + statements
              + " statements, "
              + loopEvents
              + " loop events, "
              + labelChanges
              + " label changes");
    }
  }
}
