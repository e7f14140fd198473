package fi.hot.classify;

import fi.hot.model.Cue;
import fi.hot.model.Label;
import fi.hot.model.Language;
import fi.hot.text.Token;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.IntToDoubleFunction;
import org.apache.lucene.util.StringHelper;

/**
 * Turns a statement into the hashed features of the {@link TrainedClassifier}: character 3–5-grams
 * inside words (they absorb Finnish inflection), word 1–2-grams over folded words, a {@code NEG_}
 * variant of each word inside a negation's reach, and the cues the {@link CueClassifier} reads
 * (each cue id and each cue's label).
 *
 * <p>Text features are language-prefixed and share one unit length; cue features have the value 1.
 * Feature names hash into {@value #BITS} bits with MurmurHash3, so the same data always gives the
 * same indexes. Immutable and thread-safe.
 *
 * <p>A name is hashed from the words' UTF-8 bytes without being made into a string: a {@link
 * Vector} keeps for each feature how to spell its name, and spells it only when asked
 * (explanations, the few features shown as cues).
 */
final class Features {
  /** log2 of the size of the hashed feature space. */
  static final int BITS = 18;

  /** Indexes run 1..DIM (liblinear's are one-based); {@link #BIAS} is the constant feature. */
  static final int DIM = 1 << BITS;

  /** The index of the constant (bias) feature. */
  static final int BIAS = DIM + 1;

  static final String BIAS_NAME = "(bias)";

  private static final int SEED = 0x4f54;
  private static final int NEGATION_REACH = 6;

  // what a feature name spells: a kind, and the word or cue it is made of
  private static final int WORD = 0; // fi:w:word
  private static final int NEGATED = 1; // fi:w:NEG_word
  private static final int PAIR = 2; // fi:b:previous_word (<s> before the first)
  private static final int LAST_PAIR = 3; // fi:b:word_</s>
  private static final int GRAM = 4; // fi:c:gram of ^word$
  private static final int CUE = 5; // cue:id
  private static final int CUE_LABEL = 6; // cue-label:LABEL
  private static final int PRIMARY = 7; // cue-primary:LABEL
  private static final int BIAS_KIND = 8; // (bias)

  // per thread: building a vector reuses these buffers
  private static final ThreadLocal<Builder> BUILDER = ThreadLocal.withInitial(Builder::new);

  // the index of cue-primary:LABEL, by label ordinal
  private static final int[] PRIMARY_INDEX = new int[Label.values().length];

  static {
    for (Label label : Label.values()) {
      PRIMARY_INDEX[label.ordinal()] = index("cue-primary:" + label.name());
    }
  }

  private final CueClassifier cues;

  Features(CueClassifier cues) {
    this.cues = Objects.requireNonNull(cues, "cues");
  }

  /**
   * The features of a statement, sorted by index, with the names that hashed to each index.
   *
   * @param language FI or EN
   */
  Vector of(String text, Language language) {
    if (language == Language.OTHER) {
      throw new IllegalArgumentException("features need FI or EN, not " + language);
    }
    CueClassifier.CueReading reading = cues.read(text, language);
    Source source = new Source(language.code(), reading);
    List<Token> tokens = reading.tokens();
    boolean[] negated = negationScope(tokens, reading.negators());
    Builder b = BUILDER.get();
    b.start(source, language);
    for (int i = 0; i < tokens.size(); i++) {
      b.word(i, false);
      if (negated[i]) {
        b.word(i, true);
      }
      b.pair(i);
      int marked = tokens.get(i).norm().length() + 2;
      for (int s = 0; s + 3 <= marked; s++) {
        b.grams(i, s, Math.min(5, marked - s));
      }
    }
    if (!tokens.isEmpty()) {
      b.lastPair(tokens.size() - 1);
    }
    // where a clause ends, the word pairs it would have read alone
    for (int i = 1; i < tokens.size(); i++) {
      if (tokens.get(i).clause() != tokens.get(i - 1).clause()) {
        b.edges(i);
      }
    }
    // each cue and each label the cue layer reads counts once, however often it fires
    for (int j = 0; j < reading.cues().size(); j++) {
      b.spelled(code(CUE, j, 0, 0));
      b.spelled(code(CUE_LABEL, j, 0, 0));
    }
    b.spelled(code(PRIMARY, 0, 0, 0));
    return b.finish();
  }

  /** The index a feature name hashes to, in 1..DIM. */
  static int index(String name) {
    byte[] b = name.getBytes(StandardCharsets.UTF_8);
    return (StringHelper.murmurhash3_x86_32(b, 0, b.length, SEED) & (DIM - 1)) + 1;
  }

