package fi.hot.ingest;

import fi.hot.HotParseException;
import fi.hot.HotStore;
import fi.hot.model.CaptureResult;
import fi.hot.model.Statement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * Imports a file into a store: reads it with the format's {@link StatementReader}, captures the
 * good records in batches and reports the bad ones.
 *
 * <pre>{@code
 * try (HotStore store = Hot.open(Path.of("hot-data"))) {
 *   ImportSummary s = Importer.importInto(store, Path.of("calls.csv"),
 *       TranscriptOptions.defaults(), bytes -> bar.stepTo(bytes));
 *   s.rejected().forEach(e -> System.err.println(e.getMessage()));
 * }
 * }</pre>
 *
 * <p>Each batch of {@link #DEFAULT_BATCH_SIZE} drafts is one {@link HotStore#captureAll} call, and
 * so one durable commit: when an import fails half way, the batches before the failure are kept,
 * and importing the file again adds only the rest (ids are stable). Memory is one batch, whatever
 * the size of the file.
 *
 * <p>An importer holds no state between calls and is thread-safe as far as its store is.
 */
public final class Importer {
  /** Drafts per commit: big enough to amortise the commit, small enough to lose little. */
  public static final int DEFAULT_BATCH_SIZE = 1000;

  private final HotStore store;
  private final int batchSize;

  /** An importer into the store with batches of {@link #DEFAULT_BATCH_SIZE}. */
  public Importer(HotStore store) {
    this(store, DEFAULT_BATCH_SIZE);
  }

  /** An importer into the store committing every {@code batchSize} drafts. */
  public Importer(HotStore store, int batchSize) {
    this.store = Objects.requireNonNull(store, "store");
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
    }
    this.batchSize = batchSize;
  }

  /**
   * Imports a stream.
   *
   * @param in the input, read to its end; the caller closes it
   * @param sourceName the file name as the user gave it ({@code -} for standard input)
   * @param format how to read it
   * @param options for transcripts; ignored by the other formats
   * @param bytesRead told the number of bytes read so far, after each read (for a progress bar)
   * @throws UncheckedIOException when reading fails
   * @throws fi.hot.HotStoreException when the store fails; the batches before are kept
   */
  public ImportSummary importFrom(
      InputStream in,
      String sourceName,
      Format format,
      TranscriptOptions options,
      LongConsumer bytesRead) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    StatementReader reader = Readers.of(format, options);
    Batches batches = new Batches();
    List<HotParseException> rejected = new ArrayList<>();
    reader.read(new CountingInputStream(in, bytesRead), sourceName, batches::add, rejected::add);
    batches.flush();
    return new ImportSummary(batches.imported, batches.duplicates, rejected);
  }

  /**
   * Imports a file, the format told by its name ({@link Format#fromFileName}); messages name the
   * file as given.
   *
   * @throws IllegalArgumentException when the name does not tell the format
   * @throws UncheckedIOException when the file cannot be read
   */
  public ImportSummary importFrom(Path file, TranscriptOptions options, LongConsumer bytesRead) {
    Objects.requireNonNull(file, "file");
    return importFrom(file, Format.fromFileName(file.toString()), options, bytesRead);
  }

  /**
   * Imports a file in the given format; messages name the file as given.
   *
   * @throws UncheckedIOException when the file cannot be read
   */
  public ImportSummary importFrom(
      Path file, Format format, TranscriptOptions options, LongConsumer bytesRead) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(format, "format");
    try (InputStream in = Files.newInputStream(file)) {
      return importFrom(in, file.toString(), format, options, bytesRead);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Imports a stream with batches of {@link #DEFAULT_BATCH_SIZE}; see {@link #importFrom}. */
  public static ImportSummary importInto(
      HotStore store,
      InputStream in,
      String sourceName,
      Format format,
      TranscriptOptions options,
      LongConsumer bytesRead) {
    return new Importer(store).importFrom(in, sourceName, format, options, bytesRead);
  }

  /** Imports a file with batches of {@link #DEFAULT_BATCH_SIZE}; see {@link #importFrom}. */
  public static ImportSummary importInto(
      HotStore store, Path file, TranscriptOptions options, LongConsumer bytesRead) {
    return new Importer(store).importFrom(file, options, bytesRead);
  }

  /** The drafts of one import, committed a batch at a time. */
  private final class Batches {
    private final List<Statement.Draft> batch = new ArrayList<>();
    private long imported;
    private long duplicates;

    void add(Statement.Draft draft) {
      batch.add(draft);
      if (batch.size() >= batchSize) {
        flush();
      }
    }

    void flush() {
      if (batch.isEmpty()) {
        return;
      }
      CaptureResult result = store.captureAll(List.copyOf(batch));
      imported += result.added().size();
      duplicates += result.duplicates().size();
      batch.clear();
    }
  }
}
