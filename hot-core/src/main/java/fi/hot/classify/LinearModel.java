package fi.hot.classify;

import fi.hot.model.Label;
import fi.hot.model.Language;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The trained weights: one logistic regression per label over {@link Features}, with a threshold
 * per language and label, and whether explicit thanks and denials of the cue layer decide NONE.
 *
 * <p>Written as a small binary file (magic, version, then for each label its non-zero weights in
 * index order), so the same weights always give the same bytes. Immutable and thread-safe.
 */
final class LinearModel {
  private static final int MAGIC = 0x484f544c; // "HOTL"
  private static final int VERSION = 1;
  private static final List<Language> LANGUAGES = List.of(Language.FI, Language.EN);
  private static final int LABELS = Label.HOT.size();
  private static final int SIZE = Features.BIAS + 1;

  // Most of the hashed indexes never occur in training. Only the indexes with a weight have a row,
  // the three labels' weights side by side: a bit per index says whether it has one, and the bits
  // before it count which row it is. A statement's features then read a table a quarter the size
  // of a dense one, each in one cache line.
  private final long[] present;
  private final int[] rank;
  private final double[] rows;
  // per language (FI, EN) and label
  private final double[] thresholds;
  private final boolean cueNone;

  LinearModel(
      Map<Label, double[]> weights, Map<Language, Map<Label, Double>> thresholds, boolean cueNone) {
    double[][] dense = new double[LABELS][];
    for (Label label : Label.HOT) {
      double[] w = Objects.requireNonNull(weights.get(label), () -> "weights of " + label);
      if (w.length != SIZE) {
        throw new IllegalArgumentException(label + " has " + w.length + " weights");
      }
      dense[label.ordinal()] = w;
    }
    this.present = new long[(SIZE + 63) >>> 6];
    for (double[] w : dense) {
      for (int i = 0; i < SIZE; i++) {
        if (w[i] != 0) {
          present[i >>> 6] |= 1L << i;
        }
      }
    }
    this.rank = rank(present);
    this.rows = new double[rows(present) * LABELS];
    for (int l = 0; l < LABELS; l++) {
      for (int i = 0; i < SIZE; i++) {
        if (has(i)) {
          rows[row(i) * LABELS + l] = dense[l][i];
        }
      }
    }
    this.thresholds = new double[LANGUAGES.size() * LABELS];
    for (Language lang : LANGUAGES) {
      for (Label label : Label.HOT) {
        this.thresholds[slot(lang, label)] =
            Objects.requireNonNull(thresholds.get(lang).get(label), "threshold");
      }
    }
    this.cueNone = cueNone;
  }

  private LinearModel(long[] present, double[] rows, double[] thresholds, boolean cueNone) {
    this.present = present;
    this.rank = rank(present);
    this.rows = rows;
    this.thresholds = thresholds;
    this.cueNone = cueNone;
  }

  private static int[] rank(long[] present) {
    int[] rank = new int[present.length];
    int sum = 0;
    for (int b = 0; b < present.length; b++) {
      rank[b] = sum;
      sum += Long.bitCount(present[b]);
    }
    return rank;
  }

  private static int rows(long[] present) {
    int n = 0;
    for (long bits : present) {
      n += Long.bitCount(bits);
    }
    return n;
  }

  private boolean has(int index) {
    return (present[index >>> 6] & 1L << index) != 0;
  }

  /** The row of an index that has one. */
  private int row(int index) {
    return rank[index >>> 6] + Long.bitCount(present[index >>> 6] & ((1L << index) - 1));
  }

  private static int slot(Language language, Label label) {
    int lang =
        switch (language) {
          case FI -> 0;
          case EN -> 1;
          case OTHER -> throw new IllegalArgumentException("no thresholds for " + language);
        };
    return lang * LABELS + hot(label);
  }

  private static int hot(Label label) {
    if (label == Label.NONE) {
      throw new IllegalArgumentException("NONE has no weights");
    }
    return label.ordinal();
  }

  /** The weight of a feature index for a label (0 for indexes never trained). */
  double weight(Label label, int index) {
    return has(index) ? rows[row(index) * LABELS + hot(label)] : 0;
  }

  /**
   * The logits of all labels for a feature vector, by {@link Label#ordinal()}: each the sum of
   * weight × value over the features, in index order (an index without weights adds nothing).
   */
  double[] logits(Features.Vector x) {
    return score(x).logits();
  }

  /** The vector's logits, keeping where each feature's weights are for {@link Scored#top}. */
  Scored score(Features.Vector x) {
    double dream = 0;
    double problem = 0;
    double need = 0;
    int[] index = x.index();
    double[] value = x.value();
    int[] at = new int[index.length];
    for (int k = 0; k < index.length; k++) {
      int i = index[k];
      long bits = present[i >>> 6];
      if ((bits & 1L << i) != 0) {
        int row = (rank[i >>> 6] + Long.bitCount(bits & ((1L << i) - 1))) * LABELS;
        at[k] = row;
        double v = value[k];
        dream += rows[row] * v;
        problem += rows[row + 1] * v;
        need += rows[row + 2] * v;
      } else {
        at[k] = -1;
      }
    }
    double[] logits = new double[LABELS];
    logits[Label.DREAM.ordinal()] = dream;
    logits[Label.PROBLEM.ordinal()] = problem;
    logits[Label.NEED.ordinal()] = need;
    return new Scored(x, at, logits);
  }

