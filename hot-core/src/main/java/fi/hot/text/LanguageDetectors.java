package fi.hot.text;

/**
 * Where language detectors come from.
 *
 * <pre>{@code
 * LanguageDetector detector = LanguageDetectors.standard();
 * detector.detect("Laskutus ei toimi");   // FI
 * detector.detect("thanks!");             // EN
 * detector.detect("Tack så mycket");      // OTHER
 * }</pre>
 *
 * <p>Thread-safe: the standard detector is built once, on first use, and shared.
 */
public final class LanguageDetectors {

  private LanguageDetectors() {}

  /**
   * HOT's standard detector: OpenNLP's language model (the {@code langdetect-183.bin} of {@code
   * opennlp-models-langdetect}, loaded once on first use) weighed together with Finnish and English
   * word lists, so that short statements ("kiitos", "thanks!") come out right. Text with no
   * evidence either way ("ok", "123") is OTHER.
   */
  public static LanguageDetector standard() {
    return Standard.INSTANCE;
  }

  private static final class Standard {
    static final LanguageDetector INSTANCE = new OpenNlpLanguageDetector();
  }
}
