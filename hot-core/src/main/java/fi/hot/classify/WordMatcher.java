package fi.hot.classify;

import fi.hot.model.Language;
import fi.hot.text.Token;
import fi.hot.text.Tokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
  // the exact, excluded words and stems by their numbers in the lexicon's vocabulary: a word is
  // looked up once per statement, then each matcher compares numbers
  private final int[] exactIds;
  private final int[] excludedIds;
  private final int[] stemIds;
  // the same words as tries: a word is checked against all of them in one walk
  private final Trie prefixTrie;
  private final Trie suffixTrie;
  private final Trie infixTrie;
  private final Trie unfoldedPrefixTrie;

  private WordMatcher(Builder b, Vocabulary vocabulary) {
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
    prefixTrie = Trie.of(prefixes, false);
    suffixTrie = Trie.of(suffixes, true);
    infixTrie = Trie.of(infixes, false);
    unfoldedPrefixTrie = Trie.of(unfoldedPrefixes, false);
    exactIds = numbers(exact, vocabulary, false);
    excludedIds = numbers(excluded, vocabulary, false);
    stemIds = numbers(stems, vocabulary, true);
  }

  // plain loops: lexicons are read at start-up, where streams cost more than they do
  private static int[] numbers(Set<String> words, Vocabulary vocabulary, boolean stems) {
    int[] out = new int[words.size()];
    int i = 0;
    for (String w : words) {
      out[i++] = stems ? vocabulary.addStem(w) : vocabulary.addWord(w);
    }
    Arrays.sort(out);
    return out;
  }

  /**
   * Parses one position.
   *
   * @throws IllegalArgumentException naming the bad alternative
   */
  static WordMatcher parse(String spec, Language language, Vocabulary vocabulary) {
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
    return new WordMatcher(m, vocabulary);
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

  /**
   * Whether the word is accepted.
   *
   * @param wordId the word's number in the vocabulary the matcher was parsed with, -1 if not in it
   * @param stemId its stem's number there, -1 if not in it
   */
  boolean matches(Token t, int wordId, int stemId, boolean isNegator, boolean isConditional) {
    String norm = t.norm();
    if (has(excludedIds, wordId)) {
      return false;
    }
    if (any || (negator && isNegator) || (conditional && isConditional)) {
      return true;
    }
    if (has(exactIds, wordId) || has(stemIds, stemId)) {
      return true;
    }
    if (prefixTrie.hasPrefixOf(norm, 0)) {
      return true;
    }
    if (!unfolded.isEmpty() || !unfoldedPrefixes.isEmpty()) {
      String lower = lower(t.text());
      if (unfolded.contains(lower) || unfoldedPrefixTrie.hasPrefixOf(lower, 0)) {
        return true;
      }
    }
    if (!infixes.isEmpty()) {
      for (int s = 0; s < norm.length(); s++) {
        if (infixTrie.hasPrefixOf(norm, s)) {
          return true;
        }
      }
    }
    // an ending needs a stem of its own before it: two letters at least
    return suffixTrie.hasSuffixOf(norm, 2);
  }

  private static boolean has(int[] ids, int id) {
    if (id < 0) {
      return false;
    }
    if (ids.length > 8) {
      return Arrays.binarySearch(ids, id) >= 0;
    }
    for (int i : ids) {
      if (i == id) {
        return true;
      }
    }
    return false;
  }

  /**
   * The words and stems that the matchers of one lexicon name, each with a number. While a lexicon
   * is read numbers are added; then it is frozen and only read.
   */
  static final class Vocabulary {
    private final Map<String, Integer> words;
    private final Map<String, Integer> stems;

    Vocabulary() {
      this(new HashMap<>(), new HashMap<>());
    }

    private Vocabulary(Map<String, Integer> words, Map<String, Integer> stems) {
      this.words = words;
      this.stems = stems;
    }

    int addWord(String word) {
      return words.computeIfAbsent(word, w -> words.size());
    }

    int addStem(String stem) {
      return stems.computeIfAbsent(stem, w -> stems.size());
    }

    /** A copy that is only read from then on, safe to share once published. */
    Vocabulary frozen() {
      return new Vocabulary(new HashMap<>(words), new HashMap<>(stems));
    }

    /** Whether any matcher compares stems. */
    boolean hasStems() {
      return !stems.isEmpty();
    }

    /** The number of a stem, -1 if no matcher names it. */
    int stem(String stem) {
      if (stems.isEmpty()) {
        return -1;
      }
      Integer id = stems.get(stem);
      return id == null ? -1 : id;
    }
  }

  /**
   * Which of many matchers may accept a word, found by looking the word up rather than by trying
   * every matcher: exact words and stems in hash maps, prefixes, endings and parts in character
   * tries. It answers a superset (exclusions are not applied, and an ending's length rule is not),
   * so a candidate is then tried with {@link #matches}. Immutable and thread-safe.
   */
  static final class Index {
    // by stem number in the vocabulary
    private final int[][] byStem;
    private final Map<String, int[]> unfolded = new HashMap<>();
    // the vocabulary's words and the first words' prefixes in one trie: one walk over a word
    // finds its number, the matchers that name it and those that name a prefix of it
    private final Trie prefixes = new Trie();
    private final Trie suffixes = new Trie();
    private final Trie infixes = new Trie();
    private final Trie unfoldedPrefixes = new Trie();
    private final int[] always;
    private final int[] negating;
    private final int[] conditionals;
    private final boolean lowered;

    /**
     * @param matchers the matchers; a matcher's number is its place in the list
     */
    Index(List<WordMatcher> matchers, Vocabulary vocabulary) {
      vocabulary.words.forEach((w, number) -> prefixes.node(w).word = number);
      Map<Integer, int[]> stems = new HashMap<>();
      List<Integer> any = new ArrayList<>();
      List<Integer> neg = new ArrayList<>();
      List<Integer> cond = new ArrayList<>();
      for (int id = 0; id < matchers.size(); id++) {
        WordMatcher m = matchers.get(id);
        if (m.any) {
          any.add(id);
          continue;
        }
        // a negating word or a conditional form is known by its mark, once the marks are read
        if (m.negator) {
          neg.add(id);
        }
        if (m.conditional) {
          cond.add(id);
        }
        for (String w : m.exact) {
          Trie node = prefixes.node(w);
          node.exact = Arrays.copyOf(node.exact, node.exact.length + 1);
          node.exact[node.exact.length - 1] = id;
        }
        for (int w : m.stemIds) {
          put(stems, w, id);
        }
        for (String w : m.unfolded) {
          put(unfolded, w, id);
        }
        for (String w : m.prefixes) {
          prefixes.add(w, false, id);
        }
        for (String w : m.suffixes) {
          suffixes.add(w, true, id);
        }
        for (String w : m.infixes) {
          infixes.add(w, false, id);
        }
        for (String w : m.unfoldedPrefixes) {
          unfoldedPrefixes.add(w, false, id);
        }
      }
      byStem = new int[vocabulary.stems.size()][];
      stems.forEach((w, ids) -> byStem[w] = ids);
      always = any.stream().mapToInt(Integer::intValue).toArray();
      negating = neg.stream().mapToInt(Integer::intValue).toArray();
      conditionals = cond.stream().mapToInt(Integer::intValue).toArray();
      lowered = !unfolded.isEmpty() || !unfoldedPrefixes.isEmpty();
    }

    private static <K> void put(Map<K, int[]> map, K key, int id) {
      int[] ids = map.getOrDefault(key, new int[0]);
      int[] more = Arrays.copyOf(ids, ids.length + 1);
      more[ids.length] = id;
      map.put(key, more);
    }

    /**
     * Adds the numbers of the matchers that may accept the word by what it is; a number may come
     * twice. Those that accept it by a mark are {@link #negating} and {@link #conditionals}.
     *
     * @return the word's number in the vocabulary, -1 if no matcher names it
     */
    int candidates(Token t, int stemId, Ids out) {
      out.addAll(always);
      String norm = t.norm();
      int wordId = prefixes.walk(norm, out);
      int[] ids = stemId >= 0 ? byStem[stemId] : null;
      if (ids != null) {
        out.addAll(ids);
      }
      suffixes.suffixesOf(norm, out);
      if (!infixes.isEmpty()) {
        for (int s = 0; s < norm.length(); s++) {
          infixes.prefixesOf(norm, s, out);
        }
      }
      if (lowered) {
        String lower = lower(t.text());
        ids = unfolded.get(lower);
        if (ids != null) {
          out.addAll(ids);
        }
        unfoldedPrefixes.prefixesOf(lower, 0, out);
      }
      return wordId;
    }

    /** The matchers that accept a word marked as negating. */
    int[] negating() {
      return negating;
    }

    /** The matchers that accept a word marked as a conditional form. */
    int[] conditionals() {
      return conditionals;
    }
  }

  /** A growable list of ints, reused while a statement is read. */
  static final class Ids {
    private int[] values = new int[64];
    private int size;

    void add(int v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    void addAll(int[] vs) {
      for (int v : vs) {
        add(v);
      }
    }

    int size() {
      return size;
    }

    int get(int i) {
      return values[i];
    }

    void clear() {
      size = 0;
    }
  }

  /** A character trie whose nodes hold the numbers of the words that end there. */
  private static final class Trie {
    private static final int DIRECT = 128;

    private static final char[] NO_KEYS = new char[0];
    private static final Trie[] NO_CHILDREN = new Trie[0];
    private static final int[] NO_IDS = new int[0];

    private char[] keys = NO_KEYS;
    private Trie[] children = NO_CHILDREN;
    // the vocabulary's number of the word that ends here (-1 if none), and the matchers that name
    // it exactly
    private int word = -1;
    private int[] exact = NO_IDS;
    // children by char below DIRECT, once a node has a few: one array read instead of a scan
    private Trie[] direct;
    private int[] ids = NO_IDS;

    /** A trie of the words, each with the number 0. */
    static Trie of(List<String> words, boolean reversed) {
      Trie t = new Trie();
      for (String w : words) {
        t.add(w, reversed, 0);
      }
      return t;
    }

    boolean isEmpty() {
      return keys.length == 0 && ids.length == 0;
    }

    /** The node of a word, made when missing. */
    Trie node(String word) {
      Trie node = this;
      for (int i = 0; i < word.length(); i++) {
        node = node.childOrNew(word.charAt(i));
      }
      return node;
    }

    private Trie childOrNew(char c) {
      Trie next = child(c);
      if (next == null) {
        next = new Trie();
        keys = Arrays.copyOf(keys, keys.length + 1);
        children = Arrays.copyOf(children, children.length + 1);
        keys[keys.length - 1] = c;
        children[children.length - 1] = next;
        if (direct != null) {
          if (c < DIRECT) {
            direct[c] = next;
          }
        } else if (keys.length > 4) {
          direct = new Trie[DIRECT];
          for (int k = 0; k < keys.length; k++) {
            if (keys[k] < DIRECT) {
              direct[keys[k]] = children[k];
            }
          }
        }
      }
      return next;
    }

    /**
     * Adds the numbers held along the path of {@code s} (the words that are prefixes of it) and
     * those that name {@code s} exactly.
     *
     * @return the number of the word {@code s}, -1 if it has none
     */
    int walk(String s, Ids out) {
      Trie node = this;
      out.addAll(node.ids);
      for (int i = 0; i < s.length(); i++) {
        node = node.child(s.charAt(i));
        if (node == null) {
          return -1;
        }
        out.addAll(node.ids);
      }
      out.addAll(node.exact);
      return node.word;
    }

    void add(String word, boolean reversed, int id) {
      Trie node = this;
      for (int i = 0; i < word.length(); i++) {
        node = node.childOrNew(word.charAt(reversed ? word.length() - 1 - i : i));
      }
      node.ids = Arrays.copyOf(node.ids, node.ids.length + 1);
      node.ids[node.ids.length - 1] = id;
    }

    private Trie child(char c) {
      if (direct != null && c < DIRECT) {
        return direct[c];
      }
      for (int i = 0; i < keys.length; i++) {
        if (keys[i] == c) {
          return children[i];
        }
      }
      return null;
    }

    /** The words that are prefixes of {@code s} from {@code from} on (an empty word included). */
    void prefixesOf(String s, int from, Ids out) {
      Trie node = this;
      out.addAll(node.ids);
      for (int i = from; i < s.length(); i++) {
        node = node.child(s.charAt(i));
        if (node == null) {
          return;
        }
        out.addAll(node.ids);
      }
    }

    /** The words (added reversed) that end {@code s}. */
    void suffixesOf(String s, Ids out) {
      Trie node = this;
      out.addAll(node.ids);
      for (int i = s.length() - 1; i >= 0; i--) {
        node = node.child(s.charAt(i));
        if (node == null) {
          return;
        }
        out.addAll(node.ids);
      }
    }

    /** Whether a word of the trie starts {@code s} at {@code from}. */
    boolean hasPrefixOf(String s, int from) {
      Trie node = this;
      if (node.ids.length > 0) {
        return true;
      }
      for (int i = from; i < s.length(); i++) {
        node = node.child(s.charAt(i));
        if (node == null) {
          return false;
        }
        if (node.ids.length > 0) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether a word of the trie (added reversed) ends {@code s} with at least {@code rest} chars
     * before it.
     */
    boolean hasSuffixOf(String s, int rest) {
      Trie node = this;
      int length = s.length();
      // at step d the node stands for the last d chars
      for (int d = 0; d + rest <= length; d++) {
        if (node.ids.length > 0) {
          return true;
        }
        if (d == length) {
          return false;
        }
        node = node.child(s.charAt(length - 1 - d));
        if (node == null) {
          return false;
        }
      }
      return false;
    }
  }
}
