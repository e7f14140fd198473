package fi.hot.classify;

import fi.hot.model.Classification;
import fi.hot.model.Label;
import fi.hot.model.LabelScore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Measures a classifier against gold statements: accuracy and macro-F1 of the primary label, the
 * confusion matrix of the primary label, and precision, recall and F1 of each of the three labels
 * over the multi-label sets.
 *
 * <pre>{@code
 * Evaluation.Result r = Evaluation.of(gold, Classifiers.standard());
 * r.accuracy();                          // share of primaries right
 * r.macroF1();                           // mean F1 over DREAM, PROBLEM, NEED, NONE
 * r.labels().get(Label.NEED).recall();   // over the multi-label sets
 * r.confusion().count(Label.NEED, Label.DREAM);
 *
 * Evaluation e = new Evaluation();       // or accumulate by hand
 * e.add(goldStatement, classification);
 * Evaluation.Result same = e.result();
 * }</pre>
 *
 * <p>Conventions: a precision, recall or F1 whose denominator is zero is 0; the macro-F1 averages
 * the primary labels that occur in the gold or the predictions (a label absent from both has no F1
 * and is left out); with nothing added, accuracy and macro-F1 are 0.
 *
 * <p>An {@code Evaluation} accumulates and is not thread-safe; its {@link Result} is immutable.
 */
public final class Evaluation {
  /** The primary labels, in the order of the confusion matrix's rows and columns. */
  public static final List<Label> PRIMARY_LABELS =
      List.of(Label.DREAM, Label.PROBLEM, Label.NEED, Label.NONE);

  private final int[][] confusion = new int[4][4];
  private final Map<Label, int[]> multi = new EnumMap<>(Label.class);
  private final List<Miss> misses = new ArrayList<>();
  private int count;

  public Evaluation() {
    for (Label label : Label.HOT) {
      multi.put(label, new int[3]);
    }
  }

