package fi.hot.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.function.LongConsumer;

/** Tells a listener how many bytes have been read so far, after each read. Not thread-safe. */
final class CountingInputStream extends FilterInputStream {
  private final LongConsumer listener;
  private long count;
  private long mark;

  CountingInputStream(InputStream in, LongConsumer listener) {
    super(Objects.requireNonNull(in, "in"));
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      counted(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      counted(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    if (skipped > 0) {
      counted(skipped);
    }
    return skipped;
  }

  @Override
  public synchronized void mark(int readLimit) {
    super.mark(readLimit);
    mark = count;
  }

  @Override
  public synchronized void reset() throws IOException {
    super.reset();
    count = mark;
  }

  private void counted(long n) {
    count += n;
    listener.accept(count);
  }
}
