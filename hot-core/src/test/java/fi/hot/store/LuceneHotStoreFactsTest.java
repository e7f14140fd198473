package fi.hot.store;

import static fi.hot.store.Fixtures.CORPUS;
import static fi.hot.store.Fixtures.PIPELINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.hot.model.ContactChannel;
import fi.hot.model.CustomerProfile;
import fi.hot.model.Goal;
import fi.hot.model.Hit;
import fi.hot.model.Label;
import fi.hot.model.Language;
import fi.hot.model.LoopEvent;
import fi.hot.model.LoopState;
import fi.hot.model.LoopStatus;
import fi.hot.model.Metric;
import fi.hot.model.ProfileUpdate;
import fi.hot.model.Query;
import fi.hot.model.Statement;
import fi.hot.model.Stats;
import fi.hot.model.StoreSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profiles, loop events and goals beside the statements, and statement reads that ignore them. */
class LuceneHotStoreFactsTest {
  private static final Instant T1 = Instant.parse("2026-03-05T08:00:00Z");
  private static final Instant T2 = Instant.parse("2026-03-10T08:00:00Z");
  private static final Instant T3 = Instant.parse("2026-03-20T08:00:00Z");

  @TempDir Path tmp;

  private LuceneHotStore open() {
    return LuceneHotStore.open(tmp.resolve("hot-data"), PIPELINE);
  }

  /** The id of corpus statement {@code n} (1-based) as captured. */
  private static String id(LuceneHotStore store, int n) {
    return PIPELINE.process(CORPUS.get(n - 1)).id();
  }

  @Test
  void a_profile_change_keeps_every_field_it_does_not_name_and_is_a_new_version() {
    try (LuceneHotStore store = open()) {
      CustomerProfile first =
          store.updateProfile(
              "kahvila-aroma",
              ProfileUpdate.at(T1, "anna")
                  .name("Kahvila Aroma")
                  .segment("smb")
                  .language(Language.FI)
                  .addType("Regular")
                  .prefer(ContactChannel.EMAIL)
                  .avoid(ContactChannel.SMS)
                  .note("Soita mieluiten iltapäivällä.")
                  .consent(true, "service messages"));
      CustomerProfile second =
          store.updateProfile(
              "kahvila-aroma", ProfileUpdate.at(T2, "mikko").addType("hurried").segment("retail"));

      assertThat(first.version()).isEqualTo(1);
      assertThat(second.version()).isEqualTo(2);
      assertThat(second.name()).isEqualTo("Kahvila Aroma");
      assertThat(second.segment()).isEqualTo("retail");
      assertThat(second.language()).contains(Language.FI);
      assertThat(second.types()).containsExactly("regular", "hurried");
      assertThat(second.contact().preferred()).contains(ContactChannel.EMAIL);
      assertThat(second.contact().avoided()).containsExactly(ContactChannel.SMS);
      assertThat(second.notes())
          .extracting(CustomerProfile.Note::text)
          .containsExactly("Soita mieluiten iltapäivällä.");
      assertThat(second.consent()).isEqualTo(first.consent());
      assertThat(second.updatedBy()).isEqualTo("mikko");
      assertThat(store.profile("kahvila-aroma")).contains(second);
      assertThat(store.profileHistory("kahvila-aroma")).containsExactly(first, second);
    }
  }

  @Test
  void a_profile_change_that_changes_nothing_writes_no_version() {
    try (LuceneHotStore store = open()) {
      store.updateProfile("acme", ProfileUpdate.at(T1, "anna").segment("enterprise"));
      CustomerProfile again =
          store.updateProfile("acme", ProfileUpdate.at(T2, "mikko").segment("enterprise"));

      assertThat(again.version()).isEqualTo(1);
      assertThat(again.updatedAt()).isEqualTo(T1);
      assertThat(store.profileHistory("acme")).hasSize(1);
    }
  }

