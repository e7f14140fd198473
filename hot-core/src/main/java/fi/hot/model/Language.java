package fi.hot.model;

import java.util.Locale;

/** The language a statement is in; it picks the text analysis and the classifier's lexicons. */
public enum Language {
  FI,
  EN,
  OTHER;

  /**
   * Parses {@code fi}, {@code en} or {@code other} case-insensitively.
   *
   * @throws IllegalArgumentException naming the value
   */
  public static Language parse(String code) {
    try {
      return valueOf(code.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException(
          "unknown language '" + code + "' (expected fi, en or other)");
    }
  }

  /** The lower-case code used in files and on the command line. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
