package fi.hot.export;

import fi.hot.model.Statement;
import java.io.Writer;
import java.util.Objects;

/**
 * Writes statements in one export format. Exporters only format what they are given; they never
 * read a store, and they escape all user text for their format.
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(Path.of("needs.md"))) {
 *   Exporter.of(ExportFormat.MD).write(statements, out);
 * }
 * }</pre>
 *
 * <p>Exporters are immutable and thread-safe; each {@link #open} returns a sink of its own.
 */
public interface Exporter {

  /** The exporter for a format, with its defaults. */
  static Exporter of(ExportFormat format) {
    Objects.requireNonNull(format, "format");
    switch (format) {
      case JSONL:
        return new JsonlExport();
      case CSV:
        return new CsvExport();
      case MD:
        return new MarkdownExport();
      default:
        throw new AssertionError("unhandled format " + format);
    }
  }

  /** The format written. */
  ExportFormat format();

  /** Starts a document on the writer; statements are written as they are given. */
  ExportSink open(Writer out);

  /**
   * Writes all the statements as one document and flushes; the writer stays open.
   *
   * @return how many statements were written
   * @throws java.io.UncheckedIOException when the writer fails
   */
  default long write(Iterable<? extends Statement> statements, Writer out) {
    Objects.requireNonNull(statements, "statements");
    try (ExportSink sink = open(out)) {
      for (Statement s : statements) {
        sink.accept(s);
      }
      return sink.count();
    }
  }
}
