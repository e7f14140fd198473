package fi.hot.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The feeling a customer's words carry, in the small set HOT reads: frustrated, worried, hurried,
 * pleased, or none of these ({@link #NEUTRAL}).
 *
 * <pre>{@code
 * Emotion e = Emotion.parse("frustrated");   // FRUSTRATED
 * e.code();                                  // "frustrated"
 * }</pre>
 */
public enum Emotion {
  /** Annoyed, disappointed, fed up: "taas sama vika", "this is the third time". */
  FRUSTRATED,
  /** Afraid something will go wrong: "pelkään, että", "what if". */
  WORRIED,
  /** In a hurry: "heti", "asap", "by Friday at the latest". */
  HURRIED,
  /** Glad, thankful, satisfied: "kiitos", "great service". */
  PLEASED,
  /** None of the four. */
  NEUTRAL;

  /**
   * Parses an emotion name case-insensitively ({@code worried}, {@code WORRIED}).
   *
   * @throws IllegalArgumentException naming the value and the accepted names
   */
  public static Emotion parse(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException(
          "unknown emotion '" + name + "' (expected " + names() + ")");
    }
  }

  /** The accepted names, comma separated, for messages and help. */
  public static String names() {
    return Arrays.stream(values()).map(Emotion::code).collect(Collectors.joining(", "));
  }

  /** The lower-case name used in files and on the command line. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
