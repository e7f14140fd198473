package fi.hot.classify;

import fi.hot.model.Classification;
import fi.hot.model.Cue;
import fi.hot.model.Label;
import fi.hot.model.LabelScore;
import fi.hot.model.Language;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * HOT's trained classifier: one logistic regression per label (liblinear, L2-regularised) over
 * character n-grams, words, word pairs and the cues of the {@link CueClassifier}, each label with
 * its own threshold, tuned by cross-validation on the shipped training data.
 *
 * <pre>{@code
 * TrainedClassifier c = TrainedClassifier.standard();
 * c.classify("Voisitteko lisätä laskuun viitenumeron?", Language.FI).primary();   // NEED
 * c.explain("The invoice is wrong", Language.EN).label(Label.PROBLEM).top(5);     // why
 * }</pre>
 *
 * <p>A label is carried when its probability reaches its threshold; the primary label is the most
 * probable carried one; NONE when none is carried. When the model was trained so, an explicit
 * thanks or denial of the cue layer ("kiitos", "no problems at all") with no other cue decides
 * NONE. The confidences are the model's probabilities; the cues are the cue layer's, followed by
 * the features that weighed most for each carried label (ids {@code model:…}).
 *
 * <p>The model is trained by the build ({@link Trainer}) into {@value #RESOURCE} on the class path.
 * Immutable and thread-safe; {@link #standard()} loads it once and shares it.
 */
public final class TrainedClassifier implements Classifier {
  /** Where the build puts the trained model, on the class path. */
  public static final String RESOURCE = "/fi/hot/classify/model.bin";

  private static final int MODEL_CUES = 3;

  private final CueClassifier cues;
  private final Features features;
  private final LinearModel model;

  TrainedClassifier(CueClassifier cues, LinearModel model) {
    this.cues = Objects.requireNonNull(cues, "cues");
    this.features = new Features(cues);
    this.model = Objects.requireNonNull(model, "model");
  }

  /** The shared classifier with the model the build trained. */
  public static TrainedClassifier standard() {
    return Standard.INSTANCE;
  }

  /**
   * Loads a model written by {@link Trainer}.
   *
   * @throws UncheckedIOException when the model cannot be read
   */
  static TrainedClassifier load(CueClassifier cues, InputStream in) {
    try {
      return new TrainedClassifier(cues, LinearModel.read(new BufferedInputStream(in)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the classifier model: " + e.getMessage(), e);
    }
  }

  @Override
  public Classification classify(String text, Language language) {
    return explain(text, language, false).classification();
  }

  /**
   * Explains the classification of one statement: each label's score and threshold, every feature's
   * contribution, and the cues.
   */
  public Explanation explain(String text, Language language) {
    return explain(text, language, true);
  }

  private Explanation explain(String text, Language language, boolean full) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    if (language == Language.OTHER) {
      // read it both ways and keep the reading the model is surer of
      Explanation fi = explain(text, Language.FI, full);
      Explanation en = explain(text, Language.EN, full);
      return strongest(en) > strongest(fi) ? en : fi;
    }
    Features.Vector x = features.of(text, language);
    double[] logits = model.logits(x);
    double[] probability = new double[Label.HOT.size()];
    List<Explanation.LabelExplanation> labels = new ArrayList<>(Label.HOT.size());
    for (Label label : Label.HOT) {
      double logit = logits[label.ordinal()];
      probability[label.ordinal()] = LinearModel.sigmoid(logit);
      List<Explanation.Contribution> parts = full ? contributions(label, x) : List.of();
      labels.add(
          new Explanation.LabelExplanation(
              label, logit, probability[label.ordinal()], model.threshold(language, label), parts));
    }
    boolean cueNone = model.cueNone() && saysNone(x.reading());
    Classification c = decide(probability, language, cueNone, x);
    return new Explanation(language, c, labels, x.reading().cues(), cueNone);
  }

  /**
   * The carried labels, most probable first, with the cue layer's cues for them and, for each, the
   * features that weighed most (ids {@code model:…}).
   *
   * @param probability per label, by {@link Label#ordinal()}
   */
  private Classification decide(
      double[] probability, Language language, boolean cueNone, Features.Vector x) {
    List<LabelScore> carried = new ArrayList<>(probability.length);
    boolean[] kept = new boolean[Label.values().length];
    if (!cueNone) {
      for (Label label : Label.HOT) {
        double p = probability[label.ordinal()];
        if (p >= model.threshold(language, label)) {
          carried.add(new LabelScore(label, p));
          kept[label.ordinal()] = true;
        }
      }
    }
    // as Classification.of orders them: by confidence, the first of equals first
    carried.sort(Comparator.comparingDouble(LabelScore::confidence).reversed());
    List<Cue> readCues = x.reading().cues();
    List<Cue> cues = new ArrayList<>(readCues.size() + carried.size() * MODEL_CUES);
    for (Cue cue : readCues) {
      if (cue.label() == Label.NONE || kept[cue.label().ordinal()]) {
        cues.add(cue);
      }
    }
    // the features that weighed most for each carried label explain it beside the cues
    for (LabelScore s : carried) {
      for (int k : model.top(s.label(), x, MODEL_CUES)) {
        String feature = x.name(k);
        cues.add(new Cue("model:" + feature, s.label(), surface(feature)));
      }
    }
    Label primary = carried.isEmpty() ? Label.NONE : carried.get(0).label();
    return new Classification(primary, carried, cues);
  }

  /** An explicit thanks or denial, and no cue for any label. */
  static boolean saysNone(CueClassifier.CueReading reading) {
    if (reading.classification().primary() != Label.NONE || reading.cues().isEmpty()) {
      return false;
    }
    for (Cue c : reading.cues()) {
      if (c.label() != Label.NONE) {
        return false;
      }
    }
    return true;
  }

  private List<Explanation.Contribution> contributions(Label label, Features.Vector x) {
    List<Explanation.Contribution> parts = new ArrayList<>(x.size());
    for (int k = 0; k < x.size(); k++) {
      parts.add(
          new Explanation.Contribution(x.name(k), x.value()[k], model.weight(label, x.index()[k])));
    }
    parts.sort(
        Comparator.comparingDouble((Explanation.Contribution p) -> -Math.abs(p.amount()))
            .thenComparing(Explanation.Contribution::feature));
    return parts;
  }

  private static double strongest(Explanation e) {
    return e.labels().stream().mapToDouble(l -> l.probability() - l.threshold()).max().orElse(-1);
  }

  /** The words a feature name stands for: {@code fi:w:NEG_toimi → toimi}. */
  private static String surface(String feature) {
    int bar = feature.indexOf(" | ");
    String first = bar < 0 ? feature : feature.substring(0, bar);
    String s = first.substring(first.lastIndexOf(':') + 1);
    return s.startsWith("NEG_") ? s.substring(4) : s;
  }

  // the holder idiom: loaded on first use, safely published
  private static final class Standard {
    static final TrainedClassifier INSTANCE = loadStandard();

    private static TrainedClassifier loadStandard() {
      InputStream in = TrainedClassifier.class.getResourceAsStream(RESOURCE);
      if (in == null) {
        throw new IllegalStateException(
            "no trained model at " + RESOURCE + " on the class path: build hot-core with Maven");
      }
      try (in) {
        return load(Classifiers.cueClassifier(), in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