  @Test
  void profiles_list_the_latest_version_of_each_customer_by_id() {
    try (LuceneHotStore store = open()) {
      store.updateProfile("globex", ProfileUpdate.at(T1, "").segment("enterprise"));
      store.updateProfile("acme", ProfileUpdate.at(T1, "").segment("smb"));
      store.updateProfile("acme", ProfileUpdate.at(T2, "").segment("enterprise"));

      assertThat(store.profiles())
          .extracting(CustomerProfile::id, CustomerProfile::segment, CustomerProfile::version)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("acme", "enterprise", 2),
              org.assertj.core.groups.Tuple.tuple("globex", "enterprise", 1));
      assertThat(store.profile("initech")).isEmpty();
      assertThat(store.profileHistory("initech")).isEmpty();
    }
  }

  @Test
  void loop_history_runs_by_time_and_the_state_is_derived_from_it() {
    try (LuceneHotStore store = open()) {
      store.captureAll(CORPUS);
      String id = id(store, 1);
      // recorded out of time order: the acknowledgement was logged late
      store.recordLoopEvent(
          LoopEvent.status(id, LoopStatus.PLANNED, T2, "anna", "Korjaus sovittu."));
      store.recordLoopEvent(LoopEvent.status(id, LoopStatus.ACKNOWLEDGED, T1, "anna", ""));
      store.recordLoopEvent(LoopEvent.status(id, LoopStatus.DONE, T3, "mikko", "Korjattu."));
      store.recordLoopEvent(LoopEvent.informed(id, ContactChannel.EMAIL, T3, "mikko", ""));

      List<LoopEvent> history = store.loopHistory(id);
      assertThat(history)
          .extracting(e -> e.status().map(LoopStatus::code).orElse("informed"))
          .containsExactly("acknowledged", "planned", "done", "informed");
      LoopState state = LoopState.of(id, history);
      assertThat(state.status()).isEqualTo(LoopStatus.DONE);
      assertThat(state.lastStatusChange().orElseThrow().note()).isEqualTo("Korjattu.");
      assertThat(state.isClosed()).isTrue();
      assertThat(state.firstResponded()).contains(T1);
    }
  }

  @Test
  void personal_data_in_profile_and_loop_notes_is_redacted_unless_the_store_keeps_it() {
    try (LuceneHotStore store = open()) {
      store.captureAll(CORPUS);
      String id = id(store, 1);
      store.updateProfile(
          "c-1", ProfileUpdate.at(T1, "anna").note("Soita numeroon 040 123 4567 iltapäivisin."));
      LoopEvent e =
          store.recordLoopEvent(
              LoopEvent.status(
                  id, LoopStatus.PLANNED, T2, "anna", "Reply to maija.virtanen@example.com"));

      assertThat(store.profile("c-1").orElseThrow().notes().get(0).text())
          .doesNotContain("040 123 4567")
          .startsWith("Soita numeroon ");
      assertThat(store.loopHistory(id)).containsExactly(e);
      assertThat(e.note()).doesNotContain("maija.virtanen").startsWith("Reply to ");

      store.updateSettings(new StoreSettings(false));
      store.updateProfile("c-1", ProfileUpdate.at(T2, "anna").note("Uusi numero 040 765 4321."));
      assertThat(store.profile("c-1").orElseThrow().notes().get(1).text())
          .isEqualTo("Uusi numero 040 765 4321.");
    }
  }

  @Test
  void events_at_the_same_time_keep_the_order_they_were_recorded_in() {
    try (LuceneHotStore store = open()) {
      store.captureAll(CORPUS);
      String id = id(store, 3);
      store.recordLoopEvent(LoopEvent.status(id, LoopStatus.DONE, T2, "anna", ""));
      store.recordLoopEvent(LoopEvent.status(id, LoopStatus.ACKNOWLEDGED, T2, "anna", "Reopened"));

      assertThat(LoopState.of(id, store.loopHistory(id)).status())
          .isEqualTo(LoopStatus.ACKNOWLEDGED);
    }
  }

  @Test
  void recording_the_same_event_twice_keeps_it_once() {
    try (LuceneHotStore store = open()) {
      store.captureAll(CORPUS);
      String id = id(store, 6);
      LoopEvent e = LoopEvent.status(id, LoopStatus.ACKNOWLEDGED, T1, "anna", "Looking into it.");
      store.recordLoopEvent(e);
      store.recordLoopEvent(e);

      assertThat(store.loopHistory(id)).containsExactly(e);
    }
  }

  @Test
  void loop_events_are_refused_for_unknown_statements_statements_voicing_nothing_and_past_dates() {
    try (LuceneHotStore store = open()) {
      store.captureAll(CORPUS);
      String thanks = id(store, 8);
      String problem = id(store, 1);

      assertThatThrownBy(
              () ->
                  store.recordLoopEvent(
                      LoopEvent.status("0000000000000000", LoopStatus.DONE, T1, "", "")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("no statement with id 0000000000000000");
      assertThatThrownBy(
              () -> store.recordLoopEvent(LoopEvent.status(thanks, LoopStatus.DONE, T1, "", "")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("voices no dream, problem or need");
      assertThatThrownBy(
              () ->
                  store.recordLoopEvent(
                      LoopEvent.status(
                          problem, LoopStatus.DONE, Instant.parse("2026-01-14T23:59:00Z"), "", "")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("before statement " + problem + " was said");
      // said at 09:00 on 15 January: a response dated that day, as a date alone, is accepted
      store.recordLoopEvent(
          LoopEvent.status(
              problem, LoopStatus.ACKNOWLEDGED, Instant.parse("2026-01-15T00:00:00Z"), "", ""));
      assertThat(store.loopHistory(problem)).hasSize(1);
    }
  }

  @Test
  void every_loop_event_is_visited_grouped_by_statement_in_order() {
    try (LuceneHotStore store = open()) {
      store.captureAll(CORPUS);
      String a = id(store, 1);
      String b = id(store, 2);
      store.recordLoopEvent(LoopEvent.status(b, LoopStatus.DONE, T3, "", ""));
      store.recordLoopEvent(LoopEvent.status(a, LoopStatus.PLANNED, T2, "", ""));
      store.recordLoopEvent(LoopEvent.status(b, LoopStatus.ACKNOWLEDGED, T1, "", ""));
      store.recordLoopEvent(LoopEvent.status(a, LoopStatus.ACKNOWLEDGED, T1, "", ""));

      List<String> seen = new ArrayList<>();
      store.forEachLoopEvent(e -> seen.add(e.statementId() + " " + e.status().orElseThrow()));

      String first = a.compareTo(b) < 0 ? a : b;
      String second = first.equals(a) ? b : a;
      List<String> expected = new ArrayList<>();
      expected.add(first + " ACKNOWLEDGED");
      expected.add(first + (first.equals(a) ? " PLANNED" : " DONE"));
      expected.add(second + " ACKNOWLEDGED");
      expected.add(second + (second.equals(a) ? " PLANNED" : " DONE"));
      assertThat(seen).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void goals_are_replaced_by_name_removed_and_listed_by_name() {
    Goal close =
        new Goal(
            "close-the-loop",
            Metric.LOOP_CLOSURE_RATE,
            Goal.Op.AT_LEAST,
            0.8,
            Optional.of(LocalDate.parse("2026-12-31")),
            "anna",
            T1);
    Goal closer =
        new Goal(
            "close-the-loop",
            Metric.LOOP_CLOSURE_RATE,
            Goal.Op.AT_LEAST,
            0.9,
            Optional.empty(),
            "anna",
            T2);
    Goal fast =
        new Goal(
            "answer-fast",
            Metric.MEDIAN_DAYS_TO_ACKNOWLEDGE,
            Goal.Op.AT_MOST,
            2,
            Optional.empty(),
            "",
            T1);
    try (LuceneHotStore store = open()) {
      store.saveGoal(close);
      store.saveGoal(fast);
      assertThat(store.goals()).containsExactly(fast, close);

      store.saveGoal(closer);
      assertThat(store.goals()).containsExactly(fast, closer);

      assertThat(store.removeGoal("answer-fast")).isTrue();
      assertThat(store.removeGoal("answer-fast")).isFalse();
      assertThat(store.goals()).containsExactly(closer);

      store.saveGoal(fast);
      assertThat(store.goals()).containsExactly(fast, closer);
    }
  }

  @Test
  void profiles_loop_history_and_goals_survive_closing_and_reopening() {
    String id;
    Goal goal =
        new Goal("friction", Metric.FRICTION, Goal.Op.BELOW, 0.3, Optional.empty(), "anna", T1);
    try (LuceneHotStore store = open()) {
      store.captureAll(CORPUS);
      id = id(store, 7);
      store.updateProfile("initech", ProfileUpdate.at(T1, "anna").language(Language.EN));
      store.updateProfile("initech", ProfileUpdate.at(T2, "anna").avoid(ContactChannel.PHONE));
      store.recordLoopEvent(LoopEvent.status(id, LoopStatus.ACKNOWLEDGED, T1, "anna", "On it."));
      store.recordLoopEvent(LoopEvent.status(id, LoopStatus.DECLINED, T2, "anna", "Not in 2026."));
      store.recordLoopEvent(LoopEvent.informed(id, ContactChannel.EMAIL, T3, "anna", "Sent."));
      store.saveGoal(goal);
    }
    try (LuceneHotStore store = open()) {
      assertThat(store.profileHistory("initech")).hasSize(2);
      CustomerProfile p = store.profile("initech").orElseThrow();
      assertThat(p.language()).contains(Language.EN);
      assertThat(p.contact().avoided()).containsExactly(ContactChannel.PHONE);
      assertThat(store.loopHistory(id))
          .extracting(LoopEvent::note)
          .containsExactly("On it.", "Not in 2026.", "Sent.");
      assertThat(LoopState.of(id, store.loopHistory(id)).isClosed()).isTrue();
      assertThat(store.goals()).containsExactly(goal);
      assertThat(store.count()).isEqualTo(CORPUS.size());
    }
  }

  /** What every statement read returns, to compare before and after adding other documents. */
  private record Reads(
      long count,
      List<Hit> all,
      List<Hit> lasku,
      Stats stats,
      Stats needs,
      List<Statement> exported,
      Optional<Statement> first) {}

  private static Reads reads(LuceneHotStore store, String firstId) {
    List<Statement> exported = new ArrayList<>();
    store.forEach(Query.all(), exported::add);
    return new Reads(
        store.count(),
        store.search(Query.all(), 100).items(),
        store.search(Query.parse("lasku"), 100).items(),
        store.stats(Query.all()),
        store.stats(Query.all().label(Label.NEED)),
        exported,
        store.get(firstId));
  }

  private static void addOtherKinds(LuceneHotStore store, String statementId) {
    store.updateProfile(
        "acme",
        ProfileUpdate.at(T1, "anna").name("Acme Oy").segment("enterprise").note("Laskut ensin."));
    store.updateProfile("newcomer", ProfileUpdate.at(T1, "anna").addType("first-time"));
    store.recordLoopEvent(
        LoopEvent.status(statementId, LoopStatus.ACKNOWLEDGED, T1, "anna", "lasku tarkistetaan"));
    store.recordLoopEvent(LoopEvent.informed(statementId, ContactChannel.PHONE, T2, "anna", ""));
    store.saveGoal(
        new Goal("problems", Metric.PROBLEMS, Goal.Op.AT_MOST, 3, Optional.empty(), "", T1));
  }

  @Test
  void statement_reads_are_unchanged_by_profiles_loop_events_and_goals() {
    try (LuceneHotStore store = open()) {
      store.captureAll(CORPUS);
      String first = id(store, 1);
      Reads before = reads(store, first);

      addOtherKinds(store, first);

      assertThat(reads(store, first)).isEqualTo(before);
      assertThat(before.count()).isEqualTo(CORPUS.size());
      assertThat(before.stats().total()).isEqualTo(CORPUS.size());
      // the profile's customer id is no statement's id, and no id of another kind is found
      assertThat(store.get("acme")).isEmpty();
      assertThat(store.stats(Query.all()).customers())
          .extracting(c -> c.value())
          .doesNotContain("newcomer");
    }
  }

  @Test
  void a_store_written_before_kinds_existed_reads_its_statements_and_takes_the_new_documents()
      throws IOException {
    Path dir = tmp.resolve("old");
    try (Directory d = FSDirectory.open(dir);
        Analyzer analyzer = Schema.analyzer();
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(analyzer))) {
      for (Statement.Draft draft : CORPUS) {
        Document doc = Schema.document(PIPELINE.process(draft));
        doc.removeFields(Schema.KIND); // as store format 1 wrote them
        w.addDocument(doc);
      }
      w.setLiveCommitData(Map.of(Schema.FORMAT_KEY, "1").entrySet());
      w.commit();
    }
    Reads fresh;
    try (LuceneHotStore store = open()) {
      store.captureAll(CORPUS);
      fresh = reads(store, id(store, 1));
    }

    try (LuceneHotStore old = LuceneHotStore.open(dir, PIPELINE)) {
      String first = id(old, 1);
      assertThat(reads(old, first)).isEqualTo(fresh);

      addOtherKinds(old, first);

      assertThat(reads(old, first)).isEqualTo(fresh);
      assertThat(old.captureAll(CORPUS).added()).isEmpty();
      assertThat(old.loopHistory(first)).hasSize(2);
    }
    try (Directory d = FSDirectory.open(dir);
        DirectoryReader reader = DirectoryReader.open(d)) {
      assertThat(reader.getIndexCommit().getUserData())
          .containsEntry(Schema.FORMAT_KEY, Integer.toString(Schema.FORMAT));
    }
  }
}
