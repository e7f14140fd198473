package fi.hot.classify;

import fi.hot.model.Language;

/**
 * Where classifiers come from.
 *
 * <pre>{@code
 * Classifier classifier = Classifiers.standard();
 * classifier.classify("We need a report of sales by customer", Language.EN).primary(); // NEED
 * }</pre>
 *
 * <p>Thread-safe: each classifier is built once, on first use, and shared.
 */
public final class Classifiers {

  private Classifiers() {}

  /**
   * HOT's standard classifier: the {@link TrainedClassifier} with the model the build trained from
   * the shipped data.
   */
  public static Classifier standard() {
    return TrainedClassifier.standard();
  }

  /** The cue layer alone: the {@link CueClassifier} with the shipped lexicons, for comparison. */
  public static Classifier cues() {
    return Cues.INSTANCE;
  }

  static CueClassifier cueClassifier() {
    return Cues.INSTANCE;
  }

  // the holder idiom: built on first use, safely published
  private static final class Cues {
    static final CueClassifier INSTANCE =
        new CueClassifier(Lexicon.standard(Language.FI), Lexicon.standard(Language.EN));
  }
}
