package fi.hot.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.hot.HotParseException;
import fi.hot.model.Classification;
import fi.hot.model.Cue;
import fi.hot.model.Label;
import fi.hot.model.Language;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class LexiconTest {

  /** A classifier whose Finnish lexicon is the given lines; the English one is empty. */
  private static Classifier finnish(String lines) {
    return new CueClassifier(
        Lexicon.parse("test-fi.cues", Language.FI, new StringReader(lines)),
        Lexicon.parse("test-en.cues", Language.EN, new StringReader("")));
  }

  private static Classifier english(String lines) {
    return new CueClassifier(
        Lexicon.parse("test-fi.cues", Language.FI, new StringReader("")),
        Lexicon.parse("test-en.cues", Language.EN, new StringReader(lines)));
  }

  @Test
  void the_standard_lexicons_load() {
    assertThat(Lexicon.standard(Language.FI).size()).isGreaterThan(100);
    assertThat(Lexicon.standard(Language.EN).size()).isGreaterThan(100);
    assertThat(Lexicon.standard(Language.FI).language()).isEqualTo(Language.FI);
    assertThatIllegalArgumentException().isThrownBy(() -> Lexicon.standard(Language.OTHER));
  }

  @Test
  void a_bad_line_is_reported_with_its_file_and_line() {
    String lines =
        """
        # a comment
        problem.ok   PROBLEM 0.8 - kaatuu

        problem.bad  WHINE   0.8 - kaatuu
        """;

    assertThatThrownBy(() -> Lexicon.parse("my.cues", Language.FI, new StringReader(lines)))
        .isInstanceOf(HotParseException.class)
        .hasMessage("my.cues:4: unknown kind 'WHINE'");
  }

  @Test
  void bad_weights_flags_and_patterns_are_named() {
    assertThatThrownBy(() -> parse("p PROBLEM 1.5 - x"))
        .hasMessage("t.cues:1: weight 1.5 is not in [0, 1]");
    assertThatThrownBy(() -> parse("p PROBLEM 0.5 loud x"))
        .hasMessage("t.cues:1: unknown flag 'loud'");
    assertThatThrownBy(() -> parse("p PROBLEM 0.5 - .. x"))
        .hasMessage("t.cues:1: a gap must stand between two words");
    assertThatThrownBy(() -> parse("p PROBLEM 0.5 -"))
        .hasMessage("t.cues:1: expected: id kind weight flags pattern");
    assertThatThrownBy(() -> parse("Bad! PROBLEM 0.5 - x")).hasMessage("t.cues:1: bad id 'Bad!'");
    assertThatThrownBy(() -> parse("p PROBLEM 0.5 - x $ y"))
        .hasMessage("t.cues:1: '$' must close the pattern");
  }

  private static Lexicon parse(String line) {
    return Lexicon.parse("t.cues", Language.FI, new StringReader(line));
  }

  @Test
  void prefixes_endings_compound_parts_and_stems_match() {
    Classifier c =
        english(
            """
            problem.pre    PROBLEM 0.9 - crash*
            problem.end    PROBLEM 0.9 - *proof
            problem.part   PROBLEM 0.9 - *leak*
            problem.stem   PROBLEM 0.9 - ~freeze
            """);

    assertThat(c.classify("It crashed", Language.EN).cues())
        .extracting(Cue::id)
        .containsExactly("en.problem.pre");
    assertThat(c.classify("Not waterproof", Language.EN).cues())
        .extracting(Cue::id)
        .containsExactly("en.problem.end");
    assertThat(c.classify("A dataleakage again", Language.EN).cues())
        .extracting(Cue::id)
        .containsExactly("en.problem.part");
    assertThat(c.classify("The screen freezes", Language.EN).cues())
        .extracting(Cue::id)
        .containsExactly("en.problem.stem");
    assertThat(c.classify("The screen froze", Language.EN).primary()).isEqualTo(Label.NONE);
  }

  @Test
  void gaps_optional_words_and_clause_anchors_match_as_written() {
    Classifier c =
        finnish(
            """
            dream.gap     DREAM 0.9 - jos .. olisi
            need.opt      NEED  0.9 - olisi _? kätevää
            need.first    NEED  0.9 - ^ lisätkää
            """);

    assertThat(c.classify("Jos kaikki vain olisi helppoa", Language.FI).primary())
        .isEqualTo(Label.DREAM);
    assertThat(c.classify("Jos se ei nyt aivan ihan olisi", Language.FI).primary())
        .isEqualTo(Label.NONE);
    assertThat(c.classify("Olisi kätevää", Language.FI).primary()).isEqualTo(Label.NEED);
    assertThat(c.classify("Olisi tosi kätevää", Language.FI).primary()).isEqualTo(Label.NEED);
    assertThat(c.classify("Lisätkää haku", Language.FI).primary()).isEqualTo(Label.NEED);
    assertThat(c.classify("Voisitte lisätkää haku", Language.FI).primary()).isEqualTo(Label.NONE);
  }

  @Test
  void clause_ends_and_exclusions_narrow_a_match() {
    Classifier c =
        finnish(
            """
            none.denied   NONE  0.5 -    ongelmia ei ole $
            need.imp      NEED  0.7 -    ^ *kaa|!vikaa
            """);

    assertThat(c.classify("Ongelmia ei ole", Language.FI).cues())
        .extracting(Cue::id)
        .containsExactly("fi.none.denied");
    assertThat(c.classify("Ongelmia ei ole enää", Language.FI)).isEqualTo(Classification.NONE);
    assertThat(c.classify("Kertokaa hinta", Language.FI).primary()).isEqualTo(Label.NEED);
    assertThat(c.classify("Vikaa etsitään", Language.FI)).isEqualTo(Classification.NONE);
  }

  @Test
  void an_unfolded_word_keeps_apart_what_folding_would_merge() {
    Classifier c =
        finnish(
            """
            problem.valitus PROBLEM 0.8 - =valitan|=valitta*
            """);

    assertThat(c.classify("Valitan laskusta", Language.FI).primary()).isEqualTo(Label.PROBLEM);
    assertThat(c.classify("Valittaminen ei auta", Language.FI).primary()).isEqualTo(Label.PROBLEM);
    assertThat(c.classify("Välitän viestin eteenpäin", Language.FI)).isEqualTo(Classification.NONE);
  }

  @Test
  void a_fixed_phrase_voids_the_cues_and_negations_on_its_words() {
    Classifier c =
        english(
            """
            negation          NEGATOR  0.4  -  not
            phrase            PHRASE   0    -  not only
            problem.not-right FUNCTION 0.8  -  right
            phrase            PHRASE   0    -  right now
            problem.slow      PROBLEM  0.8  -  slow
            """);

    assertThat(c.classify("It is not right", Language.EN).primary()).isEqualTo(Label.PROBLEM);
    assertThat(c.classify("We do not need it right now", Language.EN))
        .isEqualTo(Classification.NONE);
    Classification notOnly = c.classify("Not only slow", Language.EN);
    assertThat(notOnly.primary()).isEqualTo(Label.PROBLEM);
    assertThat(notOnly.cues()).extracting(Cue::id).containsExactly("en.problem.slow");
  }

  @Test
  void a_positive_statement_under_negation_is_void() {
    Classifier c =
        english(
            """
            negation         NEGATOR  0    -    not
            none.fine        NONE     0.5  pos  works fine
            problem.not-work FUNCTION 0.8  -    works
            """);

    assertThat(c.classify("It works fine", Language.EN).cues())
        .extracting(Cue::id)
        .containsExactly("en.none.fine");
    assertThat(c.classify("It not works fine", Language.EN).primary()).isEqualTo(Label.PROBLEM);
  }

  @Test
  void a_negated_verb_of_noticing_denies_the_problem_after_it_and_others_do_not() {
    Classifier c =
        english(
            """
            negation         NEGATOR  0.4  -        not|didn't|haven't
            problem.error    PROBLEM  0.8  -        errors|bug
            problem.not-fix  FUNCTION 0.8  -        fix
            problem.not-see  FUNCTION 0.8  perceive seen
            """);

    assertThat(c.classify("We haven't seen errors", Language.EN).primary()).isEqualTo(Label.NONE);
    Classification fix = c.classify("They didn't fix the bug", Language.EN);
    assertThat(fix.primary()).isEqualTo(Label.PROBLEM);
    assertThat(fix.cues())
        .extracting(Cue::id)
        .containsExactly("en.problem.not-fix", "en.problem.error");
  }

  @Test
  void a_pattern_stays_inside_its_clause_unless_it_may_cross() {
    Classifier c =
        finnish(
            """
            problem.near  PROBLEM 0.9 -    lupasi .. mutta
            dream.wide    DREAM   0.9 sent toivon .. että .. olisi
            """);

    assertThat(c.classify("Tuki lupasi soittaa mutta unohti", Language.FI).primary())
        .isEqualTo(Label.PROBLEM);
    assertThat(c.classify("Toivon, että kaikki olisi hyvin", Language.FI).primary())
        .isEqualTo(Label.DREAM);
    assertThat(c.classify("Lupasi. Mutta", Language.FI).primary()).isEqualTo(Label.NONE);
  }

  @Test
  void negators_cancel_negatable_cues_and_turn_functions_into_problems() {
    Classifier c =
        english(
            """
            negation         NEGATOR  0    -     not|no
            problem.never    NEGATOR  0.7  -     never
            problem.slow     PROBLEM  0.8  -     slow
            problem.not-open FUNCTION 0.8  -     opens
            need.need        NEED     0.9  neg   need
            """);

    Classification denied = c.classify("The page is not slow", Language.EN);
    assertThat(denied.primary()).isEqualTo(Label.NONE);
    assertThat(denied.cues()).containsExactly(new Cue("en.negation", Label.NONE, "not slow"));

    Classification function = c.classify("The page never opens", Language.EN);
    assertThat(function.cues())
        .containsExactly(new Cue("en.problem.not-open", Label.PROBLEM, "never opens"));
    assertThat(c.classify("The page opens", Language.EN)).isEqualTo(Classification.NONE);

    Classification bare = c.classify("They never called", Language.EN);
    assertThat(bare.cues()).containsExactly(new Cue("en.problem.never", Label.PROBLEM, "never"));
    assertThat(bare.confidence(Label.PROBLEM)).contains(0.7);

    assertThat(c.classify("We need no help", Language.EN).primary()).isEqualTo(Label.NEED);
    assertThat(c.classify("No need", Language.EN).primary()).isEqualTo(Label.NONE);
  }

  @Test
  void boosts_count_only_beside_a_cue_of_their_label() {
    Classifier c =
        english(
            """
            dream.dream   DREAM 0.6  -     dream
            dream.always  DREAM 0.5  boost always
            """);

    assertThat(c.classify("It always rains", Language.EN)).isEqualTo(Classification.NONE);
    Classification backed = c.classify("We dream it always rains", Language.EN);
    assertThat(backed.confidence(Label.DREAM)).contains(0.8);
  }
}
