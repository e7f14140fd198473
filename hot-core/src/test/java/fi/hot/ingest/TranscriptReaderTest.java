package fi.hot.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import fi.hot.model.Channel;
import fi.hot.model.Customer;
import fi.hot.model.Language;
import fi.hot.model.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TranscriptReaderTest {
  private static final TranscriptOptions DEFAULTS = TranscriptOptions.defaults();

  private static Reading fixture(String name, TranscriptOptions options) {
    return Reading.of(Readers.of(Format.TRANSCRIPT, options), name, Reading.fixture(name));
  }

  @Test
  void finnish_customer_sentences_become_drafts_with_what_we_said_before_as_context() {
    Reading r = fixture("palaveri.txt", DEFAULTS);
    assertThat(r.texts())
        .containsExactly(
            "Laskutus ei toimi kunnolla.",
            "Tarvitsemme esim. kuukausiraportin jokaisesta asiakkaasta.",
            "Raportit ovat liian hitaita!",
            "Unelmamme olisi reaaliaikainen näkymä.",
            "Kiitos.");
    assertThat(r.sources())
        .containsExactly(
            "palaveri.txt:9",
            "palaveri.txt:9",
            "palaveri.txt:12",
            "palaveri.txt:12",
            "palaveri.txt:15");
    assertThat(r.drafts())
        .extracting(Statement.Draft::context)
        .containsExactly(
            "Kiitos ajasta. Miten laskutus on sujunut?",
            "Kiitos ajasta. Miten laskutus on sujunut?",
            "Selvä, entä raportointi?",
            "Selvä, entä raportointi?",
            "Selvä, entä raportointi?");
  }

  @Test
  void the_finnish_header_gives_customer_contact_channel_author_and_time() {
    Statement.Draft d = fixture("palaveri.txt", DEFAULTS).drafts().get(0);
    assertThat(d.customer()).isEqualTo(Customer.of("acme", "Acme Oy"));
    assertThat(d.contact()).isEqualTo("Liisa Mäkinen");
    assertThat(d.channel()).isEqualTo(Channel.MEETING);
    assertThat(d.capturedBy()).isEqualTo("mikko");
    assertThat(d.occurredAt()).contains(Instant.parse("2026-10-14T09:30:00Z"));
  }

  @Test
  void an_unknown_speaker_is_reported_and_the_whole_turn_is_skipped() {
    Reading r = fixture("palaveri.txt", DEFAULTS);
    assertThat(r.messages())
        .containsExactly(
            "palaveri.txt:13: unknown speaker 'Pekka' (name our side with --rep or the"
                + " customer's with --speaker)");
    assertThat(r.texts()).noneMatch(t -> t.contains("laskutusta") || t.contains("lisäisin"));
  }

  @Test
  void a_speaker_named_in_the_options_is_read_and_a_named_customer_is_the_contact() {
    Reading ours = fixture("palaveri.txt", DEFAULTS.withOurSide("Pekka"));
    assertThat(ours.errors()).isEmpty();
    assertThat(ours.drafts().get(4).context())
        .isEqualTo("Minä lisäisin tähän vielä yhden asian. Se koskee laskutusta.");

    Reading theirs =
        Reading.transcript(
            "t.txt",
            "# customer: acme\nRep: Mitä kuuluu?\nLiisa Mäkinen: Raportti puuttuu.\n",
            DEFAULTS.withCustomerSide("liisa mäkinen"));
    assertThat(theirs.texts()).containsExactly("Raportti puuttuu.");
    assertThat(theirs.drafts().get(0).contact()).isEqualTo("Liisa Mäkinen");
  }

  @Test
  void english_transcript_with_time_stamps_and_continuation_lines() {
    Reading r = fixture("call-en.txt", DEFAULTS);
    assertThat(r.errors()).isEmpty();
    assertThat(r.texts())
        .containsExactly(
            "Honestly, it fails every Monday.",
            "We need it to run before 8 a.m. so the team can start.",
            "It would be amazing to get a mobile app, e.g. for field staff.");
    assertThat(r.sources()).containsExactly("call-en.txt:7", "call-en.txt:7", "call-en.txt:10");
    assertThat(r.drafts())
        .extracting(Statement.Draft::context)
        .containsExactly(
            "Thanks for taking the call. How is the new export working?",
            "Thanks for taking the call. How is the new export working?",
            "Understood.");
    Statement.Draft d = r.drafts().get(0);
    assertThat(d.customer()).isEqualTo(Customer.id("globex"));
    assertThat(d.channel()).isEqualTo(Channel.CALL);
    assertThat(d.capturedBy()).isEqualTo("anna");
    assertThat(d.occurredAt()).contains(Instant.parse("2026-10-15T00:00:00Z"));
  }

  @Test
  void our_side_alone_gives_no_drafts() {
    Reading r =
        Reading.transcript(
            "rep.txt",
            "# customer: acme\nMyyjä: Hei, soitan laskutuksesta.\nMe: We will send an offer.\n",
            DEFAULTS);
    assertThat(r.drafts()).isEmpty();
    assertThat(r.errors()).isEmpty();
  }

  @Test
  void options_override_the_header() {
    Instant at = Instant.parse("2026-11-01T12:00:00Z");
    Reading r =
        fixture(
            "call-en.txt",
            DEFAULTS.withCustomer("initech").withChannel(Channel.CHAT).withBy("mikko").withAt(at));
    Statement.Draft d = r.drafts().get(0);
    assertThat(d.customer().id()).isEqualTo("initech");
    assertThat(d.channel()).isEqualTo(Channel.CHAT);
    assertThat(d.capturedBy()).isEqualTo("mikko");
    assertThat(d.occurredAt()).contains(at);
  }

  @Test
  void without_a_customer_the_file_is_one_error_at_line_1() {
    Reading r =
        Reading.transcript(
            "anon.txt", "Asiakas: Laskutus ei toimi.\nCustomer: Fix it.\n", DEFAULTS);
    assertThat(r.drafts()).isEmpty();
    assertThat(r.messages())
        .containsExactly("anon.txt:1: no customer: add '# customer: ID' or use --customer");
  }

  @Test
  void an_empty_transcript_is_no_error() {
    assertThat(Reading.transcript("empty.txt", "", DEFAULTS).errors()).isEmpty();
    assertThat(Reading.transcript("header.txt", "# kanava: call\n\n", DEFAULTS).errors()).isEmpty();
  }

  @Test
  void the_customer_option_is_enough_and_an_undated_transcript_leaves_the_time_open() {
    Reading r =
        Reading.transcript(
            "anon.txt", "Asiakas: Laskutus ei toimi.\n", DEFAULTS.withCustomer("acme"));
    assertThat(r.errors()).isEmpty();
    assertThat(r.drafts().get(0).customer().id()).isEqualTo("acme");
    assertThat(r.drafts().get(0).occurredAt()).isEmpty();
    assertThat(r.drafts().get(0).channel()).isEqualTo(Channel.OTHER);
    assertThat(r.drafts().get(0).context()).isEmpty();
  }

  @Test
  void a_bad_header_stops_the_file_with_every_header_problem() {
    Reading r =
        Reading.transcript(
            "bad.txt",
            "# customer: acme\n# kanava: fax\n# date: tomorrow\n# aihe: laskutus\n"
                + "Asiakas: Laskutus ei toimi.\n",
            DEFAULTS);
    assertThat(r.drafts()).isEmpty();
    assertThat(r.messages())
        .satisfiesExactly(
            m -> assertThat(m).startsWith("bad.txt:2: unknown channel 'fax'"),
            m -> assertThat(m).startsWith("bad.txt:3: bad date 'tomorrow'"),
            m ->
                assertThat(m)
                    .isEqualTo(
                        "bad.txt:4: unknown header 'aihe' (expected customer, customer_name,"
                            + " contact, channel, by, date or lang)"));
  }

  @Test
  void header_comments_and_a_language_are_allowed() {
    Reading r =
        Reading.transcript(
            "c.txt",
            "# Palaveri Acmen kanssa\n# customer: acme\n# lang: fi\n\nAsiakas: Hidas.\n"
                + "# tauko\nAsiakas: Tosi hidas.\n",
            DEFAULTS);
    assertThat(r.errors()).isEmpty();
    assertThat(r.texts()).containsExactly("Hidas.", "Tosi hidas.");
    assertThat(r.drafts().get(0).language()).contains(Language.FI);
  }

  @Test
  void text_before_the_first_speaker_is_reported_once() {
    Reading r =
        Reading.transcript(
            "notes.txt",
            "# customer: acme\nmuistiinpanoja\nlisää\nAsiakas: Laskutus ei toimi.\n",
            DEFAULTS);
    assertThat(r.messages())
        .containsExactly(
            "notes.txt:2: text before the first speaker (start a turn with 'Asiakas:' or"
                + " 'Customer:')");
    assertThat(r.texts()).containsExactly("Laskutus ei toimi.");
  }

  @Test
  void a_colon_in_lower_case_prose_continues_the_turn() {
    Reading r =
        Reading.transcript(
            "prose.txt",
            "# customer: acme\nAsiakas: Yksi asia vielä.\ntarvitsemme seuraavaa: raportit.\n"
                + "https://example.fi/ohje ei aukea.\n",
            DEFAULTS);
    assertThat(r.errors()).isEmpty();
    assertThat(r.texts())
        .containsExactly(
            "Yksi asia vielä.",
            "tarvitsemme seuraavaa: raportit.",
            "https://example.fi/ohje ei aukea.");
  }

  @Test
  void a_line_of_bad_utf8_is_reported_and_the_rest_of_the_turn_is_kept() {
    byte[] bytes =
        Reading.withBytes(
            "# customer: acme\nAsiakas: Laskutus ei toimi.\n\u0000 rikki\nRaportti puuttuu.\n",
            (byte) 0xFF);
    Reading r = Reading.of(Readers.of(Format.TRANSCRIPT, DEFAULTS), "utf.txt", bytes);
    assertThat(r.messages()).containsExactly("utf.txt:3: invalid UTF-8");
    assertThat(r.texts()).containsExactly("Laskutus ei toimi.", "Raportti puuttuu.");
  }

  @Test
  void punctuation_only_sentences_are_not_statements() {
    Reading r = Reading.transcript("p.txt", "# customer: acme\nAsiakas: ... Hmm. ?!\n", DEFAULTS);
    assertThat(r.texts()).containsExactly("Hmm.");
  }

  @Test
  void a_speaker_cannot_be_on_both_sides() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DEFAULTS.withCustomerSide("Rep"))
        .withMessageContaining("'Rep'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DEFAULTS.withOurSide("not: a name"))
        .withMessageContaining("one to three words");
  }
}
