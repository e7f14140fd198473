package fi.hot.classify;

import fi.hot.model.Cue;
import fi.hot.model.Language;
import fi.hot.text.Token;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
    String lang = language.code();
    List<Token> tokens = reading.tokens();
    List<String> textFeatures = new ArrayList<>();
    boolean[] negated = negationScope(tokens, reading.negators());
    String previous = "<s>";
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).norm();
      textFeatures.add(lang + ":w:" + w);
      if (negated[i]) {
        textFeatures.add(lang + ":w:NEG_" + w);
      }
      textFeatures.add(lang + ":b:" + previous + "_" + w);
      previous = w;
      String marked = "^" + w + "$";
      for (int n = 3; n <= 5; n++) {
        for (int s = 0; s + n <= marked.length(); s++) {
          textFeatures.add(lang + ":c:" + marked.substring(s, s + n));
        }
      }
    }
    if (!tokens.isEmpty()) {
      textFeatures.add(lang + ":b:" + previous + "_</s>");
    }
    Map<Integer, Double> values = new TreeMap<>();
    Map<Integer, List<String>> names = new TreeMap<>();
    Map<String, Integer> counts = new TreeMap<>();
    for (String f : textFeatures) {
      counts.merge(f, 1, Integer::sum);
    }
    double norm = Math.sqrt(counts.values().stream().mapToDouble(c -> (double) c * c).sum());
    counts.forEach((f, c) -> add(values, names, f, c / norm));
    // each cue and each label the cue layer reads counts once, however often it fires
    Set<String> cueFeatures = new TreeSet<>();
    for (Cue cue : reading.cues()) {
      cueFeatures.add("cue:" + cue.id());
      cueFeatures.add("cue-label:" + cue.label().name());
    }
    cueFeatures.forEach(f -> add(values, names, f, 1.0));
    add(values, names, "cue-primary:" + reading.classification().primary().name(), 1.0);
    int[] index = new int[values.size() + 1];
    double[] value = new double[values.size() + 1];
    String[][] named = new String[values.size() + 1][];
    int k = 0;
    for (Map.Entry<Integer, Double> e : values.entrySet()) {
      index[k] = e.getKey();
      value[k] = e.getValue();
      named[k] = names.get(e.getKey()).toArray(String[]::new);
      k++;
    }
    index[k] = BIAS;
    value[k] = 1.0;
    named[k] = new String[] {BIAS_NAME};
    return new Vector(index, value, named, reading);
  }

  private static void add(
      Map<Integer, Double> values, Map<Integer, List<String>> names, String name, double value) {
    int i = index(name);
    values.merge(i, value, Double::sum);
    List<String> list = names.computeIfAbsent(i, x -> new ArrayList<>());
    if (!list.contains(name)) {
      list.add(name);
    }
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

  /**
   * One statement's features: parallel arrays sorted by index, the bias last.
   *
   * @param index feature indexes, ascending
   * @param value their values
   * @param names the feature names that hashed to each index
   * @param reading what the cue layer read
   */
  record Vector(int[] index, double[] value, String[][] names, CueClassifier.CueReading reading) {
    Vector {
      index = index.clone();
      value = value.clone();
      names = Arrays.stream(names).map(String[]::clone).toArray(String[][]::new);
    }

    int size() {
      return index.length;
    }
  }
}
