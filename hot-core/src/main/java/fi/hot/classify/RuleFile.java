package fi.hot.classify;

import fi.hot.HotParseException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads the rule files of the cue layer ({@code *.cues}) and of the feeling reader ({@code
 * *.feelings}): one rule a line, blank lines and {@code #} comments skipped, a bad line reported as
 * {@code name:line: reason}. Stateless.
 */
final class RuleFile {
  private RuleFile() {}

  /** Opens a rule file shipped beside this class and parses it. */
  static <T> T shipped(String name, Function<Reader, T> parse) {
    try (InputStream in = RuleFile.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("rule file " + name + " is missing from the class path");
      }
      return parse.apply(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rule file " + name, e);
    }
  }

  /**
   * Gives each rule line, stripped, to {@code rule}; an IllegalArgumentException it throws becomes
   * the line's HotParseException. The reader is read to its end but not closed.
   */
  static void forEachRule(String name, Reader reader, Consumer<String> rule) {
    BufferedReader lines = new BufferedReader(reader);
    int number = 0;
    try {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#")) {
          continue;
        }
        try {
          rule.accept(s);
        } catch (IllegalArgumentException e) {
          throw new HotParseException(name, number, e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rule file " + name, e);
    }
  }
}
