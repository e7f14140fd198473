package fi.hot.classify;

import fi.hot.model.Label;
import fi.hot.model.Language;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.EnumMap;
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

  private final Map<Label, double[]> weights;
  private final Map<Language, Map<Label, Double>> thresholds;
  private final boolean cueNone;

  LinearModel(
      Map<Label, double[]> weights, Map<Language, Map<Label, Double>> thresholds, boolean cueNone) {
    this.weights = new EnumMap<>(Label.class);
    for (Label label : Label.HOT) {
      double[] w = Objects.requireNonNull(weights.get(label), () -> "weights of " + label);
      if (w.length != Features.BIAS + 1) {
        throw new IllegalArgumentException(label + " has " + w.length + " weights");
      }
      this.weights.put(label, w.clone());
    }
    this.thresholds = new EnumMap<>(Language.class);
    for (Language lang : LANGUAGES) {
      Map<Label, Double> t = new EnumMap<>(Label.class);
      for (Label label : Label.HOT) {
        t.put(label, Objects.requireNonNull(thresholds.get(lang).get(label), "threshold"));
      }
      this.thresholds.put(lang, t);
    }
    this.cueNone = cueNone;
  }

  /** The weight of a feature index for a label (0 for indexes never trained). */
  double weight(Label label, int index) {
    return weights.get(label)[index];
  }

  /** The logit of a label for a feature vector. */
  double logit(Label label, Features.Vector x) {
    double[] w = weights.get(label);
    double sum = 0;
    int[] index = x.index();
    double[] value = x.value();
    for (int k = 0; k < index.length; k++) {
      sum += w[index[k]] * value[k];
    }
    return sum;
  }

  double threshold(Language language, Label label) {
    return thresholds.get(language).get(label);
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
        d.writeDouble(thresholds.get(lang).get(label));
      }
    }
    for (Label label : Label.HOT) {
      double[] w = weights.get(label);
      int nonZero = 0;
      for (double v : w) {
        nonZero += v != 0 ? 1 : 0;
      }
      d.writeInt(nonZero);
      for (int i = 0; i < w.length; i++) {
        if (w[i] != 0) {
          d.writeInt(i);
          d.writeDouble(w[i]);
        }
      }
    }
    d.flush();
  }

  static LinearModel read(InputStream in) throws IOException {
    DataInputStream d = new DataInputStream(in);
    if (d.readInt() != MAGIC) {
      throw new IOException("not a HOT model");
    }
    int version = d.readInt();
    if (version != VERSION) {
      throw new IOException("model version " + version + ", expected " + VERSION);
    }
    int bits = d.readInt();
    if (bits != Features.BITS) {
      throw new IOException("model has " + bits + " feature bits, expected " + Features.BITS);
    }
    boolean cueNone = d.readBoolean();
    Map<Language, Map<Label, Double>> thresholds = new EnumMap<>(Language.class);
    for (Language lang : LANGUAGES) {
      Map<Label, Double> t = new EnumMap<>(Label.class);
      for (Label label : Label.HOT) {
        t.put(label, d.readDouble());
      }
      thresholds.put(lang, t);
    }
    Map<Label, double[]> weights = new EnumMap<>(Label.class);
    for (Label label : Label.HOT) {
      double[] w = new double[Features.BIAS + 1];
      int nonZero = d.readInt();
      for (int k = 0; k < nonZero; k++) {
        int i = d.readInt();
        if (i < 0 || i >= w.length) {
          throw new IOException("feature index " + i + " out of range");
        }
        w[i] = d.readDouble();
      }
      weights.put(label, w);
    }
    return new LinearModel(weights, thresholds, cueNone);
  }
}
