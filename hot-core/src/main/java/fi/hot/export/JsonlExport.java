package fi.hot.export;

import fi.hot.internal.StatementJson;
import fi.hot.model.Statement;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Writes one statement per line in the {@link StatementJson} schema, every field present: the
 * lossless export, which JSONL import reads back to equal statements.
 *
 * <pre>{@code
 * Exporter.of(ExportFormat.JSONL).write(statements, out);
 * }</pre>
 *
 * <p>Immutable and thread-safe; streams, holding one statement at a time.
 */
public final class JsonlExport implements Exporter {

  @Override
  public ExportFormat format() {
    return ExportFormat.JSONL;
  }

  @Override
  public ExportSink open(Writer out) {
    Objects.requireNonNull(out, "out");
    return new AbstractSink() {
      @Override
      void write(Statement s) throws IOException {
        out.write(StatementJson.toLine(s));
        out.write('\n');
      }

      @Override
      void finish() throws IOException {
        out.flush();
      }
    };
  }
}
