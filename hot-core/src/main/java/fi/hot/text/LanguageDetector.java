package fi.hot.text;

import fi.hot.model.Language;

/**
 * Tells which language a statement is in. Thread-safe.
 *
 * <pre>{@code
 * LanguageDetector detector = LanguageDetectors.standard();
 * detector.detect("kiitos");   // FI
 * detector.detect("thanks!");  // EN
 * }</pre>
 */
public interface LanguageDetector {

  /** The statement's language; OTHER when it is neither Finnish nor English. */
  Language detect(String text);
}
