package fi.hot.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Where a dream, problem or need stands with us: {@code new → acknowledged → planned → done}, or
 * {@code declined}. A statement nobody has responded to is {@link #NEW}.
 */
public enum LoopStatus {
  /** Heard, nobody has responded yet. */
  NEW,
  /** Someone has looked at it and taken it on. */
  ACKNOWLEDGED,
  /** A fix or change is planned. */
  PLANNED,
  /** Fixed, delivered or otherwise taken care of. */
  DONE,
  /** We decided not to act on it. */
  DECLINED;

  /**
   * Parses a status name case-insensitively.
   *
   * @throws IllegalArgumentException naming the value and the accepted names
   */
  public static LoopStatus parse(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException(
          "unknown status '" + name + "' (expected " + names() + ")");
    }
  }

  /** The accepted names, comma separated, for messages and help. */
  public static String names() {
    return Arrays.stream(values()).map(LoopStatus::code).collect(Collectors.joining(", "));
  }

  /** The lower-case name used in files and on the command line. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether we have reached an outcome: done or declined. */
  public boolean isOutcome() {
    return this == DONE || this == DECLINED;
  }
}
