package fi.hot.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fi.hot.ingest.GoldReader;
import fi.hot.model.Language;
import fi.hot.text.Token;
import fi.hot.text.Tokens;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FirstWordsTest {

  private static int[] at(String pattern, String text, Language language) {
    List<Token> tokens = Tokens.of(text, language);
    return FirstWords.of(List.of(pattern), language).candidates(tokens)[0];
  }

  @Test
  void each_kind_of_first_word_is_looked_up_by_its_own_table() {
    String text = "Ärsyttää, kun laskuja tulee taas ja ongelmat jatkuvat";
    assertThat(at("taas", text, Language.FI)).containsExactly(4);
    assertThat(at("ärsy*", text, Language.FI)).containsExactly(0);
    assertThat(at("~lasku", text, Language.FI)).containsExactly(2);
    assertThat(at("*at", text, Language.FI)).containsExactly(6, 7);
    assertThat(at("=ärsyttää|tulee", text, Language.FI)).containsExactly(0, 3);
    // parts of words and any word can start anywhere; an exclusion adds nothing
    assertThat(at("*ongelm* ..  x", text, Language.FI)).hasSize(8);
    assertThat(at("^ _ taas", text, Language.FI)).hasSize(8);
    assertThat(at("!taas", text, Language.FI)).isEmpty();
    assertThat(at("kiitos", text, Language.FI)).isEmpty();
  }

  @Test
  void the_tables_never_miss_a_place_where_a_standard_rule_matches() throws IOException {
    List<String> texts = new ArrayList<>();
    try (InputStream in = FirstWordsTest.class.getResourceAsStream("training/feeling.jsonl")) {
      GoldReader.standard()
          .readFeelings(new InputStreamReader(in, StandardCharsets.UTF_8), "feeling.jsonl")
          .feelings()
          .forEach(g -> texts.add(g.text()));
    }
    int checked = 0;
    for (Language language : List.of(Language.FI, Language.EN)) {
      FeelingLexicon lexicon = FeelingLexicon.standard(language);
      for (String text : texts) {
        List<Token> tokens = Tokens.of(text, language);
        boolean[] all = new boolean[tokens.size()];
        Arrays.fill(all, true);
        // every word marked negating and conditional: as many matches as the patterns allow
        CuePattern.Text marked = lexicon.text(tokens, all, all, new boolean[all.length]);
        int[][] starts = lexicon.candidates(tokens);
        for (int r = 0; r < lexicon.size(); r++) {
          FeelingRule rule = lexicon.rules().get(r);
          for (int i = 0; i < tokens.size(); i++) {
            if (rule.pattern().matchAt(marked, i, rule.wholeSentence()) > i) {
              checked++;
              assertThat(starts[r]).as(rule.id() + " in " + text).contains(i);
            }
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(200);
  }
}
