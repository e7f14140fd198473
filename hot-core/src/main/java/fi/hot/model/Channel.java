package fi.hot.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where a statement was heard. */
public enum Channel {
  CALL,
  MEETING,
  EMAIL,
  CHAT,
  TICKET,
  SURVEY,
  STORE,
  SOCIAL,
  OTHER;

  /**
   * Parses a channel name case-insensitively.
   *
   * @throws IllegalArgumentException naming the value and the accepted names
   */
  public static Channel parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException(
          "unknown channel '" + name + "' (expected " + names() + ")");
    }
  }

  /** The accepted names, comma separated, for messages and help. */
  public static String names() {
    return Arrays.stream(values()).map(Channel::code).collect(Collectors.joining(", "));
  }

  /** The lower-case name used in files and on the command line. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
