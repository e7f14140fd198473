package fi.hot.store;

import static fi.hot.store.Fixtures.FEB;
import static fi.hot.store.Fixtures.MAR;
import static fi.hot.store.Fixtures.text;
import static fi.hot.store.Fixtures.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.hot.HotQueryException;
import fi.hot.model.Channel;
import fi.hot.model.Count;
import fi.hot.model.Hit;
import fi.hot.model.Label;
import fi.hot.model.Language;
import fi.hot.model.Page;
import fi.hot.model.Query;
import fi.hot.model.Span;
import fi.hot.model.Statement;
import fi.hot.model.Stats;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Searching, filtering, counting and exporting the corpus of {@link Fixtures}. */
class LuceneHotStoreSearchTest {
  @TempDir static Path dir;
  private static LuceneHotStore store;
  private static List<Statement> stored;

  @BeforeAll
  static void captureCorpus() {
    store = LuceneHotStore.open(dir.resolve("hot-data"), Fixtures.PIPELINE);
    stored = store.captureAll(Fixtures.CORPUS).added();
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private List<String> found(String text) {
    return found(Query.parse(text));
  }

  private List<String> found(Query query) {
    return store.search(query, 100).items().stream().map(h -> h.statement().text()).toList();
  }

  @Test
  void finnish_word_finds_its_inflected_forms() {
    assertThat(found("lasku")).contains(text(1), text(2), text(3)).doesNotContain(text(5));
    assertThat(found("laskuja")).contains(text(1), text(2), text(3));
  }

  @Test
  void english_word_finds_its_inflected_forms() {
    assertThat(found("invoice")).containsExactlyInAnyOrderElementsOf(texts(6, 7, 8));
    assertThat(found("invoicing")).containsExactlyInAnyOrderElementsOf(texts(6, 7, 8));
  }

  @Test
  void a_word_in_neither_language_is_found_as_written() {
    assertThat(found("fakturan")).containsExactly(text(9));
    assertThat(found("FAKTURAN")).containsExactly(text(9));
  }

  @Test
  void wildcard_matches_word_beginnings_in_both_languages() {
    assertThat(found("lasku*")).containsExactlyInAnyOrderElementsOf(texts(1, 2, 3, 4));
    assertThat(found("Invoic*")).containsExactlyInAnyOrderElementsOf(texts(6, 7, 8));
  }

  @Test
  void phrase_matches_its_words_in_order_and_no_stop_word_is_dropped() {
    // "ei" is a Finnish stop word: the phrase must not shrink to "toimi" (statement 5)
    assertThat(found("\"ei toimi\"")).containsExactly(text(2));
    assertThat(found("\"wrong address\"")).containsExactly(text(6));
    assertThat(found("\"address wrong\"")).isEmpty();
  }

  @Test
  void every_word_must_occur_unless_or_is_said() {
    assertThat(found("lasku virhe")).containsExactly(text(1));
    assertThat(found("invoice automatic")).containsExactly(text(7));
    assertThat(found("lasku OR invoice"))
        .containsExactlyInAnyOrderElementsOf(texts(1, 2, 3, 6, 7, 8));
  }

  @Test
  void excluded_words_remove_statements_even_from_everything() {
    assertThat(found("lasku* -virhe")).containsExactlyInAnyOrderElementsOf(texts(2, 3, 4));
    assertThat(found("NOT lasku*")).containsExactlyInAnyOrderElementsOf(texts(5, 6, 7, 8, 9));
  }

  @Test
  void colons_and_slashes_are_plain_text() {
    assertThat(found("laskussa: virhe")).containsExactly(text(1));
    assertThat(found("lasku/virhe")).containsExactly(text(1));
  }

  @Test
  void best_match_comes_first_with_a_bm25_score() {
    List<Hit> hits = store.search(Query.parse("invoice OR euros"), 10).items();
    assertThat(hits.get(0).statement().text()).isEqualTo(text(7));
    assertThat(hits).extracting(Hit::score).allMatch(s -> s > 0);
    assertThat(hits).extracting(Hit::score).isSortedAccordingTo(Comparator.reverseOrder());
  }

  @Test
  void blank_query_matches_all_newest_first_ties_by_id() {
    Page<Hit> page = store.search(Query.parse("  "), 100);
    List<Statement> expected =
        stored.stream()
            .sorted(
                Comparator.comparing(Statement::occurredAt).reversed().thenComparing(Statement::id))
            .toList();
    assertThat(page.total()).isEqualTo(9);
    assertThat(page.items()).extracting(Hit::statement).containsExactlyElementsOf(expected);
    assertThat(page.items()).allMatch(h -> h.matches().isEmpty());
  }

  @Test
  void page_holds_at_most_the_limit_and_total_counts_all() {
    Page<Hit> page = store.search(Query.parse("lasku*"), 2);
    assertThat(page.items()).hasSize(2);
    assertThat(page.total()).isEqualTo(4);
    Page<Hit> none = store.search(Query.parse("lasku*"), 0);
    assertThat(none.items()).isEmpty();
    assertThat(none.total()).isEqualTo(4);
  }

  @Test
  void matched_words_are_spans_of_the_original_text_even_when_inflected() {
    Hit problem =
        store.search(Query.parse("lasku").label(Label.PROBLEM).until(FEB), 1).items().get(0);
    assertThat(problem.matches()).containsExactly(new Span(0, 8));
    assertThat(covered(problem)).containsExactly("Laskussa");

    Hit laskussa = store.search(Query.parse("lasku virhe"), 1).items().get(0);
    assertThat(covered(laskussa)).containsExactly("Laskussa", "virhe");
    assertThat(laskussa.matches()).first().isEqualTo(new Span(0, 8));

    Hit invoices =
        store
            .search(Query.parse("invoice").language(Language.EN).label(Label.PROBLEM), 1)
            .items()
            .get(0);
    assertThat(covered(invoices)).containsExactly("invoices");

    Hit laskutus = store.search(Query.parse("lasku*").label(Label.DREAM), 1).items().get(0);
    assertThat(covered(laskutus)).containsExactly("laskutus");
  }

  @Test
  void a_phrase_is_one_match_from_its_first_word_to_its_last() {
    Hit hit = store.search(Query.parse("\"wrong address\" OR invoice"), 1).items().get(0);
    assertThat(covered(hit)).containsExactly("invoices", "wrong address");
  }

  private static List<String> covered(Hit hit) {
    String t = hit.statement().text();
    return hit.matches().stream().map(s -> t.substring(s.start(), s.end())).toList();
  }

  static Stream<Arguments> filters() {
    return Stream.of(
        Arguments.of(Query.all().label(Label.PROBLEM), new int[] {1, 2, 6}),
        Arguments.of(Query.all().label(Label.NONE), new int[] {5, 8, 9}),
        Arguments.of(Query.all().label(Label.DREAM).label(Label.NEED), new int[] {3, 4, 7}),
        Arguments.of(Query.all().customer("acme"), new int[] {1, 2, 5, 8}),
        Arguments.of(Query.all().channel(Channel.CALL), new int[] {1, 3, 7}),
        Arguments.of(Query.all().language(Language.EN), new int[] {6, 7, 8}),
        Arguments.of(Query.all().language(Language.OTHER), new int[] {9}),
        Arguments.of(Query.all().since(FEB), new int[] {2, 3, 4, 5, 7, 8, 9}),
        Arguments.of(Query.all().until(FEB), new int[] {1, 6}),
        Arguments.of(Query.all().since(FEB).until(MAR), new int[] {2, 3, 7}),
        Arguments.of(Query.parse("lasku*").customer("globex"), new int[] {3, 4}),
        Arguments.of(Query.parse("lasku*").customer("initech"), new int[] {}));
  }

  @ParameterizedTest
  @MethodSource("filters")
  void each_filter_keeps_exactly_the_statements_it_names(Query query, int[] expected) {
    assertThat(found(query)).containsExactlyInAnyOrderElementsOf(texts(expected));
    List<String> exported = new ArrayList<>();
    store.forEach(query, s -> exported.add(s.text()));
    assertThat(exported).containsExactlyInAnyOrderElementsOf(texts(expected));
    assertThat(store.stats(query).total()).isEqualTo(expected.length);
  }

  @Test
  void stats_count_each_facet_exactly_in_the_documented_order() {
    Stats stats = store.stats(Query.all());
    assertThat(stats.total()).isEqualTo(9);
    assertThat(stats.labels())
        .containsExactly(
            new Count("dream", 2),
            new Count("problem", 3),
            new Count("need", 2),
            new Count("none", 3));
    assertThat(stats.channels())
        .containsExactly(
            new Count("call", 3),
            new Count("email", 3),
            new Count("chat", 2),
            new Count("other", 1));
    assertThat(stats.customers())
        .containsExactly(new Count("acme", 4), new Count("globex", 3), new Count("initech", 2));
    assertThat(stats.languages())
        .containsExactly(new Count("fi", 5), new Count("en", 3), new Count("other", 1));
    assertThat(stats.months())
        .containsExactly(new Count("2026-01", 2), new Count("2026-02", 3), new Count("2026-03", 4));
  }

  @Test
  void stats_count_only_what_the_query_matches() {
    Stats stats = store.stats(Query.parse("lasku*").since(FEB));
    assertThat(stats.total()).isEqualTo(3);
    assertThat(stats.labels())
        .containsExactly(new Count("dream", 1), new Count("problem", 1), new Count("need", 1));
    assertThat(stats.channels())
        .containsExactly(new Count("call", 1), new Count("email", 1), new Count("chat", 1));
    assertThat(stats.customers()).containsExactly(new Count("globex", 2), new Count("acme", 1));
    assertThat(stats.languages()).containsExactly(new Count("fi", 3));
    assertThat(stats.months()).containsExactly(new Count("2026-02", 2), new Count("2026-03", 1));
  }

  @Test
  void export_visits_every_match_oldest_first_ties_by_id() {
    List<Statement> visited = new ArrayList<>();
    store.forEach(Query.all(), visited::add);
    assertThat(visited)
        .containsExactlyElementsOf(
            stored.stream()
                .sorted(Comparator.comparing(Statement::occurredAt).thenComparing(Statement::id))
                .toList());
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 1_100})
  void query_with_too_many_words_is_reported_in_words(int words) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      text.append("sana").append(i).append(' ');
    }
    Query tooLong = Query.parse(text.toString());

    assertThatThrownBy(() -> store.search(tooLong, 10))
        .isInstanceOf(HotQueryException.class)
        .hasMessageEndingWith("': it has too many words");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"unclosed", "AND", "lasku~~~(", "lasku AND", "(lasku", "lasku)"})
  void malformed_query_is_reported_in_words_by_every_read(String text) {
    Query bad = Query.parse(text);
    for (Runnable read :
        List.<Runnable>of(
            () -> store.search(bad, 10),
            () -> store.stats(bad),
            () -> store.forEach(bad, s -> {}))) {
      assertThatThrownBy(read::run)
          .isInstanceOf(HotQueryException.class)
          .hasMessageStartingWith("cannot understand the query '" + text + "': ")
          .hasMessageNotContainingAny("Lucene", "lucene", "Exception", "<EOF>", "Encountered");
    }
  }
}
