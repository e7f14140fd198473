package fi.hot.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Splits a byte stream into lines on {@code \n} and decodes each line on its own, so that one line
 * of bad UTF-8 is reported and the others are still read. Holds one line at a time. Not
 * thread-safe.
 */
final class LineReader {
  /** A line longer than this is reported and skipped rather than held in memory. */
  static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

  private final InputStream in;
  private final CharsetDecoder strict =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final byte[] chunk = new byte[64 * 1024];
  private int chunkPos;
  private int chunkEnd;
  private byte[] line = new byte[256];
  private int lineLength;
  private long number;
  private boolean eof;

  LineReader(InputStream in) {
    this.in = Objects.requireNonNull(in, "in");
  }

  /**
   * One physical line.
   *
   * @param number 1-based line number
   * @param text the line without its line break; when the line is not valid UTF-8, the text with
   *     the bad bytes replaced (good enough to find structure, never to import)
   * @param validUtf8 whether the bytes were valid UTF-8
   * @param tooLong whether the line was longer than {@link #MAX_LINE_BYTES} (text is then empty)
   * @param crlf whether the line ended in {@code \r\n} (the {@code \r} is not in the text)
   */
  record Line(long number, String text, boolean validUtf8, boolean tooLong, boolean crlf) {
    boolean ok() {
      return validUtf8 && !tooLong;
    }

    boolean isBlank() {
      return text.isBlank();
    }
  }

  /** The next line, or empty at the end of the input. */
  Optional<Line> next() {
    if (eof) {
      return Optional.empty();
    }
    lineLength = 0;
    boolean tooLong = false;
    boolean sawAny = false;
    while (true) {
      if (chunkPos == chunkEnd && !fill()) {
        eof = true;
        if (!sawAny) {
          return Optional.empty();
        }
        break;
      }
      sawAny = true;
      int nl = indexOfNewline();
      int end = nl < 0 ? chunkEnd : nl;
      int n = end - chunkPos;
      if (!tooLong) {
        if ((long) lineLength + n > MAX_LINE_BYTES) {
          tooLong = true;
        } else {
          append(n);
        }
      }
      chunkPos = end;
      if (nl >= 0) {
        chunkPos++; // past the '\n'
        break;
      }
    }
    number++;
    if (tooLong) {
      return Optional.of(new Line(number, "", true, true, false));
    }
    int start = 0;
    if (number == 1
        && lineLength >= 3
        && line[0] == (byte) 0xEF
        && line[1] == (byte) 0xBB
        && line[2] == (byte) 0xBF) {
      start = 3; // byte order mark
    }
    boolean crlf = lineLength > start && line[lineLength - 1] == '\r';
    int end = crlf ? lineLength - 1 : lineLength;
    ByteBuffer bytes = ByteBuffer.wrap(line, start, end - start);
    try {
      strict.reset();
      String text = strict.decode(bytes).toString();
      return Optional.of(new Line(number, text, true, false, crlf));
    } catch (CharacterCodingException e) {
      String lenient = new String(line, start, end - start, StandardCharsets.UTF_8);
      return Optional.of(new Line(number, lenient, false, false, crlf));
    }
  }

  private int indexOfNewline() {
    for (int i = chunkPos; i < chunkEnd; i++) {
      if (chunk[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private void append(int n) {
    if (lineLength + n > line.length) {
      line =
          Arrays.copyOf(line, Math.max(lineLength + n, Math.min(MAX_LINE_BYTES, line.length * 2)));
    }
    System.arraycopy(chunk, chunkPos, line, lineLength, n);
    lineLength += n;
  }

  private boolean fill() {
    try {
      int n;
      do {
        n = in.read(chunk);
      } while (n == 0);
      if (n < 0) {
        return false;
      }
      chunkPos = 0;
      chunkEnd = n;
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
