package fi.hot.classify;

import fi.hot.model.Classification;

/**
 * The classifiers HOT ships.
 *
 * <pre>{@code
 * Classifier classifier = Classifiers.standard();
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class Classifiers {

  private Classifiers() {}

  /** The default classifier; this one tags nothing, every statement is NONE. */
  public static Classifier standard() {
    return (text, language) -> Classification.NONE;
  }
}
