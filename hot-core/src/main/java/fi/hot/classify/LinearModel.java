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

  // the three labels' weights of a feature side by side (index * LABELS + label): one statement's
  // features are looked up once for all labels, in one cache line
  private final double[] weights;
  // per language (FI, EN) and label
  private final double[] thresholds;
  private final boolean cueNone;

  LinearModel(
      Map<Label, double[]> weights, Map<Language, Map<Label, Double>> thresholds, boolean cueNone) {
    this.weights = new double[(Features.BIAS + 1) * LABELS];
    for (Label label : Label.HOT) {
      double[] w = Objects.requireNonNull(weights.get(label), () -> "weights of " + label);
      if (w.length != Features.BIAS + 1) {
        throw new IllegalArgumentException(label + " has " + w.length + " weights");
      }
      for (int i = 0; i < w.length; i++) {
        this.weights[i * LABELS + label.ordinal()] = w[i];
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

  private LinearModel(double[] weights, double[] thresholds, boolean cueNone) {
    this.weights = weights;
    this.thresholds = thresholds;
    this.cueNone = cueNone;
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
    return weights[index * LABELS + hot(label)];
  }

  /**
   * The logits of all labels for a feature vector, by {@link Label#ordinal()}: each the sum of
   * weight × value over the features, in index order.
   */
  double[] logits(Features.Vector x) {
    double dream = 0;
    double problem = 0;
    double need = 0;
    int[] index = x.index();
    double[] value = x.value();
    for (int k = 0; k < index.length; k++) {
      int at = index[k] * LABELS;
      double v = value[k];
      dream += weights[at] * v;
      problem += weights[at + 1] * v;
      need += weights[at + 2] * v;
    }
    double[] out = new double[LABELS];
    out[Label.DREAM.ordinal()] = dream;
    out[Label.PROBLEM.ordinal()] = problem;
    out[Label.NEED.ordinal()] = need;
    return out;
  }

  /**
   * The positions in the vector of the {@code n} features that raised the label most, largest first
   * (the first of equals ahead); only features that raise it at all, and never the bias.
   */
  int[] top(Label label, Features.Vector x, int n) {
    int l = hot(label);
    int[] index = x.index();
    double[] value = x.value();
    int[] best = new int[n];
    double[] amount = new double[n];
    int found = 0;
    // a feature is kept when it beats this: 0 until n are kept, then the least kept
    double bar = 0;
    for (int k = 0; k < index.length - 1; k++) {
      double a = weights[index[k] * LABELS + l] * value[k];
      if (a > bar) {
        int at = found < n ? found++ : n - 1;
        while (at > 0 && amount[at - 1] < a) {
          best[at] = best[at - 1];
          amount[at] = amount[at - 1];
          at--;
        }
        best[at] = k;
        amount[at] = a;
        bar = found == n ? amount[n - 1] : 0;
      }
    }
    return Arrays.copyOf(best, found);
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
    int size = Features.BIAS + 1;
    for (Label label : Label.HOT) {
      int l = label.ordinal();
      int nonZero = 0;
      for (int i = 0; i < size; i++) {
        nonZero += weights[i * LABELS + l] != 0 ? 1 : 0;
      }
      d.writeInt(nonZero);
      for (int i = 0; i < size; i++) {
        double w = weights[i * LABELS + l];
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
      int size = Features.BIAS + 1;
      double[] weights = new double[size * LABELS];
      for (Label label : Label.HOT) {
        int l = label.ordinal();
        int nonZero = b.getInt();
        if (nonZero < 0 || nonZero > size) {
          throw new IOException(nonZero + " weights for " + label + " out of range");
        }
        for (int k = 0; k < nonZero; k++) {
          int i = b.getInt();
          if (i < 0 || i >= size) {
            throw new IOException("feature index " + i + " out of range");
          }
          weights[i * LABELS + l] = b.getDouble();
        }
      }
      return new LinearModel(weights, thresholds, cueNone);
    } catch (BufferUnderflowException e) {
      throw new IOException("the model ends too early", e);
    }
  }
}