  /** Words after a negating word, in its clause, at most six words on. */
  private static boolean[] negationScope(List<Token> tokens, List<Boolean> negators) {
    boolean[] scope = new boolean[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      if (negators.get(i)) {
        int clause = tokens.get(i).clause();
        for (int j = i + 1; j < tokens.size() && j <= i + NEGATION_REACH; j++) {
          if (tokens.get(j).clause() != clause) {
            break;
          }
          scope[j] = !negators.get(j);
        }
      }
    }
    return scope;
  }

  // kind in bits 60..63, word or cue in 32..59, gram start in 8..31, gram length in 0..7
  private static long code(int kind, int item, int start, int length) {
    return (long) kind << 60 | (long) item << 32 | (long) start << 8 | length;
  }

  private static int kind(long code) {
    return (int) (code >>> 60);
  }

  /** Text features come first, then the cues, then the cue layer's primary label. */
  private static int group(long code) {
    int kind = kind(code);
    return kind <= GRAM ? 0 : kind <= CUE_LABEL ? 1 : 2;
  }

  /** What names are spelled from: the language and what the cue layer read. */
  private record Source(String lang, CueClassifier.CueReading reading) {

    /** Spells the name of a feature into {@code out}. */
    void spell(long code, Chars out) {
      int kind = kind(code);
      int item = (int) (code >>> 32) & 0x0fff_ffff;
      List<Token> tokens = reading.tokens();
      switch (kind) {
        case WORD -> out.append(lang).append(":w:").append(tokens.get(item).norm());
        case NEGATED -> out.append(lang).append(":w:NEG_").append(tokens.get(item).norm());
        case PAIR ->
            out.append(lang)
                .append(":b:")
                .append(item == 0 ? "<s>" : tokens.get(item - 1).norm())
                .append("_")
                .append(tokens.get(item).norm());
        case LAST_PAIR ->
            out.append(lang).append(":b:").append(tokens.get(item).norm()).append("_</s>");
        case GRAM -> {
          int start = (int) (code >>> 8) & 0xff_ffff;
          int length = (int) code & 0xff;
          out.append(lang).append(":c:");
          // a gram of ^word$
          String w = tokens.get(item).norm();
          for (int p = start; p < start + length; p++) {
            out.append(p == 0 ? '^' : p == w.length() + 1 ? '$' : w.charAt(p - 1));
          }
        }
        case CUE -> out.append("cue:").append(reading.cues().get(item).id());
        case CUE_LABEL -> out.append("cue-label:").append(reading.cues().get(item).label().name());
        case PRIMARY ->
            out.append("cue-primary:").append(reading.classification().primary().name());
        case BIAS_KIND -> out.append(BIAS_NAME);
        default -> throw new IllegalStateException("feature kind " + kind);
      }
    }

    String name(long code) {
      Chars c = new Chars(32);
      spell(code, c);
      return c.toString();
    }
  }

  /**
   * MurmurHash3 (x86, 32 bits) fed a few bytes at a time: the same value as {@link
   * StringHelper#murmurhash3_x86_32} over all the bytes at once, without gathering them first. A
   * name's constant start ({@code fi:c:}) is hashed once and its state reused.
   */
  private static final class Murmur {
    private static final int C1 = 0xcc9e2d51;
    private static final int C2 = 0x1b873593;

    private int h;
    private int k;
    private int shift;
    private int length;

    Murmur() {
      this.h = SEED;
    }

    void reset() {
      h = SEED;
      k = 0;
      shift = 0;
      length = 0;
    }

    void set(Murmur from) {
      h = from.h;
      k = from.k;
      shift = from.shift;
      length = from.length;
    }

    Murmur feed(byte[] b) {
      return feed(b, 0, b.length);
    }

    Murmur feed(byte[] b, int from, int to) {
      int h1 = h;
      int k1 = k;
      int s = shift;
      int i = from;
      // bytes up to a block boundary, then whole blocks, then the rest
      while (s != 0 && i < to) {
        k1 |= (b[i++] & 0xff) << s;
        s = (s + 8) & 31;
        if (s == 0) {
          h1 = mix(h1, k1);
          k1 = 0;
        }
      }
      for (; i + 4 <= to; i += 4) {
        h1 =
            mix(
                h1,
                (b[i] & 0xff)
                    | (b[i + 1] & 0xff) << 8
                    | (b[i + 2] & 0xff) << 16
                    | (b[i + 3] & 0xff) << 24);
      }
      for (; i < to; i++) {
        k1 |= (b[i] & 0xff) << s;
        s += 8;
      }
      h = h1;
      k = k1;
      shift = s;
      length += to - from;
      return this;
    }

