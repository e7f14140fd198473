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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The cue words of one language for the {@link CueClassifier}: what speaks for a problem, a need or
 * a dream, what negates, what is a conditional form.
 *
 * <pre>{@code
 * Lexicon fi = Lexicon.standard(Language.FI);
 * Lexicon mine = Lexicon.parse("my-fi.cues", Language.FI, Files.newBufferedReader(path));
 * Classifier c = new CueClassifier(mine, Lexicon.standard(Language.EN));
 * }</pre>
 *
 * <p>A lexicon file has one rule a line: {@code id kind weight flags pattern}, for example {@code
 * problem.kaatuu PROBLEM 0.85 - kaatu*|kaatui*}. Kinds: {@code PROBLEM}, {@code NEED}, {@code
 * DREAM}, {@code NONE}, {@code FUNCTION}, {@code NEGATOR}, {@code CONDITIONAL}, {@code LEAD},
 * {@code BREAK}, {@code PHRASE}. Flags ({@code -} for none, else comma-separated): {@code neg} (a
 * preceding negation cancels the cue; the default for PROBLEM), {@code fixed} (it does not), {@code
 * boost}, {@code sent} (gaps cross clauses), {@code weak} (a negator that only strengthens
 * another), {@code pos} (a negation inside the match or just before it voids the match), {@code
 * perceive} (a function of noticing: negated, it denies the problem words after it). The pattern is
 * described in {@link CuePattern}. Words are folded like {@link fi.hot.text.Tokens#fold}, so {@code
 * väärä} also matches {@code vaara}. An id may repeat, to split a long rule over lines.
 *
 * <p>Immutable and thread-safe.
 */
public final class Lexicon {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]*");

  private final Language language;
  private final List<CueRule> rules;

  private Lexicon(Language language, List<CueRule> rules) {
    this.language = language;
    this.rules = List.copyOf(rules);
  }

  /** The lexicon shipped with HOT for Finnish or English. */
  public static Lexicon standard(Language language) {
    String name =
        switch (Objects.requireNonNull(language, "language")) {
          case FI -> "fi.cues";
          case EN -> "en.cues";
          case OTHER -> throw new IllegalArgumentException("no standard lexicon for OTHER");
        };
    try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("lexicon resource " + name + " is missing");
      }
      return parse(name, language, new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + name, e);
    }
  }

  /**
   * Reads a lexicon. The reader is read to its end but not closed.
   *
   * @param name the file name, for messages
   * @throws HotParseException at the first bad line, as {@code name:line: reason}
   */
  public static Lexicon parse(String name, Language language, Reader reader) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(reader, "reader");
    if (language == Language.OTHER) {
      throw new IllegalArgumentException("a lexicon is for FI or EN, not OTHER");
    }
    List<CueRule> rules = new ArrayList<>();
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
          rules.add(rule(s, language));
        } catch (IllegalArgumentException e) {
          throw new HotParseException(name, number, e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + name, e);
    }
    return new Lexicon(language, rules);
  }

  private static CueRule rule(String line, Language language) {
    String[] f = line.split("\\s+", 5);
    if (f.length < 5) {
      throw new IllegalArgumentException("expected: id kind weight flags pattern");
    }
    String id = f[0];
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("bad id '" + id + "'");
    }
    CueRule.Kind kind;
    try {
      kind = CueRule.Kind.valueOf(f[1].toUpperCase(Locale.ROOT));
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
    boolean negatable = kind == CueRule.Kind.PROBLEM;
    boolean boost = false;
    boolean sentence = false;
    boolean weak = false;
    boolean positive = false;
    boolean perceive = false;
    if (!f[3].equals("-")) {
      for (String flag : f[3].split(",")) {
        switch (flag) {
          case "neg" -> negatable = true;
          case "fixed" -> negatable = false;
          case "boost" -> boost = true;
          case "sent" -> sentence = true;
          case "weak" -> weak = true;
          case "pos" -> positive = true;
          case "perceive" -> perceive = true;
          default -> throw new IllegalArgumentException("unknown flag '" + flag + "'");
        }
      }
    }
    CuePattern pattern = CuePattern.parse(f[4], language);
    return new CueRule(
        id, kind, weight, negatable, boost, sentence, weak, positive, perceive, pattern);
  }

  /** The language the lexicon is for: FI or EN. */
  public Language language() {
    return language;
  }

  /** How many rules (lines) the lexicon has. */
  public int size() {
    return rules.size();
  }

  List<CueRule> rules() {
    return rules;
  }
}
