package fi.hot.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.hot.model.Classification;
import fi.hot.model.Cue;
import fi.hot.model.Emotion;
import fi.hot.model.Feeling;
import fi.hot.model.FeelingCue;
import fi.hot.model.Label;
import fi.hot.model.LabelScore;
import fi.hot.model.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The feeling reader on real Finnish and English sentences, rule by rule. */
class FeelingReaderTest {
  private static final FeelingReader READER = FeelingReader.standard();

  private static Feeling fi(String text) {
    return READER.read(text, Language.FI);
  }

  private static Feeling en(String text) {
    return READER.read(text, Language.EN);
  }

  /** Labels as the cue layer gives them: the label with a cue on its words. */
  private static Classification labels(Label label, String words) {
    return new Classification(
        label,
        List.of(new LabelScore(label, 0.9)),
        List.of(new Cue("xx." + label.code(), label, words)));
  }

  private static List<String> ids(Feeling f) {
    return f.cues().stream().map(FeelingCue::id).toList();
  }

  @Test
  void words_of_frustration_worry_hurry_and_pleasure_name_their_emotion() {
    assertThat(fi("Ärsyttää, että lasku on väärin.").emotion()).isEqualTo(Emotion.FRUSTRATED);
    assertThat(en("It is annoying that the invoice is wrong.").emotion())
        .isEqualTo(Emotion.FRUSTRATED);
    assertThat(fi("Pelkään, että varmuuskopiot eivät palaudu.").emotion())
        .isEqualTo(Emotion.WORRIED);
    assertThat(en("What if the backups do not restore?").emotion()).isEqualTo(Emotion.WORRIED);
    assertThat(fi("Tarvitsemme korjauksen heti.").emotion()).isEqualTo(Emotion.HURRIED);
    assertThat(en("We need this fixed asap.").emotion()).isEqualTo(Emotion.HURRIED);
    assertThat(fi("Palvelu oli loistavaa.").emotion()).isEqualTo(Emotion.PLEASED);
    assertThat(en("The service was excellent.").emotion()).isEqualTo(Emotion.PLEASED);
  }

  @Test
  void a_plain_fact_is_neutral_with_no_cues() {
    for (Feeling f : List.of(fi("Meillä on kolme toimipistettä."), en("We have three offices."))) {
      assertThat(f).isEqualTo(Feeling.NEUTRAL);
    }
  }

  @Test
  void polarity_follows_the_emotion_and_hurry_weighs_less_than_frustration() {
    assertThat(fi("Ärsyttää, että lasku on väärin.").polarity()).isNegative();
    assertThat(fi("Palvelu oli loistavaa.").polarity()).isPositive();
    assertThat(en("We need this fixed asap.").polarity())
        .isNegative()
        .isGreaterThan(en("It is annoying that the invoice is wrong.").polarity());
  }

  @Test
  void a_negated_frustration_is_not_frustration_but_mild_relief() {
    Feeling f = fi("Ei ole yhtään hankalaa.");
    assertThat(f.emotion()).isEqualTo(Emotion.NEUTRAL);
    assertThat(f.polarity()).isPositive().isLessThan(0.5);
    assertThat(f.cues()).contains(new FeelingCue("fi.negation", "Ei ole yhtään hankalaa"));

    Feeling e = en("This is not annoying at all.");
    assertThat(e.emotion()).isEqualTo(Emotion.NEUTRAL);
    assertThat(e.polarity()).isPositive().isLessThan(0.5);
    assertThat(ids(e)).contains("en.negation");

    assertThat(fi("Ei ole kiire.").emotion()).isEqualTo(Emotion.NEUTRAL);
    assertThat(en("No rush.").emotion()).isEqualTo(Emotion.NEUTRAL);
    assertThat(en("No worries.").polarity()).isPositive();
  }

  @Test
  void a_negated_pleasure_is_frustration() {
    Feeling f = fi("En ole tyytyväinen palveluun.");
    assertThat(f.emotion()).isEqualTo(Emotion.FRUSTRATED);
    assertThat(f.polarity()).isNegative();
    Feeling e = en("I am not happy with the service.");
    assertThat(e.emotion()).isEqualTo(Emotion.FRUSTRATED);
    assertThat(e.polarity()).isNegative();
  }

