package fi.hot.text;

import fi.hot.model.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FinnishStemmer;

/**
 * Splits a statement into words with Lucene's standard (Unicode) tokenizer and normalises them the
 * same way for the classifier's lexicons and for language detection.
 *
 * <pre>{@code
 * List<Token> tokens = Tokens.of("The app doesn’t work", Language.EN);
 * tokens.get(2).norm();   // "doesn't"
 * Tokens.fold("Väärä");   // "vaara"
 * }</pre>
 *
 * <p>Sentences end at {@code . ! ?} and line breaks; clauses also end at {@code , ; : ( ) "} and
 * dashes, and a new clause starts at a joining word such as {@code mutta}, {@code koska}, {@code
 * but} or {@code because}. Thread-safe: each thread keeps its own tokenizer and stemmers.
 */
public final class Tokens {

  // words that open a clause of their own: the scope of a negation ends before them
  private static final Set<String> FI_CLAUSE_WORDS =
      Set.of(
          "mutta", "vaan", "koska", "joten", "vaikka", "ja", "seka", "eika", "enka", "etka",
          "emmeka", "etteka", "eivatka", "kunnes");
  private static final Set<String> EN_CLAUSE_WORDS =
      Set.of("but", "because", "although", "though", "and", "however", "whereas", "until");

