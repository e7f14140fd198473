package fi.hot;

import java.util.Objects;

/**
 * A record of input that could not be read, with where it is: prints as {@code calls.csv:12:5:
 * unknown channel 'fax'}, or {@code calls.csv:12: empty text} when the column is not known.
 */
public class HotParseException extends HotException {
  private final String file;
  private final long line;
  private final long column;
  private final String reason;

  /**
   * @param file the file name as the user gave it ({@code -} for standard input)
   * @param line 1-based line number
   * @param column 1-based column, or 0 when not known
   * @param reason what is wrong, in a few words
   */
  public HotParseException(String file, long line, long column, String reason) {
    super(format(file, line, column, reason));
    this.file = Objects.requireNonNull(file, "file");
    this.line = line;
    this.column = column;
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public HotParseException(String file, long line, String reason) {
    this(file, line, 0, reason);
  }

  private static String format(String file, long line, long column, String reason) {
    return file + ":" + line + (column > 0 ? ":" + column : "") + ": " + reason;
  }

  public String file() {
    return file;
  }

  public long line() {
    return line;
  }

  /** The 1-based column, or 0 when not known. */
  public long column() {
    return column;
  }

  public String reason() {
    return reason;
  }
}
