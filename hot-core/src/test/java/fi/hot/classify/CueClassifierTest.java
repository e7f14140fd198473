package fi.hot.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import fi.hot.model.Classification;
import fi.hot.model.Cue;
import fi.hot.model.Label;
import fi.hot.model.LabelScore;
import fi.hot.model.Language;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CueClassifierTest {
  private final Classifier classifier = Classifiers.cues();

  private Classification fi(String text) {
    return classifier.classify(text, Language.FI);
  }

  private Classification en(String text) {
    return classifier.classify(text, Language.EN);
  }

  private static List<String> cueIds(Classification c) {
    return c.cues().stream().map(Cue::id).toList();
  }

  @Test
  void a_denied_problem_is_none_in_finnish() {
    Classification c = fi("Meillä ei ole ollut mitään vikoja koko vuonna.");

    assertThat(c.primary()).isEqualTo(Label.NONE);
    assertThat(c.cues())
        .containsExactly(new Cue("fi.negation", Label.NONE, "ei ole ollut mitään vikoja"));
  }

  @Test
  void a_denied_problem_is_none_in_english() {
    Classification c = en("Not a single problem since we switched.");

    assertThat(c.primary()).isEqualTo(Label.NONE);
    assertThat(c.cues())
        .containsExactly(new Cue("en.negation", Label.NONE, "Not a single problem"));
  }

  @Test
  void never_having_had_to_wait_is_none_in_both_languages() {
    assertThat(fi("En ole koskaan joutunut jonottamaan teillä.").primary()).isEqualTo(Label.NONE);
    assertThat(en("I have never had to wait on your line.").primary()).isEqualTo(Label.NONE);
  }

  @Test
  void a_finnish_denial_may_follow_the_problem_word() {
    Classification c = fi("Virheitä ei ole löytynyt.");

    assertThat(c.primary()).isEqualTo(Label.NONE);
    assertThat(cueIds(c)).containsExactly("fi.none.ei-ongelmia");
  }

  @Test
  void no_issues_and_no_worries_are_none() {
    assertThat(en("We have had no issues at all this year.").primary()).isEqualTo(Label.NONE);
    assertThat(en("No worries, take your time.").primary()).isEqualTo(Label.NONE);
  }

  @Test
  void what_should_work_but_does_not_is_a_problem_in_finnish() {
    Classification c = fi("Tulostin ei toimi.");

    assertThat(c.primary()).isEqualTo(Label.PROBLEM);
    assertThat(c.cues()).containsExactly(new Cue("fi.problem.ei-toimi", Label.PROBLEM, "ei toimi"));
  }

  @Test
  void what_should_work_but_does_not_is_a_problem_in_english() {
    Classification c = en("The scanner doesn't work.");

    assertThat(c.primary()).isEqualTo(Label.PROBLEM);
    assertThat(c.cues())
        .containsExactly(new Cue("en.problem.not-work", Label.PROBLEM, "doesn't work"));
  }

  @Test
  void nobody_answering_is_a_problem_in_both_languages() {
    assertThat(fi("Kukaan ei vastannut sähköpostiini.").primary()).isEqualTo(Label.PROBLEM);
    assertThat(en("Nobody replied to my email.").primary()).isEqualTo(Label.PROBLEM);
  }

  @Test
  void never_with_a_verb_is_a_problem_in_both_languages() {
    assertThat(en("Our parcels never arrive on the promised day.").primary())
        .isEqualTo(Label.PROBLEM);
    assertThat(en("They charged me for a plan I never chose.").primary()).isEqualTo(Label.PROBLEM);
    assertThat(fi("Sain laskun palvelusta, jota en ole koskaan käyttänyt.").primary())
        .isEqualTo(Label.PROBLEM);
  }

  @Test
  void a_problem_that_was_solved_is_none_unless_the_solving_is_denied() {
    assertThat(fi("Tukihenkilönne ratkaisi ongelmani nopeasti.").primary()).isEqualTo(Label.NONE);
    assertThat(en("Your agent solved my issue within minutes.").primary()).isEqualTo(Label.NONE);
    assertThat(fi("Vikaa ei ole vieläkään korjattu.").primary()).isEqualTo(Label.PROBLEM);
    assertThat(en("The issue is still not fixed.").primary()).isEqualTo(Label.PROBLEM);
  }

  @Test
  void not_noticing_problems_denies_them_but_not_fixing_them_does_not() {
    assertThat(fi("En ole huomannut mitään virheitä.").primary()).isEqualTo(Label.NONE);
    assertThat(en("I haven't seen any errors since Monday.").primary()).isEqualTo(Label.NONE);
    assertThat(fi("Asentaja ei korjannut vikaa.").primary()).isEqualTo(Label.PROBLEM);
    assertThat(en("The update didn't fix the crashes.").primary()).isEqualTo(Label.PROBLEM);
  }

  @Test
  void having_to_redo_something_is_a_problem_not_a_need() {
    assertThat(fi("Reititin pitää käynnistää uudelleen joka aamu.").primary())
        .isEqualTo(Label.PROBLEM);
    assertThat(en("I have to restart the router again every morning.").primary())
        .isEqualTo(Label.PROBLEM);
    assertThat(fi("Meille pitäisi saada kolme uutta käyttäjätunnusta.").primary())
        .isEqualTo(Label.NEED);
    assertThat(en("We must always get the invoice by the fifth.").primary()).isEqualTo(Label.NEED);
  }

  @Test
  void a_partitive_noun_is_not_taken_for_a_finnish_imperative() {
    assertThat(fi("Lääkäriaikaa ei saa varattua verkosta.").primary()).isEqualTo(Label.PROBLEM);
    assertThat(fi("Kertokaa hinta etukäteen.").primary()).isEqualTo(Label.NEED);
  }

  @Test
  void a_negation_ends_with_its_clause() {
    Classification c = en("No errors yesterday, but today the sync crashed.");

    assertThat(c.primary()).isEqualTo(Label.PROBLEM);
    assertThat(cueIds(c)).contains("en.negation", "en.problem.crash");
  }

  @Test
  void a_conditional_request_is_a_need_not_a_dream() {
    assertThat(fi("Haluaisin siirtää eräpäivää viikolla.").primary()).isEqualTo(Label.NEED);
    assertThat(en("I'd like to move my due date to the fifth.").primary()).isEqualTo(Label.NEED);
  }

  @Test
  void a_wished_better_world_is_a_dream() {
    assertThat(fi("Olisi mahtavaa, jos raportit tekisivät itse itsensä.").primary())
        .isEqualTo(Label.DREAM);
    assertThat(en("It would be wonderful if reports wrote themselves.").primary())
        .isEqualTo(Label.DREAM);
  }

  @Test
  void wish_words_make_dreams_in_both_languages() {
    assertThat(fi("Kunpa kaikki toimittajat olisivat näin joustavia.").primary())
        .isEqualTo(Label.DREAM);
    assertThat(en("If only every supplier were this flexible.").primary()).isEqualTo(Label.DREAM);
    assertThat(fi("Haaveilemme omasta leipomosta Porvoossa.").primary()).isEqualTo(Label.DREAM);
    assertThat(en("Someday we want a bakery of our own in Porvoo.").primary())
        .isEqualTo(Label.DREAM);
  }

  @Test
  void a_plain_feature_request_stays_a_need_even_when_it_sounds_nice() {
    assertThat(en("It would be nice to have keyboard shortcuts.").primary()).isEqualTo(Label.NEED);
    assertThat(fi("Olisi kätevää, jos laskut voisi suodattaa päivämäärän mukaan.").primary())
        .isEqualTo(Label.NEED);
  }

  @Test
  void how_to_be_served_is_a_need() {
    assertThat(fi("Haluaisin, että puhelimeen vastataan nimellä.").primary()).isEqualTo(Label.NEED);
    assertThat(en("I want your agents to say their names when they answer.").primary())
        .isEqualTo(Label.NEED);
  }

  @Test
  void a_negation_inside_a_request_belongs_to_the_request() {
    Classification en = en("Please don't call me before ten.");
    Classification fi = fi("Haluan, että ette soita ennen kymmentä.");

    assertThat(en.primary()).isEqualTo(Label.NEED);
    assertThat(en.has(Label.PROBLEM)).isFalse();
    assertThat(fi.primary()).isEqualTo(Label.NEED);
    assertThat(fi.has(Label.PROBLEM)).isFalse();
  }

  @Test
  void contact_preferences_are_needs() {
    assertThat(fi("Älkää soittako minulle ennen kymmentä.").primary()).isEqualTo(Label.NEED);
    assertThat(en("Contact me by text message, not by phone.").primary()).isEqualTo(Label.NEED);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Please add an option to hide archived projects.",
        "Allow admins to reset passwords for their team.",
        "Could the receipts show our VAT number?",
        "Support for several currencies would be helpful.",
      })
  void suggestions_in_the_style_of_a_feature_forum_are_needs(String text) {
    assertThat(en(text).primary()).isEqualTo(Label.NEED);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Lisätkää mahdollisuus piilottaa arkistoidut projektit.",
        "Voisitteko lähettää kuitit jatkossa sähköpostiin?",
        "Meidän on saatava tunnukset käyttöön ennen maanantaita.",
        "Pyydän, että perutte tilaukseni.",
      })
  void finnish_requests_in_many_forms_are_needs(String text) {
    assertThat(fi(text).primary()).isEqualTo(Label.NEED);
  }

  @Test
  void thanks_are_none_with_their_cue() {
    Classification fi = fi("Kiitos paljon avusta!");
    Classification en = en("Thanks a lot for your help!");

    assertThat(fi.primary()).isEqualTo(Label.NONE);
    assertThat(fi.cues()).containsExactly(new Cue("fi.none.kiitos", Label.NONE, "Kiitos"));
    assertThat(en.primary()).isEqualTo(Label.NONE);
    assertThat(en.cues()).containsExactly(new Cue("en.none.thanks", Label.NONE, "Thanks"));
  }

  @Test
  void neutral_facts_carry_no_label_and_no_cue() {
    assertThat(fi("Meillä on neljä myymälää Turussa.")).isEqualTo(Classification.NONE);
    assertThat(en("We run four stores in Turku.")).isEqualTo(Classification.NONE);
    assertThat(fi("Olemme käyttäneet kassajärjestelmäänne vuodesta 2019.").primary())
        .isEqualTo(Label.NONE);
    assertThat(en("We have used your till system since 2019.").primary()).isEqualTo(Label.NONE);
  }

  @Test
  void facts_with_a_negation_in_them_stay_none() {
    assertThat(en("We don't use the mobile app.").primary()).isEqualTo(Label.NONE);
    assertThat(en("We don't need anything else right now.").primary()).isEqualTo(Label.NONE);
    assertThat(fi("Emme tarvitse tällä hetkellä muuta.").primary()).isEqualTo(Label.NONE);
    assertThat(fi("Kyllä, se pitää paikkansa.").primary()).isEqualTo(Label.NONE);
    assertThat(fi("Välitän tämän IT-osastollemme.").primary()).isEqualTo(Label.NONE);
  }

  @Test
  void courtesy_phrases_are_not_requests() {
    assertThat(en("Please find the signed contract attached.").primary()).isEqualTo(Label.NONE);
    assertThat(en("Let me know if you need anything else.").primary()).isEqualTo(Label.NONE);
    assertThat(fi("Kertokaa, jos tarvitsette vielä jotain.").primary()).isEqualTo(Label.NONE);
    assertThat(fi("Voitte soittaa minulle milloin vain.").primary()).isEqualTo(Label.NONE);
    assertThat(fi("Voitteko soittaa minulle huomenna?").primary()).isEqualTo(Label.NEED);
  }

  @Test
  void praise_is_none() {
    assertThat(fi("Asiakaspalvelijanne oli tosi avulias.").primary()).isEqualTo(Label.NONE);
    assertThat(en("Your support agent was really patient with me.").primary())
        .isEqualTo(Label.NONE);
  }

  @Test
  void a_problem_and_a_need_carry_both_with_the_first_as_primary() {
    Classification en = en("The invoice export is broken and we need a fix this week.");
    Classification fi = fi("Laskujen vienti on rikki, ja tarvitsemme korjauksen tällä viikolla.");

    for (Classification c : List.of(en, fi)) {
      assertThat(c.primary()).isEqualTo(Label.PROBLEM);
      assertThat(c.labels())
          .extracting(LabelScore::label)
          .containsExactly(Label.PROBLEM, Label.NEED);
    }
  }

  @Test
  void a_need_that_comes_first_stays_primary_with_its_reason_a_problem() {
    Classification en = en("We need a second printer because the current one keeps jamming.");
    Classification fi = fi("Tarvitsemme toisen tulostimen, koska nykyinen jumittaa jatkuvasti.");

    for (Classification c : List.of(en, fi)) {
      assertThat(c.primary()).isEqualTo(Label.NEED);
      assertThat(c.has(Label.PROBLEM)).isTrue();
    }
  }

  @Test
  void a_secondary_label_is_never_more_certain_than_the_primary() {
    Classification c = en("We need a second printer because the current one keeps jamming.");

    double primary = c.confidence(c.primary()).orElseThrow();
    assertThat(c.labels()).allSatisfy(s -> assertThat(s.confidence()).isLessThanOrEqualTo(primary));
    assertThat(c.labels().get(0).label()).isEqualTo(c.primary());
  }

  @Test
  void cues_quote_the_words_as_written() {
    assertThat(fi("Sovellus EI TOIMI enää").cues())
        .containsExactly(new Cue("fi.problem.ei-toimi", Label.PROBLEM, "EI TOIMI"));
    assertThat(en("The app doesn’t work").cues())
        .containsExactly(new Cue("en.problem.not-work", Label.PROBLEM, "doesn’t work"));
  }

  @Test
  void finnish_typed_without_its_letters_still_matches() {
    Classification c = fi("Laskussa on vaara summa");

    assertThat(c.primary()).isEqualTo(Label.PROBLEM);
    assertThat(c.cues()).containsExactly(new Cue("fi.problem.vaara", Label.PROBLEM, "vaara"));
  }

  @Test
  void confidence_grows_with_evidence_and_stays_in_range() {
    double one = en("The app is slow.").confidence(Label.PROBLEM).orElseThrow();
    double two = en("The app is slow and crashes.").confidence(Label.PROBLEM).orElseThrow();

    assertThat(one).isBetween(0.5, 1.0).isLessThan(1.0);
    assertThat(two).isGreaterThan(one).isLessThanOrEqualTo(1.0);
  }

  @Test
  void a_lone_weak_cue_carries_no_label() {
    assertThat(en("I will try again on Monday.").primary()).isEqualTo(Label.NONE);
    assertThat(fi("Soitan teille maanantaina uudestaan.").primary()).isEqualTo(Label.NONE);
  }

  @Test
  void other_language_tries_both_lexicons() {
    assertThat(classifier.classify("Tulostin ei toimi", Language.OTHER).primary())
        .isEqualTo(Label.PROBLEM);
    assertThat(classifier.classify("Please add dark mode", Language.OTHER).primary())
        .isEqualTo(Label.NEED);
    assertThat(classifier.classify("Tack så mycket", Language.OTHER))
        .isEqualTo(Classification.NONE);
  }

  @Test
  void blank_text_is_none_and_nulls_are_caller_bugs() {
    assertThat(fi("   ")).isEqualTo(Classification.NONE);
    assertThatNullPointerException().isThrownBy(() -> classifier.classify(null, Language.FI));
    assertThatNullPointerException().isThrownBy(() -> classifier.classify("x", null));
  }

  @Test
  void lexicons_must_match_their_slots() {
    Lexicon fi = Lexicon.standard(Language.FI);
    Lexicon en = Lexicon.standard(Language.EN);

    assertThatIllegalArgumentException().isThrownBy(() -> new CueClassifier(en, fi));
  }

  @Test
  void the_standard_classifier_is_shared_and_answers_the_same_from_many_threads() {
    assertThat(Classifiers.cues()).isSameAs(classifier);
    List<String> texts =
        List.of("Tulostin ei toimi", "Please add dark mode", "Kiitos!", "We dream of a shop");
    List<Classification> expected = texts.stream().map(t -> en(t)).toList();

    List<List<Classification>> answers =
        IntStream.range(0, 64)
            .parallel()
            .mapToObj(i -> texts.stream().map(t -> en(t)).toList())
            .toList();

    assertThat(answers).allSatisfy(a -> assertThat(a).isEqualTo(expected));
  }
}
