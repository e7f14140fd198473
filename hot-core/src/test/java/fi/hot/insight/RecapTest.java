package fi.hot.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.hot.model.Language;
import fi.hot.model.LoopStatus;
import fi.hot.model.ProfileUpdate;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecapTest {
  @TempDir static Path template;
  @TempDir Path tmp;

  @Test
  void finnish_recap_tells_what_was_said_and_done_in_the_profile_language() {
    HandMade h = HandMade.open(template, tmp);
    try (h.store) {
      Recap recap = Recaps.of(h.store, "acme", Optional.empty(), Optional.empty());

      assertThat(recap.language()).isEqualTo(Language.FI);
      assertThat(RecapText.render(recap))
          .isEqualTo(
              "Hei Acme Oy,\n"
                  + "\n"
                  + "kiitos, että olet kertonut meille ajatuksistasi. Tässä on yhteenveto siitä,"
                  + " mitä kerroit ja mitä olemme asialle tehneet.\n"
                  + "\n"
                  + "Näin olemme toimineet:\n"
                  + "- 1.3.2026 kerroit meille: ”Laskussa on väärä summa.” Korjasimme asian"
                  + " 5.3.2026. Hyvityslasku lähetetty.\n"
                  + "- 2.3.2026 kerroit meille: ”Tarvitsemme verkkolaskut.” Päätimme 12.3.2026,"
                  + " ettemme tällä kertaa vie asiaa eteenpäin. Verkkolaskut tulevat ensi"
                  + " vuonna.\n"
                  + "\n"
                  + "Kaikki kertomasi asiat on käsitelty. Kiitos, että autat meitä parantamaan"
                  + " palveluamme.\n");
    }
  }

  @Test
  void english_recap_lists_what_is_still_open_in_the_language_most_statements_are_in() {
    HandMade h = HandMade.open(template, tmp);
    try (h.store) {
      Recap recap = Recaps.of(h.store, "globex", Optional.empty(), Optional.empty());

      assertThat(recap.language()).isEqualTo(Language.EN);
      assertThat(RecapText.render(recap))
          .isEqualTo(
              "Hello globex,\n"
                  + "\n"
                  + "thank you for telling us what you think. Here is a summary of what you told"
                  + " us and what we have done about it.\n"
                  + "\n"
                  + "What we have done:\n"
                  + "- On 10 Mar 2026 you told us: “The app crashes when I attach a photo.” We"
                  + " fixed it on 12 Mar 2026.\n"
                  + "\n"
                  + "Still open:\n"
                  + "- On 1 Apr 2026 you told us: “It would be wonderful if the reports built"
                  + " themselves.” We have noted it and will come back to you on it.\n"
                  + "\n"
                  + "We will let you know as the open items move forward.\n");
    }
  }

  @Test
  void asked_language_wins_and_since_leaves_out_what_was_said_before() {
    HandMade h = HandMade.open(template, tmp);
    try (h.store) {
      Recap recap =
          Recaps.of(
              h.store,
              "initech",
              Optional.of(Language.FI),
              Optional.of(Instant.parse("2026-04-03T00:00:00Z")));

      assertThat(recap.items()).hasSize(1);
      assertThat(RecapText.render(recap))
          .doesNotContain("Thanks for the quick help")
          .contains("mitä kerroit 3.4.2026 lähtien ja mitä olemme asialle tehneet.")
          .contains(
              "- 5.4.2026 kerroit meille: ”Raportti ei aukea, ja tarvitsemme sen huomiseksi.”"
                  + " Suunnittelimme ratkaisun 7.4.2026. Korjaus seuraavaan versioon.\n")
          .contains("Vielä työn alla:")
          .doesNotContain("Näin olemme toimineet:")
          .endsWith("Kerromme sinulle, kun avoimet asiat etenevät.\n");
    }
  }

  @Test
  void a_customer_who_told_us_nothing_to_act_on_gets_a_short_note() {
    HandMade h = HandMade.open(template, tmp);
    try (h.store) {
      String en =
          RecapText.render(
              Recaps.of(
                  h.store,
                  "initech",
                  Optional.empty(),
                  Optional.of(Instant.parse("2026-04-06T00:00:00Z"))));
      String fi =
          RecapText.render(
              Recaps.of(h.store, "nobody", Optional.of(Language.FI), Optional.empty()));

      assertThat(en)
          .isEqualTo(
              "Hello initech,\n\nthank you for keeping in touch. We have no wishes, problems or"
                  + " needs on record that you told us about since 6 Apr 2026.\n");
      assertThat(fi)
          .isEqualTo(
              "Hei nobody,\n\nkiitos yhteydenpidostasi. Meillä ei ole kirjattuna toiveita,"
                  + " ongelmia tai tarpeita, joista olisit kertonut.\n");
    }
  }

  @Test
  void each_status_reads_as_its_own_sentence_in_both_languages() {
    HandMade h = HandMade.open(template, tmp);
    try (h.store) {
      Instant t = Instant.parse("2026-04-02T09:00:00Z");
      Loop.respond(h.store, h.id(4), LoopStatus.ACKNOWLEDGED, "", "anna", t);
      LoopItem dream = new LoopItem(h.s(4), Loop.state(h.store, h.id(4)));
      assertThat(RecapText.item(dream, true)).endsWith("Otimme asian käsittelyyn 2.4.2026.");
      assertThat(RecapText.item(dream, false)).endsWith("We started working on it on 2 Apr 2026.");

      Loop.respond(h.store, h.id(4), LoopStatus.DONE, "", "anna", t.plusSeconds(60));
      dream = new LoopItem(h.s(4), Loop.state(h.store, h.id(4)));
      assertThat(RecapText.item(dream, true)).endsWith("Toteutimme toiveesi 2.4.2026.");
      assertThat(RecapText.item(dream, false)).endsWith("We made it happen on 2 Apr 2026.");

      LoopItem need = new LoopItem(h.s(2), Loop.state(h.store, h.id(2)));
      assertThat(RecapText.item(need, false))
          .endsWith(
              "On 12 Mar 2026 we decided not to take this forward for now. Verkkolaskut tulevat"
                  + " ensi vuonna.");
    }
  }

  @Test
  void a_recap_in_another_language_is_refused() {
    HandMade h = HandMade.open(template, tmp);
    try (h.store) {
      assertThatThrownBy(
              () -> Recaps.of(h.store, "acme", Optional.of(Language.OTHER), Optional.empty()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("fi or en");
    }
  }

  @Test
  void profile_language_wins_over_the_statements() {
    HandMade h = HandMade.open(template, tmp);
    try (h.store) {
      h.store.updateProfile(
          "globex",
          ProfileUpdate.at(Instant.parse("2026-05-01T00:00:00Z"), "").language(Language.FI));
      assertThat(Recaps.of(h.store, "globex", Optional.empty(), Optional.empty()).language())
          .isEqualTo(Language.FI);
    }
  }
}