  @Test
  void a_negation_in_another_clause_or_too_far_away_turns_nothing() {
    assertThat(fi("Se ei ollut minun vikani, mutta ärsyttää.").emotion())
        .isEqualTo(Emotion.FRUSTRATED);
    assertThat(en("It was not my fault, but it is annoying.").emotion())
        .isEqualTo(Emotion.FRUSTRATED);
  }

  @Test
  void a_cue_that_holds_its_negation_is_not_turned_by_it() {
    assertThat(fi("En kestä tätä enää.").emotion()).isEqualTo(Emotion.FRUSTRATED);
    assertThat(en("I can't wait to try the new version.").emotion()).isEqualTo(Emotion.PLEASED);
    assertThat(en("We cannot wait any longer.").emotion()).isEqualTo(Emotion.HURRIED);
  }

  @Test
  void an_intensifier_before_or_after_a_cue_strengthens_it() {
    assertThat(fi("Tämä on todella ärsyttävää.").polarity())
        .isLessThan(fi("Tämä on ärsyttävää.").polarity());
    assertThat(fi("Ärsyttää suunnattomasti.").polarity()).isLessThan(fi("Ärsyttää.").polarity());
    assertThat(en("This is really annoying.").polarity())
        .isLessThan(en("This is annoying.").polarity());
    assertThat(ids(en("This is extremely annoying."))).contains("en.intensifier");
  }

  @Test
  void capitals_and_an_exclamation_mark_strengthen_the_cues_of_their_sentence() {
    assertThat(fi("Tarvitsemme tämän HETI.").polarity())
        .isLessThan(fi("Tarvitsemme tämän heti.").polarity());
    assertThat(en("We need this ASAP.").polarity()).isLessThan(en("We need this asap.").polarity());
    assertThat(fi("Palvelu oli loistavaa!").polarity())
        .isGreaterThan(fi("Palvelu oli loistavaa.").polarity());
    assertThat(en("The service was excellent!").cues())
        .contains(new FeelingCue("en.exclamation", "!"));
    // an acronym of two letters is no shouting
    assertThat(isCaps("EU")).isFalse();
    assertThat(isCaps("HETI")).isTrue();
    assertThat(isCaps("Heti")).isFalse();
  }

  private static boolean isCaps(String word) {
    return FeelingReader.isCaps(word);
  }

  @Test
  void a_diminisher_softens_the_polarity_but_keeps_the_emotion() {
    Feeling bit = fi("Olen vähän huolissani.");
    assertThat(bit.emotion()).isEqualTo(Emotion.WORRIED);
    assertThat(bit.polarity()).isNegative().isGreaterThan(fi("Olen huolissani.").polarity());
    Feeling little = en("I am a bit worried.");
    assertThat(little.emotion()).isEqualTo(Emotion.WORRIED);
    assertThat(little.polarity()).isNegative().isGreaterThan(en("I am worried.").polarity());
  }

  @Test
  void repetition_is_frustration_in_a_problem_and_nothing_elsewhere() {
    Classification problem = labels(Label.PROBLEM, "jumitti");
    Feeling again = READER.read("Maksupääte jumitti taas.", Language.FI, problem);
    assertThat(again.emotion()).isEqualTo(Emotion.FRUSTRATED);
    assertThat(again.cues())
        .contains(
            new FeelingCue("fi.frustrated.taas", "taas"),
            new FeelingCue("fi.label.problem", "jumitti"));
    assertThat(READER.read("Tilaamme taas ensi kuussa.", Language.FI, Classification.NONE))
        .isEqualTo(Feeling.NEUTRAL);

    Feeling crashed =
        READER.read("The app crashed again.", Language.EN, labels(Label.PROBLEM, "crashed"));
    assertThat(crashed.emotion()).isEqualTo(Emotion.FRUSTRATED);
    assertThat(READER.read("We will order again next month.", Language.EN, Classification.NONE))
        .isEqualTo(Feeling.NEUTRAL);
  }

  @Test
  void a_negated_repetition_is_still_a_repetition() {
    Feeling f = READER.read("Ei toimi taaskaan.", Language.FI, labels(Label.PROBLEM, "Ei toimi"));
    assertThat(f.emotion()).isEqualTo(Emotion.FRUSTRATED);
    assertThat(f.polarity()).isNegative();
  }

