package fi.hot.ingest;

import fi.hot.HotParseException;
import java.util.List;

/**
 * What an import did.
 *
 * <pre>{@code
 * ImportSummary s = Importer.importInto(store, Path.of("calls.csv"), TranscriptOptions.defaults(), n -> {});
 * s.imported();                       // 41
 * s.rejected().get(0).getMessage();   // "calls.csv:4: empty text"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param imported statements newly stored
 * @param duplicates statements the store already held (same id), or that the input repeated
 * @param rejected the records that could not be read, in input order, each with its location
 */
public record ImportSummary(long imported, long duplicates, List<HotParseException> rejected) {

  public ImportSummary {
    if (imported < 0 || duplicates < 0) {
      throw new IllegalArgumentException(
          "negative count: imported " + imported + ", duplicates " + duplicates);
    }
    rejected = List.copyOf(rejected);
  }

  /** Whether every record was read. */
  public boolean clean() {
    return rejected.isEmpty();
  }
}
