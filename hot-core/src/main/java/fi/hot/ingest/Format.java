package fi.hot.ingest;

import java.util.Locale;
import java.util.Objects;

/**
 * The file formats HOT imports.
 *
 * <pre>{@code
 * Format f = Format.fromFileName("calls.csv");   // CSV
 * Format g = Format.parse("transcript");         // TRANSCRIPT
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public enum Format {
  /**
   * One JSON object per line, the schema of {@link fi.hot.internal.StatementJson}: {@code text} and
   * {@code customer} required, blank lines skipped.
   */
  JSONL,
  /**
   * Comma (or, when the header has no comma, semicolon) separated values with a header row naming
   * the columns CSV export writes ({@code id, occurred_at, customer, customer_name, contact,
   * channel, captured_by, lang, primary, labels, text, tags, source}) or {@code context}, in any
   * order and case; {@code text} and {@code customer} required, labels and tags separated by {@code
   * ;}. An unknown column stops the file, so that a misspelt one loses nothing silently.
   */
  CSV,
  /**
   * A conversation in plain text: optional header lines {@code # customer: acme}, {@code #
   * customer_name:}, {@code # contact:}, {@code # channel:}, {@code # by:}, {@code # date:}, {@code
   * # lang:} (Finnish aliases {@code asiakas}, {@code yhteyshenkilö}, {@code kanava}, {@code
   * kirjaaja}, {@code päivä}), then turns {@code Speaker: text}, a line without a speaker
   * continuing the turn before. Each sentence the customer's side says becomes a statement, with
   * our side's last turn as its context. Speakers are told apart by {@link TranscriptOptions}.
   */
  TRANSCRIPT;

  private static final String EXTENSIONS = ".jsonl, .ndjson, .csv or .txt";

  /**
   * The format a file name's extension stands for, case-insensitively: {@code .jsonl} and {@code
   * .ndjson}, {@code .csv}, {@code .txt}.
   *
   * @throws IllegalArgumentException naming the file and the accepted extensions
   */
  public static Format fromFileName(String fileName) {
    Objects.requireNonNull(fileName, "fileName");
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return JSONL;
    }
    if (name.endsWith(".csv")) {
      return CSV;
    }
    if (name.endsWith(".txt")) {
      return TRANSCRIPT;
    }
    throw new IllegalArgumentException(
        "cannot tell the format of '"
            + fileName
            + "' (expected a name ending in "
            + EXTENSIONS
            + ")");
  }

  /**
   * Parses a format name case-insensitively: {@code jsonl} (or {@code ndjson}), {@code csv}, {@code
   * txt} or {@code transcript}.
   *
   * @throws IllegalArgumentException naming the value and the accepted names
   */
  public static Format parse(String name) {
    Objects.requireNonNull(name, "name");
    switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "jsonl":
      case "ndjson":
        return JSONL;
      case "csv":
        return CSV;
      case "txt":
      case "transcript":
        return TRANSCRIPT;
      default:
        throw new IllegalArgumentException(
            "unknown format '" + name + "' (expected jsonl, csv, txt or transcript)");
    }
  }
}
