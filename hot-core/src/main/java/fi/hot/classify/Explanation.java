package fi.hot.classify;

import fi.hot.model.Classification;
import fi.hot.model.Cue;
import fi.hot.model.Label;
import fi.hot.model.Language;
import java.util.List;
import java.util.Objects;

/**
 * Why the trained classifier decided what it did: for each label the model's score, its threshold
 * and the features that weighed most, and the cues the cue layer read.
 *
 * <pre>{@code
 * Explanation e = TrainedClassifier.standard().explain("Laskutus ei toimi", Language.FI);
 * e.label(Label.PROBLEM).probability();   // close to 1, above its threshold
 * e.label(Label.PROBLEM).top(5);          // cue-primary:PROBLEM, cue:fi.problem.ei-toimi, ...
 * }</pre>
 *
 * <p>The model is linear, so a label's logit is exactly the sum of the contributions of all the
 * statement's features (the bias included); {@link LabelExplanation#contributions()} holds them
 * all, largest effect first. Immutable and thread-safe.
 *
 * @param language the language the statement was read in
 * @param classification what the classifier returns for the statement
 * @param labels one explanation per label, in the order DREAM, PROBLEM, NEED
 * @param cues every cue the cue layer read, in text order
 * @param cueNone whether the cue layer's explicit thanks or denial decided NONE
 */
public record Explanation(
    Language language,
    Classification classification,
    List<LabelExplanation> labels,
    List<Cue> cues,
    boolean cueNone) {

  public Explanation {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(classification, "classification");
    labels = List.copyOf(labels);
    cues = List.copyOf(cues);
  }

  /** The explanation of one label. */
  public LabelExplanation label(Label label) {
    return labels.stream()
        .filter(l -> l.label() == label)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no explanation for " + label));
  }

  /**
   * One label's score.
   *
   * @param label DREAM, PROBLEM or NEED
   * @param logit the model's score: the sum of the contributions
   * @param probability the logistic of the logit
   * @param threshold the probability from which the label is carried (tuned by cross-validation)
   * @param contributions every feature's weight × value, largest absolute value first
   */
  public record LabelExplanation(
      Label label,
      double logit,
      double probability,
      double threshold,
      List<Contribution> contributions) {

    public LabelExplanation {
      Objects.requireNonNull(label, "label");
      contributions = List.copyOf(contributions);
    }

    /** Whether the probability reaches the threshold. */
    public boolean passes() {
      return probability >= threshold;
    }

    /** The {@code n} contributions with the largest effect. */
    public List<Contribution> top(int n) {
      return contributions.subList(0, Math.min(n, contributions.size()));
    }
  }

  /**
   * One feature's part in a label's score.
   *
   * @param feature the feature's readable name, such as {@code fi:c:toim} or {@code
   *     cue:en.need.please}; names that share a hashed slot are joined with {@code " | "}
   * @param value the feature's value in this statement
   * @param weight the model's weight for it
   */
  public record Contribution(String feature, double value, double weight) {
    public Contribution {
      Objects.requireNonNull(feature, "feature");
    }

    /** weight × value. */
    public double amount() {
      return weight * value;
    }
  }
}
