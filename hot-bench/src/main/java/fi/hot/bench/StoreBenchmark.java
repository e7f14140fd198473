package fi.hot.bench;

import fi.hot.Hot;
import fi.hot.HotStore;
import fi.hot.ingest.Importer;
import fi.hot.model.Channel;
import fi.hot.model.Customer;
import fi.hot.model.Hit;
import fi.hot.model.Label;
import fi.hot.model.Page;
import fi.hot.model.Query;
import fi.hot.model.Statement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The embedded store with many statements: {@code importAll} imports 100,000 generated statements
 * into an empty store in batches of {@value Importer#DEFAULT_BATCH_SIZE} (one durable commit each,
 * as {@code hot import} does), each through the whole capture pipeline (redaction, language
 * detection, classification); the figure is the time for all of them, in seconds. {@code search}
 * runs one search of the best 20 in a store of 100,000 statements, one thread, searches per second,
 * cycling through Finnish and English words, prefixes and a label filter.
 *
 * <p>Input: the shipped training statements ({@link Statements}) said by 500 generated customers on
 * generated days of 2026 over generated channels (seeded), so every statement has its own id.
 *
 * <pre>
 * bin/bench StoreBenchmark -f 1 -wi 1 -i 3
 * bin/bench StoreBenchmark.search -f 1 -wi 3 -i 5 -w 2s -r 2s
 * </pre>
 */
@Fork(1)
@Threads(1)
public class StoreBenchmark {
  /** How many statements the store holds. */
  public static final int STATEMENTS = 100_000;

  private static final List<Query> QUERIES =
      List.of(
          Query.parse("lasku*"),
          Query.parse("invoice"),
          Query.parse("toimi"),
          Query.parse("crash*"),
          Query.parse("sovellus").label(Label.PROBLEM),
          Query.parse("export OR report"),
          Query.parse("\"ei toimi\""),
          Query.parse("tarvitsemme"));

  /** The statements to import: the same for every run. */
  static List<Statement.Draft> drafts() {
    Statements texts = Statements.of("MIXED");
    Random random = new Random(20261123L);
    Channel[] channels = Channel.values();
    Instant start = Instant.parse("2026-01-01T08:00:00Z");
    List<Statement.Draft> out = new ArrayList<>(STATEMENTS);
    for (int i = 0; i < STATEMENTS; i++) {
      out.add(
          Statement.of(texts.text(i % texts.size()), Customer.id("customer-" + random.nextInt(500)))
              .channel(channels[random.nextInt(channels.length)])
              .at(start.plusSeconds(random.nextInt(365 * 24 * 3600))));
    }
    return out;
  }

  static void importAll(HotStore store, List<Statement.Draft> drafts) {
    for (int from = 0; from < drafts.size(); from += Importer.DEFAULT_BATCH_SIZE) {
      store.captureAll(
          drafts.subList(from, Math.min(drafts.size(), from + Importer.DEFAULT_BATCH_SIZE)));
    }
  }

  /** The import: a new empty store for each measurement. */
  @State(Scope.Benchmark)
  public static class Empty {
    List<Statement.Draft> drafts;
    Path dir;
    HotStore store;

    @Setup(Level.Trial)
    public void makeDrafts() {
      drafts = drafts();
    }

    @Setup(Level.Iteration)
    public void open() throws IOException {
      dir = Files.createTempDirectory("hot-bench-import");
      store = Hot.open(dir);
    }

    @TearDown(Level.Iteration)
    public void close() {
      store.close();
      delete(dir);
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public long importAll(Empty empty) {
    importAll(empty.store, empty.drafts);
    return empty.store.count();
  }

  /** The search: one store of {@value #STATEMENTS} statements for the whole run. */
  @State(Scope.Benchmark)
  public static class Full {
    Path dir;
    HotStore store;
    int next;

    @Setup(Level.Trial)
    public void fill() throws IOException {
      dir = Files.createTempDirectory("hot-bench-search");
      store = Hot.open(dir);
      importAll(store, drafts());
    }

    @TearDown(Level.Trial)
    public void close() {
      store.close();
      delete(dir);
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public Page<Hit> search(Full full) {
    Query q = QUERIES.get(full.next);
    full.next = (full.next + 1) % QUERIES.size();
    return full.store.search(q, 20);
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }
}
