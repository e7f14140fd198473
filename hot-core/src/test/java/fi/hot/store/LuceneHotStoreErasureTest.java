package fi.hot.store;

import static fi.hot.store.Fixtures.NOW;
import static fi.hot.store.Fixtures.PIPELINE;
import static fi.hot.store.Fixtures.en;
import static fi.hot.store.Fixtures.fi;
import static org.assertj.core.api.Assertions.assertThat;

import fi.hot.model.Channel;
import fi.hot.model.CustomerData;
import fi.hot.model.ErasureReceipt;
import fi.hot.model.Hit;
import fi.hot.model.Label;
import fi.hot.model.LoopEvent;
import fi.hot.model.LoopStatus;
import fi.hot.model.ProfileUpdate;
import fi.hot.model.Query;
import fi.hot.model.RetentionReceipt;
import fi.hot.model.Statement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Forgetting a customer and purging old statements: gone from every byte of every file. */
class LuceneHotStoreErasureTest {
  /** One word, ending in digits so that no stemmer shortens it, found nowhere else. */
  private static final String MARKER = "zqxjvorpal7731";

  private static final String OTHER_MARKER = "brvkqettu4402";
  private static final String FORGOTTEN = "matti-zqxjvirtanen";
  private static final String KEPT = "globex";
  private static final String THIRD = "initech";
  private static final int FILLERS = 30;
  private static final Instant OLD = Instant.parse("2023-05-02T09:00:00Z");
  private static final Instant RECENT = Instant.parse("2026-03-02T09:00:00Z");

  @TempDir Path tmp;

  private Path dir() {
    return tmp.resolve("hot-data");
  }

  private LuceneHotStore open() {
    return LuceneHotStore.open(dir(), PIPELINE);
  }

  /**
   * Two customers, each with statements, a profile with versions and loop events. The statements
   * are captured in one batch with those of a third customer, so that they share a segment that a
   * deletion alone cannot drop and in which too few are deleted for Lucene to merge it on its own.
   */
  private static void fill(LuceneHotStore store) {
    List<Statement.Draft> batch = new ArrayList<>();
    batch.addAll(
        List.of(
            fi(FORGOTTEN, Channel.CALL, OLD, "Laskussa oli virhe, viite " + MARKER + " ei toimi."),
            fi(KEPT, Channel.CHAT, OLD, "Sovelluksessa on virhe, koodi " + OTHER_MARKER),
            en(
                FORGOTTEN,
                Channel.EMAIL,
                RECENT,
                "The invoice " + MARKER + " is wrong again, I need a fix."),
            en(KEPT, Channel.CALL, RECENT, "We need " + OTHER_MARKER + " in the report.")));
    for (int i = 1; i <= FILLERS; i++) {
      batch.add(fi(THIRD, Channel.EMAIL, RECENT, "Tilaus " + i + " saapui ajallaan, kiitos."));
    }
    List<Statement> all = store.captureAll(batch).added();
    List<Statement> forgotten = List.of(all.get(0), all.get(2));
    List<Statement> kept = List.of(all.get(1), all.get(3));
    store.updateProfile(
        FORGOTTEN,
        ProfileUpdate.at(RECENT, "anna").name("Matti Virtanen").note("Soita, tunnus " + MARKER));
    store.updateProfile(FORGOTTEN, ProfileUpdate.at(NOW, "anna").segment("smb"));
    store.updateProfile(KEPT, ProfileUpdate.at(RECENT, "anna").note("Muista " + OTHER_MARKER));
    // few writes, so few segments: natural merges must not be what removes the deleted documents
    store.recordLoopEvent(
        LoopEvent.status(
            forgotten.get(0).id(), LoopStatus.ACKNOWLEDGED, NOW, "anna", "Kuitattu " + MARKER));
    store.recordLoopEvent(
        LoopEvent.status(
            kept.get(0).id(), LoopStatus.DONE, NOW, "anna", "Korjattu " + OTHER_MARKER));
    // a person's relabel: its history holds a note about the customer
    store.relabel(
        forgotten.get(1).id(), List.of(Label.PROBLEM, Label.NEED), "anna", "Tunnus " + MARKER);
  }

