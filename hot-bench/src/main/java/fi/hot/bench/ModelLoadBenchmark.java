package fi.hot.bench;

import fi.hot.classify.TrainedClassifier;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long the first {@link TrainedClassifier#standard()} takes in a fresh JVM: reading the Finnish
 * and English cue lexicons and the trained model ({@code fi/hot/classify/model.bin}) from the class
 * path, with the class loading and the cold code that a real start pays.
 *
 * <p>Single shot: each fork is a new JVM that measures exactly one load (no warm-up; a second call
 * would only return the loaded classifier), so the spread is over the forks.
 *
 * <pre>
 * bin/bench ModelLoadBenchmark -f 10
 * </pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(10)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class ModelLoadBenchmark {

  @Benchmark
  public TrainedClassifier loadStandard() {
    return TrainedClassifier.standard();
  }
}
