package fi.hot.store;

import static fi.hot.store.Fixtures.FEB;
import static fi.hot.store.Fixtures.JAN;
import static fi.hot.store.Fixtures.MAR;
import static fi.hot.store.Fixtures.en;
import static fi.hot.store.Fixtures.fi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.hot.HotQueryException;
import fi.hot.model.Channel;
import fi.hot.model.Count;
import fi.hot.model.Customer;
import fi.hot.model.Hit;
import fi.hot.model.Label;
import fi.hot.model.Language;
import fi.hot.model.Query;
import fi.hot.model.Span;
import fi.hot.model.Statement;
import fi.hot.model.Subset;
import fi.hot.model.TermCount;
import fi.hot.model.TermCounts;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facts themes are built from: term counts and subsets of a selection. */
class LuceneHotStoreTermsTest {
  @TempDir static Path dir;
  private static LuceneHotStore store;
  private static List<Statement> stored;

  /** Labels come from {@link Fixtures#KEYWORDS}: "virhe" is a problem, "need" a need. */
  private static final List<Statement.Draft> CORPUS =
      List.of(
          fi("acme", Channel.CALL, JAN, "Laskussa oli virhe."),
          fi("acme", Channel.EMAIL, FEB, "Laskut tulevat myöhässä."),
          fi("globex", Channel.CALL, FEB, "Paperiset laskuja hukkuu postiin."),
          fi("globex", Channel.CHAT, MAR, "Laskut ja laskutus ovat sekaisin."),
          en("initech", Channel.EMAIL, JAN, "The mobile app crashes at login."),
          en("initech", Channel.CALL, FEB, "Our mobile app needs a dark mode."),
          en("acme", Channel.EMAIL, MAR, "The app for mobile is slow."),
          en("acme", Channel.EMAIL, MAR, "Thanks for the invoice."),
          Statement.of("Fakturan kom för sent.", Customer.id("globex")).at(MAR));