  /**
   * A vector scored by this model.
   *
   * @param at per feature, where its row of weights starts (-1: an index never trained)
   * @param logits per label, by {@link Label#ordinal()}
   */
  final class Scored {
    private final Features.Vector x;
    private final int[] at;
    private final double[] logits;

    private Scored(Features.Vector x, int[] at, double[] logits) {
      this.x = x;
      this.at = at;
      this.logits = logits;
    }

    double[] logits() {
      return logits;
    }

    /**
     * Each clause's logit of each label (by {@link Label#ordinal()}) read alone, without the bias,
     * in text order; null for a statement of one clause.
     */
    double[][] byClause() {
      Features.ClauseFeatures f = x.byClause();
      if (f == null) {
        return null;
      }
      double[][] out = new double[f.count()][Label.values().length];
      for (Label label : Label.HOT) {
        double[] sums = f.sum(i -> weight(label, i));
        for (int c = 0; c < sums.length; c++) {
          out[c][label.ordinal()] = sums[c];
        }
      }
      return out;
    }

    /**
     * The positions in the vector of the {@code n} features that raised the label most, largest
     * first (the first of equals ahead); only features that raise it at all, and never the bias.
     */
    int[] top(Label label, int n) {
      int l = hot(label);
      double[] value = x.value();
      int[] best = new int[n];
      double[] amount = new double[n];
      int found = 0;
      // a feature is kept when it beats this: 0 until n are kept, then the least kept
      double bar = 0;
      for (int k = 0; k < at.length - 1; k++) {
        if (at[k] < 0) {
          continue;
        }
        double a = rows[at[k] + l] * value[k];
        if (a > bar) {
          int p = found < n ? found++ : n - 1;
          while (p > 0 && amount[p - 1] < a) {
            best[p] = best[p - 1];
            amount[p] = amount[p - 1];
            p--;
          }
          best[p] = k;
          amount[p] = a;
          bar = found == n ? amount[n - 1] : 0;
        }
      }
      return Arrays.copyOf(best, found);
    }
  }

  double threshold(Language language, Label label) {
    return thresholds[slot(language, label)];
  }

  /** Whether the cue layer's explicit thanks and denials decide NONE. */
  boolean cueNone() {
    return cueNone;
  }

  static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  void write(OutputStream out) throws IOException {
    DataOutputStream d = new DataOutputStream(out);
    d.writeInt(MAGIC);
    d.writeInt(VERSION);
    d.writeInt(Features.BITS);
    d.writeBoolean(cueNone);
    for (Language lang : LANGUAGES) {
      for (Label label : Label.HOT) {
        d.writeDouble(threshold(lang, label));
      }
    }
    for (Label label : Label.HOT) {
      int nonZero = 0;
      for (int i = 0; i < SIZE; i++) {
        nonZero += weight(label, i) != 0 ? 1 : 0;
      }
      d.writeInt(nonZero);
      for (int i = 0; i < SIZE; i++) {
        double w = weight(label, i);
        if (w != 0) {
          d.writeInt(i);
          d.writeDouble(w);
        }
      }
    }
    d.flush();
  }

  static LinearModel read(InputStream in) throws IOException {
    // one read of the whole file, then plain array access: a model of a few MB loads in
    // milliseconds even before the JIT has compiled anything
    ByteBuffer b = ByteBuffer.wrap(in.readAllBytes());
    try {
      if (b.getInt() != MAGIC) {
        throw new IOException("not a HOT model");
      }
      int version = b.getInt();
      if (version != VERSION) {
        throw new IOException("model version " + version + ", expected " + VERSION);
      }
      int bits = b.getInt();
      if (bits != Features.BITS) {
        throw new IOException("model has " + bits + " feature bits, expected " + Features.BITS);
      }
      boolean cueNone = b.get() != 0;
      double[] thresholds = new double[LANGUAGES.size() * LABELS];
      for (int t = 0; t < thresholds.length; t++) {
        thresholds[t] = b.getDouble();
      }
      // each label's weights in index order: first which indexes have any, then the rows
      int[] start = new int[LABELS + 1];
      long[] present = new long[(SIZE + 63) >>> 6];
      int at = b.position();
      for (Label label : Label.HOT) {
        int l = label.ordinal();
        int nonZero = b.getInt();
        if (nonZero < 0 || nonZero > SIZE) {
          throw new IOException(nonZero + " weights for " + label + " out of range");
        }
        start[l] = b.position();
        for (int k = 0; k < nonZero; k++) {
          int i = b.getInt();
          if (i < 0 || i >= SIZE) {
            throw new IOException("feature index " + i + " out of range");
          }
          present[i >>> 6] |= 1L << i;
          b.getDouble();
        }
      }
      int[] rank = rank(present);
      double[] rows = new double[rows(present) * LABELS];
      b.position(at);
      for (Label label : Label.HOT) {
        int l = label.ordinal();
        int nonZero = b.getInt();
        for (int k = 0; k < nonZero; k++) {
          int i = b.getInt();
          int row = rank[i >>> 6] + Long.bitCount(present[i >>> 6] & ((1L << i) - 1));
          rows[row * LABELS + l] = b.getDouble();
        }
      }
      return new LinearModel(present, rows, thresholds, cueNone);
    } catch (BufferUnderflowException e) {
      throw new IOException("the model ends too early", e);
    }
  }
}
