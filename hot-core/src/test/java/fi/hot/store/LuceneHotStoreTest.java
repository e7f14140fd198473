package fi.hot.store;

import static fi.hot.store.Fixtures.FEB;
import static fi.hot.store.Fixtures.JAN;
import static fi.hot.store.Fixtures.NOW;
import static fi.hot.store.Fixtures.PIPELINE;
import static fi.hot.store.Fixtures.en;
import static fi.hot.store.Fixtures.fi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.hot.HotStoreException;
import fi.hot.model.CaptureResult;
import fi.hot.model.Channel;
import fi.hot.model.Classification;
import fi.hot.model.Cue;
import fi.hot.model.Customer;
import fi.hot.model.Hit;
import fi.hot.model.Label;
import fi.hot.model.LabelScore;
import fi.hot.model.Language;
import fi.hot.model.Query;
import fi.hot.model.Statement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Capturing, reopening, locking and telling a store from other directories. */
class LuceneHotStoreTest {
  @TempDir Path tmp;

  private Path storeDir() {
    return tmp.resolve("hot-data");
  }

  private LuceneHotStore open() {
    return LuceneHotStore.open(storeDir(), PIPELINE);
  }

  @Test
  void captured_statement_reads_back_unchanged_and_is_found_at_once() {
    Classification labels =
        new Classification(
            Label.PROBLEM,
            List.of(new LabelScore(Label.PROBLEM, 0.93), new LabelScore(Label.NEED, 0.41)),
            List.of(new Cue("fi.problem.ei-toimi", Label.PROBLEM, "ei toimi")));
    Statement.Draft draft =
        Statement.of("Laskutus ei toimi, tarvitsemme korjauksen", Customer.of("acme", "Acme Oy"))
            .language(Language.FI)
            .channel(Channel.CALL)
            .contact("Liisa")
            .by("mikko")
            .at(Instant.parse("2026-03-04T10:15:30.123456789Z"))
            .source("calls.csv:12")
            .classification(labels)
            .tags(List.of("laskutus", "kiire"))
            .context("Miten voin auttaa?");
    try (LuceneHotStore store = open()) {
      Statement captured = store.capture(draft);

      assertThat(store.get(captured.id())).contains(captured);
      assertThat(captured.classification()).isEqualTo(labels);
      assertThat(captured.occurredAt()).isEqualTo(Instant.parse("2026-03-04T10:15:30.123456789Z"));
      assertThat(store.search(Query.parse("laskutus"), 10).items())
          .extracting(Hit::statement)
          .containsExactly(captured);
      assertThat(store.count()).isEqualTo(1);
    }
  }

  @Test
  void capture_fills_in_what_the_draft_leaves_open_through_the_pipeline() {
    try (LuceneHotStore store = open()) {
      Statement s =
          store.capture(Statement.of("We need invoices in English.", Customer.id("acme")));

      assertThat(s.language()).isEqualTo(Language.OTHER);
      assertThat(s.classification().primary()).isEqualTo(Label.NEED);
      assertThat(s.occurredAt()).isEqualTo(NOW);
      assertThat(store.get(s.id())).contains(s);
    }
  }

  @Test
  void unknown_id_is_empty() {
    try (LuceneHotStore store = open()) {
      store.captureAll(Fixtures.CORPUS);
      assertThat(store.get("0000000000000000")).isEmpty();
    }
  }

  @Test
  void importing_the_same_batch_twice_adds_nothing_the_second_time() {
    try (LuceneHotStore store = open()) {
      CaptureResult first = store.captureAll(Fixtures.CORPUS);
      CaptureResult second = store.captureAll(Fixtures.CORPUS);

      assertThat(first.added()).hasSize(9);
      assertThat(first.duplicates()).isEmpty();
      assertThat(second.added()).isEmpty();
      assertThat(second.duplicates()).containsExactlyElementsOf(first.added());
      assertThat(store.count()).isEqualTo(9);
    }
  }

  @Test
  void a_repeat_within_a_batch_is_stored_once_and_reported_as_a_duplicate() {
    Statement.Draft thanks = en("acme", Channel.CHAT, JAN, "Thank you, that fixed it.");
    Statement.Draft late = fi("acme", Channel.CALL, FEB, "Tilaus tuli viikon myöhässä.");
    try (LuceneHotStore store = open()) {
      CaptureResult r = store.captureAll(List.of(thanks, late, thanks));

      assertThat(r.added()).extracting(Statement::text).containsExactly(thanks.text(), late.text());
      assertThat(r.duplicates()).containsExactly(r.added().get(0));
      assertThat(store.count()).isEqualTo(2);
    }
  }

  @Test
  void capturing_a_known_id_returns_the_statement_already_stored() {
    Statement.Draft original = fi("acme", Channel.CALL, JAN, "Laskussa oli virhe.").id("s-1");
    Statement.Draft again =
        en("globex", Channel.EMAIL, FEB, "Another text under the same id.").id("s-1");
    try (LuceneHotStore store = open()) {
      Statement stored = store.capture(original);
      assertThat(store.capture(again)).isEqualTo(stored);
      assertThat(store.get("s-1")).contains(stored);
      assertThat(store.count()).isEqualTo(1);
    }
  }

