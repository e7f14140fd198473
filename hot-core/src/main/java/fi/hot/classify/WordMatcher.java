package fi.hot.classify;

import fi.hot.model.Language;
import fi.hot.text.Token;
import fi.hot.text.Tokens;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One position of a cue pattern: the words it accepts, written as alternatives {@code
 * a|b*|*c|*d*|~e} (exact, prefix, ending, part of a compound, same stem), or {@code _} (any word),
 * {@code <neg>} (a negating word) or {@code <cond>} (a conditional form); {@code !word} excludes a
 * word the others would take ({@code *kaa|!vikaa}); {@code =word} and {@code =word*} compare with
 * the unfolded word, for where folding would merge two words ({@code välitän}, "I forward", and
 * {@code valitan}, "I complain"). Immutable.
 */
final class WordMatcher {
  private final Set<String> exact;
  private final Set<String> excluded;
  private final Set<String> unfolded;
  private final List<String> unfoldedPrefixes;
  private final Set<String> stems;
  private final List<String> prefixes;
  private final List<String> suffixes;
  private final List<String> infixes;
  private final boolean any;
  private final boolean negator;
  private final boolean conditional;

  private WordMatcher(Builder b) {
    exact = Set.copyOf(b.exact);
    excluded = Set.copyOf(b.excluded);
    unfolded = Set.copyOf(b.unfolded);
    unfoldedPrefixes = List.copyOf(b.unfoldedPrefixes);
    stems = Set.copyOf(b.stems);
    prefixes = List.copyOf(b.prefixes);
    suffixes = List.copyOf(b.suffixes);
    infixes = List.copyOf(b.infixes);
    any = b.any;
    negator = b.negator;
    conditional = b.conditional;
  }

  /**
   * Parses one position.
   *
   * @throws IllegalArgumentException naming the bad alternative
   */
  static WordMatcher parse(String spec, Language language) {
    Builder m = new Builder();
    for (String alt : spec.split("\\|", -1)) {
      if (alt.isEmpty()) {
        throw new IllegalArgumentException("empty alternative in '" + spec + "'");
      }
      if (alt.length() > 2 && alt.startsWith("=") && alt.endsWith("*")) {
        m.unfoldedPrefixes.add(lower(word(alt.substring(1, alt.length() - 1), spec)));
      } else if (alt.length() > 1 && alt.startsWith("=")) {
        m.unfolded.add(lower(word(alt.substring(1), spec)));
      } else if (alt.length() > 1 && alt.startsWith("!")) {
        m.excluded.add(Tokens.fold(word(alt.substring(1), spec)));
      } else if (alt.equals("_")) {
        m.any = true;
      } else if (alt.equals("<neg>")) {
        m.negator = true;
      } else if (alt.equals("<cond>")) {
        m.conditional = true;
      } else if (alt.length() > 2 && alt.startsWith("*") && alt.endsWith("*")) {
        m.infixes.add(Tokens.fold(word(alt.substring(1, alt.length() - 1), spec)));
      } else if (alt.startsWith("~")) {
        m.stems.add(Tokens.stem(word(alt.substring(1), spec), language));
      } else if (alt.length() > 1 && alt.endsWith("*")) {
        m.prefixes.add(Tokens.fold(word(alt.substring(0, alt.length() - 1), spec)));
      } else if (alt.length() > 1 && alt.startsWith("*")) {
        m.suffixes.add(Tokens.fold(word(alt.substring(1), spec)));
      } else {
        m.exact.add(Tokens.fold(word(alt, spec)));
      }
    }
    return new WordMatcher(m);
  }

  /** What a position accepts, gathered while it is parsed. */
  private static final class Builder {
    final Set<String> exact = new HashSet<>();
    final Set<String> excluded = new HashSet<>();
    final Set<String> unfolded = new HashSet<>();
    final List<String> unfoldedPrefixes = new ArrayList<>();
    final Set<String> stems = new HashSet<>();
    final List<String> prefixes = new ArrayList<>();
    final List<String> suffixes = new ArrayList<>();
    final List<String> infixes = new ArrayList<>();
    boolean any;
    boolean negator;
    boolean conditional;
  }

  private static String lower(String w) {
    return w.toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  private static String word(String w, String spec) {
    if (w.isEmpty() || w.indexOf('*') >= 0 || w.indexOf('~') >= 0 || w.indexOf('<') >= 0) {
      throw new IllegalArgumentException("bad word '" + w + "' in '" + spec + "'");
    }
    return w;
  }

  boolean matches(Token t, boolean isNegator, boolean isConditional) {
    String norm = t.norm();
    if (excluded.contains(norm)) {
      return false;
    }
    if (any || (negator && isNegator) || (conditional && isConditional)) {
      return true;
    }
    if (exact.contains(norm) || stems.contains(t.stem())) {
      return true;
    }
    for (String p : prefixes) {
      if (norm.startsWith(p)) {
        return true;
      }
    }
    if (!unfolded.isEmpty() || !unfoldedPrefixes.isEmpty()) {
      String lower = lower(t.text());
      if (unfolded.contains(lower)) {
        return true;
      }
      for (String p : unfoldedPrefixes) {
        if (lower.startsWith(p)) {
          return true;
        }
      }
    }
    for (String s : infixes) {
      if (norm.contains(s)) {
        return true;
      }
    }
    for (String s : suffixes) {
      // an ending needs a stem of its own before it: two letters at least
      if (norm.length() >= s.length() + 2 && norm.endsWith(s)) {
        return true;
      }
    }
    return false;
  }
}
