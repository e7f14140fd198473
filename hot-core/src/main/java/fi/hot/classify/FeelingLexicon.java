package fi.hot.classify;

import fi.hot.HotParseException;
import fi.hot.model.Language;
import fi.hot.text.Token;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The feeling cues of one language for the {@link FeelingReader}: words of frustration, worry,
 * hurry and pleasure, words that carry a polarity alone, and the words that negate, strengthen,
 * soften or contrast them.
 *
 * <pre>{@code
 * FeelingLexicon fi = FeelingLexicon.standard(Language.FI);
 * FeelingLexicon mine = FeelingLexicon.parse("my-fi.feelings", Language.FI, reader);
 * FeelingReader r = new FeelingReader(mine, FeelingLexicon.standard(Language.EN));
 * }</pre>
 *
 * <p>A lexicon file has one rule a line, {@code id kind weight flags pattern}, as the cue lexicons
 * ({@link Lexicon}) have, with the same patterns ({@link CuePattern}): {@code frustrated.arsyttaa
 * FRUSTRATED 0.8 - ärsy*}. Kinds: {@code FRUSTRATED}, {@code WORRIED}, {@code HURRIED}, {@code
 * PLEASED}, {@code NEGATIVE}, {@code POSITIVE}, {@code NEGATOR}, {@code INTENSIFIER}, {@code
 * DIMINISHER}, {@code CONTRAST}, {@code PHRASE}. Flags ({@code -} for none, else comma-separated):
 * {@code boost}, {@code fixed}, {@code request}, {@code polite}, {@code sent}; see {@link
 * FeelingRule}. The shipped files are {@code fi/hot/classify/fi.feelings} and {@code en.feelings}.
 *
 * <p>Immutable and thread-safe.
 */
public final class FeelingLexicon {

  private final Language language;
  private final List<FeelingRule> rules;
  private final FirstWords firstWords;
  // the words and stems the patterns name, numbered as the cue layer's matchers compare them
  private final WordMatcher.Vocabulary vocabulary;
  private final WordMatcher.Index words;

  private FeelingLexicon(
      Language language,
      List<FeelingRule> rules,
      List<String> patterns,
      WordMatcher.Vocabulary vocabulary) {
    this.vocabulary = vocabulary.frozen();
    this.words = new WordMatcher.Index(List.of(), this.vocabulary);
    this.language = language;
    this.rules = List.copyOf(rules);
    this.firstWords = FirstWords.of(patterns, language);
  }

  /** The lexicon shipped with HOT for Finnish or English. */
  public static FeelingLexicon standard(Language language) {
    return RuleFile.shipped(language, "feelings", (name, reader) -> parse(name, language, reader));
  }

  /**
   * Reads a lexicon. The reader is read to its end but not closed.
   *
   * @param name the file name, for messages
   * @throws HotParseException at the first bad line, as {@code name:line: reason}
   */
  public static FeelingLexicon parse(String name, Language language, Reader reader) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(reader, "reader");
    RuleFile.requireFiOrEn(language, "feeling lexicons");
    List<FeelingRule> rules = new ArrayList<>();
    WordMatcher.Vocabulary vocabulary = new WordMatcher.Vocabulary();
    List<String> patterns = new ArrayList<>();
    RuleFile.forEachRule(
        name,
        reader,
        s -> {
          rules.add(rule(s, language, vocabulary));
          patterns.add(s.split("\\s+", 5)[4]);
        });
    return new FeelingLexicon(language, rules, patterns, vocabulary);
  }

  private static FeelingRule rule(
      String line, Language language, WordMatcher.Vocabulary vocabulary) {
    RuleFile.Line<FeelingRule.Kind> f = RuleFile.Line.parse(line, FeelingRule.Kind.class);
    FeelingRule.Kind kind = f.kind();
    double weight = f.weight();
    if (kind.isCue() && weight == 0) {
      throw new IllegalArgumentException("a " + kind + " cue needs a weight above 0");
    }
    boolean boost = false;
    boolean fixed = false;
    boolean request = false;
    boolean polite = false;
    boolean sentence = false;
    for (String flag : f.flags()) {
      switch (flag) {
        case "boost" -> boost = true;
        case "fixed" -> fixed = true;
        case "request" -> request = true;
        case "polite" -> polite = true;
        case "sent" -> sentence = true;
        default -> throw new IllegalArgumentException("unknown flag '" + flag + "'");
      }
    }
    if ((boost || fixed || request || polite || sentence) && !kind.isCue()) {
      throw new IllegalArgumentException("flags are for cues, not for " + kind);
    }
    CuePattern pattern = CuePattern.parse(f.pattern(), language, vocabulary);
    return new FeelingRule(f.id(), kind, weight, boost, fixed, request, polite, sentence, pattern);
  }

  /** The language the lexicon is for: FI or EN. */
  public Language language() {
    return language;
  }

  /** How many rules (lines) the lexicon has. */
  public int size() {
    return rules.size();
  }

  List<FeelingRule> rules() {
    return rules;
  }

  /** Where each rule may start in the words, by rule index: the lookup tables of first words. */
  /**
   * The words as the patterns compare them: each word's number in the vocabulary (-1 when no
   * pattern names it), then each stem's.
   */
  CuePattern.Text text(
      List<Token> tokens, boolean[] negators, boolean[] conditionals, boolean[] leads) {
    int n = tokens.size();
    int[] wordIds = new int[n];
    int[] stemIds = new int[n];
    WordMatcher.Ids unused = new WordMatcher.Ids();
    for (int i = 0; i < n; i++) {
      stemIds[i] = vocabulary.stem(tokens.get(i).stem());
      wordIds[i] = words.candidates(tokens.get(i), stemIds[i], unused);
    }
    return new CuePattern.Text(tokens, wordIds, stemIds, negators, conditionals, leads);
  }

  int[][] candidates(List<Token> tokens) {
    return firstWords.candidates(tokens);
  }
}
