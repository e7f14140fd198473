package fi.hot.store;

import static fi.hot.store.Fixtures.CORPUS;
import static fi.hot.store.Fixtures.KEYWORDS;
import static fi.hot.store.Fixtures.MAR;
import static fi.hot.store.Fixtures.NOW;
import static fi.hot.store.Fixtures.PIPELINE;
import static fi.hot.store.Fixtures.en;
import static fi.hot.store.Fixtures.fi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.hot.HotException;
import fi.hot.classify.Classifier;
import fi.hot.model.Channel;
import fi.hot.model.Classification;
import fi.hot.model.Count;
import fi.hot.model.Hit;
import fi.hot.model.Label;
import fi.hot.model.LabelChange;
import fi.hot.model.LabelScore;
import fi.hot.model.Query;
import fi.hot.model.Reclassification;
import fi.hot.model.Statement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A person's labels: stored, counted, kept in history, and never replaced by a classifier. */
class LuceneHotStoreRelabelTest {
  /** Statements the keyword classifier reads as NONE, which a person knows better. */
  private static final Statement.Draft MISSED_FI =
      fi(
          "globex",
          Channel.CALL,
          MAR,
          "Raportista puuttuu alv-erittely, ja kirjanpitäjä kysyy sitä.");

  private static final Statement.Draft MISSED_EN =
      en("initech", Channel.EMAIL, MAR, "The export has no VAT column, so our accountant asks.");

  /** Reads every statement as a dream: a classifier that disagrees with the keywords everywhere. */
  private static final Classifier DREAMER =
      (text, language) -> Classification.of(List.of(new LabelScore(Label.DREAM, 0.6)), List.of());

  @TempDir Path tmp;

  private LuceneHotStore open() {
    return LuceneHotStore.open(tmp.resolve("hot-data"), PIPELINE);
  }

  private static List<Statement.Draft> corpus() {
    List<Statement.Draft> all = new ArrayList<>(CORPUS);
    all.add(MISSED_FI);
    all.add(MISSED_EN);
    return all;
  }

  private static String id(Statement.Draft d) {
    return PIPELINE.process(d).id();
  }

  private static long count(LuceneHotStore store, Label label) {
    return store.stats(Query.all()).labels().stream()
        .filter(c -> c.value().equals(label.code()))
        .mapToLong(Count::count)
        .sum();
  }

  @Test
  void a_persons_labels_replace_the_classifiers_and_searches_and_counts_see_them() {
    try (LuceneHotStore store = open()) {
      store.captureAll(corpus());
      String id = id(MISSED_FI);
      assertThat(store.get(id).orElseThrow().classification().primary()).isEqualTo(Label.NONE);
      long needs = count(store, Label.NEED);

      Statement s = store.relabel(id, List.of(Label.NEED, Label.PROBLEM), "anna", "");

      Classification c = s.classification();
      assertThat(c.isHuman()).isTrue();
      assertThat(c.primary()).isEqualTo(Label.NEED);
      assertThat(c.labels())
          .containsExactly(new LabelScore(Label.NEED, 1.0), new LabelScore(Label.PROBLEM, 1.0));
      assertThat(store.get(id)).contains(s);
      assertThat(count(store, Label.NEED)).isEqualTo(needs + 1);
      assertThat(store.search(Query.parse("alv").label(Label.PROBLEM), 10).items())
          .extracting(h -> h.statement().id())
          .containsExactly(id);
      assertThat(store.count()).isEqualTo(corpus().size());
    }
  }

