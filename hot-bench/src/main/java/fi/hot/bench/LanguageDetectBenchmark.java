package fi.hot.bench;

import fi.hot.Pipeline;
import fi.hot.classify.Classifier;
import fi.hot.classify.Classifiers;
import fi.hot.model.Classification;
import fi.hot.model.Customer;
import fi.hot.model.Language;
import fi.hot.model.Statement;
import fi.hot.text.LanguageDetector;
import fi.hot.text.LanguageDetectors;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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
 * The rest of the capture path on one thread, statements per second: {@code detect} is the standard
 * language detector alone ({@link LanguageDetectors#standard()}: OpenNLP's model weighed with word
 * lists); {@code detectAndClassify} detects the language and classifies in it, as the store does
 * for a statement of unknown language (a statement detected as OTHER is read both ways); {@code
 * capture} is the whole {@link Pipeline#process} of a draft: redaction of personal data, detection,
 * classification and the id.
 *
 * <p>Input: the shipped training statements ({@link Statements}), cycled through in order.
 *
 * <pre>
 * bin/bench LanguageDetectBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class LanguageDetectBenchmark {
  @Param({"MIXED"})
  public String language;

  private LanguageDetector detector;
  private Classifier classifier;
  private Pipeline pipeline;
  private Customer customer;
  private Statements statements;
  private int next;

  @Setup
  public void setUp() {
    detector = LanguageDetectors.standard();
    classifier = Classifiers.standard();
    // a fixed clock: the time is part of the id, not of what is measured
    pipeline =
        Pipeline.of(
            classifier,
            detector,
            Clock.fixed(Instant.parse("2026-05-04T10:00:00Z"), ZoneOffset.UTC));
    customer = Customer.id("bench");
    statements = Statements.of(language);
  }

  private String nextText() {
    int i = next;
    next = i + 1 == statements.size() ? 0 : i + 1;
    return statements.text(i);
  }

  @Benchmark
  public Language detect() {
    return detector.detect(nextText());
  }

  @Benchmark
  public Classification detectAndClassify() {
    String text = nextText();
    return classifier.classify(text, detector.detect(text));
  }

  @Benchmark
  public Statement capture() {
    return pipeline.process(Statement.of(nextText(), customer));
  }
}