  @Test
  void a_forgotten_customer_is_in_no_byte_of_any_file_and_other_customers_stay_searchable()
      throws IOException {
    try (LuceneHotStore store = open()) {
      fill(store);
      assertThat(filesContaining(MARKER)).as("the marker is written before forget").isNotEmpty();
      assertThat(indexHolds(MARKER)).isTrue();

      ErasureReceipt r = store.forget(FORGOTTEN);

      assertThat(r.statements()).isEqualTo(2);
      assertThat(r.profileVersions()).isEqualTo(2);
      assertThat(r.loopEvents()).isEqualTo(1);
      assertThat(r.labelChanges()).isEqualTo(1);
      assertThat(r.total()).isEqualTo(6);
      assertThat(r.at()).isEqualTo(NOW);
      for (String gone : List.of(MARKER, FORGOTTEN, "Matti Virtanen")) {
        assertThat(filesContaining(gone)).as(gone).isEmpty();
        assertThat(indexHolds(gone)).as(gone).isFalse();
      }
      assertThat(store.search(Query.parse(MARKER), 10).items()).isEmpty();
      assertThat(store.profileHistory(FORGOTTEN)).isEmpty();
      assertThat(store.dataOf(FORGOTTEN).isEmpty()).isTrue();

      assertThat(store.search(Query.parse(OTHER_MARKER), 10).items())
          .extracting(Hit::statement)
          .extracting(s -> s.customer().id())
          .containsExactly(KEPT, KEPT);
      CustomerData other = store.dataOf(KEPT);
      assertThat(other.profileHistory()).hasSize(1);
      assertThat(other.loopEvents()).hasSize(1);
      assertThat(filesContaining(OTHER_MARKER)).isNotEmpty();
    }
    try (Directory d = FSDirectory.open(dir())) {
      assertThat(DirectoryReader.listCommits(d)).hasSize(1);
      try (DirectoryReader r = DirectoryReader.open(d)) {
        assertThat(r.numDeletedDocs()).isZero();
      }
    }
  }

  @Test
  void forgetting_an_unknown_customer_removes_nothing_and_still_gives_a_receipt() {
    try (LuceneHotStore store = open()) {
      fill(store);
      long before = store.count();

      ErasureReceipt r = store.forget("nobody-here");

      assertThat(r.total()).isZero();
      assertThat(r.customerHash()).isEqualTo(ErasureReceipt.hash("nobody-here"));
      assertThat(store.count()).isEqualTo(before);
      assertThat(store.profileHistory(FORGOTTEN)).hasSize(2);
      assertThat(store.erasures()).containsExactly(r);
    }
  }

  @Test
  void receipts_hold_no_customer_id_and_are_listed_after_reopening() throws IOException {
    ErasureReceipt first;
    ErasureReceipt second;
    try (LuceneHotStore store = open()) {
      fill(store);
      first = store.forget(FORGOTTEN);
      second = store.forget(KEPT);
    }
    assertThat(filesContaining(FORGOTTEN)).isEmpty();
    assertThat(filesContaining(KEPT)).isEmpty();
    assertThat(indexHolds(KEPT)).isFalse();
    try (LuceneHotStore store = open()) {
      assertThat(store.erasures()).containsExactly(first, second);
      assertThat(second.customerHash()).isEqualTo(ErasureReceipt.hash(KEPT));
      assertThat(store.count()).isEqualTo(FILLERS);
      // receipts are not statements: nothing to search, count or export
      assertThat(store.search(Query.all(), 10).total()).isEqualTo(FILLERS);
    }
  }

