package fi.hot.model;

import java.util.Locale;

/**
 * What a customer's statement voices: a dream, a problem or a need. {@link #NONE} is only ever a
 * primary label, for statements that voice none of the three (thanks, facts, small talk).
 */
public enum Label {
  DREAM,
  PROBLEM,
  NEED,
  NONE;

  /** The three labels a statement can carry, in the order reports show them. */
  public static final java.util.List<Label> HOT = java.util.List.of(DREAM, PROBLEM, NEED);

  /**
   * Parses a label name case-insensitively ({@code need}, {@code NEED}).
   *
   * @throws IllegalArgumentException naming the value and the accepted names
   */
  public static Label parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException(
          "unknown label '" + name + "' (expected dream, problem, need or none)");
    }
  }

  /** The lower-case name used in files and on the command line. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
