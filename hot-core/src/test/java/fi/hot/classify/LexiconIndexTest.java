package fi.hot.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fi.hot.model.Language;
import fi.hot.text.Token;
import fi.hot.text.Tokens;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The lexicon looks rules up by their first word instead of trying each rule at each word: every
 * position where a rule's first word matches must be among its candidates, or a cue is lost.
 */
class LexiconIndexTest {

  @Provide
  Arbitrary<String> finnish() {
    // cue words of the shipped lexicon, their inflections, words that only start or end like
    // them, and other words
    return words(
        "ei",
        "en",
        "eivät",
        "kukaan",
        "mitään",
        "koskaan",
        "toimi",
        "toimii",
        "kaatuu",
        "kaatui",
        "kaatuilee",
        "tarvitsemme",
        "tarvitsisimme",
        "tarvitaan",
        "haluaisimme",
        "voisitteko",
        "olisi",
        "olisipa",
        "ihanaa",
        "ongelmia",
        "laskuongelma",
        "virheellinen",
        "vikaa",
        "kiitos",
        "kiitoksia",
        "hätää",
        "please",
        "ja",
        "mutta",
        "lasku",
        "sovellus",
        "Väärä",
        "VAARA",
        "välitän",
        "valitan",
        "x",
        "123");
  }

  @Provide
  Arbitrary<String> english() {
    return words(
        "not",
        "never",
        "nobody",
        "doesn't",
        "doesn’t",
        "don't",
        "work",
        "works",
        "working",
        "crash",
        "crashes",
        "crashed",
        "need",
        "needs",
        "please",
        "could",
        "would",
        "love",
        "wish",
        "imagine",
        "problem",
        "problems",
        "issue",
        "thanks",
        "thank",
        "support",
        "for",
        "and",
        "but",
        "invoice",
        "invoices",
        "broken",
        "x",
        "42");
  }

  private static Arbitrary<String> words(String... words) {
    Arbitrary<String> word = Arbitraries.of(words);
    Arbitrary<String> gap = Arbitraries.of(" ", " ", " ", ", ", ". ", "? ");
    return Arbitraries.entries(word, gap)
        .list()
        .ofMaxSize(16)
        .map(
            parts -> {
              StringBuilder b = new StringBuilder();
              parts.forEach(p -> b.append(p.getKey()).append(p.getValue()));
              return b.toString();
            });
  }

  @Property(tries = 300, seed = "7")
  void every_finnish_rule_that_can_start_at_a_word_is_a_candidate_there(
      @ForAll("finnish") String text, @ForAll long marks) {
    everyStartIsACandidate(Lexicon.standard(Language.FI), text, marks);
  }

  @Property(tries = 300, seed = "7")
  void every_english_rule_that_can_start_at_a_word_is_a_candidate_there(
      @ForAll("english") String text, @ForAll long marks) {
    everyStartIsACandidate(Lexicon.standard(Language.EN), text, marks);
  }

  @Test
  void a_lexicon_without_stem_patterns_does_not_stem_but_one_with_them_does() {
    Lexicon plain =
        Lexicon.parse("t.cues", Language.EN, new StringReader("p PROBLEM 0.8 - crash*"));
    Lexicon stems =
        Lexicon.parse("t.cues", Language.EN, new StringReader("p PROBLEM 0.8 - ~crash"));

    assertThat(plain.usesStems()).isFalse();
    assertThat(stems.usesStems()).isTrue();
    CueClassifier c = new CueClassifier(Lexicon.standard(Language.FI), stems);
    assertThat(c.classify("It crashed twice", Language.EN).cues())
        .extracting(cue -> cue.text())
        .containsExactly("crashed");
  }

  /** Tries every rule's first word at every word, with the marks some bits of {@code marks} set. */
  private static void everyStartIsACandidate(Lexicon lexicon, String text, long marks) {
    List<Token> tokens = Tokens.of(text, lexicon.language(), lexicon.usesStems());
    int n = tokens.size();
    boolean[] none = new boolean[n];
    boolean[] negators = new boolean[n];
    boolean[] conditionals = new boolean[n];
    boolean[] leads = new boolean[n];
    for (int i = 0; i < n; i++) {
      negators[i] = (marks >>> (3 * i % 64) & 1) != 0;
      conditionals[i] = (marks >>> ((3 * i + 1) % 64) & 1) != 0;
      leads[i] = (marks >>> ((3 * i + 2) % 64) & 1) != 0;
    }
    Lexicon.Candidates candidates = lexicon.candidates(tokens);
    CuePattern.Text plain =
        new CuePattern.Text(tokens, candidates.wordIds(), candidates.stemIds(), none, none, none);
    CuePattern.Text marked =
        new CuePattern.Text(
            tokens, candidates.wordIds(), candidates.stemIds(), negators, conditionals, leads);
    Set<Long> markers = starts(candidates.markers());
    boolean[] opens = new boolean[n];
    for (int i = 0; i < n; i++) {
      opens[i] = marked.opensClause(i);
    }
    Set<Long> cues = starts(candidates.cues(negators, conditionals, opens));
    for (int r = 0; r < lexicon.rules().size(); r++) {
      CueRule rule = lexicon.rules().get(r);
      boolean marker =
          switch (rule.kind()) {
            case CONDITIONAL, LEAD, BREAK, NEGATOR -> true;
            default -> false;
          };
      for (int i = 0; i < n; i++) {
        CuePattern.Text words = marker ? plain : marked;
        // an anchored rule starts only where a clause opens, as matchAt checks first
        boolean mayOpen = !rule.pattern().anchored() || words.opensClause(i);
        if (mayOpen && words.matches(rule.pattern().first(), i)) {
          assertThat(marker ? markers : cues)
              .as("%s at '%s' in: %s", rule.id(), tokens.get(i).text(), text)
              .contains((long) r << 32 | i);
        }
      }
    }
  }

  private static Set<Long> starts(Lexicon.Starts starts) {
    Set<Long> out = new HashSet<>();
    for (int j = 0; j < starts.count(); j++) {
      for (int k = starts.from(j); k < starts.to(j); k++) {
        out.add((long) starts.rule(j) << 32 | starts.position(k));
      }
    }
    return out;
  }
}
