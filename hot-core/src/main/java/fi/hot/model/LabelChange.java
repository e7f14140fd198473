package fi.hot.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A person changed a statement's labels: who, when, from what, to what, and why. Changes are only
 * ever appended, one per relabel; the statement carries the latest.
 *
 * <pre>{@code
 * store.relabel(id, List.of(Label.PROBLEM, Label.NEED), "anna", "a fault, not a wish");
 * LabelChange c = store.labelHistory(id).get(0);
 * c.before().origin();   // MODEL: what the classifier had said
 * c.after().isHuman();   // true
 * }</pre>
 *
 * <p>Immutable.
 *
 * @param statementId the statement relabelled
 * @param at when
 * @param by who; empty when not known
 * @param before the labels before, with their confidences and origin (cues are not kept)
 * @param after the person's labels
 * @param note why; empty when none
 */
public record LabelChange(
    String statementId,
    Instant at,
    String by,
    Classification before,
    Classification after,
    String note) {

  public LabelChange {
    Objects.requireNonNull(statementId, "statementId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    if (statementId.isBlank()) {
      throw new IllegalArgumentException("statement id is blank");
    }
    if (!after.isHuman()) {
      throw new IllegalArgumentException("a label change records a person's labels, not " + after);
    }
    by = by == null ? "" : by.strip();
    note = note == null ? "" : note.strip();
    // the history keeps labels, not the evidence for them
    before = new Classification(before.primary(), before.labels(), List.of(), before.origin());
    after = new Classification(after.primary(), after.labels(), List.of(), after.origin());
  }
}