  @BeforeAll
  static void capture() {
    store = LuceneHotStore.open(dir.resolve("hot-data"), Fixtures.PIPELINE);
    stored = store.captureAll(CORPUS).added();
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static Optional<TermCount> term(TermCounts counts, Language language, String... stems) {
    return counts.terms().stream()
        .filter(t -> t.language() == language && t.stems().equals(List.of(stems)))
        .findFirst();
  }

  private static Statement statement(int n) {
    return stored.get(n - 1);
  }

  @Test
  void a_stem_counts_every_inflected_form_and_is_shown_in_its_most_used_form() {
    TermCounts counts = store.terms(Query.all(), 1, Set.of());
    assertThat(counts.selected()).isEqualTo(9);
    assertThat(counts.stored()).isEqualTo(9);

    TermCount lasku = term(counts, Language.FI, "lasku").orElseThrow();
    assertThat(lasku.count()).isEqualTo(4);
    assertThat(lasku.storeCount()).isEqualTo(4);
    assertThat(lasku.surface()).isEqualTo("laskut"); // laskut twice, laskussa and laskuja once

    TermCount invoice = term(counts, Language.EN, "invoic").orElseThrow();
    assertThat(invoice.count()).isEqualTo(1);
    assertThat(invoice.surface()).isEqualTo("invoice");
  }

  @Test
  void counts_are_of_the_selection_and_of_the_whole_store() {
    TermCounts problems = store.terms(Query.all().label(Label.PROBLEM), 1, Set.of());
    assertThat(problems.selected()).isEqualTo(1);
    assertThat(problems.stored()).isEqualTo(9);
    TermCount lasku = term(problems, Language.FI, "lasku").orElseThrow();
    assertThat(lasku.count()).isEqualTo(1);
    assertThat(lasku.storeCount()).isEqualTo(4);

    TermCounts apps = store.terms(Query.parse("app"), 1, Set.of());
    assertThat(apps.selected()).isEqualTo(3);
    assertThat(term(apps, Language.FI, "lasku")).isEmpty();
    assertThat(term(apps, Language.EN, "app").orElseThrow().count()).isEqualTo(3);
  }

  @Test
  void terms_in_fewer_statements_than_the_minimum_are_left_out() {
    TermCounts counts = store.terms(Query.all(), 3, Set.of());
    assertThat(counts.terms())
        .extracting(t -> t.language() + ":" + String.join(" ", t.stems()))
        .containsExactly("FI:lasku", "EN:app", "EN:mobil");
  }

  @Test
  void a_phrase_is_two_neighbouring_words_in_order() {
    TermCounts counts = store.terms(Query.all(), 2, Set.of());
    TermCount phrase = term(counts, Language.EN, "mobil", "app").orElseThrow();
    // "The app for mobile is slow." has both words, but not side by side
    assertThat(phrase.count()).isEqualTo(2);
    assertThat(phrase.storeCount()).isEqualTo(2);
    assertThat(phrase.surface()).isEqualTo("mobile app");
    assertThat(phrase.isPhrase()).isTrue();
    TermCounts all = store.terms(Query.all(), 1, Set.of());
    assertThat(term(all, Language.EN, "app", "mobil")).isEmpty();
    assertThat(term(all, Language.EN, "mobil", "slow")).isEmpty();

    TermCount app = term(counts, Language.EN, "app").orElseThrow();
    assertThat(phrase.statements().intersectionSize(app.statements())).isEqualTo(2);
  }

  @Test
  void ignored_words_are_left_out_in_every_inflected_form_and_with_their_phrases() {
    TermCounts counts = store.terms(Query.all(), 1, Set.of("laskuja", "apps"));
    assertThat(counts.terms())
        .noneMatch(t -> t.stems().contains("lasku"))
        .noneMatch(t -> t.stems().contains("app"));
    assertThat(term(counts, Language.EN, "mobil")).isPresent();
  }

  @Test
  void stop_words_of_both_languages_are_never_terms() {
    TermCounts counts = store.terms(Query.all(), 1, Set.of());
    assertThat(counts.terms())
        .flatExtracting(TermCount::stems)
        .doesNotContain("the", "for", "ja", "oli", "ovat");
  }

  @Test
  void statements_in_neither_language_are_counted_by_their_unstemmed_words() {
    TermCounts counts = store.terms(Query.all(), 1, Set.of());
    TermCount fakturan = term(counts, Language.OTHER, "fakturan").orElseThrow();
    assertThat(fakturan.count()).isEqualTo(1);
    assertThat(fakturan.surface()).isEqualTo("fakturan");
  }

  @Test
  void a_subset_has_exact_counts_first_and_last_time_and_the_best_matching_examples() {
    Subset s = store.subset(Query.all(), "lasku OR laskutus", 10);
    assertThat(s.stats().total()).isEqualTo(4);
    assertThat(s.stats().customers()).containsExactly(new Count("acme", 2), new Count("globex", 2));
    assertThat(s.first()).contains(JAN);
    assertThat(s.last()).contains(MAR);

    // statement 4 has both alternatives; the rest one each, in id order
    List<Statement> rest =
        List.of(statement(1), statement(2), statement(3)).stream()
            .sorted((a, b) -> a.id().compareTo(b.id()))
            .toList();
    assertThat(s.examples()).extracting(Hit::statement).first().isEqualTo(statement(4));
    assertThat(s.examples()).extracting(Hit::statement).containsSubsequence(rest);
    assertThat(s.examples()).extracting(Hit::score).containsExactly(2f, 1f, 1f, 1f);
    assertThat(s.examples().get(0).matches()).containsExactly(new Span(0, 6), new Span(10, 18));
  }

  @Test
  void a_subset_applies_the_filters_and_the_text_of_the_selection() {
    assertThat(store.subset(Query.all().label(Label.PROBLEM), "lasku", 5).stats().total())
        .isEqualTo(1);
    assertThat(store.subset(Query.parse("myöhässä"), "lasku", 5).stats().total()).isEqualTo(1);
    assertThat(store.subset(Query.all().customer("acme"), "lasku OR app", 5).stats().total())
        .isEqualTo(3);
  }

  @Test
  void an_empty_subset_has_no_times_and_no_examples() {
    Subset s = store.subset(Query.all(), "zeppelin", 3);
    assertThat(s.stats().total()).isZero();
    assertThat(s.first()).isEmpty();
    assertThat(s.last()).isEmpty();
    assertThat(s.examples()).isEmpty();
  }

  @Test
  void a_subset_of_a_bad_query_is_a_query_error_and_bad_arguments_are_caller_errors() {
    assertThatThrownBy(() -> store.subset(Query.all(), "\"lasku", 3))
        .isInstanceOf(HotQueryException.class)
        .hasMessageContaining("quote");
    assertThatThrownBy(() -> store.subset(Query.all(), "lasku", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("examples");
    assertThatThrownBy(() -> store.terms(Query.all(), 0, Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minCount");
  }
}