  @Test
  void retention_purges_old_statements_and_their_loop_events_from_every_file_and_keeps_newer()
      throws IOException {
    Instant cut = Instant.parse("2025-01-01T00:00:00Z");
    try (LuceneHotStore store = open()) {
      fill(store);
      List<String> oldIds = new ArrayList<>();
      store.forEach(
          Query.all().until(cut),
          s -> {
            oldIds.add(s.id());
          });
      assertThat(oldIds).hasSize(2);
      store.relabel(oldIds.get(1), List.of(Label.PROBLEM), "anna", "Vanha muistiinpano xqvlemtu58");
      assertThat(filesContaining("Laskussa oli virhe")).isNotEmpty();
      assertThat(filesContaining("xqvlemtu58")).isNotEmpty();

      RetentionReceipt r = store.retain(cut);

      assertThat(r).isEqualTo(new RetentionReceipt(NOW, cut, 2, 2, 1));
      assertThat(filesContaining("Laskussa oli virhe")).isEmpty();
      assertThat(filesContaining("Sovelluksessa on virhe")).isEmpty();
      assertThat(filesContaining("xqvlemtu58")).as("the label history").isEmpty();
      assertThat(indexHolds("laskussa")).isFalse();
      assertThat(indexHolds("sovelluksessa")).isFalse();
      for (String id : oldIds) {
        assertThat(store.get(id)).isEmpty();
        assertThat(store.loopHistory(id)).isEmpty();
        assertThat(store.labelHistory(id)).isEmpty();
      }
      assertThat(store.count()).isEqualTo(2 + FILLERS);
      List<Instant> left = new ArrayList<>();
      store.forEach(Query.all(), s -> left.add(s.occurredAt()));
      assertThat(left).containsOnly(RECENT);
      // profiles are not statements: retention keeps them
      assertThat(store.profileHistory(FORGOTTEN)).hasSize(2);
      assertThat(store.dataOf(KEPT).loopEvents()).isEmpty();
      assertThat(store.dataOf(KEPT).statements()).hasSize(1);
    }
    try (LuceneHotStore store = open()) {
      assertThat(store.retentions()).containsExactly(new RetentionReceipt(NOW, cut, 2, 2, 1));
    }
  }

  @Test
  void data_of_a_customer_holds_their_statements_profile_versions_loop_events_and_relabels_only() {
    try (LuceneHotStore store = open()) {
      fill(store);

      CustomerData d = store.dataOf(FORGOTTEN);

      assertThat(d.statements()).extracting(Statement::occurredAt).containsExactly(OLD, RECENT);
      assertThat(d.statements()).allMatch(s -> s.customer().id().equals(FORGOTTEN));
      assertThat(d.profileHistory()).extracting(p -> p.version()).containsExactly(1, 2);
      assertThat(d.loopEvents())
          .extracting(LoopEvent::statementId)
          .containsExactly(d.statements().get(0).id());
      assertThat(d.loopEvents()).allMatch(e -> e.note().contains(MARKER));
      assertThat(d.labelChanges()).hasSize(1);
      assertThat(d.labelChanges().get(0).by()).isEqualTo("anna");
      assertThat(store.dataOf(KEPT).labelChanges()).isEmpty();
    }
  }

  /** The store files whose bytes hold the text in UTF-8 or UTF-16, as written or in lower case. */
  private List<Path> filesContaining(String text) throws IOException {
    List<byte[]> needles = new ArrayList<>();
    for (String form : List.of(text, text.toLowerCase(Locale.ROOT))) {
      for (Charset cs :
          List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE)) {
        needles.add(form.getBytes(cs));
      }
    }
    try (Stream<Path> files = Files.walk(dir())) {
      return files
          .filter(Files::isRegularFile)
          .filter(
              f -> {
                byte[] bytes = readAll(f);
                return needles.stream().anyMatch(n -> indexOf(bytes, n) >= 0);
              })
          .toList();
    }
  }

  private static byte[] readAll(Path f) {
    try {
      return Files.readAllBytes(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /**
   * Whether any term of any field, or any stored field of any document (deleted ones too), holds
   * the text, ignoring case: what Lucene itself reads back, compressed or not.
   */
  private boolean indexHolds(String text) throws IOException {
    String wanted = text.toLowerCase(Locale.ROOT);
    try (Directory d = FSDirectory.open(dir());
        DirectoryReader r = DirectoryReader.open(d)) {
      for (LeafReaderContext leaf : r.leaves()) {
        LeafReader reader = leaf.reader();
        for (FieldInfo field : reader.getFieldInfos()) {
          Terms terms = reader.terms(field.name);
          if (terms == null) {
            continue;
          }
          TermsEnum te = terms.iterator();
          for (BytesRef t = te.next(); t != null; t = te.next()) {
            if (t.utf8ToString().toLowerCase(Locale.ROOT).contains(wanted)) {
              return true;
            }
          }
        }
        StoredFields stored = reader.storedFields();
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
          Document document = stored.document(doc);
          for (IndexableField f : document.getFields()) {
            String v = f.stringValue();
            if (v != null && v.toLowerCase(Locale.ROOT).contains(wanted)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }
}
