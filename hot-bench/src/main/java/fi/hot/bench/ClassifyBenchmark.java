package fi.hot.bench;

import fi.hot.classify.TrainedClassifier;
import fi.hot.model.Classification;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Throughput of {@link TrainedClassifier#classify} on one thread, with the language given (as the
 * store classifies after detecting it): statements per second.
 *
 * <p>Input: the shipped training statements ({@link Statements}), cycled through in order; {@code
 * language} picks the Finnish ones, the English ones, or all of them mixed. Each call classifies
 * the next statement, so the figure is over the whole variety of the data, not one sentence.
 *
 * <pre>
 * bin/bench ClassifyBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s
 * bin/bench ClassifyBenchmark -p language=MIXED -prof gc
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class ClassifyBenchmark {
  @Param({"FI", "EN", "MIXED"})
  public String language;

  private TrainedClassifier classifier;
  private Statements statements;
  private int next;

  @Setup
  public void setUp() {
    classifier = TrainedClassifier.standard();
    statements = Statements.of(language);
  }

  @Benchmark
  public Classification classify() {
    int i = next;
    next = i + 1 == statements.size() ? 0 : i + 1;
    return classifier.classify(statements.text(i), statements.language(i));
  }
}
