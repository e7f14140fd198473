package fi.hot.ingest;

import fi.hot.HotParseException;
import fi.hot.model.Statement;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Runs a reader over bytes, a string or a fixture and keeps what it reports. */
record Reading(List<Statement.Draft> drafts, List<HotParseException> errors) {

  static Reading of(StatementReader reader, String name, byte[] bytes) {
    List<Statement.Draft> drafts = new ArrayList<>();
    List<HotParseException> errors = new ArrayList<>();
    reader.read(new ByteArrayInputStream(bytes), name, drafts::add, errors::add);
    return new Reading(List.copyOf(drafts), List.copyOf(errors));
  }

  static Reading of(StatementReader reader, String name, String text) {
    return of(reader, name, text.getBytes(StandardCharsets.UTF_8));
  }

  static Reading csv(String name, String text) {
    return of(Readers.of(Format.CSV), name, text);
  }

  static Reading jsonl(String name, String text) {
    return of(Readers.of(Format.JSONL), name, text);
  }

  static Reading transcript(String name, String text, TranscriptOptions options) {
    return of(Readers.of(Format.TRANSCRIPT, options), name, text);
  }

  /** A file from this package's test resources. */
  static byte[] fixture(String name) {
    try (InputStream in = Reading.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<String> messages() {
    return errors.stream().map(HotParseException::getMessage).toList();
  }

  List<String> texts() {
    return drafts.stream().map(Statement.Draft::text).toList();
  }

  List<String> sources() {
    return drafts.stream().map(Statement.Draft::source).toList();
  }

  /** Bytes: UTF-8 text with raw bytes spliced in where {@code \u0000} stands. */
  static byte[] withBytes(String text, byte... raw) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    int at = -1;
    for (int i = 0; i < utf8.length; i++) {
      if (utf8[i] == 0) {
        at = i;
        break;
      }
    }
    if (at < 0) {
      throw new IllegalArgumentException("no \\u0000 placeholder");
    }
    byte[] out = new byte[utf8.length - 1 + raw.length];
    System.arraycopy(utf8, 0, out, 0, at);
    System.arraycopy(raw, 0, out, at, raw.length);
    System.arraycopy(utf8, at + 1, out, at + raw.length, utf8.length - at - 1);
    return out;
  }
}
