package fi.hot.classify;

import fi.hot.HotParseException;
import fi.hot.model.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the rule files of the cue layer ({@code *.cues}) and of the feeling reader ({@code
 * *.feelings}): one rule a line, {@code id kind weight flags pattern}, blank lines and {@code #}
 * comments skipped, a bad line reported as {@code name:line: reason}. Stateless.
 */
final class RuleFile {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]*");

  private RuleFile() {}

  /**
   * One rule line split into its fields, the id, kind and weight checked.
   *
   * @param flags the comma-separated flags, empty for {@code -}
   * @param pattern the rest of the line, for {@link CuePattern#parse}
   */
  record Line<K extends Enum<K>>(
      String id, K kind, double weight, List<String> flags, String pattern) {

    /**
     * Splits a rule line.
     *
     * @throws IllegalArgumentException naming what is wrong with it
     */
    static <K extends Enum<K>> Line<K> parse(String line, Class<K> kinds) {
      String[] f = line.split("\\s+", 5);
      if (f.length < 5) {
        throw new IllegalArgumentException("expected: id kind weight flags pattern");
      }
      if (!ID.matcher(f[0]).matches()) {
        throw new IllegalArgumentException("bad id '" + f[0] + "'");
      }
      K kind;
      try {
        kind = Enum.valueOf(kinds, f[1].toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown kind '" + f[1] + "'");
      }
      double weight;
      try {
        weight = Double.parseDouble(f[2]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("bad weight '" + f[2] + "'");
      }
      if (!(weight >= 0 && weight <= 1)) {
        throw new IllegalArgumentException("weight " + f[2] + " is not in [0, 1]");
      }
      List<String> flags = f[3].equals("-") ? List.of() : List.of(f[3].split(","));
      return new Line<>(f[0], kind, weight, flags, f[4]);
    }
  }

  /**
   * Parses the rule file shipped for a language: {@code fi.<extension>} or {@code en.<extension>}.
   *
   * @param parse the file's name and its text to the parsed rules
   * @throws IllegalArgumentException for OTHER, which has no rule file
   */
  static <T> T shipped(Language language, String extension, BiFunction<String, Reader, T> parse) {
    String name = requireFiOrEn(language, extension + " rules").code() + "." + extension;
    return shipped(name, reader -> parse.apply(name, reader));
  }

  /**
   * The language, when it is FI or EN.
   *
   * @param what what needs the language, for the message
   * @throws IllegalArgumentException for OTHER
   */
  static Language requireFiOrEn(Language language, String what) {
    if (Objects.requireNonNull(language, "language") == Language.OTHER) {
      throw new IllegalArgumentException(what + " are for FI or EN, not OTHER");
    }
    return language;
  }

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
