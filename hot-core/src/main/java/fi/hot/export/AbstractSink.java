package fi.hot.export;

import fi.hot.model.Statement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/** Counting, the closed check and I/O error wrapping, shared by the sinks. */
abstract class AbstractSink implements ExportSink {
  private long count;
  private boolean closed;

  @Override
  public final void accept(Statement statement) {
    Objects.requireNonNull(statement, "statement");
    if (closed) {
      throw new IllegalStateException("export already closed");
    }
    try {
      write(statement);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    count++;
  }

  @Override
  public final long count() {
    return count;
  }

  @Override
  public final void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  abstract void write(Statement statement) throws IOException;

  /** Writes what is left and flushes, without closing the writer. */
  abstract void finish() throws IOException;
}