  @Test
  void statements_survive_closing_and_reopening_the_store() {
    List<Statement> added;
    try (LuceneHotStore store = open()) {
      added = store.captureAll(Fixtures.CORPUS).added();
    }
    try (LuceneHotStore store = open()) {
      assertThat(store.count()).isEqualTo(9);
      List<Statement> read = new ArrayList<>();
      store.forEach(Query.all(), read::add);
      assertThat(read).containsExactlyInAnyOrderElementsOf(added);
      assertThat(store.captureAll(Fixtures.CORPUS).added()).isEmpty();
    }
  }

  @Test
  void a_new_store_has_an_empty_first_commit_marked_as_hot() throws IOException {
    open().close();
    try (Directory d = FSDirectory.open(storeDir());
        DirectoryReader reader = DirectoryReader.open(d)) {
      assertThat(reader.numDocs()).isZero();
      assertThat(reader.getIndexCommit().getUserData())
          .containsEntry(Schema.FORMAT_KEY, Integer.toString(Schema.FORMAT));
    }
  }

  @Test
  void an_empty_directory_becomes_a_store() throws IOException {
    Files.createDirectories(storeDir());
    try (LuceneHotStore store = open()) {
      assertThat(store.count()).isZero();
      assertThat(store.stats(Query.all()).total()).isZero();
      assertThat(store.stats(Query.all()).labels()).isEmpty();
      assertThat(store.search(Query.all(), 10).items()).isEmpty();
    }
  }

  @Test
  void opening_and_reading_take_no_write_lock() throws IOException {
    try (LuceneHotStore store = open()) {
      store.search(Query.parse("lasku"), 10);
      store.stats(Query.all());
      try (Directory d = FSDirectory.open(storeDir());
          IndexWriter other = new IndexWriter(d, new IndexWriterConfig())) {
        assertThat(other.isOpen()).isTrue();
      }
    }
  }

  @Test
  void second_writer_is_told_the_store_is_locked_and_can_still_read() {
    try (LuceneHotStore first = open();
        LuceneHotStore second = open()) {
      first.captureAll(Fixtures.CORPUS);

      assertThatThrownBy(() -> second.capture(Fixtures.CORPUS.get(0)))
          .isInstanceOf(HotStoreException.class)
          .hasMessage(
              "store "
                  + storeDir()
                  + " is locked by another HOT process (write.lock); close it and try again");
      assertThat(second.search(Query.all(), 10).total()).isZero();

      first.close();
      Statement late = second.capture(fi("acme", Channel.CALL, FEB, "Toimitus myöhästyi taas."));
      assertThat(second.count()).isEqualTo(10);
      assertThat(second.get(late.id())).contains(late);
    }
  }

  @Test
  void directory_with_other_files_is_not_a_store_and_is_left_alone() throws IOException {
    Path other = Files.createDirectories(tmp.resolve("documents"));
    Files.writeString(other.resolve("notes.txt"), "muistiinpanoja");

    assertThatThrownBy(() -> LuceneHotStore.open(other, PIPELINE))
        .isInstanceOf(HotStoreException.class)
        .hasMessage("store " + other + " is not a HOT store: the directory holds other files");
    try (Stream<Path> files = Files.list(other)) {
      assertThat(files).containsExactly(other.resolve("notes.txt"));
    }
  }

  @Test
  void a_file_is_not_a_store() throws IOException {
    Path file = Files.writeString(tmp.resolve("hot-data.txt"), "not a store");

    assertThatThrownBy(() -> LuceneHotStore.open(file, PIPELINE))
        .isInstanceOf(HotStoreException.class)
        .hasMessage(
            "store " + file + " is not a HOT store: it is a file, and a store is a directory");
  }

  @Test
  void another_programs_search_index_is_not_a_store() throws IOException {
    Path index = tmp.resolve("index");
    try (Directory d = FSDirectory.open(index);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
      w.commit();
    }

    assertThatThrownBy(() -> LuceneHotStore.open(index, PIPELINE))
        .isInstanceOf(HotStoreException.class)
        .hasMessage(
            "store " + index + " is not a HOT store: it holds a search index of another program");
  }

  @Test
  void a_store_of_a_newer_format_is_refused_with_its_version() throws IOException {
    Path index = tmp.resolve("future");
    try (Directory d = FSDirectory.open(index);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
      w.setLiveCommitData(
          Map.of(Schema.FORMAT_KEY, Integer.toString(Schema.FORMAT + 1)).entrySet());
      w.commit();
    }

    assertThatThrownBy(() -> LuceneHotStore.open(index, PIPELINE))
        .isInstanceOf(HotStoreException.class)
        .hasMessage(
            "store "
                + index
                + " was written by a newer HOT (store format "
                + (Schema.FORMAT + 1)
                + "); this version reads format "
                + Schema.FORMAT);
  }

