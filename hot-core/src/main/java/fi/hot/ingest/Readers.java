package fi.hot.ingest;

import java.util.Objects;

/**
 * The reader for each import format.
 *
 * <pre>{@code
 * StatementReader csv = Readers.of(Format.CSV);
 * StatementReader txt = Readers.of(Format.TRANSCRIPT,
 *     TranscriptOptions.defaults().withCustomer("acme").withOurSide("Mikko"));
 * }</pre>
 *
 * <p>The readers returned are immutable and thread-safe.
 */
public final class Readers {
  private Readers() {}

  /** The reader for a format, transcripts read with {@link TranscriptOptions#defaults()}. */
  public static StatementReader of(Format format) {
    return of(format, TranscriptOptions.defaults());
  }

  /** The reader for a format; the options apply to transcripts only. */
  public static StatementReader of(Format format, TranscriptOptions options) {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(options, "options");
    switch (format) {
      case JSONL:
        return new JsonlReader();
      case CSV:
        return new CsvReader();
      case TRANSCRIPT:
        return new TranscriptReader(options);
      default:
        throw new AssertionError("unhandled format " + format);
    }
  }
}
