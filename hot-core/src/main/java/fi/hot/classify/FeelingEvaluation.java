package fi.hot.classify;

import fi.hot.model.Emotion;
import fi.hot.model.Feeling;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Measures the {@link FeelingReader} against statements whose feeling a person judged: accuracy and
 * macro-F1 of the emotion, precision, recall and F1 of each emotion, the confusion matrix, the mean
 * absolute error of the polarity and how often its sign agrees.
 *
 * <pre>{@code
 * FeelingEvaluation.Result r =
 *     FeelingEvaluation.of(gold, FeelingReader.standard(), Classifiers.standard());
 * r.accuracy();            // share of emotions right
 * r.macroF1();             // mean F1 over the emotions
 * r.polarityMae();         // mean |predicted - gold| polarity
 * r.signAgreement();       // share with the same sign (within ±0.1 counts as 0)
 * }</pre>
 *
 * <p>Conventions: a polarity within ±{@value #NEUTRAL_BAND} of 0 has sign 0, so a judged 0.1 and a
 * read 0 agree; precision, recall or F1 with a zero denominator is 0; the macro-F1 averages the
 * emotions that occur in the gold or the predictions; with nothing added every figure is 0.
 *
 * <p>A {@code FeelingEvaluation} accumulates and is not thread-safe; its {@link Result} is
 * immutable.
 */
public final class FeelingEvaluation {
  /** The emotions, in the order of the confusion matrix's rows and columns. */
  public static final List<Emotion> EMOTIONS = List.of(Emotion.values());

  /** Polarities this close to 0 count as neither positive nor negative. */
  public static final double NEUTRAL_BAND = 0.1;

  private final int[][] confusion = new int[EMOTIONS.size()][EMOTIONS.size()];
  private final List<Miss> misses = new ArrayList<>();
  private double absoluteError;
  private int signsAgreeing;
  private int count;

  /**
   * Reads every gold statement as capture does, with the labels the classifier gives it, and
   * measures the result.
   */
  public static Result of(List<FeelingGold> gold, FeelingReader reader, Classifier classifier) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(classifier, "classifier");
    FeelingEvaluation e = new FeelingEvaluation();
    for (FeelingGold g : gold) {
      e.add(g, reader.read(g.text(), g.language(), classifier.classify(g.text(), g.language())));
    }
    return e.result();
  }

  /** Adds one gold statement and the feeling read from it; a wrong emotion is kept as a miss. */
  public FeelingEvaluation add(FeelingGold gold, Feeling predicted) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(predicted, "predicted");
    confusion[EMOTIONS.indexOf(gold.emotion())][EMOTIONS.indexOf(predicted.emotion())]++;
    absoluteError += Math.abs(predicted.polarity() - gold.polarity());
    signsAgreeing += sign(predicted.polarity()) == sign(gold.polarity()) ? 1 : 0;
    if (gold.emotion() != predicted.emotion()) {
      misses.add(new Miss(gold, predicted));
    }
    count++;
    return this;
  }

  /** -1, 0 or +1; within ±{@value #NEUTRAL_BAND} of 0 is 0. */
  public static int sign(double polarity) {
    if (Math.abs(polarity) <= NEUTRAL_BAND + 1e-9) {
      return 0;
    }
    return polarity > 0 ? 1 : -1;
  }

  /** The measures of everything added so far. */
  public Result result() {
    int k = EMOTIONS.size();
    List<List<Integer>> rows = new ArrayList<>();
    int correct = 0;
    for (int g = 0; g < k; g++) {
      List<Integer> row = new ArrayList<>();
      for (int p = 0; p < k; p++) {
        row.add(confusion[g][p]);
      }
      rows.add(row);
      correct += confusion[g][g];
    }
    Map<Emotion, Evaluation.Scores> scores = new EnumMap<>(Emotion.class);
    double f1Sum = 0;
    int f1Count = 0;
    for (int i = 0; i < k; i++) {
      int tp = confusion[i][i];
      int fp = 0;
      int fn = 0;
      for (int j = 0; j < k; j++) {
        if (j != i) {
          fp += confusion[j][i];
          fn += confusion[i][j];
        }
      }
      Evaluation.Scores s = new Evaluation.Scores(tp, fp, fn);
      scores.put(EMOTIONS.get(i), s);
      if (tp + fp + fn > 0) {
        f1Sum += s.f1();
        f1Count++;
      }
    }
    return new Result(
        count,
        correct,
        count == 0 ? 0 : correct / (double) count,
        f1Count == 0 ? 0 : f1Sum / f1Count,
        scores,
        new Confusion(EMOTIONS, rows),
        count == 0 ? 0 : absoluteError / count,
        signsAgreeing,
        count == 0 ? 0 : signsAgreeing / (double) count,
        misses);
  }

  /**
   * The measures of a feeling evaluation.
   *
   * @param count how many statements were measured
   * @param correct how many got the right emotion
   * @param accuracy correct / count
   * @param macroF1 the mean F1 over the emotions (see the class's conventions)
   * @param emotions the scores of each emotion
   * @param confusion judged emotions (rows) against read ones (columns)
   * @param polarityMae the mean absolute difference of read and judged polarity
   * @param signsAgreeing how many read polarities have the judged one's sign
   * @param signAgreement signsAgreeing / count
   * @param misses the statements whose emotion was wrong, in the order added
   */
  public record Result(
      int count,
      int correct,
      double accuracy,
      double macroF1,
      Map<Emotion, Evaluation.Scores> emotions,
      Confusion confusion,
      double polarityMae,
      int signsAgreeing,
      double signAgreement,
      List<Miss> misses) {

    public Result {
      Objects.requireNonNull(confusion, "confusion");
      emotions = Collections.unmodifiableMap(new EnumMap<>(emotions));
      misses = List.copyOf(misses);
    }
  }

  /**
   * A confusion matrix of emotions.
   *
   * @param order the emotions of the rows (judged) and columns (read)
   * @param counts {@code counts.get(judged).get(read)}, by index in {@code order}
   */
  public record Confusion(List<Emotion> order, List<List<Integer>> counts) {

    public Confusion {
      List<Emotion> emotions = List.copyOf(order);
      List<List<Integer>> rows = counts.stream().map(List::copyOf).toList();
      if (rows.size() != emotions.size()
          || rows.stream().anyMatch(r -> r.size() != emotions.size())) {
        throw new IllegalArgumentException("a confusion matrix must be square over " + emotions);
      }
      order = emotions;
      counts = rows;
    }

    /** How many statements judged {@code judged} were read as {@code read}. */
    public int count(Emotion judged, Emotion read) {
      return counts.get(order.indexOf(judged)).get(order.indexOf(read));
    }
  }

  /**
   * A statement whose emotion was read wrong.
   *
   * @param gold the gold statement
   * @param predicted the feeling read
   */
  public record Miss(FeelingGold gold, Feeling predicted) {

    public Miss {
      Objects.requireNonNull(gold, "gold");
      Objects.requireNonNull(predicted, "predicted");
    }
  }
}