    private static int mix(int h1, int k1) {
      k1 *= C1;
      k1 = Integer.rotateLeft(k1, 15);
      k1 *= C2;
      h1 ^= k1;
      h1 = Integer.rotateLeft(h1, 13);
      return h1 * 5 + 0xe6546b64;
    }

    int hash() {
      return shift > 0 ? finish(h ^ tail(k), length) : finish(h, length);
    }

    /**
     * The hashes of this state fed 3, 4 and up to {@code longest} (≤ 5) bytes of {@code b} from
     * {@code at}, into {@code out}: the same as {@link #feed} then {@link #hash}, without loops,
     * for a state one byte into a block (as after {@code fi:c:}, a gram name's start).
     */
    void grams(byte[] b, int at, int longest, int[] out) {
      assert shift == 8 && longest <= 5;
      int h1 =
          mix(h, k | (b[at] & 0xff) << 8 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 24);
      out[0] = finish(h1, length + 3);
      if (longest >= 4) {
        int c3 = b[at + 3] & 0xff;
        out[1] = finish(h1 ^ tail(c3), length + 4);
        if (longest == 5) {
          out[2] = finish(h1 ^ tail(c3 | (b[at + 4] & 0xff) << 8), length + 5);
        }
      }
    }

    private static int tail(int k1) {
      return Integer.rotateLeft(k1 * C1, 15) * C2;
    }

    private static int finish(int h1, int length) {
      h1 ^= length;
      h1 ^= h1 >>> 16;
      h1 *= 0x85ebca6b;
      h1 ^= h1 >>> 13;
      h1 *= 0xc2b2ae35;
      h1 ^= h1 >>> 16;
      return h1;
    }
  }

  /** The hash states after the constant starts of the text feature names of one language. */
  private record Prefixes(Murmur word, Murmur negated, Murmur pair, Murmur gram) {
    static final Prefixes FI = of("fi");
    static final Prefixes EN = of("en");

    static Prefixes of(String lang) {
      return new Prefixes(
          start(lang + ":w:"), start(lang + ":w:NEG_"), start(lang + ":b:"), start(lang + ":c:"));
    }

    private static Murmur start(String s) {
      return new Murmur().feed(s.getBytes(StandardCharsets.UTF_8));
    }
  }

  private static final byte[] START = "<s>".getBytes(StandardCharsets.UTF_8);
  private static final byte[] JOIN = "_".getBytes(StandardCharsets.UTF_8);
  private static final byte[] END = "_</s>".getBytes(StandardCharsets.UTF_8);

  /**
   * Builds one vector: hashes each feature name's UTF-8 bytes (those of {@link String#getBytes})
   * from the words' bytes, then sorts by index and merges equal names. Reused by its thread; never
   * shared.
   */
  private static final class Builder {
    private Source source;
    private Prefixes prefixes;
    private final Murmur murmur = new Murmur();
    private final int[] gramHashes = new int[3];
    // the clauses' text keys, reused
    private long[] clauseText = new long[512];
    // ^word$ of each word as UTF-8, one after another
    private byte[] bytes = new byte[1024];
    private int length;
    // per word: where ^word$ starts and ends in bytes; where its char offsets are (-1: ASCII)
    private int[] wordFrom = new int[64];
    private int[] wordTo = new int[64];
    private int[] offsetsAt = new int[64];
    private int[] offsets = new int[256];
    private int offsetsLength;
    // a word with a surrogate: a gram may cut a pair, so its grams are spelled and encoded
    private boolean[] surrogates = new boolean[64];
    private byte[] spelledBytes = new byte[64];

    // per word: its clause, counted from 0 in text order
    private int[] clauseOf = new int[64];
    private int clauses;
    // the word pairs at clause edges, as a clause read alone has them: clause << 32 | index
    private long[] edges = new long[16];
    private int edgeCount;

    // per feature occurrence: how to spell its name, and its index
    private long[] codes = new long[512];
    private int[] index = new int[512];
    private int size;

    // sorting and merging
    private int[] order = new int[512];
    private int[] spare = new int[512];
    private final int[] buckets = new int[1 << (BITS - 8)];
    private int[] first = new int[512];
    private int[] count = new int[512];
    private int[] runStart = new int[514];
    private int[] runIndex = new int[513];
    private final double[] share = new double[8];
    private final Chars left = new Chars(64);
    private final Chars right = new Chars(64);