  // an Analyzer keeps one tokenizer per thread and reuses it: making one per call is costly
  private static final Analyzer WORDS =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          return new TokenStreamComponents(new StandardTokenizer());
        }
      };

  // Snowball stemmers keep state and are costly to make: one per thread and language, used by
  // one call at a time (a stem is taken before the next word is read)
  private static final ThreadLocal<Stemmer> FINNISH_STEMMER =
      ThreadLocal.withInitial(() -> new Stemmer(new FinnishStemmer()));
  private static final ThreadLocal<Stemmer> ENGLISH_STEMMER =
      ThreadLocal.withInitial(() -> new Stemmer(new EnglishStemmer()));

  // each Latin-1 char lower-cased and folded, where that gives one char (0 where it does not:
  // æ → ae), computed with the folding filter itself so the table cannot disagree with it
  private static final char[] LATIN1 = new char[256];

  static {
    char[] out = new char[4];
    for (char c = 0; c < LATIN1.length; c++) {
      char[] lower = String.valueOf(c).toLowerCase(Locale.ROOT).toCharArray();
      int n = ASCIIFoldingFilter.foldToASCII(lower, 0, out, 0, lower.length);
      LATIN1[c] = n == 1 ? out[0] : 0;
    }
  }

  private Tokens() {}

  /**
   * The words of the text, in order.
   *
   * @param text any text, possibly empty
   * @param language picks the stemmer and the clause-opening words; OTHER uses both word lists and
   *     no stemmer
   */
  public static List<Token> of(String text, Language language) {
    return of(text, language, true);
  }

  /**
   * The words of the text, in order, stemmed only when asked: stemming is the costliest step, and a
   * reader that never compares stems (a lexicon without stem patterns) can skip it.
   *
   * @param text any text, possibly empty
   * @param language picks the stemmer and the clause-opening words; OTHER uses both word lists and
   *     no stemmer
   * @param stems whether to stem; without, each word's {@link Token#stem()} is its {@link
   *     Token#norm()}, as for OTHER
   */
  public static List<Token> of(String text, Language language, boolean stems) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    Stemmer stemmer = stems ? stemmer(language) : null;
    List<Token> out = new ArrayList<>();
    int sentence = 0;
    int clause = 0;
    int previousEnd = -1;
    try (TokenStream tokenizer = WORDS.tokenStream("text", text)) {
      CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
      tokenizer.reset();
      while (tokenizer.incrementToken()) {
        int start = offset.startOffset();
        int end = offset.endOffset();
        String word = text.substring(start, end);
        // the standard tokenizer's term is the text itself: one string serves for both
        String lower = (word.contentEquals(term) ? word : term.toString()).toLowerCase(Locale.ROOT);
        String norm = fold(lower);
        boolean opens = previousEnd < 0;
        if (previousEnd >= 0) {
          if (endsSentence(text, previousEnd, start)) {
            sentence++;
            clause++;
            opens = true;
          } else if (endsClause(text, previousEnd, start) || opensClause(norm, language)) {
            clause++;
            opens = true;
          }
        }
        String stem = stemmer == null ? norm : stemmer.stem(lower);
        out.add(new Token(word, norm, stem, start, end, sentence, clause, opens));
        previousEnd = end;
      }
      tokenizer.end();
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string cannot fail", e);
    }
    return List.copyOf(out);
  }

  /**
   * Lower-cases and folds a word to plain letters: {@code ä → a}, {@code ö → o}, {@code é → e},
   * {@code ’ → '}. Folding lets a lexicon match text typed without Finnish letters.
   */
  public static String fold(String word) {
    Objects.requireNonNull(word, "word");
    // most words are plain ASCII: folding changes nothing below U+0080, lower case only A-Z
    boolean upper = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= '\u0080') {
        return foldLatin1(word);
      }
      upper |= c >= 'A' && c <= 'Z';
    }
    return upper ? word.toLowerCase(Locale.ROOT) : word;
  }

  /** Folds a word of Latin-1 letters (ä, ö, é) by table, any other word the long way. */
  private static String foldLatin1(String word) {
    char[] out = new char[word.length()];
    for (int i = 0; i < out.length; i++) {
      char c = word.charAt(i);
      char f = c < LATIN1.length ? LATIN1[c] : 0;
      if (f == 0) {
        return foldAll(word);
      }
      out[i] = f;
    }
    return new String(out);
  }

  private static String foldAll(String word) {
    char[] in = word.toLowerCase(Locale.ROOT).toCharArray();
    char[] out = new char[in.length * 4];
    int length = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
    return new String(out, 0, length);
  }

  /**
   * The folded Snowball stem of a word in the language ({@code crashes → crash}); the folded word
   * itself for OTHER.
   */
  public static String stem(String word, Language language) {
    Objects.requireNonNull(word, "word");
    Stemmer stemmer = stemmer(language);
    String lower = word.toLowerCase(Locale.ROOT);
    return stemmer == null ? fold(lower) : stemmer.stem(lower);
  }

  private static Stemmer stemmer(Language language) {
    return switch (Objects.requireNonNull(language, "language")) {
      case FI -> FINNISH_STEMMER.get();
      case EN -> ENGLISH_STEMMER.get();
      case OTHER -> null;
    };
  }

  /**
   * A Snowball stemmer that remembers the stems of the words it saw last. Words repeat ("ei",
   * "the", "lasku"), so a frequent word is stemmed once; a table of fixed size, a word's slot taken
   * by the next word that hashes to it, keeps the memory bounded. Its 8,192 slots hold the working
   * vocabulary of a few thousand statements (the shipped English training data has some 3,200
   * distinct words). One per thread and language.
   */
  private static final class Stemmer {
    private static final int SLOTS = 8192;

    private final SnowballStemmer snowball;
    private final String[] words = new String[SLOTS];
    private final String[] stems = new String[SLOTS];

    Stemmer(SnowballStemmer snowball) {
      this.snowball = snowball;
    }

    /** The folded stem of a lower-case word. */
    String stem(String lower) {
      int h = lower.hashCode();
      int slot = (h ^ h >>> 16) & (SLOTS - 1);
      if (lower.equals(words[slot])) {
        return stems[slot];
      }
      snowball.setCurrent(lower);
      snowball.stem();
      String stem = fold(snowball.getCurrent());
      words[slot] = lower;
      stems[slot] = stem;
      return stem;
    }
  }

  private static boolean opensClause(String norm, Language language) {
    return switch (language) {
      case FI -> FI_CLAUSE_WORDS.contains(norm);
      case EN -> EN_CLAUSE_WORDS.contains(norm);
      case OTHER -> FI_CLAUSE_WORDS.contains(norm) || EN_CLAUSE_WORDS.contains(norm);
    };
  }

  /** Whether the gap {@code text[from, to)} between two words ends a sentence. */
  private static boolean endsSentence(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '\n' || c == '…') {
        return true;
      }
    }
    return false;
  }

  /** Whether the gap {@code text[from, to)} between two words ends a clause. */
  private static boolean endsClause(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (",;:()[]\"“”„«»–—".indexOf(c) >= 0) {
        return true;
      }
      // a hyphen between spaces is a dash; inside a word it is not (the tokenizer splits there)
      if (c == '-' && to - from > 1) {
        return true;
      }
    }
    return false;
  }
}