  @Test
  void the_label_history_says_who_when_from_what_and_why_and_survives_reopening() {
    String id = id(MISSED_EN);
    try (LuceneHotStore store = open()) {
      store.captureAll(corpus());
      store.relabel(id, List.of(Label.PROBLEM), "anna", "missing column is a fault");
      store.relabel(id, List.of(Label.PROBLEM, Label.NEED), "mikko", "");
    }
    try (LuceneHotStore store = open()) {
      List<LabelChange> history = store.labelHistory(id);
      assertThat(history).hasSize(2);
      LabelChange first = history.get(0);
      assertThat(first.at()).isEqualTo(NOW);
      assertThat(first.by()).isEqualTo("anna");
      assertThat(first.note()).isEqualTo("missing column is a fault");
      assertThat(first.before()).isEqualTo(Classification.NONE);
      assertThat(first.after()).isEqualTo(Classification.human(List.of(Label.PROBLEM)));
      assertThat(history.get(1).before()).isEqualTo(first.after());
      assertThat(history.get(1).after().labelList()).containsExactly(Label.PROBLEM, Label.NEED);
      assertThat(store.get(id).orElseThrow().classification().isHuman()).isTrue();
      // the history is not a statement
      assertThat(store.count()).isEqualTo(corpus().size());
      assertThat(store.labelHistory(id(MISSED_FI))).isEmpty();
    }
  }

  @Test
  void the_history_keeps_the_classifiers_reading_with_its_confidence() {
    Statement.Draft problem = CORPUS.get(0);
    try (LuceneHotStore store = open()) {
      store.captureAll(corpus());
      store.relabel(id(problem), List.of(Label.PROBLEM, Label.NEED), "anna", "");

      Classification before = store.labelHistory(id(problem)).get(0).before();
      assertThat(before.origin()).isEqualTo(Classification.Origin.MODEL);
      assertThat(before.labels()).containsExactly(new LabelScore(Label.PROBLEM, 0.9));
      assertThat(before.cues()).isEmpty();
    }
  }

  @Test
  void the_same_labels_again_write_nothing_but_another_primary_is_a_change() {
    String id = id(MISSED_FI);
    try (LuceneHotStore store = open()) {
      store.captureAll(corpus());
      Statement first = store.relabel(id, List.of(Label.NEED, Label.PROBLEM), "anna", "");
      Statement again =
          store.relabel(id, List.of(Label.NEED, Label.NEED, Label.PROBLEM), "mikko", "");
      assertThat(again).isEqualTo(first);
      assertThat(store.labelHistory(id)).hasSize(1);

      Statement swapped = store.relabel(id, List.of(Label.PROBLEM, Label.NEED), "mikko", "");
      assertThat(swapped.classification().primary()).isEqualTo(Label.PROBLEM);
      assertThat(store.labelHistory(id)).hasSize(2);
    }
  }

  @Test
  void no_labels_or_none_alone_say_the_statement_voices_nothing_and_it_counts_as_none() {
    Statement.Draft problem = CORPUS.get(1);
    try (LuceneHotStore store = open()) {
      store.captureAll(corpus());
      long none = count(store, Label.NONE);

      Statement s = store.relabel(id(problem), List.of(Label.NONE), "anna", "a fact, not a fault");

      assertThat(s.classification().primary()).isEqualTo(Label.NONE);
      assertThat(s.classification().labels()).isEmpty();
      assertThat(s.classification().isHuman()).isTrue();
      assertThat(count(store, Label.NONE)).isEqualTo(none + 1);
      assertThat(store.search(Query.all().label(Label.NONE), 20).items())
          .extracting(Hit::statement)
          .contains(s);
      // no labels at all says the same, and is no change
      store.relabel(id(problem), List.of(), "anna", "");
      assertThat(store.labelHistory(id(problem))).hasSize(1);
    }
  }

