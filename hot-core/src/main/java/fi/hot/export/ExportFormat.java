package fi.hot.export;

import java.util.Locale;
import java.util.Objects;

/**
 * The formats HOT exports statements to.
 *
 * <pre>{@code
 * Exporter exporter = Exporter.of(ExportFormat.parse("csv"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public enum ExportFormat {
  /** One JSON object per line, every field: the lossless format, and what JSONL import reads. */
  JSONL,
  /** A spreadsheet-friendly table with a header row; CSV import reads it back. */
  CSV,
  /** A readable document: the quotes grouped by label. */
  MD;

  /**
   * Parses a format name case-insensitively: {@code jsonl} (or {@code ndjson}), {@code csv}, {@code
   * md} (or {@code markdown}).
   *
   * @throws IllegalArgumentException naming the value and the accepted names
   */
  public static ExportFormat parse(String name) {
    Objects.requireNonNull(name, "name");
    switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "jsonl":
      case "ndjson":
        return JSONL;
      case "csv":
        return CSV;
      case "md":
      case "markdown":
        return MD;
      default:
        throw new IllegalArgumentException(
            "unknown export format '" + name + "' (expected jsonl, csv or md)");
    }
  }

  /**
   * The format a file name's extension stands for: {@code .jsonl}/{@code .ndjson}, {@code .csv},
   * {@code .md}/{@code .markdown}.
   *
   * @throws IllegalArgumentException naming the file and the accepted extensions
   */
  public static ExportFormat fromFileName(String fileName) {
    Objects.requireNonNull(fileName, "fileName");
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return JSONL;
    }
    if (name.endsWith(".csv")) {
      return CSV;
    }
    if (name.endsWith(".md") || name.endsWith(".markdown")) {
      return MD;
    }
    throw new IllegalArgumentException(
        "cannot tell the export format of '"
            + fileName
            + "' (expected a name ending in .jsonl, .csv or .md)");
  }

  /** The usual file extension, without the dot. */
  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }
}
