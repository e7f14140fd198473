package fi.hot.ingest;

import fi.hot.HotParseException;

/** The messages the readers share, so that each problem reads the same in every format. */
final class Problems {
  private static final int MAX_REASON = 100;

  private Problems() {}

  static HotParseException invalidUtf8(String source, long line) {
    return new HotParseException(source, line, "invalid UTF-8");
  }

  static HotParseException tooLong(String source, long line) {
    return new HotParseException(
        source, line, "line longer than " + (LineReader.MAX_LINE_BYTES >> 20) + " MiB, skipped");
  }

  /** The first line of a parser's message, cut to a readable length. */
  static String shortReason(String message) {
    if (message == null || message.isBlank()) {
      return "unreadable";
    }
    String first = message.strip().lines().findFirst().orElse("").strip();
    return first.length() <= MAX_REASON ? first : first.substring(0, MAX_REASON - 3) + "...";
  }
}
