package fi.hot.model;

import java.util.Objects;

/**
 * One label a statement carries, with the classifier's (or a person's) confidence in it.
 *
 * @param label DREAM, PROBLEM or NEED (never NONE)
 * @param confidence in [0, 1]
 */
public record LabelScore(Label label, double confidence) {

  public LabelScore {
    Objects.requireNonNull(label, "label");
    if (label == Label.NONE) {
      throw new IllegalArgumentException("NONE is a primary label only, not a scored label");
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence " + confidence + " is not in [0, 1]");
    }
  }
}
