package fi.hot.classify;

import fi.hot.HotParseException;
import fi.hot.model.Language;
import fi.hot.text.Token;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

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

  private final Language language;
  private final List<CueRule> rules;
  private final WordMatcher.Vocabulary vocabulary;
  private final WordMatcher.Index firstWords;
  // by rule: whether it marks words (read first) rather than makes cues; whether it is anchored
  private final boolean[] markers;
  private final boolean[] anchored;
  private final String idPrefix;
  private final List<String> fullIds;

  private Lexicon(Language language, List<CueRule> rules, WordMatcher.Vocabulary vocabulary) {
    this.language = language;
    this.rules = List.copyOf(rules);
    this.vocabulary = vocabulary;
    this.markers = new boolean[rules.size()];
    this.anchored = new boolean[rules.size()];
    for (int r = 0; r < rules.size(); r++) {
      anchored[r] = rules.get(r).pattern().anchored();
      markers[r] =
          switch (rules.get(r).kind()) {
            case CONDITIONAL, LEAD, BREAK, NEGATOR -> true;
            default -> false;
          };
    }
    this.firstWords =
        new WordMatcher.Index(rules.stream().map(r -> r.pattern().first()).toList(), vocabulary);
    this.idPrefix = language.code() + ".";
    this.fullIds = rules.stream().map(r -> idPrefix + r.id()).toList();
  }

  /** The lexicon shipped with HOT for Finnish or English. */
  public static Lexicon standard(Language language) {
    return RuleFile.shipped(language, "cues", (name, reader) -> parse(name, language, reader));
  }

  /**
   * Reads a lexicon. The reader is read to its end but not closed.
   *
   * @param name the file name, for messages
   * @throws HotParseException at the first bad line, as {@code name:line: reason}
   */
  public static Lexicon parse(String name, Language language, Reader reader) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(reader, "reader");
    RuleFile.requireFiOrEn(language, "cue lexicons");
    List<CueRule> rules = new ArrayList<>();
    WordMatcher.Vocabulary vocabulary = new WordMatcher.Vocabulary();
    RuleFile.forEachRule(name, reader, s -> rules.add(rule(s, language, vocabulary)));
    return new Lexicon(language, rules, vocabulary.frozen());
  }

  private static CueRule rule(String line, Language language, WordMatcher.Vocabulary vocabulary) {
    RuleFile.Line<CueRule.Kind> f = RuleFile.Line.parse(line, CueRule.Kind.class);
    CueRule.Kind kind = f.kind();
    boolean negatable = kind == CueRule.Kind.PROBLEM;
    boolean boost = false;
    boolean sentence = false;
    boolean weak = false;
    boolean positive = false;
    boolean perceive = false;
    for (String flag : f.flags()) {
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
    CuePattern pattern = CuePattern.parse(f.pattern(), language, vocabulary);
    return new CueRule(
        f.id(), kind, f.weight(), negatable, boost, sentence, weak, positive, perceive, pattern);
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

  /** Whether a pattern compares stems ({@code ~word}): words need stemming only then. */
  boolean usesStems() {
    return vocabulary.hasStems();
  }

  /** What a cue id starts with in this language: {@code fi.} or {@code en.}. */
  String idPrefix() {
    return idPrefix;
  }

  /** The cue id of the rule at {@code index} in {@link #rules()}, language prefix included. */
  String fullId(int index) {
    return fullIds.get(index);
  }

  /**
   * Where a match of each rule may start in the words, by what the words are: those that its first
   * position accepts, looked up instead of tried one rule at a time.
   */
  Candidates candidates(List<Token> tokens) {
    int n = tokens.size();
    int[] wordIds = new int[n];
    int[] stemIds = new int[n];
    WordMatcher.Ids ids = new WordMatcher.Ids();
    int[] at = new int[n + 1];
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      stemIds[i] = vocabulary.stem(t.stem());
      at[i] = ids.size();
      wordIds[i] = firstWords.candidates(t, stemIds[i], ids);
    }
    at[n] = ids.size();
    return new Candidates(this, ids, at, wordIds, stemIds);
  }

  /** The rules that may start at each word, by what the word is. */
  static final class Candidates {
    private final Lexicon lexicon;
    private final WordMatcher.Ids ids;
    private final int[] at;
    private final int[] wordIds;
    private final int[] stemIds;

    private Candidates(
        Lexicon lexicon, WordMatcher.Ids ids, int[] at, int[] wordIds, int[] stemIds) {
      this.lexicon = lexicon;
      this.ids = ids;
      this.at = at;
      this.wordIds = wordIds;
      this.stemIds = stemIds;
    }

    /** Each word's number in the lexicon's vocabulary, -1 when no pattern names it. */
    int[] wordIds() {
      return wordIds;
    }

    /** Each word's stem's number in the lexicon's vocabulary, -1 when no pattern names it. */
    int[] stemIds() {
      return stemIds;
    }

    /**
     * Where the rules that mark words (negations, conditional forms, lead-in words, breaks) may
     * start; no word is marked yet.
     */
    Starts markers() {
      return starts(true, null, null, null);
    }

    /**
     * Where the rules that make cues may start, given which words negate, which are conditional
     * forms and which open a clause (a rule anchored with {@code ^} starts nowhere else).
     */
    Starts cues(boolean[] negators, boolean[] conditionals, boolean[] opens) {
      return starts(false, negators, conditionals, opens);
    }

    private Starts starts(
        boolean markers, boolean[] negators, boolean[] conditionals, boolean[] opens) {
      boolean[] marker = lexicon.markers;
      boolean[] anchored = lexicon.anchored;
      int[] negating = lexicon.firstWords.negating();
      int[] conditional = lexicon.firstWords.conditionals();
      int words = at.length - 1;
      int n = ids.size();
      for (int i = 0; i < words; i++) {
        n += negators != null && negators[i] ? negating.length : 0;
        n += conditionals != null && conditionals[i] ? conditional.length : 0;
      }
      // rule and position in one key: sorted, each rule's positions come together, ascending
      long[] keys = new long[n];
      int k = 0;
      for (int i = 0; i < words; i++) {
        boolean closed = opens != null && !opens[i];
        for (int c = at[i]; c < at[i + 1]; c++) {
          int r = ids.get(c);
          if (marker[r] == markers && !(closed && anchored[r])) {
            keys[k++] = (long) r << 32 | i;
          }
        }
        if (negators != null && negators[i]) {
          for (int r : negating) {
            if (marker[r] == markers && !(closed && anchored[r])) {
              keys[k++] = (long) r << 32 | i;
            }
          }
        }
        if (conditionals != null && conditionals[i]) {
          for (int r : conditional) {
            if (marker[r] == markers && !(closed && anchored[r])) {
              keys[k++] = (long) r << 32 | i;
            }
          }
        }
      }
      n = k;
      sort(keys, n);
      int[] rules = new int[n];
      int[] from = new int[n + 1];
      int[] positions = new int[n];
      int count = 0;
      int p = 0;
      for (int j = 0; j < n; j++) {
        int rule = (int) (keys[j] >>> 32);
        int position = (int) keys[j];
        if (count == 0 || rules[count - 1] != rule) {
          rules[count] = rule;
          from[count] = p;
          count++;
        } else if (positions[p - 1] == position) {
          continue; // found twice (an exact word and a prefix)
        }
        positions[p++] = position;
      }
      from[count] = p;
      return new Starts(count, rules, from, positions);
    }

    /** Sorts the first {@code n} keys; there are seldom more than a few dozen. */
    private static void sort(long[] keys, int n) {
      if (n > 64) {
        Arrays.sort(keys, 0, n);
        return;
      }
      for (int i = 1; i < n; i++) {
        long key = keys[i];
        int j = i - 1;
        while (j >= 0 && keys[j] > key) {
          keys[j + 1] = keys[j];
          j--;
        }
        keys[j + 1] = key;
      }
    }
  }

  /**
   * The rules that may start somewhere in the words, ascending by their place in {@link #rules()},
   * each with its candidate start positions, ascending. A rule not among them matches nowhere.
   */
  static final class Starts {
    private final int count;
    private final int[] rules;
    private final int[] from;
    private final int[] positions;

    private Starts(int count, int[] rules, int[] from, int[] positions) {
      this.count = count;
      this.rules = rules;
      this.from = from;
      this.positions = positions;
    }

    /** How many rules may start somewhere. */
    int count() {
      return count;
    }

    /** The {@code j}-th such rule's place in {@link #rules()}. */
    int rule(int j) {
      return rules[j];
    }

    /** Where the {@code j}-th rule's positions start in {@link #position}. */
    int from(int j) {
      return from[j];
    }

    int to(int j) {
      return from[j + 1];
    }

    int position(int k) {
      return positions[k];
    }
  }
}