  /** Classifies every gold statement with the classifier and measures the result. */
  public static Result of(List<GoldStatement> gold, Classifier classifier) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(classifier, "classifier");
    Evaluation e = new Evaluation();
    for (GoldStatement g : gold) {
      e.add(g, classifier.classify(g.text(), g.language()));
    }
    return e.result();
  }

  /** Adds one gold statement and what was predicted for it; a wrong primary is kept as a miss. */
  public Evaluation add(GoldStatement gold, Classification predicted) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(predicted, "predicted");
    add(gold.primary(), gold.labels(), predicted);
    if (gold.primary() != predicted.primary()) {
      misses.add(new Miss(gold, predicted));
    }
    return this;
  }

  /**
   * Adds one gold labelling and what was predicted.
   *
   * @param goldPrimary the gold primary label
   * @param goldLabels the gold labels, without NONE
   */
  public Evaluation add(Label goldPrimary, Set<Label> goldLabels, Classification predicted) {
    Objects.requireNonNull(goldPrimary, "goldPrimary");
    Objects.requireNonNull(goldLabels, "goldLabels");
    Objects.requireNonNull(predicted, "predicted");
    if (goldLabels.contains(Label.NONE)) {
      throw new IllegalArgumentException("goldLabels " + goldLabels + " contain NONE");
    }
    confusion[PRIMARY_LABELS.indexOf(goldPrimary)][PRIMARY_LABELS.indexOf(predicted.primary())]++;
    Set<Label> predictedLabels = EnumSet.noneOf(Label.class);
    for (LabelScore s : predicted.labels()) {
      predictedLabels.add(s.label());
    }
    for (Label label : Label.HOT) {
      int[] c = multi.get(label);
      boolean inGold = goldLabels.contains(label);
      boolean inPredicted = predictedLabels.contains(label);
      if (inGold && inPredicted) {
        c[0]++;
      } else if (inPredicted) {
        c[1]++;
      } else if (inGold) {
        c[2]++;
      }
    }
    count++;
    return this;
  }

  /** The measures of everything added so far. */
  public Result result() {
    List<List<Integer>> rows = new ArrayList<>();
    int correct = 0;
    for (int g = 0; g < 4; g++) {
      List<Integer> row = new ArrayList<>();
      for (int p = 0; p < 4; p++) {
        row.add(confusion[g][p]);
      }
      rows.add(row);
      correct += confusion[g][g];
    }
    ConfusionMatrix matrix = new ConfusionMatrix(PRIMARY_LABELS, rows);
    Map<Label, Scores> primary = new EnumMap<>(Label.class);
    double f1Sum = 0;
    int f1Count = 0;
    for (Label label : PRIMARY_LABELS) {
      int i = PRIMARY_LABELS.indexOf(label);
      int tp = confusion[i][i];
      int fp = 0;
      int fn = 0;
      for (int j = 0; j < 4; j++) {
        if (j != i) {
          fp += confusion[j][i];
          fn += confusion[i][j];
        }
      }
      Scores s = new Scores(tp, fp, fn);
      primary.put(label, s);
      if (tp + fp + fn > 0) {
        f1Sum += s.f1();
        f1Count++;
      }
    }
    Map<Label, Scores> labels = new EnumMap<>(Label.class);
    for (Label label : Label.HOT) {
      int[] c = multi.get(label);
      labels.put(label, new Scores(c[0], c[1], c[2]));
    }
    double accuracy = count == 0 ? 0 : correct / (double) count;
    double macroF1 = f1Count == 0 ? 0 : f1Sum / f1Count;
    return new Result(count, correct, accuracy, macroF1, primary, labels, matrix, misses);
  }

  /**
   * The measures of an evaluation.
   *
   * @param count how many statements were measured
   * @param correct how many got the right primary label
   * @param accuracy correct / count
   * @param macroF1 the mean F1 over the primary labels (see the class's conventions)
   * @param primary for each of DREAM, PROBLEM, NEED, NONE: the scores of the primary label
   * @param labels for each of DREAM, PROBLEM, NEED: the scores over the multi-label sets
   * @param confusion gold primaries (rows) against predicted primaries (columns)
   * @param misses the statements whose primary was wrong, in the order added (only those added as
   *     {@link GoldStatement}s)
   */
  public record Result(
      int count,
      int correct,
      double accuracy,
      double macroF1,
      Map<Label, Scores> primary,
      Map<Label, Scores> labels,
      ConfusionMatrix confusion,
      List<Miss> misses) {

    public Result {
      Objects.requireNonNull(confusion, "confusion");
      primary = Collections.unmodifiableMap(new EnumMap<>(primary));
      labels = Collections.unmodifiableMap(new EnumMap<>(labels));
      misses = List.copyOf(misses);
    }
  }

  /**
   * Counts of one label, with the measures derived from them.
   *
   * @param truePositives gold and predicted
   * @param falsePositives predicted, not gold
   * @param falseNegatives gold, not predicted
   */
  public record Scores(int truePositives, int falsePositives, int falseNegatives) {

    public Scores {
      if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
        throw new IllegalArgumentException(
            "negative count in " + truePositives + "/" + falsePositives + "/" + falseNegatives);
      }
    }

    /** TP / (TP + FP); 0 when nothing was predicted. */
    public double precision() {
      int d = truePositives + falsePositives;
      return d == 0 ? 0 : truePositives / (double) d;
    }

    /** TP / (TP + FN); 0 when the gold has none. */
    public double recall() {
      int d = truePositives + falseNegatives;
      return d == 0 ? 0 : truePositives / (double) d;
    }

    /** The harmonic mean of precision and recall; 0 when both are 0. */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** How many gold statements carry the label: TP + FN. */
    public int support() {
      return truePositives + falseNegatives;
    }
  }

  /**
   * A confusion matrix of primary labels.
   *
   * @param order the labels of the rows (gold) and columns (predicted)
   * @param counts {@code counts.get(gold).get(predicted)}, by index in {@code order}
   */
  public record ConfusionMatrix(List<Label> order, List<List<Integer>> counts) {

    public ConfusionMatrix {
      List<Label> labels = List.copyOf(order);
      List<List<Integer>> rows = counts.stream().map(List::copyOf).toList();
      if (rows.size() != labels.size() || rows.stream().anyMatch(r -> r.size() != labels.size())) {
        throw new IllegalArgumentException("a confusion matrix must be square over " + labels);
      }
      order = labels;
      counts = rows;
    }

    /** How many statements with the gold primary were predicted as {@code predicted}. */
    public int count(Label gold, Label predicted) {
      int g = order.indexOf(gold);
      int p = order.indexOf(predicted);
      if (g < 0 || p < 0) {
        throw new IllegalArgumentException("label not in matrix: " + (g < 0 ? gold : predicted));
      }
      return counts.get(g).get(p);
    }
  }

  /**
   * A statement whose primary label was predicted wrong.
   *
   * @param gold the gold statement
   * @param predicted what the classifier said
   */
  public record Miss(GoldStatement gold, Classification predicted) {

    public Miss {
      Objects.requireNonNull(gold, "gold");
      Objects.requireNonNull(predicted, "predicted");
    }
  }
}
