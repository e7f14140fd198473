/**
 * JMH benchmarks of HOT: how fast the classifier reads statements ({@link
 * fi.hot.bench.ClassifyBenchmark}), how long the trained model takes to load in a fresh JVM ({@link
 * fi.hot.bench.ModelLoadBenchmark}), and what language detection and the whole capture path cost
 * ({@link fi.hot.bench.LanguageDetectBenchmark}).
 *
 * <p>Start from {@code bin/bench}, which builds {@code hot-bench/target/benchmarks.jar} when needed
 * and passes its arguments to JMH. Each benchmark's javadoc says what it measures, on what input,
 * and the command; the figures, with the machine and the settings, are in {@code BENCHMARKS.md}.
 * The benchmarks are compiled by the build and never run by it.
 */
package fi.hot.bench;
