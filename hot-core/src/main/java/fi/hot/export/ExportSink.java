package fi.hot.export;

import fi.hot.model.Statement;
import java.util.function.Consumer;

/**
 * An open export: takes statements one at a time and writes them to the {@link java.io.Writer} it
 * was opened on. Closing it finishes the document (Markdown is written then) and flushes the
 * writer, but does not close the writer: its owner does.
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(Path.of("export.csv"));
 *     ExportSink sink = Exporter.of(ExportFormat.CSV).open(out)) {
 *   store.forEach(Query.all(), sink);
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one producer feeds one sink.
 */
public interface ExportSink extends Consumer<Statement>, AutoCloseable {

  /**
   * Writes (or, for Markdown, keeps) one statement.
   *
   * @throws java.io.UncheckedIOException when the writer fails
   * @throws IllegalStateException when the sink is closed
   */
  @Override
  void accept(Statement statement);

  /** How many statements were given so far. */
  long count();

  /**
   * Finishes the document and flushes the writer; the writer stays open. Closing twice is a no-op.
   *
   * @throws java.io.UncheckedIOException when the writer fails
   */
  @Override
  void close();
}
