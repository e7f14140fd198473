package fi.hot.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class SentencesTest {

  @Test
  void finnish_text_splits_at_full_stops_question_and_exclamation_marks() {
    assertThat(
            Sentences.split(
                "Laskutus ei toimi. Miksi raportti on aina myöhässä? Haluaisimme vihdoin oman"
                    + " mobiilisovelluksen!"))
        .containsExactly(
            "Laskutus ei toimi.",
            "Miksi raportti on aina myöhässä?",
            "Haluaisimme vihdoin oman mobiilisovelluksen!");
  }

  @Test
  void english_text_splits_at_full_stops_question_and_exclamation_marks() {
    assertThat(
            Sentences.split(
                "The invoice export keeps failing. Why is the report always late? We would love a"
                    + " mobile app!"))
        .containsExactly(
            "The invoice export keeps failing.",
            "Why is the report always late?",
            "We would love a mobile app!");
  }

  @Test
  void finnish_abbreviations_stay_inside_their_sentence() {
    assertThat(
            Sentences.split(
                "Tarvitsemme esim. kuukausiraportin. Palaveri on klo 9.30 ja mm. laskutus on"
                    + " esillä. Hinta on n. 500 euroa."))
        .containsExactly(
            "Tarvitsemme esim. kuukausiraportin.",
            "Palaveri on klo 9.30 ja mm. laskutus on esillä.",
            "Hinta on n. 500 euroa.");
  }

  @Test
  void klo_with_a_full_stop_is_an_abbreviation_too() {
    assertThat(Sentences.split("Soitan huomenna klo. 10 uudestaan. Sopiiko se?"))
        .containsExactly("Soitan huomenna klo. 10 uudestaan.", "Sopiiko se?");
  }

  @Test
  void english_abbreviations_stay_inside_their_sentence() {
    assertThat(
            Sentences.split(
                "We need exports, e.g. to Excel. Dr. Smith asked for it, i.e. the whole team"
                    + " did. Mr. Jones agreed."))
        .containsExactly(
            "We need exports, e.g. to Excel.",
            "Dr. Smith asked for it, i.e. the whole team did.",
            "Mr. Jones agreed.");
  }

  @Test
  void list_closing_abbreviations_end_a_sentence_only_before_a_capital() {
    assertThat(Sentences.split("Tarvitsemme laskut, raportit jne. Lisäksi toivomme API:n."))
        .containsExactly("Tarvitsemme laskut, raportit jne.", "Lisäksi toivomme API:n.");
    assertThat(Sentences.split("Raportit, laskut ym. ovat myöhässä."))
        .containsExactly("Raportit, laskut ym. ovat myöhässä.");
    assertThat(Sentences.split("We need invoices, reports etc. Also an API."))
        .containsExactly("We need invoices, reports etc.", "Also an API.");
    assertThat(Sentences.split("Invoices, reports etc. are late."))
        .containsExactly("Invoices, reports etc. are late.");
  }

  @Test
  void decimals_dates_and_finnish_ordinals_do_not_split() {
    assertThat(
            Sentences.split(
                "Versio 1.5 julkaistiin 12.3.2026 ja se kaatuu. Toimitus on 3. päivä"
                    + " huhtikuuta."))
        .containsExactly(
            "Versio 1.5 julkaistiin 12.3.2026 ja se kaatuu.", "Toimitus on 3. päivä huhtikuuta.");
    assertThat(Sentences.split("Version 2.0 was released on 12.3.2026. It crashes at 3.5 GB."))
        .containsExactly("Version 2.0 was released on 12.3.2026.", "It crashes at 3.5 GB.");
  }

  @Test
  void a_year_before_a_capital_ends_the_sentence() {
    assertThat(Sentences.split("Hinnat nousivat vuonna 2025. Nyt harkitsemme vaihtoa."))
        .containsExactly("Hinnat nousivat vuonna 2025.", "Nyt harkitsemme vaihtoa.");
  }

  @Test
  void initials_and_dotted_abbreviations_do_not_split() {
    assertThat(Sentences.split("J. K. Virtanen soitti. The U.S. office wants it too."))
        .containsExactly("J. K. Virtanen soitti.", "The U.S. office wants it too.");
  }

  @Test
  void closing_quotes_and_brackets_stay_with_their_sentence() {
    assertThat(Sentences.split("Hän sanoi: \"Tämä ei toimi.\" Sitten hän lähti. (Kiitos!) Hei."))
        .containsExactly("Hän sanoi: \"Tämä ei toimi.\"", "Sitten hän lähti.", "(Kiitos!)", "Hei.");
  }

  @Test
  void repeated_marks_and_ellipses_are_one_end() {
    assertThat(Sentences.split("Oikeasti?! Se kaatui taas… Emme tiedä miksi."))
        .containsExactly("Oikeasti?!", "Se kaatui taas…", "Emme tiedä miksi.");
    assertThat(Sentences.split("Well... maybe it works. Or not..."))
        .containsExactly("Well... maybe it works.", "Or not...");
  }

  @Test
  void lower_case_chat_sentences_still_split_at_a_full_stop() {
    assertThat(Sentences.split("laskutus ei toimi. tarvitaan korjaus pian"))
        .containsExactly("laskutus ei toimi.", "tarvitaan korjaus pian");
  }

  @Test
  void urls_and_emails_do_not_split() {
    assertThat(Sentences.split("Katso www.example.fi/ohje.html tai mail@example.com. Kiitos."))
        .containsExactly("Katso www.example.fi/ohje.html tai mail@example.com.", "Kiitos.");
  }

  @Test
  void a_blank_line_ends_a_sentence_and_a_single_line_break_does_not() {
    assertThat(Sentences.split("Raportti on\nliian hidas\n\nHaluamme uuden näkymän"))
        .containsExactly("Raportti on\nliian hidas", "Haluamme uuden näkymän");
  }

  @Test
  void text_without_an_end_mark_is_one_sentence_and_blank_text_none() {
    assertThat(Sentences.split("  the dashboard is slow  "))
        .containsExactly("the dashboard is slow");
    assertThat(Sentences.split(" \n\t ")).isEmpty();
    assertThat(Sentences.split("")).isEmpty();
  }

  @Test
  void null_text_is_a_caller_bug() {
    assertThatNullPointerException().isThrownBy(() -> Sentences.split(null)).withMessage("text");
  }
}