  @Test
  void relabelling_an_unknown_statement_or_none_with_a_label_is_refused_and_writes_nothing() {
    try (LuceneHotStore store = open()) {
      store.captureAll(corpus());
      String id = id(MISSED_FI);

      assertThatThrownBy(() -> store.relabel("0123456789abcdef", List.of(Label.NEED), "anna", ""))
          .isInstanceOf(HotException.class)
          .hasMessage("no statement with id 0123456789abcdef");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> store.relabel(id, List.of(Label.NONE, Label.NEED), "anna", ""))
          .withMessageContaining("NONE cannot go with other labels");

      assertThat(store.labelHistory(id)).isEmpty();
      assertThat(store.get(id).orElseThrow().classification().isHuman()).isFalse();
    }
  }

  @Test
  void reclassifying_replaces_classifier_labels_and_keeps_a_persons_across_reopening() {
    String human = id(MISSED_FI);
    try (LuceneHotStore store = open()) {
      store.captureAll(corpus());
      store.relabel(human, List.of(Label.NEED, Label.PROBLEM), "anna", "");
      // the keywords read exactly one statement as a dream alone: only its confidence changes
      long dreamsAlone =
          corpus().stream()
              .filter(
                  d -> KEYWORDS.classify(d.text(), null).labelList().equals(List.of(Label.DREAM)))
              .count();
      assertThat(dreamsAlone).isEqualTo(1);

      List<Long> progress = new ArrayList<>();
      Reclassification r = store.reclassify(DREAMER, progress::add);

      int n = corpus().size();
      assertThat(r).isEqualTo(new Reclassification(n, n - 2, 1, 1));
      assertThat(progress).containsExactly((long) n);
    }
    try (LuceneHotStore store = open()) {
      Classification kept = store.get(human).orElseThrow().classification();
      assertThat(kept.isHuman()).isTrue();
      assertThat(kept.labelList()).containsExactly(Label.NEED, Label.PROBLEM);
      assertThat(count(store, Label.DREAM)).isEqualTo(corpus().size() - 1);
      store.forEach(
          Query.all(),
          s -> {
            if (!s.id().equals(human)) {
              assertThat(s.classification().origin()).isEqualTo(Classification.Origin.MODEL);
              assertThat(s.classification().labelList()).containsExactly(Label.DREAM);
            }
          });
    }
  }

  @Test
  void reclassifying_with_the_capture_classifier_changes_nothing() {
    try (LuceneHotStore store = open()) {
      store.captureAll(corpus());
      store.relabel(id(MISSED_EN), List.of(Label.PROBLEM), "anna", "");

      Reclassification r = store.reclassify(KEYWORDS);

      assertThat(r).isEqualTo(new Reclassification(corpus().size(), 0, 0, 1));
      assertThat(r.unchanged()).isEqualTo(corpus().size() - 1);
    }
  }

  @Test
  void a_person_relabelling_while_the_store_is_reclassified_keeps_the_persons_labels() {
    String id = id(MISSED_EN);
    AtomicReference<LuceneHotStore> shared = new AtomicReference<>();
    // relabels the statement between its reading and the writing of the classifier's labels
    Classifier interrupted =
        (text, language) -> {
          if (text.equals(MISSED_EN.text())) {
            shared.get().relabel(id, List.of(Label.PROBLEM), "anna", "");
          }
          return DREAMER.classify(text, language);
        };
    try (LuceneHotStore store = open()) {
      shared.set(store);
      store.captureAll(corpus());

      Reclassification r = store.reclassify(interrupted);

      assertThat(r.human()).isEqualTo(1);
      Classification c = store.get(id).orElseThrow().classification();
      assertThat(c.isHuman()).isTrue();
      assertThat(c.labelList()).containsExactly(Label.PROBLEM);
    }
  }

  @Test
  void reclassifying_runs_in_batches_and_reports_progress_after_each() {
    List<Statement.Draft> many = new ArrayList<>();
    for (int i = 0; i < 2_050; i++) {
      many.add(fi("acme", Channel.CALL, MAR.plusSeconds(i), "Tilaus " + i + " ei toimi."));
    }
    try (LuceneHotStore store = open()) {
      store.captureAll(many);
      List<Long> progress = new ArrayList<>();

      Reclassification r = store.reclassify(DREAMER, progress::add);

      assertThat(progress).containsExactly(1_000L, 2_000L, 2_050L);
      assertThat(r.changed()).isEqualTo(2_050);
      assertThat(count(store, Label.DREAM)).isEqualTo(2_050);
      assertThat(count(store, Label.PROBLEM)).isZero();
    }
  }
}
