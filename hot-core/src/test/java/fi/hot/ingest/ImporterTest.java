package fi.hot.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import fi.hot.HotParseException;
import fi.hot.HotStore;
import fi.hot.classify.Classifier;
import fi.hot.model.CaptureResult;
import fi.hot.model.Classification;
import fi.hot.model.CustomerProfile;
import fi.hot.model.ErasureReceipt;
import fi.hot.model.Goal;
import fi.hot.model.Hit;
import fi.hot.model.Label;
import fi.hot.model.LabelChange;
import fi.hot.model.Language;
import fi.hot.model.LoopEvent;
import fi.hot.model.Page;
import fi.hot.model.ProfileUpdate;
import fi.hot.model.Query;
import fi.hot.model.Reclassification;
import fi.hot.model.RetentionReceipt;
import fi.hot.model.Statement;
import fi.hot.model.Stats;
import fi.hot.model.Subset;
import fi.hot.model.TermCounts;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterTest {
  private static final Instant CLOCK = Instant.parse("2026-01-01T00:00:00Z");

  /** A store in a map, completing drafts without a pipeline; records each batch's size. */
  static final class FakeStore implements HotStore {
    final Map<String, Statement> byId = new LinkedHashMap<>();
    final List<Integer> batches = new ArrayList<>();

    @Override
    public CaptureResult captureAll(List<Statement.Draft> drafts) {
      batches.add(drafts.size());
      List<Statement> added = new ArrayList<>();
      List<Statement> duplicates = new ArrayList<>();
      for (Statement.Draft d : drafts) {
        Statement s =
            d.complete(
                d.text(),
                d.language().orElse(Language.OTHER),
                d.classification().orElse(Classification.NONE),
                d.occurredAt().orElse(CLOCK));
        if (byId.putIfAbsent(s.id(), s) == null) {
          added.add(s);
        } else {
          duplicates.add(s);
        }
      }
      return new CaptureResult(added, duplicates);
    }

    @Override
    public Statement capture(Statement.Draft draft) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Statement> get(String id) {
      return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Page<Hit> search(Query query, int limit) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Stats stats(Query query) {
      throw new UnsupportedOperationException();
    }

    @Override
    public TermCounts terms(Query selection, int minCount, Set<String> ignoredWords) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Subset subset(Query selection, String text, int examples) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void forEach(Query query, Consumer<? super Statement> action) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long count() {
      return byId.size();
    }

    // profiles, loop events and goals: the importer never touches them
    @Override
    public Statement relabel(String statementId, List<Label> labels, String by, String note) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<LabelChange> labelHistory(String statementId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Reclassification reclassify(Classifier classifier, LongConsumer progress) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<CustomerProfile> profile(String customerId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<CustomerProfile> profileHistory(String customerId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<CustomerProfile> profiles() {
      throw new UnsupportedOperationException();
    }

    @Override
    public CustomerProfile updateProfile(String customerId, ProfileUpdate update) {
      throw new UnsupportedOperationException();
    }

    @Override
    public LoopEvent recordLoopEvent(LoopEvent event) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<LoopEvent> loopHistory(String statementId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void forEachLoopEvent(Consumer<? super LoopEvent> action) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Goal saveGoal(Goal goal) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean removeGoal(String name) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Goal> goals() {
      throw new UnsupportedOperationException();
    }

    @Override
    public ErasureReceipt forget(String customerId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<ErasureReceipt> erasures() {
      throw new UnsupportedOperationException();
    }

    @Override
    public RetentionReceipt retain(Instant olderThan) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<RetentionReceipt> retentions() {
      throw new UnsupportedOperationException();
    }

    @Override
    public fi.hot.model.StoreSettings settings() {
      throw new UnsupportedOperationException();
    }

    @Override
    public fi.hot.model.StoreSettings updateSettings(fi.hot.model.StoreSettings settings) {
      throw new UnsupportedOperationException();
    }

    @Override
    public String location() {
      return "memory";
    }

    @Override
    public void close() {}
  }

  private static String jsonl(int n) {
    return IntStream.range(0, n)
        .mapToObj(
            i ->
                "{\"text\":\"Raportti "
                    + i
                    + " puuttuu\",\"customer\":\"acme\",\"occurred_at\":\"2026-03-04\"}\n")
        .collect(Collectors.joining());
  }

  @Test
  void drafts_are_captured_in_batches_of_the_given_size() {
    FakeStore store = new FakeStore();
    byte[] bytes = jsonl(7).getBytes(StandardCharsets.UTF_8);
    ImportSummary s =
        new Importer(store, 3)
            .importFrom(
                new ByteArrayInputStream(bytes),
                "seven.jsonl",
                Format.JSONL,
                TranscriptOptions.defaults(),
                n -> {});
    assertThat(store.batches).containsExactly(3, 3, 1);
    assertThat(s).isEqualTo(new ImportSummary(7, 0, List.of()));
    assertThat(store.count()).isEqualTo(7);
  }

  @Test
  void the_default_batch_is_a_thousand() {
    FakeStore store = new FakeStore();
    byte[] bytes = jsonl(2500).getBytes(StandardCharsets.UTF_8);
    Importer.importInto(
        store,
        new ByteArrayInputStream(bytes),
        "many.jsonl",
        Format.JSONL,
        TranscriptOptions.defaults(),
        n -> {});
    assertThat(store.batches).containsExactly(1000, 1000, 500);
  }

  @Test
  void importing_the_same_file_again_counts_duplicates(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("calls.csv");
    Files.write(file, Reading.fixture("calls.csv"));
    FakeStore store = new FakeStore();
    ImportSummary first = Importer.importInto(store, file, TranscriptOptions.defaults(), n -> {});
    ImportSummary second = Importer.importInto(store, file, TranscriptOptions.defaults(), n -> {});
    assertThat(first.imported()).isEqualTo(4);
    assertThat(first.duplicates()).isZero();
    assertThat(second.imported()).isZero();
    assertThat(second.duplicates()).isEqualTo(4);
    assertThat(store.count()).isEqualTo(4);
  }

  @Test
  void rejected_records_are_listed_with_the_file_name_as_given(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("calls.csv");
    Files.write(file, Reading.fixture("calls.csv"));
    ImportSummary s =
        Importer.importInto(new FakeStore(), file, TranscriptOptions.defaults(), n -> {});
    assertThat(s.rejected())
        .extracting(HotParseException::getMessage)
        .containsExactly(file + ":4: expected 10 columns, found 11");
    assertThat(s.clean()).isFalse();
  }

  @Test
  void progress_reports_growing_byte_counts_up_to_the_file_size(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("big.jsonl");
    Files.writeString(file, jsonl(5000));
    List<Long> progress = new ArrayList<>();
    new Importer(new FakeStore())
        .importFrom(file, Format.JSONL, TranscriptOptions.defaults(), progress::add);
    assertThat(progress).hasSizeGreaterThan(1).isSorted();
    assertThat(progress.get(progress.size() - 1)).isEqualTo(Files.size(file));
  }

  @Test
  void transcripts_are_imported_with_their_options(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("palaveri.txt");
    Files.write(file, Reading.fixture("palaveri.txt"));
    FakeStore store = new FakeStore();
    ImportSummary s =
        Importer.importInto(
            store, file, TranscriptOptions.defaults().withOurSide("Pekka"), n -> {});
    assertThat(s.imported()).isEqualTo(5);
    assertThat(s.rejected()).isEmpty();
  }

  @Test
  void a_file_name_that_tells_no_format_and_a_bad_batch_size_are_caller_bugs(@TempDir Path dir) {
    FakeStore store = new FakeStore();
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                Importer.importInto(
                    store, dir.resolve("calls.xls"), TranscriptOptions.defaults(), n -> {}))
        .withMessageContaining("calls.xls");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Importer(store, 0))
        .withMessageContaining("0");
  }
}