  @Test
  void counting_the_times_is_frustration() {
    assertThat(fi("Tämä on jo kolmas kerta.").emotion()).isEqualTo(Emotion.FRUSTRATED);
    assertThat(en("This is the third time.").emotion()).isEqualTo(Emotion.FRUSTRATED);
  }

  @Test
  void a_problem_leans_negative_and_an_exclaimed_problem_is_frustration() {
    Classification problem = labels(Label.PROBLEM, "ei toimi");
    Feeling plain = READER.read("Laskutus ei toimi.", Language.FI, problem);
    assertThat(plain.emotion()).isEqualTo(Emotion.NEUTRAL);
    assertThat(plain.polarity()).isEqualTo(-FeelingReader.PROBLEM_WEIGHT);
    Feeling exclaimed = READER.read("Laskutus ei toimi!", Language.FI, problem);
    assertThat(exclaimed.emotion()).isEqualTo(Emotion.FRUSTRATED);
    assertThat(exclaimed.cues()).contains(new FeelingCue("fi.exclamation", "!"));
    assertThat(READER.read("Hei!", Language.FI, Classification.NONE)).isEqualTo(Feeling.NEUTRAL);
  }

  @Test
  void a_label_read_from_word_parts_alone_does_not_move_the_feeling() {
    Classification modelOnly =
        new Classification(
            Label.PROBLEM,
            List.of(new LabelScore(Label.PROBLEM, 0.6)),
            List.of(new Cue("model:fi:c:^la", Label.PROBLEM, "^la")));
    assertThat(READER.read("Lasku maksettiin eilen.", Language.FI, modelOnly))
        .isEqualTo(Feeling.NEUTRAL);
    // a person's label has no features at all, and counts
    Classification person =
        new Classification(Label.PROBLEM, List.of(new LabelScore(Label.PROBLEM, 1)), List.of());
    assertThat(READER.read("Lasku maksettiin eilen.", Language.FI, person).polarity())
        .isEqualTo(-FeelingReader.PROBLEM_WEIGHT);
  }

  @Test
  void a_date_is_urgency_only_in_a_request() {
    Classification need = labels(Label.NEED, "lähettäkää");
    assertThat(READER.read("Lähettäkää lasku tänään.", Language.FI, need).emotion())
        .isEqualTo(Emotion.HURRIED);
    assertThat(READER.read("Kävin tänään kaupassa.", Language.FI, Classification.NONE))
        .isEqualTo(Feeling.NEUTRAL);
    assertThat(
            READER
                .read("Please send it today.", Language.EN, labels(Label.NEED, "please send"))
                .emotion())
        .isEqualTo(Emotion.HURRIED);
    assertThat(READER.read("I visited the shop today.", Language.EN, Classification.NONE))
        .isEqualTo(Feeling.NEUTRAL);
  }

  @Test
  void the_thanks_of_a_request_is_politeness_and_other_thanks_pleasure() {
    Classification need = labels(Label.NEED, "lähettäkää");
    assertThat(READER.read("Lähettäkää lasku, kiitos.", Language.FI, need))
        .isEqualTo(Feeling.NEUTRAL);
    assertThat(READER.read("Kiitos avusta.", Language.FI, Classification.NONE).emotion())
        .isEqualTo(Emotion.PLEASED);
    assertThat(
            READER.read(
                "Please send the invoice, thanks.", Language.EN, labels(Label.NEED, "send")))
        .isEqualTo(Feeling.NEUTRAL);
    assertThat(READER.read("Thanks for the help.", Language.EN, Classification.NONE).emotion())
        .isEqualTo(Emotion.PLEASED);
  }

  @Test
  void fixed_expressions_say_nothing_of_their_words_alone() {
    assertThat(fi("Kiitos etukäteen.")).isEqualTo(Feeling.NEUTRAL);
    assertThat(en("Thanks in advance.")).isEqualTo(Feeling.NEUTRAL);
    assertThat(fi("Ilmoitan heti kun tiedän.")).isEqualTo(Feeling.NEUTRAL);
    assertThat(en("We will tell you as soon as we know.")).isEqualTo(Feeling.NEUTRAL);
    assertThat(fi("Olisi kiva, jos raportti tulisi sähköpostiin.")).isEqualTo(Feeling.NEUTRAL);
    assertThat(en("It would be great if the report came by email.")).isEqualTo(Feeling.NEUTRAL);
    // the idiom of urgency is longer than the phrase inside it
    assertThat(en("Please reply as soon as possible.").emotion()).isEqualTo(Emotion.HURRIED);
  }

