package fi.hot.ingest;

import fi.hot.HotParseException;
import fi.hot.model.Statement;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Reads one input format into statement drafts, reporting every bad record with its location and
 * keeping the good ones.
 *
 * <pre>{@code
 * StatementReader reader = Readers.of(Format.CSV);
 * List<Statement.Draft> drafts = new ArrayList<>();
 * List<HotParseException> errors = new ArrayList<>();
 * try (InputStream in = Files.newInputStream(Path.of("calls.csv"))) {
 *   reader.read(in, "calls.csv", drafts::add, errors::add);
 * }
 * }</pre>
 *
 * <p>Readers stream: they hold one record at a time, never the whole input. Input is UTF-8; a
 * leading byte order mark is skipped and lines may end in {@code \n} or {@code \r\n}. Each accepted
 * draft's source is {@code sourceName:line}, the line where its record starts, unless the record
 * names its own source (a re-import of an export keeps where the statement first came from).
 *
 * <p>Readers are immutable and thread-safe; each {@code read} call uses only its own state.
 */
public interface StatementReader {

  /**
   * Reads the whole input, handing each good record to {@code accepted} and each bad one to {@code
   * rejected}, in input order. Bad input never throws; the consumers' own exceptions pass through.
   * The caller closes the stream.
   *
   * @param in the input, read to its end
   * @param sourceName the file name as the user gave it ({@code -} for standard input), for sources
   *     and messages
   * @throws java.io.UncheckedIOException when reading the stream fails
   */
  void read(
      InputStream in,
      String sourceName,
      Consumer<Statement.Draft> accepted,
      Consumer<HotParseException> rejected);
}
