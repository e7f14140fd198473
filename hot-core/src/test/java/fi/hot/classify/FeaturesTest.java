package fi.hot.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fi.hot.model.Cue;
import fi.hot.model.Label;
import fi.hot.model.Language;
import fi.hot.text.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeaturesTest {
  private static final Features FEATURES = new Features(Classifiers.cueClassifier());
  private static final LinearModel MODEL = standardModel();

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          FI | Laskutus ei toimi, ja tarvitsemme korjauksen ennen kuun loppua.
          FI | Sovellus kaatuu joka aamu, voisitteko korjata sen?
          FI | Kassa kaatuu taas ja kukaan ei vastaa puhelimeen
          EN | The export is broken, please fix it.
          EN | We would love a dashboard, but the current one crashes every day.
          EN | The checkout crashed again and nobody answered
          """)
  void each_clause_is_scored_as_the_clause_read_alone(Language language, String text) {
    Features.Vector x = FEATURES.of(text, language);
    double[][] byClause = MODEL.score(x).byClause();
    List<String> clauses = clauses(text, x.reading().tokens());

    assertThat(clauses).hasSizeGreaterThan(1);
    assertThat(byClause).hasNumberOfRows(clauses.size());
    for (int c = 0; c < clauses.size(); c++) {
      double[] alone = MODEL.logits(FEATURES.of(clauses.get(c), language));
      for (Label label : Label.HOT) {
        double bias = MODEL.weight(label, Features.BIAS);
        assertThat(byClause[c][label.ordinal()])
            .as("%s / %s", clauses.get(c), label)
            .isCloseTo(alone[label.ordinal()] - bias, within(1e-9));
      }
    }
  }

  @Test
  void a_statement_of_one_clause_has_no_clause_scores() {
    assertThat(MODEL.score(FEATURES.of("Laskutus ei toimi", Language.FI)).byClause()).isNull();
  }

  @Test
  void the_strongest_clause_of_each_label_is_the_one_found_by_reading_each_clause_alone() {
    // the cue layer reads a clause in the light of the whole statement (a lone boost, its
    // primary label), so the clause scores are close, not always equal; where a label is
    // strongest is what the primary label rule asks
    int agree = 0;
    int asked = 0;
    for (GoldStatement g : Trainer.shipped()) {
      Features.Vector x = FEATURES.of(g.text(), g.language());
      double[][] byClause = MODEL.score(x).byClause();
      if (byClause == null) {
        continue;
      }
      List<String> clauses = clauses(g.text(), x.reading().tokens());
      double[][] alone = new double[clauses.size()][];
      for (int c = 0; c < clauses.size(); c++) {
        alone[c] = MODEL.logits(FEATURES.of(clauses.get(c), g.language()));
      }
      for (Label label : Label.HOT) {
        int l = label.ordinal();
        int strongest = 0;
        int strongestAlone = 0;
        for (int c = 1; c < clauses.size(); c++) {
          strongest = byClause[c][l] > byClause[strongest][l] ? c : strongest;
          strongestAlone = alone[c][l] > alone[strongestAlone][l] ? c : strongestAlone;
        }
        agree += strongest == strongestAlone ? 1 : 0;
        asked++;
      }
    }
    assertThat(asked).isGreaterThan(3000);
    assertThat((double) agree / asked).isGreaterThan(0.95);
  }

  /** The text of each clause, as the tokenizer splits them. */
  private static List<String> clauses(String text, List<Token> tokens) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int j = i;
      while (j + 1 < tokens.size() && tokens.get(j + 1).clause() == tokens.get(i).clause()) {
        j++;
      }
      out.add(text.substring(tokens.get(i).start(), tokens.get(j).end()));
      i = j + 1;
    }
    return out;
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          FI | Laskutus ei toimi, ja tarvitsemme korjauksen ennen kuun loppua.
          FI | Haaveilemme sovelluksesta, joka muistaisi tilauksemme puolestamme.
          FI | Kiitos, kaikki toimii nyt hyvin!
          FI | Kassa kaatuu taas 😡 eikä kukaan vastaa puhelimeen
          EN | The app doesn't open on my phone, please fix it soon.
          EN | We would love a dashboard that shows every order at a glance.
          EN | Thanks, everything works great now!
          EN | The checkout 💥 crashed again and nobody answered
          """)
  void contributions_sum_to_the_logit_and_name_exactly_the_features_of_the_statement(
      Language language, String text) {
    Explanation e = TrainedClassifier.standard().explain(text, language);
    Map<String, Double> expected = Reference.features(text, language);

    for (Explanation.LabelExplanation l : e.labels()) {
      double sum = l.contributions().stream().mapToDouble(Explanation.Contribution::amount).sum();
      assertThat(sum).as("%s %s", text, l.label()).isCloseTo(l.logit(), within(1e-12));

      List<String> shown = new ArrayList<>();
      for (Explanation.Contribution c : l.contributions()) {
        String[] names = c.feature().split(" \\| ", -1);
        shown.addAll(Arrays.asList(names));
        int index = indexOf(names[0]);
        double value = 0;
        for (String name : names) {
          // names share a contribution only when they hash to one index
          assertThat(indexOf(name)).as(c.feature()).isEqualTo(index);
          value += name.equals(Features.BIAS_NAME) ? 1.0 : expected.get(name);
        }
        assertThat(c.value()).as(c.feature()).isCloseTo(value, within(1e-12));
        assertThat(c.weight()).as(c.feature()).isEqualTo(MODEL.weight(l.label(), index));
      }
      List<String> present = new ArrayList<>(expected.keySet());
      present.add(Features.BIAS_NAME);
      assertThat(shown).containsExactlyInAnyOrderElementsOf(present);
    }
  }

  @Provide
  Arbitrary<String> statements() {
    // real words, so cues and negations fire, and characters a name must encode right: Finnish
    // letters, other scripts, emoji (a gram may cut a surrogate pair) and lone surrogates
    Arbitrary<String> piece =
        Arbitraries.of(
            "ei",
            "toimi",
            "tarvitsemme",
            "kiitos",
            "lasku",
            "väärä",
            "Ääkköset",
            "kukaan",
            "please",
            "doesn't",
            "work",
            "never",
            "need",
            "thanks",
            "invoice",
            "wish",
            "could",
            "a",
            "ab",
            "x_y",
            "42",
            "ö",
            "é",
            "ñ",
            "Ж",
            "日本",
            "😀",
            "👍🏻",
            "😀😀x",
            "\uD83D",
            "\uDE00",
            "a\uD83Db",
            " ",
            " ",
            " ",
            ", ",
            ". ",
            "? ",
            "!",
            "–",
            "\n");
    return piece.list().ofMaxSize(30).map(p -> String.join("", p));
  }

  @Property(tries = 400, seed = "20261123")
  void every_index_holds_the_names_that_hash_to_it_and_the_values_of_the_statement(
      @ForAll("statements") String text, @ForAll boolean english) {
    assertMatchesTheReference(text, english ? Language.EN : Language.FI);
  }

  @Test
  void a_very_long_statement_is_sorted_and_merged_the_same_way() {
    // tens of thousands of features: more than the usual sort takes
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 800; i++) {
      b.append("Tilaus ").append(i).append(" ei toimi, ja tarvitsemme laskun").append(i);
      b.append(i % 3 == 0 ? ". " : ", and we'd love a fix for invoice ").append(i).append(' ');
    }
    String text = b.toString();

    assertThat(FEATURES.of(text, Language.FI).size()).isGreaterThan(3000);
    assertMatchesTheReference(text, Language.FI);
    assertMatchesTheReference(text, Language.EN);
  }

  private static void assertMatchesTheReference(String text, Language language) {
    Features.Vector x = FEATURES.of(text, language);
    Map<String, Double> expected = Reference.features(text, language);

    int[] index = x.index();
    assertThat(index[index.length - 1]).isEqualTo(Features.BIAS);
    assertThat(x.value()[index.length - 1]).isEqualTo(1.0);
    Set<String> seen = new HashSet<>();
    for (int k = 0; k < index.length - 1; k++) {
      if (k > 0) {
        assertThat(index[k]).as("ascending").isGreaterThan(index[k - 1]);
      }
      double value = 0;
      for (String name : x.names(k)) {
        assertThat(indexOf(name)).as(name).isEqualTo(index[k]);
        assertThat(seen.add(name)).as("%s once", name).isTrue();
        assertThat(expected).as("%s in %s", name, text).containsKey(name);
        value += expected.get(name);
      }
      assertThat(x.value()[k]).as(x.name(k)).isCloseTo(value, within(1e-12));
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(expected.keySet());
  }

  private static int indexOf(String name) {
    return name.equals(Features.BIAS_NAME) ? Features.BIAS : Features.index(name);
  }

  private static LinearModel standardModel() {
    try (InputStream in = TrainedClassifier.class.getResourceAsStream(TrainedClassifier.RESOURCE)) {
      return LinearModel.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The features of a statement spelled out as strings, the plain way: what {@link Features}
   * computes without building a string per feature.
   */
  private static final class Reference {
    static Map<String, Double> features(String text, Language language) {
      CueClassifier.CueReading reading = Classifiers.cueClassifier().read(text, language);
      String lang = language.code();
      List<Token> tokens = reading.tokens();
      List<Boolean> negators = reading.negators();
      Map<String, Integer> counts = new TreeMap<>();
      String previous = "<s>";
      for (int i = 0; i < tokens.size(); i++) {
        String w = tokens.get(i).norm();
        counts.merge(lang + ":w:" + w, 1, Integer::sum);
        if (negated(tokens, negators, i)) {
          counts.merge(lang + ":w:NEG_" + w, 1, Integer::sum);
        }
        counts.merge(lang + ":b:" + previous + "_" + w, 1, Integer::sum);
        previous = w;
        String marked = "^" + w + "$";
        for (int n = 3; n <= 5; n++) {
          for (int s = 0; s + n <= marked.length(); s++) {
            counts.merge(lang + ":c:" + marked.substring(s, s + n), 1, Integer::sum);
          }
        }
      }
      if (!tokens.isEmpty()) {
        counts.merge(lang + ":b:" + previous + "_</s>", 1, Integer::sum);
      }
      double norm = Math.sqrt(counts.values().stream().mapToDouble(c -> (double) c * c).sum());
      Map<String, Double> out = new HashMap<>();
      counts.forEach((name, c) -> out.put(name, c / norm));
      Set<String> cues = new TreeSet<>();
      for (Cue cue : reading.cues()) {
        cues.add("cue:" + cue.id());
        cues.add("cue-label:" + cue.label().name());
      }
      cues.add("cue-primary:" + reading.classification().primary().name());
      cues.forEach(name -> out.put(name, 1.0));
      return out;
    }

    /** After a negating word, in its clause, at most six words on, and not negating itself. */
    private static boolean negated(List<Token> tokens, List<Boolean> negators, int j) {
      if (negators.get(j)) {
        return false;
      }
      for (int i = Math.max(0, j - 6); i < j; i++) {
        if (negators.get(i) && sameClauseBetween(tokens, i, j)) {
          return true;
        }
      }
      return false;
    }

    private static boolean sameClauseBetween(List<Token> tokens, int from, int to) {
      for (int k = from + 1; k <= to; k++) {
        if (tokens.get(k).clause() != tokens.get(from).clause()) {
          return false;
        }
      }
      return true;
    }
  }
}
