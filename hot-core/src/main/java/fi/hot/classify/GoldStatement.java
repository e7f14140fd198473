package fi.hot.classify;

import fi.hot.model.Label;
import fi.hot.model.Language;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A statement labelled by a person, to measure a classifier against.
 *
 * <pre>{@code
 * GoldStatement g = new GoldStatement("g-1", "Billing is broken and we need a fix",
 *     Label.PROBLEM, Set.of(Label.PROBLEM, Label.NEED), Language.EN);
 * GoldStatement thanks = GoldStatement.of("g-2", "Thanks!", Label.NONE, Language.EN);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the record's id in its gold file
 * @param text what the customer said
 * @param primary the dominant label, NONE when the statement voices none of the three
 * @param labels every label that applies (DREAM, PROBLEM, NEED); empty exactly when primary is
 *     NONE, else contains the primary
 * @param language the statement's language
 */
public record GoldStatement(
    String id, String text, Label primary, Set<Label> labels, Language language) {

  public GoldStatement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(primary, "primary");
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(language, "language");
    if (id.isBlank()) {
      throw new IllegalArgumentException("gold id is blank");
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException("gold text is blank");
    }
    if (labels.contains(Label.NONE)) {
      throw new IllegalArgumentException("labels " + labels + " contain NONE");
    }
    if (primary == Label.NONE && !labels.isEmpty()) {
      throw new IllegalArgumentException("primary NONE with labels " + labels);
    }
    if (primary != Label.NONE && !labels.contains(primary)) {
      throw new IllegalArgumentException(
          "primary " + primary + " is not among labels " + EnumSet.copyOf(labels));
    }
    // an EnumSet keeps the labels in report order: DREAM, PROBLEM, NEED
    labels = labels.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(labels));
  }

  /** A gold statement whose only label is its primary (none for NONE). */
  public static GoldStatement of(String id, String text, Label primary, Language language) {
    Objects.requireNonNull(primary, "primary");
    Set<Label> labels = primary == Label.NONE ? Set.of() : Set.of(primary);
    return new GoldStatement(id, text, primary, labels, language);
  }
}
