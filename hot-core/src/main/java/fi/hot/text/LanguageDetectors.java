package fi.hot.text;

import fi.hot.model.Language;

/**
 * The language detectors HOT ships.
 *
 * <pre>{@code
 * LanguageDetector detector = LanguageDetectors.standard();
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class LanguageDetectors {

  private LanguageDetectors() {}

  /** The default detector; this one knows no language, every statement is OTHER. */
  public static LanguageDetector standard() {
    return text -> Language.OTHER;
  }
}
