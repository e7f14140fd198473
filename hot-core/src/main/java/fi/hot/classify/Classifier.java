package fi.hot.classify;

import fi.hot.model.Classification;
import fi.hot.model.Language;

/**
 * Tags a statement's text with the HOT labels it voices. Pure: text and language in, labels with
 * confidences and cues out; no store, no files, no clock.
 *
 * <pre>{@code
 * Classifier classifier = Classifiers.standard();
 * Classification c = classifier.classify("Haluaisin muuttaa maksupäivän", Language.FI);
 * c.primary();   // NEED
 * }</pre>
 *
 * <p>Implementations are thread-safe and meant to be shared.
 */
public interface Classifier {

  /**
   * Classifies one statement.
   *
   * @param text what the customer said, already redacted
   * @param language the statement's language; OTHER is classified as well as it can be
   */
  Classification classify(String text, Language language);
}