  @Test
  void location_is_the_directory_as_given() {
    try (LuceneHotStore store = open()) {
      assertThat(store.location()).isEqualTo(storeDir().toString());
    }
  }

  @Test
  void closed_store_refuses_use_and_closes_once() {
    LuceneHotStore store = open();
    store.capture(Fixtures.CORPUS.get(0));
    store.close();
    store.close();

    assertThatThrownBy(() -> store.search(Query.all(), 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("store " + storeDir() + " is closed");
    assertThatThrownBy(() -> store.capture(Fixtures.CORPUS.get(1)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void captures_from_many_threads_are_all_kept() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try (LuceneHotStore store = open()) {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 10; i++) {
                    store.capture(
                        en("acme", Channel.CHAT, JAN, "Order " + thread + "-" + i + " is late."));
                    store.search(Query.parse("order"), 5);
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      assertThat(store.count()).isEqualTo(40);
      assertThat(store.search(Query.parse("late"), 1).total()).isEqualTo(40);
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void large_store_is_exported_in_order_and_counted_exactly() {
    Random random = new Random(42);
    Instant[] times = {JAN, FEB, Fixtures.MAR};
    String[] customers = {"acme", "globex", "initech"};
    List<Statement.Draft> drafts = new ArrayList<>();
    for (int i = 0; i < 2_500; i++) {
      String text =
          i % 2 == 0 ? "Laskussa " + i + " oli virhe." : "Invoice " + i + " arrived late.";
      Statement.Draft d =
          i % 2 == 0
              ? fi(customers[random.nextInt(3)], Channel.CALL, times[random.nextInt(3)], text)
              : en(customers[random.nextInt(3)], Channel.EMAIL, times[random.nextInt(3)], text);
      drafts.add(d);
    }
    try (LuceneHotStore store = open()) {
      List<Statement> added = store.captureAll(drafts).added();
      List<Statement> visited = new ArrayList<>();
      store.forEach(Query.all(), visited::add);

      assertThat(visited)
          .containsExactlyElementsOf(
              added.stream()
                  .sorted(Comparator.comparing(Statement::occurredAt).thenComparing(Statement::id))
                  .toList());
      assertThat(store.search(Query.parse("lasku"), 5).total()).isEqualTo(1_250);
      assertThat(store.search(Query.all(), 5).total()).isEqualTo(2_500);
      assertThat(store.stats(Query.all()).total()).isEqualTo(2_500);
      assertThat(store.stats(Query.all()).languages())
          .extracting(c -> c.count())
          .containsExactly(1_250L, 1_250L);
    }
  }

  @Test
  void filters_agree_with_the_query_on_random_statements_and_times() {
    Random random = new Random(7);
    Instant base = Instant.parse("2025-12-30T23:00:00Z");
    String[] customers = {"acme", "globex", "initech"};
    String[] texts = {
      "Laskussa oli virhe.", "Tarvitsemme uuden käyttäjän.", "Kiitos avusta!",
      "The invoice was wrong.", "We need a refund.", "I wish it were faster."
    };
    List<Statement.Draft> drafts = new ArrayList<>();
    List<Instant> instants = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      Instant at = base.plusSeconds(random.nextInt(90 * 24) * 3600L);
      instants.add(at);
      String text = texts[random.nextInt(texts.length)] + " (" + i + ")";
      Statement.Draft d =
          Statement.of(text, Customer.id(customers[random.nextInt(3)]))
              .channel(Channel.values()[random.nextInt(Channel.values().length)])
              .language(Language.values()[random.nextInt(3)])
              .at(at);
      drafts.add(d);
    }
    try (LuceneHotStore store = open()) {
      List<Statement> all = store.captureAll(drafts).added();
      for (int q = 0; q < 200; q++) {
        Query query = Query.all();
        if (random.nextInt(3) == 0) {
          query = query.label(Label.values()[random.nextInt(4)]);
        }
        if (random.nextInt(3) == 0) {
          query = query.customer(customers[random.nextInt(3)]);
        }
        if (random.nextInt(3) == 0) {
          query = query.channel(Channel.values()[random.nextInt(Channel.values().length)]);
        }
        if (random.nextInt(3) == 0) {
          query = query.language(Language.values()[random.nextInt(3)]);
        }
        if (random.nextBoolean()) {
          query = query.since(instants.get(random.nextInt(instants.size())));
        }
        if (random.nextBoolean()) {
          query = query.until(instants.get(random.nextInt(instants.size())));
        }
        Query filters = query;
        List<String> expected =
            all.stream().filter(filters::matchesFilters).map(Statement::id).toList();
        List<String> actual = new ArrayList<>();
        store.forEach(query, s -> actual.add(s.id()));

        assertThat(actual).as("%s", query).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(store.stats(query).total()).as("%s", query).isEqualTo(expected.size());
      }
    }
  }
}
