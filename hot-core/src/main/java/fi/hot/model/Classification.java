package fi.hot.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a statement voices: its primary label, every label it carries with a confidence, and the
 * cues that explain them.
 *
 * <pre>{@code
 * Classification c = classifier.classify("Laskutus ei toimi, tarvitsemme korjauksen", Language.FI);
 * c.primary();            // PROBLEM
 * c.has(Label.NEED);      // true
 * }</pre>
 *
 * @param primary the dominant label, or NONE when the statement carries no label
 * @param labels the labels carried, highest confidence first; empty exactly when primary is NONE
 * @param cues the evidence, in the order found in the text
 */
public record Classification(Label primary, List<LabelScore> labels, List<Cue> cues) {

  /** The classification of a statement that voices nothing: NONE, no labels, no cues. */
  public static final Classification NONE = new Classification(Label.NONE, List.of(), List.of());

  public Classification {
    Objects.requireNonNull(primary, "primary");
    labels = List.copyOf(labels);
    cues = List.copyOf(cues);
    if (primary == Label.NONE && !labels.isEmpty()) {
      throw new IllegalArgumentException("primary NONE with labels " + labels);
    }
    if (primary != Label.NONE && labels.stream().noneMatch(s -> s.label() == primary)) {
      throw new IllegalArgumentException("primary " + primary + " is not among labels " + labels);
    }
    if (labels.stream().map(LabelScore::label).distinct().count() != labels.size()) {
      throw new IllegalArgumentException("a label is repeated in " + labels);
    }
  }

  /** A classification with the given labels; the primary is the one with the highest confidence. */
  public static Classification of(List<LabelScore> labels, List<Cue> cues) {
    List<LabelScore> sorted =
        labels.stream()
            .sorted(Comparator.comparingDouble(LabelScore::confidence).reversed())
            .toList();
    Label primary = sorted.isEmpty() ? Label.NONE : sorted.get(0).label();
    return new Classification(primary, sorted, cues);
  }

  /** Whether the statement carries the label (NONE: whether it carries none). */
  public boolean has(Label label) {
    if (label == Label.NONE) {
      return labels.isEmpty();
    }
    return labels.stream().anyMatch(s -> s.label() == label);
  }

  /** The confidence of a label, when carried. */
  public Optional<Double> confidence(Label label) {
    return labels.stream().filter(s -> s.label() == label).map(LabelScore::confidence).findFirst();
  }
}
