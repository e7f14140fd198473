package fi.hot.insight;

import static fi.hot.insight.Corpus.APR;
import static fi.hot.insight.Corpus.FEB;
import static fi.hot.insight.Corpus.JAN;
import static fi.hot.insight.Corpus.MAR;
import static fi.hot.insight.Corpus.en;
import static fi.hot.insight.Corpus.fi;
import static fi.hot.insight.Corpus.labelled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.hot.HotParseException;
import fi.hot.HotQueryException;
import fi.hot.HotStore;
import fi.hot.model.Count;
import fi.hot.model.Hit;
import fi.hot.model.Label;
import fi.hot.model.Query;
import fi.hot.model.Statement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemesTest {
  @TempDir Path dir;

  private static Optional<Theme> withTerm(List<Theme> themes, String term) {
    return themes.stream().filter(t -> t.terms().contains(term)).findFirst();
  }

  @Test
  void three_planted_themes_are_among_the_top_ten_with_exact_statement_and_customer_counts() {
    try (HotStore store = Corpus.store(dir.resolve("store"), Corpus.all())) {
      ThemeReport report = Themes.defaults().find(store, Query.all());
      List<Theme> top = report.found();
      assertThat(top).hasSizeLessThanOrEqualTo(10);

      Theme invoices = withTerm(top, "lasku").orElseThrow();
      assertThat(invoices.statements()).isEqualTo(8);
      assertThat(invoices.customers()).isEqualTo(5);

      Theme app = withTerm(top, "mobile app").orElseThrow();
      assertThat(app.name()).isEqualTo("mobile app");
      assertThat(app.statements()).isEqualTo(7);
      assertThat(app.customers()).isEqualTo(4);

      Theme deliveries = withTerm(top, "toimitus").orElseThrow();
      assertThat(deliveries.terms()).containsExactlyInAnyOrder("toimitus", "toimituksen");
      assertThat(deliveries.statements()).isEqualTo(6);
      assertThat(deliveries.customers()).isEqualTo(3);

      assertThat(report.selected()).isEqualTo(Corpus.all().size());
      assertThat(report.contrasted()).isFalse();
    }
  }

  @Test
  void a_theme_has_its_labels_months_first_and_last_day_and_quotes_from_different_customers() {
    List<Statement.Draft> drafts = new ArrayList<>(Corpus.BACKGROUND);
    for (int i = 0; i < Corpus.INVOICES.size(); i++) {
      Label label = i < 5 ? Label.PROBLEM : Label.NEED;
      drafts.add(labelled(Corpus.INVOICES.get(i), label));
    }
    try (HotStore store = Corpus.store(dir.resolve("store"), drafts)) {
      Theme invoices = withTerm(Themes.defaults().find(store, Query.all()).found(), "lasku").get();
      assertThat(invoices.labels()).containsExactly(new Count("problem", 5), new Count("need", 3));
      assertThat(invoices.firstSeen()).contains(JAN);
      assertThat(invoices.lastSeen()).contains(MAR);
      // February has none, and is shown as such
      assertThat(invoices.months())
          .containsExactly(
              new Count("2026-01", 3), new Count("2026-02", 0), new Count("2026-03", 5));
      assertThat(invoices.quotes()).hasSize(3);
      assertThat(invoices.quotes())
          .extracting(h -> h.statement().customer().id())
          .doesNotHaveDuplicates();
      assertThat(invoices.quotes()).allMatch(h -> !h.matches().isEmpty());
    }
  }

  @Test
  void quotes_prefer_different_customers_and_then_keep_the_store_order() {
    List<Hit> examples =
        List.of(hit("a", "Lasku yksi"), hit("a", "Lasku kaksi"), hit("b", "Lasku kolme"));
    assertThat(Themes.quotes(examples))
        .containsExactly(examples.get(0), examples.get(1), examples.get(2));

    List<Hit> four =
        List.of(
            hit("a", "Lasku yksi"),
            hit("a", "Lasku kaksi"),
            hit("b", "Lasku kolme"),
            hit("c", "Lasku neljä"));
    assertThat(Themes.quotes(four)).containsExactly(four.get(0), four.get(2), four.get(3));
  }

  private static Hit hit(String customer, String text) {
    Statement s = Corpus.PIPELINE.process(fi(customer, JAN, text));
    return new Hit(s, 1f, List.of());
  }

  @Test
  void the_same_statements_give_the_same_report_whatever_order_they_were_captured_in() {
    List<Statement.Draft> shuffled = new ArrayList<>(Corpus.all());
    Collections.shuffle(shuffled, new Random(42));
    ThemeReport first;
    ThemeReport again;
    try (HotStore store = Corpus.store(dir.resolve("a"), Corpus.all())) {
      first = Themes.defaults().find(store, Query.all());
      again = Themes.defaults().find(store, Query.all());
    }
    ThemeReport second;
    try (HotStore store = Corpus.store(dir.resolve("b"), List.of())) {
      // several commits make several index segments, another layout of the same statements
      for (int i = 0; i < shuffled.size(); i += 7) {
        store.captureAll(shuffled.subList(i, Math.min(i + 7, shuffled.size())));
      }
      second = Themes.defaults().find(store, Query.all());
    }
    assertThat(again).isEqualTo(first);
    assertThat(second).isEqualTo(first);
    assertThat(first.found()).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void a_phrase_and_the_words_it_is_made_of_are_one_theme_named_by_the_phrase() {
    List<Statement.Draft> drafts = new ArrayList<>(Corpus.BACKGROUND);
    drafts.add(en("acme", JAN, "Password reset emails never arrive."));
    drafts.add(en("acme", FEB, "The password reset link expires too fast."));
    drafts.add(en("globex", FEB, "Password reset should not ask for the old password."));
    drafts.add(en("initech", MAR, "I tried a password reset three times."));
    drafts.add(en("initech", MAR, "My password contains a character the form rejects."));
    try (HotStore store = Corpus.store(dir.resolve("store"), drafts)) {
      List<Theme> found = Themes.defaults().find(store, Query.all()).found();
      List<Theme> about =
          found.stream()
              .filter(t -> t.terms().contains("password") || t.terms().contains("reset"))
              .toList();
      assertThat(about).hasSize(1);
      Theme theme = about.get(0);
      assertThat(theme.name()).isEqualTo("password reset");
      assertThat(theme.terms()).containsExactly("password", "password reset", "reset");
      assertThat(theme.statements()).isEqualTo(5);
      assertThat(theme.customers()).isEqualTo(3);
    }
  }

  @Test
  void terms_said_in_the_same_statements_merge_into_one_theme() {
    List<Statement.Draft> drafts = new ArrayList<>(Corpus.BACKGROUND);
    drafts.add(fi("acme", JAN, "Kuittitulostin jumittaa, ja paperirulla loppuu kesken."));
    drafts.add(fi("globex", FEB, "Paperirulla on vaikea vaihtaa, kuittitulostin on ahdas."));
    drafts.add(fi("initech", MAR, "Kuittitulostin ei tunnista uutta rullaa."));
    drafts.add(fi("initech", MAR, "Paperirulla repeää, kun kuittitulostin vetää sitä."));
    try (HotStore store = Corpus.store(dir.resolve("store"), drafts)) {
      List<Theme> found = Themes.defaults().find(store, Query.all()).found();
      Theme printer = withTerm(found, "kuittitulostin").orElseThrow();
      // 3 of the 4 statements have both: Jaccard 0.75
      assertThat(printer.terms()).containsExactly("kuittitulostin", "paperirulla");
      assertThat(printer.name()).isEqualTo("kuittitulostin / paperirulla");
      assertThat(printer.statements()).isEqualTo(4);
      assertThat(found).filteredOn(t -> t.terms().contains("paperirulla")).hasSize(1);
    }
  }

  @Test
  void a_finnish_compound_joins_the_theme_of_its_last_part() {
    List<Statement.Draft> drafts = new ArrayList<>(Corpus.BACKGROUND);
    drafts.add(fi("acme", JAN, "Verkkolasku ei tullut perille."));
    drafts.add(fi("globex", FEB, "Verkkolaskut hylätään operaattorilla."));
    drafts.add(fi("initech", MAR, "Verkkolaskuja puuttuu edelliseltä viikolta."));
    drafts.add(fi("acme", MAR, "Lasku oli virheellinen."));
    drafts.add(fi("globex", APR, "Laskut ovat epäselviä."));
    drafts.add(fi("initech", APR, "Laskussa on virhe."));
    try (HotStore store = Corpus.store(dir.resolve("store"), drafts)) {
      List<Theme> found = Themes.defaults().find(store, Query.all()).found();
      Theme invoices = withTerm(found, "lasku").orElseThrow();
      // no statement has both words: only the compound rule joins them
      assertThat(invoices.terms()).containsExactly("lasku", "verkkolasku");
      assertThat(invoices.name()).isEqualTo("lasku / verkkolasku");
      assertThat(invoices.statements()).isEqualTo(6);
      assertThat(invoices.customers()).isEqualTo(3);
      assertThat(found).filteredOn(t -> t.terms().contains("verkkolasku")).hasSize(1);
    }
  }

  @Test
  void a_word_said_in_both_languages_is_one_theme() {
    List<Statement.Draft> drafts = new ArrayList<>(Corpus.BACKGROUND);
    drafts.add(fi("acme", JAN, "API palauttaa tyhjän vastauksen."));
    drafts.add(fi("acme", FEB, "Dokumentaatio puuttuu API-virhekoodeista."));
    drafts.add(fi("globex", MAR, "Tarvitsemme API-avaimen testiympäristöön."));
    drafts.add(en("initech", JAN, "The API times out under load."));
    drafts.add(en("initech", FEB, "Please version the API before breaking changes."));
    drafts.add(en("nordic", MAR, "Our API client cannot refresh tokens."));
    try (HotStore store = Corpus.store(dir.resolve("store"), drafts)) {
      List<Theme> found = Themes.defaults().find(store, Query.all()).found();
      assertThat(found).filteredOn(t -> t.terms().contains("api")).hasSize(1);
      Theme api = withTerm(found, "api").orElseThrow();
      assertThat(api.name()).isEqualTo("api");
      assertThat(api.statements()).isEqualTo(6);
      assertThat(api.customers()).isEqualTo(4);
    }
  }

  @Test
  void compounds_and_inflections_are_recognised_without_a_dictionary() {
    assertThat(Themes.compound("verkkolasku", "lasku")).isTrue();
    assertThat(Themes.compound("asiakaspalvelu", "palvelu")).isTrue();
    assertThat(Themes.compound("lasku", "lasku")).isFalse();
    assertThat(Themes.compound("palkka", "kka")).isFalse(); // too short a tail
    assertThat(Themes.compound("ilasku", "lasku")).isFalse(); // too short a head

    assertThat(Themes.inflection("lasku", "laskutus")).isTrue();
    assertThat(Themes.inflection("laskutuks", "lasku")).isTrue();
    assertThat(Themes.inflection("sovellus", "sovelluks")).isTrue();
    assertThat(Themes.inflection("palvelu", "palvelin")).isFalse();
    assertThat(Themes.inflection("tuki", "tukiasema")).isFalse();
  }

  @Test
  void filler_words_of_both_languages_are_never_themes() {
    try (HotStore store = Corpus.store(dir.resolve("store"), Corpus.all())) {
      // the background says "tarvitsemme" and "we need" four times each, from four customers
      List<Theme> found = Themes.defaults().limit(50).find(store, Query.all()).found();
      assertThat(found)
          .flatExtracting(Theme::terms)
          .isNotEmpty()
          .doesNotContain("tarvitsemme", "need", "we", "the", "pitäisi");
    }
    assertThat(Themes.fillerWords()).contains("tarvitsemme", "would", "ongelma", "please");
  }

  @Test
  void a_label_filter_finds_the_themes_of_those_statements_counted_among_them_only() {
    List<Statement.Draft> drafts = new ArrayList<>();
    for (Statement.Draft d : Corpus.BACKGROUND) {
      drafts.add(labelled(d, Label.NEED));
    }
    for (int i = 0; i < Corpus.INVOICES.size(); i++) {
      drafts.add(labelled(Corpus.INVOICES.get(i), i < 6 ? Label.PROBLEM : Label.NEED));
    }
    for (Statement.Draft d : Corpus.MOBILE_APP) {
      drafts.add(labelled(d, Label.NEED));
    }
    drafts.add(labelled(fi("acme", APR, "Raportti ei aukea."), Label.PROBLEM));
    try (HotStore store = Corpus.store(dir.resolve("store"), drafts)) {
      ThemeReport problems = Themes.defaults().find(store, Query.all().label(Label.PROBLEM));
      assertThat(problems.selected()).isEqualTo(7);
      assertThat(problems.contrasted()).isTrue();
      Theme invoices = withTerm(problems.found(), "lasku").orElseThrow();
      assertThat(invoices.statements()).isEqualTo(6);
      assertThat(invoices.customers()).isEqualTo(4);
      assertThat(invoices.labels()).containsExactly(new Count("problem", 6));
      assertThat(problems.found()).noneMatch(t -> t.terms().contains("mobile app"));

      ThemeReport needs = Themes.defaults().find(store, Query.all().label(Label.NEED));
      assertThat(withTerm(needs.found(), "mobile app").orElseThrow().statements()).isEqualTo(7);
      assertThat(needs.found()).noneMatch(t -> t.terms().contains("lasku"));
    }
  }

  @Test
  void contrast_is_the_log_likelihood_ratio_of_a_term_more_common_in_the_selection() {
    // a = 10 of n = 100 selected, c = 10 of m = 1000 others: 2·Σ O·ln(O/E) over the four cells
    assertThat(Themes.contrast(10, 100, 10, 1000)).isCloseTo(22.9078, within());
    assertThat(Themes.contrast(10, 100, 100, 1000)).isZero(); // the same share
    assertThat(Themes.contrast(1, 100, 500, 1000)).isZero(); // rarer in the selection
    assertThat(Themes.contrast(20, 100, 10, 1000))
        .isGreaterThan(Themes.contrast(10, 100, 10, 1000));
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-3);
  }

  @Test
  void minimum_statements_and_customers_drop_small_and_one_customer_themes() {
    List<Statement.Draft> drafts = new ArrayList<>(Corpus.all());
    drafts.add(en("solo", JAN, "The label printer jams every morning."));
    drafts.add(en("solo", FEB, "The label printer lost its power cord."));
    drafts.add(en("solo", MAR, "A label printer fell and broke."));
    try (HotStore store = Corpus.store(dir.resolve("store"), drafts)) {
      List<Theme> found = Themes.defaults().limit(50).find(store, Query.all()).found();
      assertThat(found).noneMatch(t -> t.terms().contains("label printer"));
      assertThat(found).allMatch(t -> t.customers() >= 2 && t.statements() >= 3);

      List<Theme> anyone =
          Themes.defaults().limit(50).minCustomers(1).find(store, Query.all()).found();
      assertThat(withTerm(anyone, "label printer").orElseThrow().statements()).isEqualTo(3);

      List<Theme> bigger =
          Themes.defaults().limit(50).minStatements(7).find(store, Query.all()).found();
      assertThat(bigger).isNotEmpty().allMatch(t -> t.statements() >= 7);
      assertThat(withTerm(bigger, "toimitus")).isEmpty();
    }
  }

  @Test
  void the_limit_caps_the_found_themes_strongest_first() {
    try (HotStore store = Corpus.store(dir.resolve("store"), Corpus.all())) {
      List<Theme> all = Themes.defaults().find(store, Query.all()).found();
      List<Theme> two = Themes.defaults().limit(2).find(store, Query.all()).found();
      assertThat(two).containsExactlyElementsOf(all.subList(0, 2));
      assertThat(all).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    }
  }

  @Test
  void pinned_themes_are_measured_by_their_query_beside_the_found_ones() {
    List<PinnedTheme> pinned =
        ThemeFile.parse(
                "themes.txt",
                "Laskutus = lasku* OR invoice*\n"
                    + "Sovellus = \"mobile app\" AND -offline\n"
                    + "Zeppeliinit = zeppelin\n")
            .themes();
    try (HotStore store = Corpus.store(dir.resolve("store"), Corpus.all())) {
      ThemeReport report = Themes.defaults().pinned(pinned).find(store, Query.all());
      assertThat(report.pinned())
          .extracting(Theme::name)
          .containsExactly("Laskutus", "Sovellus", "Zeppeliinit");
      assertThat(report.pinned()).allMatch(Theme::pinned);
      assertThat(report.found()).noneMatch(Theme::pinned);

      Theme invoices = report.pinned().get(0);
      assertThat(invoices.query()).isEqualTo("lasku* OR invoice*");
      assertThat(invoices.statements()).isEqualTo(8);
      assertThat(invoices.customers()).isEqualTo(5);
      assertThat(invoices.quotes()).hasSize(3);
      assertThat(invoices.score()).isZero();

      assertThat(report.pinned().get(1).statements()).isEqualTo(6);

      Theme none = report.pinned().get(2);
      assertThat(none.statements()).isZero();
      assertThat(none.firstSeen()).isEmpty();
      assertThat(none.months()).isEmpty();
      assertThat(none.quotes()).isEmpty();

      ThemeReport problems =
          Themes.defaults().pinned(pinned).find(store, Query.all().label(Label.PROBLEM));
      assertThat(problems.pinned().get(0).statements()).isZero();
    }
  }

  @Test
  void a_pinned_query_that_cannot_be_parsed_is_reported_at_its_line() {
    List<PinnedTheme> pinned =
        ThemeFile.parse("themes.txt", "# ours\nLaskutus = lasku*\nRikki = \"lasku\n").themes();
    try (HotStore store = Corpus.store(dir.resolve("store"), Corpus.all())) {
      Themes themes = Themes.defaults().pinned(pinned);
      assertThatThrownBy(() -> themes.find(store, Query.all()))
          .isInstanceOf(HotParseException.class)
          .hasMessageStartingWith("themes.txt:3: theme 'Rikki': cannot understand the query")
          .hasMessageContaining("quote");

      Themes api = Themes.defaults().pinned(List.of(PinnedTheme.of("Rikki", "(lasku")));
      assertThatThrownBy(() -> api.find(store, Query.all()))
          .isInstanceOf(HotQueryException.class)
          .hasMessageStartingWith("theme 'Rikki': cannot understand the query");
    }
  }

  @Test
  void found_theme_queries_find_exactly_the_statements_they_count() {
    try (HotStore store = Corpus.store(dir.resolve("store"), Corpus.all())) {
      for (Theme t : Themes.defaults().find(store, Query.all()).found()) {
        assertThat(store.search(Query.parse(t.query()), 100).total())
            .as(t.name())
            .isEqualTo(t.statements());
      }
    }
  }

  @Test
  void query_terms_are_escaped_and_phrases_quoted() {
    assertThat(Themes.queryTerm("lasku")).isEqualTo("lasku");
    assertThat(Themes.queryTerm("mobile app")).isEqualTo("\"mobile app\"");
    assertThat(Themes.queryTerm("c++")).isEqualTo("c\\+\\+");
    assertThat(Themes.everyMonth(List.of(new Count("2025-11", 2), new Count("2026-02", 1))))
        .containsExactly(
            new Count("2025-11", 2),
            new Count("2025-12", 0),
            new Count("2026-01", 0),
            new Count("2026-02", 1));
  }

  @Test
  void an_empty_store_has_no_themes_and_pinned_ones_count_nothing() {
    try (HotStore store = Corpus.store(dir.resolve("store"), List.of())) {
      ThemeReport report =
          Themes.defaults()
              .pinned(List.of(PinnedTheme.of("Laskutus", "lasku*")))
              .find(store, Query.all());
      assertThat(report.selected()).isZero();
      assertThat(report.found()).isEmpty();
      assertThat(report.pinned()).singleElement().extracting(Theme::statements).isEqualTo(0L);
    }
  }

  @Test
  void settings_are_checked() {
    assertThatThrownBy(() -> Themes.defaults().limit(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit");
    assertThatThrownBy(() -> Themes.defaults().minStatements(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minStatements");
    assertThatThrownBy(() -> Themes.defaults().minCustomers(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minCustomers");
    assertThat(Themes.defaults().limit(3).minStatements(4).minCustomers(1))
        .extracting(Themes::limit, Themes::minStatements, Themes::minCustomers)
        .containsExactly(3, 4, 1);
  }
}
