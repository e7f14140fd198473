package fi.hot.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import fi.hot.model.Classification;
import fi.hot.model.Label;
import fi.hot.model.Language;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.DoubleConsumer;
import org.apache.lucene.util.StringHelper;

/**
 * Trains the {@link TrainedClassifier}'s model from the training data shipped in hot-core ({@code
 * fi/hot/classify/training/*.jsonl}). The build runs {@link #main} after compiling, so the model
 * sits on the class path and no trained binary is kept in the repository. {@link #train} trains at
 * run time too, on the shipped data with more statements added (a store's corrections).
 *
 * <pre>{@code
 * // what the build runs after compiling hot-core
 * Trainer.main("hot-core/target/classes");   // writes fi/hot/classify/model.bin
 * List<GoldStatement> data = Trainer.shipped(); // the shipped statements, Finnish first
 *
 * // at run time
 * Trainer.Result r = Trainer.train(data, done -> {});
 * r.classifier().classify("Laskutus ei toimi", Language.FI);
 * r.classifier().write(out);                    // TrainedClassifier.load(file) reads it back
 * }</pre>
 *
 * <p>Steps: the features of every statement; five-fold cross-validation (folds from a fixed seed)
 * gives every statement a probability from a model that did not see it; from those, each label's
 * threshold per language is the middle of those with near-best F1, and the cue layer's explicit
 * NONE is kept unless it costs over 0.01 primary macro-F1; then one model per label on all the
 * data. liblinear's Newton solver is deterministic, so the same data gives the same bytes.
 * Stateless and thread-safe.
 */
public final class Trainer {
  /**
   * liblinear's cost: how little the weights are regularised. Cross-validated macro-F1 moves by
   * under 0.005 between 8 and 32.
   */
  static final double COST = 8.0;

  static final int FOLDS = 5;

  /** How far below the best F1 a threshold may be and still count as one of the best. */
  static final double PLATEAU = 0.005;

  /** How much primary macro-F1 the cue layer's explicit NONE may cost before it is dropped. */
  static final double CUE_NONE_MARGIN = 0.01;

  static final long SEED = 20240917L;

  private static final double EPSILON = 0.001;
  private static final String DATA = "/fi/hot/classify/training/";
  private static final List<String> FILES = List.of("fi.jsonl", "en.jsonl");

  private Trainer() {}

