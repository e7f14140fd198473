package fi.hot.insight;

import fi.hot.HotParseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A themes file: the themes a team pins, one per line as {@code name = query}.
 *
 * <pre>
 * # Themes we track. The query is what 'hot search' takes.
 * Laskutus        = lasku* OR laskutus OR invoice*
 * Mobiilisovellus = sovellus OR "mobile app"
 * Toimitukset     = toimitus OR delivery OR shipping
 * </pre>
 *
 * <p>Blank lines and lines whose first non-blank character is {@code #} are skipped. A line is
 * split at its first {@code =}: the name before it, the query after it, both trimmed and neither
 * empty; names are unique regardless of case. The file is UTF-8.
 *
 * <pre>{@code
 * ThemeFile file = ThemeFile.read(Path.of("themes.txt"));
 * file.errors();    // themes.txt:3: expected 'name = query', found no '='
 * file.themes();    // the good lines
 * }</pre>
 *
 * <p>Like HOT's importers, reading reports every bad line with its location and keeps the good
 * ones; the caller decides whether an error is fatal. Immutable and thread-safe.
 *
 * @param themes the themes of the good lines, in file order
 * @param errors the bad lines, in file order
 */
public record ThemeFile(List<PinnedTheme> themes, List<HotParseException> errors) {

  public ThemeFile {
    themes = List.copyOf(themes);
    errors = List.copyOf(errors);
  }

  /**
   * Reads a themes file; errors are named by the path as given. A line that is not UTF-8 is
   * reported, and the other lines are read.
   *
   * @throws UncheckedIOException when the file cannot be read
   */
  public static ThemeFile read(Path file) {
    Objects.requireNonNull(file, "file");
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> lines = new ArrayList<>();
    List<Long> badLines = new ArrayList<>();
    CharsetDecoder strict =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        if (i == bytes.length && start == i) {
          break; // nothing after the last line break
        }
        try {
          lines.add(strict.decode(ByteBuffer.wrap(bytes, start, i - start)).toString());
        } catch (CharacterCodingException e) {
          lines.add("");
          badLines.add((long) lines.size());
        }
        start = i + 1;
      }
    }
    return parse(file.toString(), lines, badLines);
  }

  /** Parses the text of a themes file; {@code name} names it in errors. */
  public static ThemeFile parse(String name, String text) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    return parse(name, text.lines().toList(), List.of());
  }

  private static ThemeFile parse(String file, List<String> lines, List<Long> badLines) {
    List<PinnedTheme> themes = new ArrayList<>();
    List<HotParseException> errors = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      long number = i + 1;
      if (badLines.contains(number)) {
        errors.add(new HotParseException(file, number, "not valid UTF-8; save the file as UTF-8"));
        continue;
      }
      String line = lines.get(i);
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      if (number == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq < 0) {
        errors.add(
            new HotParseException(
                file, number, "expected 'name = query', found no '=' in '" + trimmed + "'"));
        continue;
      }
      String name = line.substring(0, eq).strip();
      String query = line.substring(eq + 1).strip();
      if (name.isEmpty()) {
        errors.add(new HotParseException(file, number, 1, "the theme has no name before '='"));
        continue;
      }
      if (query.isEmpty()) {
        errors.add(
            new HotParseException(
                file, number, eq + 2, "theme '" + name + "' has no query after '='"));
        continue;
      }
      Long first = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), number);
      if (first != null) {
        errors.add(
            new HotParseException(
                file, number, "theme '" + name + "' is already defined on line " + first));
        continue;
      }
      themes.add(new PinnedTheme(name, query, file, number));
    }
    return new ThemeFile(themes, errors);
  }
}
