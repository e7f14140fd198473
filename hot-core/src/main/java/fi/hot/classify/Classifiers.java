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
 * <p>Thread-safe: the standard classifier is built once, on first use, and shared.
 */
public final class Classifiers {

  private Classifiers() {}

  /** HOT's standard classifier: the {@link CueClassifier} with the shipped lexicons. */
  public static Classifier standard() {
    return Standard.INSTANCE;
  }

  // the holder idiom: built on first use, safely published
  private static final class Standard {
    static final Classifier INSTANCE =
        new CueClassifier(Lexicon.standard(Language.FI), Lexicon.standard(Language.EN));
  }
}
