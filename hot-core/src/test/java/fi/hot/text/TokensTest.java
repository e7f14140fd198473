package fi.hot.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import fi.hot.model.Language;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.junit.jupiter.api.Test;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FinnishStemmer;

class TokensTest {

  @Test
  void words_keep_their_text_and_offsets_and_are_normalised() {
    String text = "Väärä LASKU tuli taas";
    List<Token> tokens = Tokens.of(text, Language.FI);

    assertThat(tokens).extracting(Token::text).containsExactly("Väärä", "LASKU", "tuli", "taas");
    assertThat(tokens).extracting(Token::norm).containsExactly("vaara", "lasku", "tuli", "taas");
    Token lasku = tokens.get(1);
    assertThat(text.substring(lasku.start(), lasku.end())).isEqualTo("LASKU");
  }

  @Test
  void typographic_apostrophes_become_plain_so_contractions_match() {
    List<Token> tokens = Tokens.of("The app doesn’t start", Language.EN);

    assertThat(tokens).extracting(Token::text).contains("doesn’t");
    assertThat(tokens).extracting(Token::norm).contains("doesn't");
  }

  @Test
  void english_words_get_snowball_stems() {
    List<Token> tokens = Tokens.of("It crashes and crashed", Language.EN);

    assertThat(tokens).extracting(Token::stem).containsExactly("it", "crash", "and", "crash");
    assertThat(Tokens.stem("Crashing", Language.EN)).isEqualTo("crash");
  }

  @Test
  void finnish_stems_are_folded_like_the_words() {
    assertThat(Tokens.stem("ongelmia", Language.FI))
        .isEqualTo(Tokens.stem("ongelmat", Language.FI));
    assertThat(Tokens.stem("väärä", Language.FI)).doesNotContain("ä");
    assertThat(Tokens.stem("väärä", Language.OTHER)).isEqualTo("vaara");
  }

  @Test
  void punctuation_and_joining_words_open_clauses_and_full_stops_open_sentences() {
    List<Token> fi = Tokens.of("Sovellus kaatuu, mutta tuki vastaa. Kiitos", Language.FI);

    assertThat(fi)
        .extracting(Token::opensClause)
        .containsExactly(true, false, true, false, false, true);
    assertThat(fi).extracting(Token::sentence).containsExactly(0, 0, 0, 0, 0, 1);
    assertThat(fi.get(2).clause()).isEqualTo(1);

    List<Token> en = Tokens.of("It crashes because the disk is full", Language.EN);
    assertThat(en)
        .extracting(Token::opensClause)
        .containsExactly(true, false, true, false, false, false, false);
  }

  @Test
  void a_hyphen_inside_a_compound_does_not_open_a_clause() {
    List<Token> tokens = Tokens.of("Laskut pdf-muodossa", Language.FI);

    assertThat(tokens).extracting(Token::text).containsExactly("Laskut", "pdf", "muodossa");
    assertThat(tokens).extracting(Token::clause).containsOnly(0);
  }

  @Test
  void empty_text_has_no_words_and_null_is_a_caller_bug() {
    assertThat(Tokens.of("  ... ", Language.EN)).isEmpty();
    assertThatNullPointerException().isThrownBy(() -> Tokens.of(null, Language.EN));
    assertThatNullPointerException().isThrownBy(() -> Tokens.of("x", null));
  }

  @Test
  void folding_removes_finnish_and_other_diacritics() {
    assertThat(Tokens.fold("Hyvää Päivää")).isEqualTo("hyvaa paivaa");
    assertThat(Tokens.fold("Crème Brûlée")).isEqualTo("creme brulee");
  }

  @Test
  void without_stemming_each_word_is_its_own_stem_and_the_rest_is_the_same() {
    String text = "Laskut tulivat väärin, ja tarvitsemme korjauksen";
    List<Token> stemmed = Tokens.of(text, Language.FI);
    List<Token> plain = Tokens.of(text, Language.FI, false);

    assertThat(plain)
        .extracting(Token::stem)
        .containsExactlyElementsOf(plain.stream().map(Token::norm).toList());
    assertThat(plain)
        .extracting(Token::norm)
        .containsExactlyElementsOf(stemmed.stream().map(Token::norm).toList());
    assertThat(plain)
        .extracting(Token::clause)
        .containsExactlyElementsOf(stemmed.stream().map(Token::clause).toList());
    assertThat(stemmed.get(0).stem()).isNotEqualTo(stemmed.get(0).norm());
  }

  @Provide
  Arbitrary<String> words() {
    // Latin-1 letters (folded by table), letters beyond it (folded the long way) and ligatures
    // that fold to two letters
    return Arbitraries.strings()
        .withChars("aAäÄöÖåÅéÉüÜßæÆøØñÑçÇœŒłŁšŠžŽ’'-")
        .withCharRange('a', 'z')
        .withCharRange('\u00c0', '\u00ff')
        .ofMinLength(1)
        .ofMaxLength(14);
  }

  @Property(tries = 1000, seed = "5")
  void folding_is_lower_casing_then_the_ascii_folding_filter(@ForAll("words") String word) {
    char[] lower = word.toLowerCase(Locale.ROOT).toCharArray();
    char[] out = new char[lower.length * 4];
    int n = ASCIIFoldingFilter.foldToASCII(lower, 0, out, 0, lower.length);

    assertThat(Tokens.fold(word)).isEqualTo(new String(out, 0, n));
  }

  @Property(tries = 300, seed = "5")
  void a_stem_is_snowballs_however_many_words_came_before(@ForAll("words") String word) {
    // many other words first, so that the word's slot in the remembered stems is taken
    for (int i = 0; i < 5000; i++) {
      Tokens.stem("sana" + i, Language.FI);
      Tokens.stem("word" + i, Language.EN);
    }
    for (Language language : List.of(Language.FI, Language.EN)) {
      SnowballStemmer snowball =
          language == Language.FI ? new FinnishStemmer() : new EnglishStemmer();
      snowball.setCurrent(word.toLowerCase(Locale.ROOT));
      snowball.stem();
      String expected = Tokens.fold(snowball.getCurrent());

      assertThat(Tokens.stem(word, language)).isEqualTo(expected);
      assertThat(Tokens.stem(word, language)).as("asked again").isEqualTo(expected);
    }
  }
}