  /**
   * Trains on the shipped data and writes {@code fi/hot/classify/model.bin} and {@code
   * training-report.txt} under the directory given (the build's classes directory).
   */
  public static void main(String... args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: Trainer CLASSES_DIRECTORY");
    }
    Path dir = Path.of(args[0]).resolve("fi/hot/classify");
    Files.createDirectories(dir);
    Result r = train(shipped());
    try (OutputStream out =
        new BufferedOutputStream(Files.newOutputStream(dir.resolve("model.bin")))) {
      r.model().write(out);
    }
    Files.writeString(dir.resolve("training-report.txt"), r.report(), StandardCharsets.UTF_8);
  }

  /** The training statements shipped in hot-core, Finnish first. */
  public static List<GoldStatement> shipped() {
    ObjectMapper json = new ObjectMapper();
    List<GoldStatement> out = new ArrayList<>();
    for (String file : FILES) {
      InputStream in = Trainer.class.getResourceAsStream(DATA + file);
      if (in == null) {
        throw new IllegalStateException("no training data " + DATA + file + " on the class path");
      }
      try (BufferedReader r =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        int lineNo = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          lineNo++;
          if (line.isBlank()) {
            continue;
          }
          JsonNode o = json.readTree(line);
          Set<Label> labels = EnumSet.noneOf(Label.class);
          o.path("labels").forEach(l -> labels.add(Label.parse(l.asText())));
          try {
            out.add(
                new GoldStatement(
                    o.path("id").asText(),
                    o.path("text").asText(),
                    Label.parse(o.path("primary").asText()),
                    labels,
                    Language.parse(o.path("lang").asText())));
          } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + ":" + lineNo + ": " + e.getMessage(), e);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /**
   * Trains a classifier on the statements. Takes about ten seconds for the shipped data.
   *
   * @param data Finnish and English statements
   * @throws IllegalArgumentException when a statement is neither Finnish nor English
   */
  public static Result train(List<GoldStatement> data) {
    return train(data, COST, done -> {});
  }

  /**
   * Trains a classifier on the statements, telling {@code progress} the share of the work done (0
   * to 1) as it goes.
   *
   * @param data Finnish and English statements
   * @throws IllegalArgumentException when a statement is neither Finnish nor English
   */
  public static Result train(List<GoldStatement> data, DoubleConsumer progress) {
    return train(data, COST, progress);
  }

  static Result train(List<GoldStatement> data, double cost) {
    return train(data, cost, done -> {});
  }

  private static Result train(List<GoldStatement> data, double cost, DoubleConsumer progress) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(progress, "progress");
    if (data.isEmpty()) {
      throw new IllegalArgumentException("no training statements");
    }
    // the features count as one step, each of the fits below as one
    double steps = 1 + (FOLDS + 1) * Label.HOT.size();
    int[] done = {0};
    Runnable step = () -> progress.accept(++done[0] / steps);
    CueClassifier cues = Classifiers.cueClassifier();
    Features features = new Features(cues);
    List<Features.Vector> x = new ArrayList<>(data.size());
    for (GoldStatement g : data) {
      if (g.language() == Language.OTHER) {
        throw new IllegalArgumentException("training statement " + g.id() + " is not FI or EN");
      }
      x.add(features.of(g.text(), g.language()));
    }
    step.run();
    // out-of-fold probabilities
    int[] fold = folds(data);
    // per statement, per clause, per label (by ordinal); null for a statement of one clause
    double[][][] oofClauses = new double[data.size()][][];
    List<Features.ClauseFeatures> clauseX = new ArrayList<>(data.size());
    for (int i = 0; i < data.size(); i++) {
      Features.ClauseFeatures f = x.get(i).byClause();
      clauseX.add(f);
      oofClauses[i] = f == null ? null : new double[f.count()][Label.values().length];
    }
    Map<Label, double[]> oof = new EnumMap<>(Label.class);
    for (Label label : Label.HOT) {
      oof.put(label, new double[data.size()]);
    }
    for (int f = 0; f < FOLDS; f++) {
      List<Integer> in = new ArrayList<>();
      List<Integer> out = new ArrayList<>();
      for (int i = 0; i < data.size(); i++) {
        (fold[i] == f ? out : in).add(i);
      }
      for (Label label : Label.HOT) {
        double[] w = fit(data, x, in, label, cost);
        for (int i : out) {
          oof.get(label)[i] = LinearModel.sigmoid(dot(w, x.get(i)));
          if (clauseX.get(i) != null) {
            double[] e = clauseX.get(i).sum(k -> w[k]);
            for (int c = 0; c < e.length; c++) {
              oofClauses[i][c][label.ordinal()] = e[c];
            }
          }
        }
        step.run();
      }
    }
    Map<Language, Map<Label, Double>> thresholds = new EnumMap<>(Language.class);
    for (Language lang : List.of(Language.FI, Language.EN)) {
      Map<Label, Double> t = new EnumMap<>(Label.class);
      for (Label label : Label.HOT) {
        t.put(label, bestThreshold(data, oof.get(label), lang, label));
      }
      thresholds.put(lang, t);
    }
    Map<Language, Evaluation.Result> withCueNone =
        crossValidated(data, x, oof, oofClauses, thresholds, true);
    Map<Language, Evaluation.Result> modelOnly =
        crossValidated(data, x, oof, oofClauses, thresholds, false);
    // an explicit thanks or denial means NONE, unless the data shows clearly that it misleads:
    // a choice on a hair's difference would flip with every few statements added
    boolean cueNone = meanMacroF1(withCueNone) > meanMacroF1(modelOnly) - CUE_NONE_MARGIN;

    Map<Label, double[]> weights = new EnumMap<>(Label.class);
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < data.size(); i++) {
      all.add(i);
    }
    for (Label label : Label.HOT) {
      weights.put(label, fit(data, x, all, label, cost));
      step.run();
    }
    LinearModel model = new LinearModel(weights, thresholds, cueNone);
    return new Result(
        new TrainedClassifier(cues, model),
        cueNone ? withCueNone : modelOnly,
        report(data, cost, thresholds, withCueNone, modelOnly, cueNone));
  }

  /**
   * Fold of each statement, from a hash of its language and text: a statement keeps its fold
   * whatever else is added, so training with a few corrections moves only their folds' figures.
   */
  private static int[] folds(List<GoldStatement> data) {
    int[] fold = new int[data.size()];
    for (int i = 0; i < data.size(); i++) {
      byte[] key =
          (data.get(i).language().code() + "\u0000" + data.get(i).text())
              .getBytes(StandardCharsets.UTF_8);
      fold[i] =
          Math.floorMod(StringHelper.murmurhash3_x86_32(key, 0, key.length, (int) SEED), FOLDS);
    }
    return fold;
  }

  private static double[] fit(
      List<GoldStatement> data,
      List<Features.Vector> x,
      List<Integer> rows,
      Label label,
      double cost) {
    Problem p = new Problem();
    p.l = rows.size();
    p.n = Features.BIAS;
    p.bias = -1; // the bias is a feature of its own, so an explanation can show it
    p.x = new Feature[rows.size()][];
    p.y = new double[rows.size()];
    for (int k = 0; k < rows.size(); k++) {
      Features.Vector v = x.get(rows.get(k));
      Feature[] nodes = new Feature[v.size()];
      for (int j = 0; j < v.size(); j++) {
        nodes[j] = new FeatureNode(v.index()[j], v.value()[j]);
      }
      p.x[k] = nodes;
      p.y[k] = data.get(rows.get(k)).labels().contains(label) ? 1 : -1;
    }
    Parameter param = new Parameter(SolverType.L2R_LR, cost, EPSILON);
    param.setRandom(new Random(SEED));
    Linear.disableDebugOutput();
    Model m = Linear.train(p, param);
    double[] raw = m.getFeatureWeights();
    // liblinear's weights speak for its first label, which is the first one in the data
    double sign = m.getLabels()[0] == 1 ? 1 : -1;
    double[] w = new double[Features.BIAS + 1];
    for (int i = 0; i < raw.length && i < Features.BIAS; i++) {
      w[i + 1] = sign * raw[i];
    }
    return w;
  }

  private static double dot(double[] w, Features.Vector v) {
    double s = 0;
    for (int k = 0; k < v.size(); k++) {
      s += w[v.index()[k]] * v.value()[k];
    }
    return s;
  }

  /**
   * The label's threshold for one language: the middle of the thresholds whose F1 is within {@value
   * #PLATEAU} of the best. The F1 curve is flat near its top, so the single best point moves far
   * with a handful of new statements; the middle of the plateau does not.
   */
  private static double bestThreshold(
      List<GoldStatement> data, double[] p, Language lang, Label label) {
    double[] f1 = new double[91];
    double bestF1 = 0;
    for (int t = 10; t <= 90; t++) {
      double threshold = t / 100.0;
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (int i = 0; i < data.size(); i++) {
        if (data.get(i).language() != lang) {
          continue;
        }
        boolean gold = data.get(i).labels().contains(label);
        boolean predicted = p[i] >= threshold;
        tp += gold && predicted ? 1 : 0;
        fp += !gold && predicted ? 1 : 0;
        fn += gold && !predicted ? 1 : 0;
      }
      f1[t] = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
      bestF1 = Math.max(bestF1, f1[t]);
    }
    List<Integer> plateau = new ArrayList<>();
    for (int t = 10; t <= 90; t++) {
      if (f1[t] >= bestF1 - PLATEAU) {
        plateau.add(t);
      }
    }
    return plateau.get(plateau.size() / 2) / 100.0;
  }

  private static Map<Language, Evaluation.Result> crossValidated(
      List<GoldStatement> data,
      List<Features.Vector> x,
      Map<Label, double[]> oof,
      double[][][] oofClauses,
      Map<Language, Map<Label, Double>> thresholds,
      boolean cueNone) {
    Map<Language, Evaluation> eval = new EnumMap<>(Language.class);
    for (int i = 0; i < data.size(); i++) {
      GoldStatement g = data.get(i);
      boolean none = cueNone && TrainedClassifier.saysNone(x.get(i).reading());
      double[][] clauses = oofClauses[i];
      double[] probability = new double[Label.values().length];
      double[] threshold = new double[Label.values().length];
      for (Label label : Label.HOT) {
        probability[label.ordinal()] = oof.get(label)[i];
        threshold[label.ordinal()] = thresholds.get(g.language()).get(label);
      }
      Classification c =
          TrainedClassifier.decide(
              probability, threshold, none, x.get(i).reading().cues(), () -> clauses);
      eval.computeIfAbsent(g.language(), l -> new Evaluation()).add(g.primary(), g.labels(), c);
    }
    Map<Language, Evaluation.Result> out = new EnumMap<>(Language.class);
    eval.forEach((lang, e) -> out.put(lang, e.result()));
    return out;
  }

  private static double meanMacroF1(Map<Language, Evaluation.Result> r) {
    return r.values().stream().mapToDouble(Evaluation.Result::macroF1).average().orElse(0);
  }

  private static String report(
      List<GoldStatement> data,
      double cost,
      Map<Language, Map<Label, Double>> thresholds,
      Map<Language, Evaluation.Result> withCueNone,
      Map<Language, Evaluation.Result> modelOnly,
      boolean cueNone) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "statements %d, %d-fold cross-validation (seed %d), cost %.1f, cue NONE %s%n",
            data.size(),
            FOLDS,
            SEED,
            cost,
            cueNone ? "kept" : "dropped"));
    for (Language lang : withCueNone.keySet()) {
      for (boolean kept : List.of(false, true)) {
        Evaluation.Result r = (kept ? withCueNone : modelOnly).get(lang);
        b.append(
            String.format(
                Locale.ROOT,
                "%s %-13s n=%d accuracy %.3f primary macro-F1 %.3f",
                lang.code(),
                kept ? "cue NONE" : "model only",
                r.count(),
                r.accuracy(),
                r.macroF1()));
        for (Label label : Label.HOT) {
          b.append(
              String.format(
                  Locale.ROOT,
                  " %s F1 %.3f (t %.2f)",
                  label.code(),
                  r.labels().get(label).f1(),
                  thresholds.get(lang).get(label)));
        }
        b.append(String.format("%n"));
      }
    }
    return b.toString();
  }

  /**
   * What training made. Immutable.
   *
   * @param classifier the trained classifier, to use and to {@link TrainedClassifier#write write}
   * @param crossValidation per language, the figures of the out-of-fold predictions with the chosen
   *     decision rule: how well the classifier does on statements it did not learn from
   * @param report the cross-validation figures as text
   */
  public record Result(
      TrainedClassifier classifier,
      Map<Language, Evaluation.Result> crossValidation,
      String report) {

    public Result {
      Objects.requireNonNull(classifier, "classifier");
      Objects.requireNonNull(report, "report");
      crossValidation = Collections.unmodifiableMap(new EnumMap<>(crossValidation));
    }

    /** The weights and thresholds. */
    LinearModel model() {
      return classifier.model();
    }
  }
}
