package fi.hot.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a statement voices: its primary label, every label it carries with a confidence, the cues
 * that explain them, and who decided: a classifier or a person.
 *
 * <pre>{@code
 * Classification c = classifier.classify("Laskutus ei toimi, tarvitsemme korjauksen", Language.FI);
 * c.primary();            // PROBLEM
 * c.has(Label.NEED);      // true
 * c.origin();             // MODEL
 *
 * Classification person = Classification.human(List.of(Label.NEED, Label.PROBLEM));
 * person.primary();       // NEED, the first label given
 * person.isHuman();       // true: reclassifying the store keeps it
 * }</pre>
 *
 * <p>Immutable.
 *
 * @param primary the dominant label, or NONE when the statement carries no label
 * @param labels the labels carried, highest confidence first (a person's: primary first, then in
 *     the order given); empty exactly when primary is NONE
 * @param cues the evidence, in the order found in the text
 * @param origin who decided the labels: a classifier, or a person, whose labels a classifier never
 *     replaces
 */
public record Classification(
    Label primary, List<LabelScore> labels, List<Cue> cues, Origin origin) {

  /** The classification of a statement that voices nothing: NONE, no labels, no cues. */
  public static final Classification NONE = new Classification(Label.NONE, List.of(), List.of());

  /** Who decided a statement's labels. */
  public enum Origin {
    /** A classifier, at capture or when the store was reclassified. */
    MODEL,
    /** A person ({@code hot relabel}, or labels imported as a person's). */
    HUMAN;

    /**
     * Parses an origin name case-insensitively ({@code human}, {@code MODEL}).
     *
     * @throws IllegalArgumentException naming the value and the accepted names
     */
    public static Origin parse(String name) {
      try {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new IllegalArgumentException(
            "unknown label origin '" + name + "' (expected model or human)");
      }
    }

    /** The lower-case name used in files. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** A classifier's classification. */
  public Classification(Label primary, List<LabelScore> labels, List<Cue> cues) {
    this(primary, labels, cues, Origin.MODEL);
  }

  public Classification {
    Objects.requireNonNull(primary, "primary");
    Objects.requireNonNull(origin, "origin");
    labels = List.copyOf(labels);
    cues = List.copyOf(cues);
    if (primary == Label.NONE && !labels.isEmpty()) {
      throw new IllegalArgumentException("primary NONE with labels " + labels);
    }
    // plain loops: every classified statement passes here
    boolean[] seen = new boolean[Label.values().length];
    for (LabelScore s : labels) {
      if (seen[s.label().ordinal()]) {
        throw new IllegalArgumentException("a label is repeated in " + labels);
      }
      seen[s.label().ordinal()] = true;
    }
    if (primary != Label.NONE && !seen[primary.ordinal()]) {
      throw new IllegalArgumentException("primary " + primary + " is not among labels " + labels);
    }
  }

  /** A classification with the given labels; the primary is the one with the highest confidence. */
  public static Classification of(List<LabelScore> labels, List<Cue> cues) {
    List<LabelScore> sorted = new ArrayList<>(labels);
    sorted.sort(Comparator.comparingDouble(LabelScore::confidence).reversed());
    Label primary = sorted.isEmpty() ? Label.NONE : sorted.get(0).label();
    return new Classification(primary, sorted, cues);
  }

  /**
   * A person's labels, each certain (confidence 1), without cues. The first label is the primary;
   * repeats are dropped. No labels, or NONE alone, says the statement voices none of the three.
   *
   * @throws IllegalArgumentException when NONE is given with another label
   */
  public static Classification human(List<Label> labels) {
    Objects.requireNonNull(labels, "labels");
    List<Label> distinct =
        labels.stream().map(l -> Objects.requireNonNull(l, "label")).distinct().toList();
    if (distinct.contains(Label.NONE)) {
      if (distinct.size() > 1) {
        throw new IllegalArgumentException(
            "NONE cannot go with other labels: "
                + distinct
                + " (NONE means no dream, problem or need)");
      }
      distinct = List.of();
    }
    List<LabelScore> scores = new ArrayList<>(distinct.size());
    distinct.forEach(l -> scores.add(new LabelScore(l, 1.0)));
    Label primary = distinct.isEmpty() ? Label.NONE : distinct.get(0);
    return new Classification(primary, scores, List.of(), Origin.HUMAN);
  }

  /** Whether a person decided the labels. */
  public boolean isHuman() {
    return origin == Origin.HUMAN;
  }

  /** The labels carried, primary first: empty for NONE. */
  public List<Label> labelList() {
    return labels.stream().map(LabelScore::label).toList();
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
