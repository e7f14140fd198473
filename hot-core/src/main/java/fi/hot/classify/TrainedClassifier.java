package fi.hot.classify;

import fi.hot.model.Classification;
import fi.hot.model.Cue;
import fi.hot.model.Label;
import fi.hot.model.LabelScore;
import fi.hot.model.Language;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

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
 * <p>A label is carried when its probability reaches its threshold; of several carried, the primary
 * label is the one whose strongest clause comes first ({@link #decide}); NONE when none is carried.
 * When the model was trained so, an explicit thanks or denial of the cue layer ("kiitos", "no
 * problems at all") with no other cue decides NONE. The confidences are the model's probabilities;
 * the cues are the cue layer's, followed by the features that weighed most for each carried label
 * (ids {@code model:…}).
 *
 * <p>The model is trained by the build ({@link Trainer}) into {@value #RESOURCE} on the class path.
 * Immutable and thread-safe; {@link #standard()} loads it once and shares it. A model trained at
 * run time ({@link Trainer#train}) is kept with {@link #write} and read back with {@link
 * #load(Path)}.
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
   * Loads a model file written by {@link #write} (or by the build).
   *
   * @throws UncheckedIOException naming the file when it cannot be read or is not a model
   */
  public static TrainedClassifier load(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      return new TrainedClassifier(Classifiers.cueClassifier(), LinearModel.read(in));
    } catch (IOException e) {
      String why = e instanceof NoSuchFileException ? "no such file" : e.getMessage();
      throw new UncheckedIOException("cannot read the classifier model " + file + ": " + why, e);
    }
  }

  /** Writes the model, byte for byte as the build writes it, for {@link #load(Path)}. */
  public void write(OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    model.write(out);
  }

  LinearModel model() {
    return model;
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
    LinearModel.Scored scored = model.score(x);
    double[] logits = scored.logits();
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
    Classification c = decide(probability, language, cueNone, scored, x);
    return new Explanation(language, c, labels, x.reading().cues(), cueNone);
  }

  /**
   * The carried labels by the shared rule below, with the cue layer's cues for them and, for each,
   * the features that weighed most (ids {@code model:…}).
   *
   * @param probability per label, by {@link Label#ordinal()}
   */
  private Classification decide(
      double[] probability,
      Language language,
      boolean cueNone,
      LinearModel.Scored scored,
      Features.Vector x) {
    double[] thresholds = new double[probability.length];
    for (Label label : Label.HOT) {
      thresholds[label.ordinal()] = model.threshold(language, label);
    }
    Classification c =
        decide(probability, thresholds, cueNone, x.reading().cues(), scored::byClause);
    if (c.labels().isEmpty()) {
      return c;
    }
    // the features that weighed most for each carried label explain it beside the cues
    List<Cue> cues = new ArrayList<>(c.cues().size() + c.labels().size() * MODEL_CUES);
    cues.addAll(c.cues());
    for (LabelScore s : c.labels()) {
      for (int k : scored.top(s.label(), MODEL_CUES)) {
        String feature = x.name(k);
        cues.add(new Cue("model:" + feature, s.label(), surface(feature)));
      }
    }
    return new Classification(c.primary(), c.labels(), cues);
  }

  /**
   * The decision rule, shared with the {@link Trainer}'s cross-validation: a label is carried when
   * its probability reaches its threshold (none when {@code none}). With several carried, the
   * primary is the one whose strongest clause comes first, as a statement's first concern carries
   * its weight ("the export is broken, please fix it" is a problem first); on the training data's
   * cross-validation this beats taking the most probable label by about 0.02 macro-F1 in each
   * language. A clause's strength is its logit as the clause would read alone, found from the
   * statement's features ({@link Features.Vector#byClause}) rather than by reading it again. Ties
   * go to the more probable label.
   *
   * @param probability per label, by {@link Label#ordinal()}
   * @param thresholds per label, by {@link Label#ordinal()}
   * @param cues the cue layer's cues, in text order; those of labels not carried are dropped
   * @param clauses each clause's logits (by ordinal), in text order, or null for a statement of one
   *     clause; asked only when several labels are carried
   */
  static Classification decide(
      double[] probability,
      double[] thresholds,
      boolean none,
      List<Cue> cues,
      Supplier<double[][]> clauses) {
    List<LabelScore> carried = new ArrayList<>(Label.HOT.size());
    boolean[] kept = new boolean[Label.values().length];
    if (!none) {
      for (Label label : Label.HOT) {
        double p = probability[label.ordinal()];
        if (p >= thresholds[label.ordinal()]) {
          carried.add(new LabelScore(label, p));
          kept[label.ordinal()] = true;
        }
      }
    }
    List<Cue> cueList = new ArrayList<>(cues.size());
    for (Cue cue : cues) {
      if (cue.label() == Label.NONE || kept[cue.label().ordinal()]) {
        cueList.add(cue);
      }
    }
    Classification byProbability = Classification.of(carried, cueList);
    if (carried.size() < 2) {
      return byProbability;
    }
    Label primary = byClause(clauses.get(), byProbability);
    return new Classification(primary, byProbability.labels(), cueList);
  }

  /**
   * The carried label whose strongest clause comes first; ties to the more probable, as are all
   * labels of a statement of one clause ({@code clauses} null).
   */
  private static Label byClause(double[][] clauses, Classification c) {
    Label best = c.primary();
    if (clauses == null) {
      return best;
    }
    int bestAt = Integer.MAX_VALUE;
    for (LabelScore s : c.labels()) {
      int l = s.label().ordinal();
      int at = 0;
      for (int k = 1; k < clauses.length; k++) {
        if (clauses[k][l] > clauses[at][l]) {
          at = k;
        }
      }
      if (at < bestAt) {
        best = s.label();
        bestAt = at;
      }
    }
    return best;
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