    void start(Source s, Language language) {
      source = s;
      prefixes = language == Language.EN ? Prefixes.EN : Prefixes.FI;
      length = 0;
      size = 0;
      offsetsLength = 0;
      List<Token> tokens = s.reading().tokens();
      int n = tokens.size();
      if (wordFrom.length < n) {
        wordFrom = new int[n];
        wordTo = new int[n];
        offsetsAt = new int[n];
        surrogates = new boolean[n];
        clauseOf = new int[n];
      }
      int clause = 0;
      for (int i = 0; i < n; i++) {
        encodeWord(i, tokens.get(i).norm());
        if (i > 0 && tokens.get(i).clause() != tokens.get(i - 1).clause()) {
          clause++;
        }
        clauseOf[i] = clause;
      }
      clauses = n == 0 ? 0 : clause + 1;
      edgeCount = 0;
    }

    /** Writes ^word$ as UTF-8, with the byte offset of each char when the word is not ASCII. */
    private void encodeWord(int i, String w) {
      int chars = w.length() + 2;
      if (length + chars * 3 > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + chars * 3));
      }
      wordFrom[i] = length;
      bytes[length++] = '^';
      boolean ascii = true;
      boolean surrogate = false;
      for (int k = 0; k < w.length(); k++) {
        char c = w.charAt(k);
        ascii &= c < 0x80;
        surrogate |= Character.isSurrogate(c);
      }
      if (ascii) {
        for (int k = 0; k < w.length(); k++) {
          bytes[length++] = (byte) w.charAt(k);
        }
        offsetsAt[i] = -1;
      } else if (surrogate) {
        // its grams are spelled one by one: no offsets
        length = utf8(w, 0, w.length(), bytes, length);
        offsetsAt[i] = -1;
      } else {
        if (offsets.length < offsetsLength + chars + 1) {
          offsets = Arrays.copyOf(offsets, Math.max(offsets.length * 2, offsetsLength + chars + 1));
        }
        offsetsAt[i] = offsetsLength;
        offsets[offsetsLength++] = 0;
        for (int k = 0; k < w.length(); k++) {
          offsets[offsetsLength++] = length - wordFrom[i];
          length = utf8(w, k, k + 1, bytes, length);
        }
        offsets[offsetsLength++] = length - wordFrom[i];
      }
      bytes[length++] = '$';
      if (offsetsAt[i] >= 0) {
        offsets[offsetsLength++] = length - wordFrom[i];
      }
      surrogates[i] = surrogate;
      wordTo[i] = length;
    }

    void word(int i, boolean negated) {
      murmur.set(negated ? prefixes.negated() : prefixes.word());
      murmur.feed(bytes, wordFrom[i] + 1, wordTo[i] - 1);
      add(code(negated ? NEGATED : WORD, i, 0, 0));
    }

    void pair(int i) {
      murmur.set(prefixes.pair());
      if (i == 0) {
        murmur.feed(START);
      } else {
        murmur.feed(bytes, wordFrom[i - 1] + 1, wordTo[i - 1] - 1);
      }
      murmur.feed(JOIN);
      murmur.feed(bytes, wordFrom[i] + 1, wordTo[i] - 1);
      add(code(PAIR, i, 0, 0));
    }

    void lastPair(int i) {
      murmur.set(prefixes.pair());
      murmur.feed(bytes, wordFrom[i] + 1, wordTo[i] - 1);
      murmur.feed(END);
      add(code(LAST_PAIR, i, 0, 0));
    }

    /** The pairs {@code <s>_word} of word {@code i} and {@code word_</s>} of the word before. */
    void edges(int i) {
      if (edgeCount + 2 > edges.length) {
        edges = Arrays.copyOf(edges, edges.length * 2);
      }
      murmur.set(prefixes.pair());
      murmur.feed(START);
      murmur.feed(JOIN);
      murmur.feed(bytes, wordFrom[i] + 1, wordTo[i] - 1);
      edges[edgeCount++] = (long) clauseOf[i] << 32 | ((murmur.hash() & (DIM - 1)) + 1);
      murmur.set(prefixes.pair());
      murmur.feed(bytes, wordFrom[i - 1] + 1, wordTo[i - 1] - 1);
      murmur.feed(END);
      edges[edgeCount++] = (long) clauseOf[i - 1] << 32 | ((murmur.hash() & (DIM - 1)) + 1);
    }

    /**
     * The grams of 3 to {@code longest} chars of ^word$ from char {@code s}. They share their
     * start, so its hash state is carried from each to the next longer one.
     */
    void grams(int i, int s, int longest) {
      if (surrogates[i]) {
        for (int n = 3; n <= longest; n++) {
          spelled(code(GRAM, i, s, n));
        }
        return;
      }
      int base = wordFrom[i];
      int o = offsetsAt[i];
      Murmur start = prefixes.gram();
      if (o < 0 && start.shift == 8) {
        // an ASCII word: a char is a byte
        start.grams(bytes, base + s, longest, gramHashes);
        for (int n = 3; n <= longest; n++) {
          add(code(GRAM, i, s, n), gramHashes[n - 3]);
        }
        return;
      }
      murmur.set(start);
      int from = base + (o < 0 ? s : offsets[o + s]);
      for (int n = 3; n <= longest; n++) {
        int to = base + (o < 0 ? s + n : offsets[o + s + n]);
        murmur.feed(bytes, from, to);
        add(code(GRAM, i, s, n));
        from = to;
      }
    }

    /** A feature whose name is spelled as chars first (cues, and grams that may cut a pair). */
    void spelled(long code) {
      left.clear();
      source.spell(code, left);
      if (spelledBytes.length < left.length() * 3) {
        spelledBytes = new byte[left.length() * 3];
      }
      int n = utf8(left, 0, left.length(), spelledBytes, 0);
      murmur.reset();
      murmur.feed(spelledBytes, 0, n);
      add(code);
    }

    private void add(long code) {
      add(code, murmur.hash());
    }

    private void add(long code, int hash) {
      if (size == codes.length) {
        grow();
      }
      codes[size] = code;
      index[size] = (hash & (DIM - 1)) + 1;
      size++;
    }

    private void grow() {
      int n = size * 2;
      codes = Arrays.copyOf(codes, n);
      index = Arrays.copyOf(index, n);
      order = new int[n];
      spare = new int[n];
      first = new int[n];
      count = new int[n];
      runStart = new int[n + 2];
      runIndex = new int[n + 1];
    }

    /**
     * Writes {@code s[start, end)} as {@link String#getBytes} does with UTF-8, where a lone
     * surrogate becomes {@code ?}; returns the new length.
     */
    private static int utf8(CharSequence s, int start, int end, byte[] out, int at) {
      int n = at;
      for (int i = start; i < end; i++) {
        char ch = s.charAt(i);
        if (ch < 0x80) {
          out[n++] = (byte) ch;
        } else if (ch < 0x800) {
          out[n++] = (byte) (0xc0 | ch >> 6);
          out[n++] = (byte) (0x80 | ch & 0x3f);
        } else if (Character.isSurrogate(ch)) {
          if (Character.isHighSurrogate(ch)
              && i + 1 < end
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            int cp = Character.toCodePoint(ch, s.charAt(++i));
            out[n++] = (byte) (0xf0 | cp >> 18);
            out[n++] = (byte) (0x80 | cp >> 12 & 0x3f);
            out[n++] = (byte) (0x80 | cp >> 6 & 0x3f);
            out[n++] = (byte) (0x80 | cp & 0x3f);
          } else {
            out[n++] = '?';
          }
        } else {
          out[n++] = (byte) (0xe0 | ch >> 12);
          out[n++] = (byte) (0x80 | ch >> 6 & 0x3f);
          out[n++] = (byte) (0x80 | ch & 0x3f);
        }
      }
      return n;
    }

    private boolean sameName(int a, int b) {
      long ca = codes[a];
      long cb = codes[b];
      if (start(ca) != start(cb)) {
        // names that start differently ("fi:w:", "fi:c:", "cue:") differ
        return false;
      }
      int i = (int) (ca >>> 32) & 0x0fff_ffff;
      int j = (int) (cb >>> 32) & 0x0fff_ffff;
      if (kind(ca) == kind(cb)) {
        // names of one kind differ only in the word or cue they are made of
        List<Cue> cues = source.reading().cues();
        switch (kind(ca)) {
          case WORD, NEGATED -> {
            List<Token> tokens = source.reading().tokens();
            return tokens.get(i).norm().equals(tokens.get(j).norm());
          }
          case CUE -> {
            return cues.get(i).id().equals(cues.get(j).id());
          }
          case CUE_LABEL -> {
            return cues.get(i).label() == cues.get(j).label();
          }
          case GRAM -> {
            if (!surrogates[i] && !surrogates[j]) {
              return Arrays.equals(
                  bytes, gramFrom(ca), gramTo(ca), bytes, gramFrom(cb), gramTo(cb));
            }
          }
          default -> {}
        }
      }
      spellBoth(a, b);
      return Arrays.equals(left.array(), 0, left.length(), right.array(), 0, right.length());
    }

    /** Which constant start a name has: words and negated words share one, as do word pairs. */
    private static int start(long code) {
      return switch (kind(code)) {
        case WORD, NEGATED -> WORD;
        case PAIR, LAST_PAIR -> PAIR;
        default -> kind(code);
      };
    }

    private int gramFrom(long code) {
      int i = (int) (code >>> 32) & 0x0fff_ffff;
      int s = (int) (code >>> 8) & 0xff_ffff;
      int o = offsetsAt[i];
      return wordFrom[i] + (o < 0 ? s : offsets[o + s]);
    }

    private int gramTo(long code) {
      int i = (int) (code >>> 32) & 0x0fff_ffff;
      int e = ((int) (code >>> 8) & 0xff_ffff) + ((int) code & 0xff);
      int o = offsetsAt[i];
      return wordFrom[i] + (o < 0 ? e : offsets[o + e]);
    }

    /** Orders two occurrences as the names were ordered: text, cues, primary; then by name. */
    private int compareNames(int a, int b) {
      int g = Integer.compare(group(codes[a]), group(codes[b]));
      if (g != 0) {
        return g;
      }
      spellBoth(a, b);
      return Arrays.compare(left.array(), 0, left.length(), right.array(), 0, right.length());
    }

    private void spellBoth(int a, int b) {
      left.clear();
      source.spell(codes[a], left);
      right.clear();
      source.spell(codes[b], right);
    }

    /**
     * Sorts the occurrences by index, stably. As a rule one pass puts them in buckets by the
     * index's top bits, a few to a bucket, and an insertion sort finishes; a very long statement
     * takes two passes of a radix sort instead.
     */
    private void sort() {
      if (size >= 1 << 13) {
        radixSort();
        return;
      }
      Arrays.fill(buckets, 0);
      for (int k = 0; k < size; k++) {
        buckets[(index[k] - 1) >>> 8]++;
      }
      int sum = 0;
      for (int b = 0; b < buckets.length; b++) {
        int c = buckets[b];
        buckets[b] = sum;
        sum += c;
      }
      // the index and the occurrence in one key: equal indexes keep their order
      int[] keys = spare;
      for (int k = 0; k < size; k++) {
        keys[buckets[(index[k] - 1) >>> 8]++] = (index[k] - 1) << 13 | k;
      }
      for (int i = 1; i < size; i++) {
        int key = keys[i];
        int j = i - 1;
        while (j >= 0 && keys[j] > key) {
          keys[j + 1] = keys[j];
          j--;
        }
        keys[j + 1] = key;
      }
      for (int k = 0; k < size; k++) {
        order[k] = keys[k] & ((1 << 13) - 1);
      }
    }

    private void radixSort() {
      for (int k = 0; k < size; k++) {
        order[k] = k;
      }
      for (int shift = 0; shift < BITS; shift += 9) {
        int[] count = new int[1 << 9];
        for (int k = 0; k < size; k++) {
          count[(index[order[k]] - 1) >>> shift & 511]++;
        }
        int sum = 0;
        for (int b = 0; b < count.length; b++) {
          int c = count[b];
          count[b] = sum;
          sum += c;
        }
        for (int k = 0; k < size; k++) {
          int occ = order[k];
          spare[count[(index[occ] - 1) >>> shift & 511]++] = occ;
        }
        int[] t = order;
        order = spare;
        spare = t;
      }
    }

    private double share(int c, double norm) {
      return c < share.length ? share[c] : c / norm;
    }

    /**
     * The features each clause would have read alone, found from the statement's: its words' text
     * features (word pairs ending at its edges as {@code <s>} and {@code </s>}), valued over the
     * clause's own length; the cues that start in it; and as the cue layer's primary, the label of
     * its first cue of a label (NONE without one).
     */
    private Clauses clauseKeys() {
      if (clauseText.length < size + edgeCount) {
        clauseText = new long[size + edgeCount];
      }
      long[] text = clauseText;
      int t = 0;
      int[] cueAt = source.reading().cueAt();
      boolean[] boosts = source.reading().boosts();
      List<Cue> cues = source.reading().cues();
      // two features per cue (its id, its label), and a primary per clause
      long[] cue = new long[2 * cues.size() + clauses];
      int u = 0;
      // per clause, the labels of its cues that are not boosts: a boost alone says nothing
      int[] backed = new int[clauses];
      Label[] primary = new Label[clauses];
      for (int j = 0; j < cues.size(); j++) {
        int c = clauseOf[cueAt[j]];
        Label label = cues.get(j).label();
        if (!boosts[j]) {
          backed[c] |= 1 << label.ordinal();
          if (primary[c] == null && label != Label.NONE) {
            primary[c] = label;
          }
        }
      }
      for (int occ = 0; occ < size; occ++) {
        long code = codes[occ];
        int kind = kind(code);
        int item = (int) (code >>> 32) & 0x0fff_ffff;
        if (kind == PAIR && item > 0 && clauseOf[item] != clauseOf[item - 1]) {
          continue; // a pair across clauses: read alone, the clause starts with <s>
        }
        if (kind <= GRAM) {
          text[t++] = (long) clauseOf[item] << 32 | index[occ];
        } else if (kind == CUE || kind == CUE_LABEL) {
          int c = clauseOf[cueAt[item]];
          if (!boosts[item] || (backed[c] & 1 << cues.get(item).label().ordinal()) != 0) {
            cue[u++] = (long) c << 32 | index[occ];
          }
        }
      }
      System.arraycopy(edges, 0, text, t, edgeCount);
      t += edgeCount;
      for (int c = 0; c < clauses; c++) {
        cue[u++] =
            (long) c << 32
                | PRIMARY_INDEX[(primary[c] == null ? Label.NONE : primary[c]).ordinal()];
      }
      return new Clauses(
          clauses, Arrays.copyOf(text, t), u == cue.length ? cue : Arrays.copyOf(cue, u));
    }

    Vector finish() {
      sort();
      // distinct names, grouped by index and in name order within an index
      int distinct = 0;
      int indexes = 0;
      for (int k = 0; k < size; ) {
        int slot = index[order[k]];
        int run = distinct;
        for (; k < size && index[order[k]] == slot; k++) {
          int occ = order[k];
          int d = run;
          while (d < distinct && !sameName(first[d], occ)) {
            d++;
          }
          if (d == distinct) {
            first[distinct] = occ;
            count[distinct] = 0;
            distinct++;
          }
          count[d]++;
        }
        // two names in one slot: keep them in name order, as their values are summed in it
        for (int i = run + 1; i < distinct; i++) {
          for (int j = i; j > run && compareNames(first[j - 1], first[j]) > 0; j--) {
            int f = first[j];
            first[j] = first[j - 1];
            first[j - 1] = f;
            int c = count[j];
            count[j] = count[j - 1];
            count[j - 1] = c;
          }
        }
        runStart[indexes] = run;
        runIndex[indexes] = slot;
        indexes++;
      }
      runStart[indexes] = distinct;
      long[] names = new long[distinct + 1];
      long textSquares = 0;
      for (int d = 0; d < distinct; d++) {
        long code = codes[first[d]];
        names[d] = code;
        if (kind(code) <= GRAM) {
          textSquares += (long) count[d] * count[d];
        }
      }
      double norm = Math.sqrt((double) textSquares);
      // most names occur once or twice: their values divided once
      for (int c = 1; c < share.length; c++) {
        share[c] = c / norm;
      }
      int[] slots = new int[indexes + 1];
      double[] value = new double[indexes + 1];
      // one name per index, as a rule: then the names need no index of their own
      int[] nameStart = distinct == indexes ? null : new int[indexes + 2];
      for (int k = 0; k < indexes; k++) {
        int d = runStart[k];
        // each cue feature counts once; text features by how often they occur
        double v = kind(names[d]) <= GRAM ? share(count[d], norm) : 1.0;
        for (d++; d < runStart[k + 1]; d++) {
          v += kind(names[d]) <= GRAM ? share(count[d], norm) : 1.0;
        }
        slots[k] = runIndex[k];
        value[k] = v;
        if (nameStart != null) {
          nameStart[k] = runStart[k];
        }
      }
      slots[indexes] = BIAS;
      value[indexes] = 1.0;
      names[distinct] = code(BIAS_KIND, 0, 0, 0);
      if (nameStart != null) {
        nameStart[indexes] = distinct;
        nameStart[indexes + 1] = distinct + 1;
      }
      Clauses byClause = clauses > 1 ? clauseKeys() : null;
      Vector x = new Vector(slots, value, nameStart, names, source, byClause);
      source = null;
      if (size > 1 << 16) {
        // a huge statement grew the buffers: let them go rather than keep them for the thread
        BUILDER.remove();
      }
      return x;
    }
  }

  /**
   * What each clause would have read alone, as keys {@code clause << 32 | index}: one per
   * occurrence of a text feature, one per cue feature (repeats possible).
   */
  private record Clauses(int count, long[] text, long[] cue) {

    /** Counts the keys: text features valued over their clause's own length, cue features 1. */
    ClauseFeatures features() {
      int[] index = new int[text.length + cue.length];
      int[] clause = new int[index.length];
      double[] value = new double[index.length];
      int n = counted(text, index, clause, value, 0);
      double[] squares = new double[count];
      for (int p = 0; p < n; p++) {
        squares[clause[p]] += value[p] * value[p];
      }
      for (int p = 0; p < n; p++) {
        value[p] /= Math.sqrt(squares[clause[p]]);
      }
      int m = counted(cue, index, clause, value, n);
      // a cue feature counts once, however often its cue fires
      Arrays.fill(value, n, m, 1.0);
      return new ClauseFeatures(
          count, Arrays.copyOf(index, m), Arrays.copyOf(clause, m), Arrays.copyOf(value, m));
    }

    /** Each distinct key from {@code at} on, with how often it occurs; returns the new end. */
    private static int counted(long[] keys, int[] index, int[] clause, double[] value, int at) {
      long[] sorted = keys.clone();
      Arrays.sort(sorted);
      int n = at;
      for (int a = 0; a < sorted.length; ) {
        int b = a;
        while (b < sorted.length && sorted[b] == sorted[a]) {
          b++;
        }
        clause[n] = (int) (sorted[a] >>> 32);
        index[n] = (int) sorted[a];
        value[n] = b - a;
        n++;
        a = b;
      }
      return n;
    }
  }

  /**
   * The features of each clause read alone, without the bias: feature {@code index[p]} has {@code
   * value[p]} in clause {@code clause[p]}.
   */
  record ClauseFeatures(int count, int[] index, int[] clause, double[] value) {

    /** Each clause's sum of weight × value, in text order. */
    double[] sum(IntToDoubleFunction weight) {
      double[] out = new double[count];
      for (int p = 0; p < index.length; p++) {
        out[clause[p]] += weight.applyAsDouble(index[p]) * value[p];
      }
      return out;
    }
  }

  /** A growable char buffer. */
  private static final class Chars implements CharSequence {
    private char[] a;
    private int n;

    Chars(int capacity) {
      a = new char[capacity];
    }

    Chars append(String s) {
      int len = s.length();
      if (n + len > a.length) {
        a = Arrays.copyOf(a, Math.max(a.length * 2, n + len));
      }
      s.getChars(0, len, a, n);
      n += len;
      return this;
    }

    Chars append(char c) {
      if (n == a.length) {
        a = Arrays.copyOf(a, a.length * 2);
      }
      a[n++] = c;
      return this;
    }

    char[] array() {
      return a;
    }

    @Override
    public int length() {
      return n;
    }

    @Override
    public char charAt(int i) {
      return a[i];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new String(a, start, end - start);
    }

    void clear() {
      n = 0;
    }

    @Override
    public String toString() {
      return new String(a, 0, n);
    }
  }

  /**
   * One statement's features: parallel arrays sorted by index, the bias last, and for each index
   * the names that hashed to it, spelled on demand.
   */
  static final class Vector {
    private final int[] index;
    private final double[] value;
    // where each index's names start in names; null when every index has one name
    private final int[] nameStart;
    private final long[] names;
    private final Source source;
    // null for a statement of one clause
    private final Clauses clauses;

    private Vector(
        int[] index,
        double[] value,
        int[] nameStart,
        long[] names,
        Source source,
        Clauses clauses) {
      this.index = index;
      this.value = value;
      this.nameStart = nameStart;
      this.names = names;
      this.source = source;
      this.clauses = clauses;
    }

    /** How many clauses the statement's words fall in (1 for a statement without words). */
    int clauses() {
      return clauses == null ? 1 : clauses.count();
    }

    /**
     * The features each clause would have read alone, in text order; null for a statement of one
     * clause. Found from the statement's own when asked: only a statement that carries several
     * labels needs them.
     */
    ClauseFeatures byClause() {
      return clauses == null ? null : clauses.features();
    }

    /** Feature indexes, ascending. */
    int[] index() {
      return index;
    }

    /** Their values. */
    double[] value() {
      return value;
    }

    /** What the cue layer read. */
    CueClassifier.CueReading reading() {
      return source.reading();
    }

    int size() {
      return index.length;
    }

    /** The names of the features that hashed to the {@code k}-th index, in name order. */
    String[] names(int k) {
      if (nameStart == null) {
        return new String[] {source.name(names[k])};
      }
      String[] out = new String[nameStart[k + 1] - nameStart[k]];
      for (int i = 0; i < out.length; i++) {
        out[i] = source.name(names[nameStart[k] + i]);
      }
      return out;
    }

    /** The names of the {@code k}-th feature joined with {@code " | "}. */
    String name(int k) {
      if (nameStart == null || nameStart[k + 1] - nameStart[k] == 1) {
        return source.name(names[nameStart == null ? k : nameStart[k]]);
      }
      return String.join(" | ", names(k));
    }
  }
}
