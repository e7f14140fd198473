package fi.hot.insight;

import java.util.Locale;

/** What metrics can be broken down by. */
public enum Dimension {
  /** The month a statement was said in ({@code 2026-03}, UTC). */
  MONTH,
  /** The channel it was heard on. */
  CHANNEL,
  /** The segment in the customer's profile; {@link Metrics#NO_SEGMENT} when none. */
  SEGMENT;

  /**
   * Parses {@code month}, {@code channel} or {@code segment} case-insensitively.
   *
   * @throws IllegalArgumentException naming the value
   */
  public static Dimension parse(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException(
          "unknown breakdown '" + name + "' (expected month, channel or segment)");
    }
  }

  /** The lower-case name used on the command line. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
