package fi.hot.classify;

import fi.hot.model.Language;
import fi.hot.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * A sequence of word positions with optional gaps: {@code ei .. toimi*}. A leading {@code ^} ties
 * the first word to the start of a clause; {@code ..} allows up to three words between two
 * positions, {@code ...} up to eight; a position ending in {@code ?} may be left out ({@code olisi
 * _? ihanaa}); a trailing {@code $} ties the last word to the end of its clause. Words of one match
 * stay in one sentence, and in one clause unless the rule may cross clauses. Immutable.
 */
final class CuePattern {
  static final int SHORT_GAP = 3;
  static final int LONG_GAP = 8;

  private final boolean anchored;
  private final boolean closing;
  private final List<WordMatcher> words;
  private final int[] gapBefore;
  private final boolean[] optional;

  private CuePattern(
      boolean anchored,
      boolean closing,
      List<WordMatcher> words,
      int[] gapBefore,
      boolean[] optional) {
    this.anchored = anchored;
    this.closing = closing;
    this.words = List.copyOf(words);
    this.gapBefore = gapBefore;
    this.optional = optional;
  }

  /**
   * Parses a pattern written as space-separated positions.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  static CuePattern parse(String text, Language language, WordMatcher.Vocabulary vocabulary) {
    String[] parts = text.trim().split("\\s+");
    boolean anchored = false;
    boolean closing = false;
    List<WordMatcher> words = new ArrayList<>();
    List<Integer> gaps = new ArrayList<>();
    List<Boolean> optional = new ArrayList<>();
    int pendingGap = 0;
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i];
      if (p.isEmpty()) {
        continue;
      }
      if (closing) {
        throw new IllegalArgumentException("'$' must close the pattern");
      }
      if (p.equals("$")) {
        if (words.isEmpty()) {
          throw new IllegalArgumentException("'$' must follow a word");
        }
        closing = true;
      } else if (p.equals("^")) {
        if (i != 0) {
          throw new IllegalArgumentException("'^' must open the pattern");
        }
        anchored = true;
      } else if (p.equals("..") || p.equals("...")) {
        if (words.isEmpty() || pendingGap > 0) {
          throw new IllegalArgumentException("a gap must stand between two words");
        }
        pendingGap = p.equals("..") ? SHORT_GAP : LONG_GAP;
      } else {
        boolean maybe = p.length() > 1 && p.endsWith("?");
        if (maybe && words.isEmpty()) {
          throw new IllegalArgumentException("the first word cannot be optional");
        }
        words.add(
            WordMatcher.parse(maybe ? p.substring(0, p.length() - 1) : p, language, vocabulary));
        gaps.add(pendingGap);
        optional.add(maybe);
        pendingGap = 0;
      }
    }
    if (words.isEmpty()) {
      throw new IllegalArgumentException("pattern has no words");
    }
    if (pendingGap > 0) {
      throw new IllegalArgumentException("a gap must stand between two words");
    }
    if (optional.get(optional.size() - 1)) {
      throw new IllegalArgumentException("the last word cannot be optional");
    }
    boolean[] maybe = new boolean[optional.size()];
    for (int i = 0; i < maybe.length; i++) {
      maybe[i] = optional.get(i);
    }
    return new CuePattern(
        anchored, closing, words, gaps.stream().mapToInt(Integer::intValue).toArray(), maybe);
  }

  /**
   * The end (exclusive) of a match that starts at {@code start}, or -1.
   *
   * @param wholeSentence whether gaps may cross clause boundaries inside the sentence
   */
  int matchAt(Text t, int start, boolean wholeSentence) {
    if (anchored && !t.opensClause(start)) {
      return -1;
    }
    if (!t.matches(words.get(0), start)) {
      return -1;
    }
    return rest(t, 1, start, wholeSentence);
  }

  private int rest(Text t, int k, int previous, boolean wholeSentence) {
    if (k == words.size()) {
      return closing && !t.closesClause(previous) ? -1 : previous + 1;
    }
    if (optional[k]) {
      int end = rest(t, k + 1, previous, wholeSentence);
      if (end >= 0) {
        return end;
      }
    }
    List<Token> tokens = t.tokens();
    Token prev = tokens.get(previous);
    for (int skip = 0; skip <= gapBefore[k]; skip++) {
      int j = previous + 1 + skip;
      if (j >= tokens.size()) {
        return -1;
      }
      Token next = tokens.get(j);
      if (next.sentence() != prev.sentence()) {
        return -1;
      }
      if (!wholeSentence && next.clause() != prev.clause()) {
        // the next word may open the following clause ("promised to call .. but"), nothing later
        if (!(next.opensClause() && tokens.get(j - 1).clause() == prev.clause())) {
          return -1;
        }
      }
      if (t.matches(words.get(k), j)) {
        int end = rest(t, k + 1, j, wholeSentence);
        if (end >= 0) {
          return end;
        }
      }
    }
    return -1;
  }

  int size() {
    return words.size();
  }

  /** Whether a match must open a clause ({@code ^}). */
  boolean anchored() {
    return anchored;
  }

  /** The first word's matcher: a match can start only where it accepts the word. */
  WordMatcher first() {
    return words.get(0);
  }

  /**
   * The tokens of a statement with the marks that patterns may ask about, and each word's and
   * stem's number in the lexicon's {@link WordMatcher.Vocabulary} (-1 when not in it).
   */
  record Text(
      List<Token> tokens,
      int[] wordIds,
      int[] stemIds,
      boolean[] negators,
      boolean[] conditionals,
      boolean[] leads) {

    boolean matches(WordMatcher m, int i) {
      return m.matches(tokens.get(i), wordIds[i], stemIds[i], negators[i], conditionals[i]);
    }

    /** Last word of its clause. */
    boolean closesClause(int i) {
      return i == tokens.size() - 1 || tokens.get(i + 1).opensClause();
    }

    /** First word of its clause, or preceded in it only by lead-in words ("please", "ja"). */
    boolean opensClause(int i) {
      for (int j = i; j >= 0; j--) {
        if (tokens.get(j).opensClause()) {
          return true;
        }
        if (!leads[j - 1]) {
          return false;
        }
      }
      return true;
    }
  }
}