  @Test
  void what_comes_after_but_outweighs_what_comes_before() {
    Classification problem = labels(Label.PROBLEM, "väärin");
    Feeling f =
        READER.read(
            "Kiitos nopeasta avusta, mutta lasku on edelleen väärin.", Language.FI, problem);
    assertThat(f.emotion()).isEqualTo(Emotion.FRUSTRATED);
    assertThat(f.polarity()).isNegative();
    assertThat(ids(f)).contains("fi.contrast");
    Feeling e =
        READER.read(
            "Thanks for the quick reply, but the invoice is still wrong.",
            Language.EN,
            labels(Label.PROBLEM, "wrong"));
    assertThat(e.emotion()).isEqualTo(Emotion.FRUSTRATED);
    assertThat(e.polarity()).isNegative();
  }

  @Test
  void polarity_stays_within_minus_one_and_one_however_much_is_piled_up() {
    Feeling worst = fi("TODELLA TODELLA ärsyttävää, kamalaa, surkeaa, taas!!! Olen raivoissani!");
    assertThat(worst.emotion()).isEqualTo(Emotion.FRUSTRATED);
    assertThat(worst.polarity()).isBetween(-1.0, -0.9);
    Feeling best = en("Absolutely amazing, wonderful, perfect service, thank you SO much!!!");
    assertThat(best.emotion()).isEqualTo(Emotion.PLEASED);
    assertThat(best.polarity()).isBetween(0.9, 1.0);
  }

  @Test
  void mixed_feelings_name_the_stronger_and_balance_the_polarity() {
    Feeling mixed = en("I love the new design, but I am worried about the price.");
    assertThat(mixed.emotion()).isEqualTo(Emotion.WORRIED);
    assertThat(mixed.polarity()).isBetween(-0.6, 0.2);
    Feeling fiMixed = fi("Uusi ulkoasu on ihana, mutta hinta huolestuttaa.");
    assertThat(fiMixed.emotion()).isEqualTo(Emotion.WORRIED);
    assertThat(fiMixed.polarity()).isBetween(-0.6, 0.2);
  }

  @Test
  void finnish_words_are_read_in_any_inflection_and_without_diacritics() {
    assertThat(fi("Olen pettynyt.").emotion()).isEqualTo(Emotion.FRUSTRATED);
    assertThat(fi("Pettymys oli suuri.").emotion()).isEqualTo(Emotion.FRUSTRATED);
    assertThat(fi("Arsyttaa ihan hirveasti").emotion()).isEqualTo(Emotion.FRUSTRATED);
    assertThat(fi("pelkaan etta tiedot katoaa").emotion()).isEqualTo(Emotion.WORRIED);
  }

  @Test
  void another_language_is_read_with_whichever_lexicon_finds_more() {
    assertThat(READER.read("Thanks, the new report is excellent!", Language.OTHER).emotion())
        .isEqualTo(Emotion.PLEASED);
    assertThat(READER.read("Ärsyttää todella!", Language.OTHER).emotion())
        .isEqualTo(Emotion.FRUSTRATED);
  }

  @Test
  void the_same_words_always_read_the_same() {
    String text = "Ärsyttää todella, että lasku on taas väärin!";
    assertThat(fi(text)).isEqualTo(fi(text));
    assertThat(fi(text).cues().get(0))
        .isEqualTo(new FeelingCue("fi.frustrated.arsyttaa", "Ärsyttää"));
  }

  @Test
  void lexicons_must_be_for_their_language_and_arguments_are_checked() {
    FeelingLexicon fiLexicon = FeelingLexicon.standard(Language.FI);
    FeelingLexicon enLexicon = FeelingLexicon.standard(Language.EN);
    assertThatThrownBy(() -> new FeelingReader(enLexicon, enLexicon))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("finnish");
    assertThatThrownBy(() -> new FeelingReader(fiLexicon, fiLexicon))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("english");
    assertThatThrownBy(() -> READER.read(null, Language.FI))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> READER.read("x", Language.FI, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("labels");
  }
}
