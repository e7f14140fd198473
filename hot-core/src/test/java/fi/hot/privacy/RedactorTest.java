package fi.hot.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.hot.model.Span;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedactorTest {
  private final Redactor redactor = Redactor.standard();

  private String redact(String text) {
    return redactor.redact(text).text();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "+358 40 123 4567",
        "+358401234567",
        "040 123 4567",
        "040-1234567",
        "0401234567",
        "09 123 4567",
        "(09) 1234 567",
        "050 123 45 67",
        "0400 123 456",
        "+358 (0)40 123 4567",
        "00358 40 1234567"
      })
  void finnish_phone_numbers_in_their_usual_formats_are_replaced(String phone) {
    assertThat(redact("Soittakaa numeroon " + phone + " iltapäivällä, kiitos."))
        .isEqualTo("Soittakaa numeroon [phone] iltapäivällä, kiitos.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "+44 20 7946 0958",
        "+44 (0)20 7946 0958",
        "+1 (415) 555-0100",
        "(415) 555-0100",
        "415-555-0100",
        "+46 8 123 456 78",
        "+49 30 1234 5678"
      })
  void international_phone_numbers_are_replaced(String phone) {
    assertThat(redact("Please call me back on " + phone + "."))
        .isEqualTo("Please call me back on [phone].");
  }

  @Test
  void email_addresses_are_replaced_in_finnish_and_english() {
    assertThat(redact("Lähettäkää tarjous osoitteeseen matti.virtanen@example.fi, kiitos."))
        .isEqualTo("Lähettäkää tarjous osoitteeseen [email], kiitos.");
    assertThat(redact("Cc: <Anna-Liisa.Korhonen+hot@mail.example.co.uk>; john_smith@example.com."))
        .isEqualTo("Cc: <[email]>; [email].");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "010101+002S",
        "131052-308T",
        "241299Y123N",
        "050675X4564",
        "300488W789R",
        "150860V2345",
        "280245U567K",
        "010100A002H",
        "290204B345F",
        "170510C678E",
        "311215D901L",
        "101020E1118",
        "060323F222C",
        "290200A1239",
        "131052-308t"
      })
  void identity_codes_with_every_century_sign_are_replaced(String hetu) {
    assertThat(redact("Henkilötunnukseni on " + hetu + ", tarvitsetteko sitä?"))
        .isEqualTo("Henkilötunnukseni on [hetu], tarvitsetteko sitä?");
    assertThat(redact("My personal identity code (" + hetu + ") is on the envelope."))
        .isEqualTo("My personal identity code ([hetu]) is on the envelope.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "131052-308U", // wrong check character
        "290200-1239", // 29 February 1900 did not exist
        "290223A1237", // nor 29 February 2023
        "310490-123D", // nor 31 April
        "010190-001P", // individual numbers start at 002
        "131052G308T" // no such century sign
      })
  void identity_code_look_alikes_are_kept(String code) {
    String text = "Tunnus " + code + " hylättiin lomakkeessa.";
    assertThat(redact(text)).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FI21 1234 5600 0007 85",
        "FI2112345600000785",
        "fi21 1234 5600 0007 85",
        "GB82 WEST 1234 5698 7654 32",
        "DE89 3704 0044 0532 0130 00",
        "NO93 8601 1117 947",
        "NL91 ABNA 0417 1643 00",
        "FR14 2004 1010 0505 0001 3M02 606",
        "BE68 5390 0754 7034",
        "SE45 5000 0000 0583 9825 7466"
      })
  void ibans_of_any_country_are_replaced_with_or_without_spaces(String iban) {
    assertThat(redact("Maksakaa hyvitys tilille " + iban + ", kiitos."))
        .isEqualTo("Maksakaa hyvitys tilille [iban], kiitos.");
    assertThat(redact("IBAN: " + iban + ".")).isEqualTo("IBAN: [iban].");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FI21 1234 5600 0007 86", // wrong check
        "FI21 1234 5600 0007 8", // too short for Finland
        "FI21 1234 5600 0007 8512", // too long
        "DE89 3704 0044 0532 0130 01",
        "RF18 5390 0754 7034" // a creditor reference, not an account
      })
  void iban_look_alikes_are_kept_and_their_digits_are_not_taken_for_a_phone(String code) {
    String text = "Tilinumero " + code + " on väärin.";
    assertThat(redact(text)).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "4111 1111 1111 1111",
        "4111-1111-1111-1111",
        "4111111111111111",
        "5555 5555 5555 4444",
        "2223 0031 2200 3222",
        "3782 822463 10005",
        "378282246310005",
        "6011 1111 1111 1117",
        "3530 1113 3330 0000",
        "3056 9309 0259 04",
        "4222 222 222 222"
      })
  void card_numbers_are_replaced(String card) {
    assertThat(redact("Maksoin kortilla " + card + " mutta veloitus tuli kahdesti."))
        .isEqualTo("Maksoin kortilla [card] mutta veloitus tuli kahdesti.");
    assertThat(redact("Card " + card + " exp 12/28 was declined."))
        .isEqualTo("Card [card] exp 12/28 was declined.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "4111 1111 1111 1112", // fails Luhn
        "1234 5678 9012 3452", // Luhn-valid, but no issuer starts with 1
        "7992 7398 7130 0008", // nor with 7
        "490154203237518", // Luhn-valid IMEI: Visa numbers have 13, 16 or 19 digits
        "41111111111111111111" // 20 digits
      })
  void card_look_alikes_are_kept(String number) {
    String text = "The number " + number + " is printed on the label.";
    assertThat(redact(text)).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Lasku 123456789 erääntyy 15.4.2026.",
        "Tilausnumero 2026-001234 lähti maanantaina.",
        "Palaveri on 12.3.2026 klo 14.30 tai 2026-03-12 10:45.",
        "Laskun summa oli 1 234,50 € eikä 990 €.",
        "The total was $1,299.00 instead of $999.00.",
        "Toimitusosoite on Mannerheimintie 12, 00100 Helsinki.",
        "Y-tunnuksemme on 1234567-8 ja ALV-numero FI12345678.",
        "Our business ID 0112038-9 is missing from the invoice.",
        "Viitenumero 12345 67890 12347 ei kelpaa.",
        "Päivitys versioon 2.14.3 rikkoi raportit.",
        "Alennus oli vain 15 %, vaikka luvattiin 20 %.",
        "Revenue grew from 1 050 000 to 1 200 000 euros.",
        "The contract runs from 01-03-2026 to 28-02-2027.",
        "Postinumero 02100 Espoo on väärin.",
        "Verkkolaskuosoite 003712345678 on oikein.",
        "IP-osoite 192.168.0.1 estettiin.",
        "Error 0x80070005 on every start."
      })
  void ordinary_numbers_are_not_personal_data(String text) {
    assertThat(redactor.redact(text).findings()).isEmpty();
  }

  @Test
  void a_code_word_before_a_bare_number_makes_it_a_code_not_a_phone() {
    assertThat(redact("Lasku 0401234567 on maksettu.")).isEqualTo("Lasku 0401234567 on maksettu.");
    assertThat(redact("Tilauksen nro 0501234567 peruttiin."))
        .isEqualTo("Tilauksen nro 0501234567 peruttiin.");
    assertThat(redact("Invoice no. 0123456789 was paid twice."))
        .isEqualTo("Invoice no. 0123456789 was paid twice.");
    assertThat(redact("My order number is 0456789123."))
        .isEqualTo("My order number is 0456789123.");
    // the same number with a word that is not a code, or written as a phone number, is a phone
    assertThat(redact("Numeroni on 0401234567.")).isEqualTo("Numeroni on [phone].");
    assertThat(redact("Lasku 040 123 4567 -numeroon.")).isEqualTo("Lasku [phone] -numeroon.");
  }

  @Test
  void after_a_code_word_only_sixteen_digit_numbers_are_cards() {
    // 4222222222222 is a Luhn-valid 13-digit Visa number
    assertThat(redact("Tilausnumero 4222222222222 ei löydy."))
        .isEqualTo("Tilausnumero 4222222222222 ei löydy.");
    assertThat(redact("Order 4222222222222 never arrived."))
        .isEqualTo("Order 4222222222222 never arrived.");
    assertThat(redact("Maksoin kortilla 4222222222222.")).isEqualTo("Maksoin kortilla [card].");
    assertThat(redact("Order 4111 1111 1111 1111 was paid.")).isEqualTo("Order [card] was paid.");
  }

  @Test
  void numbers_glued_to_words_or_decimals_are_kept() {
    for (String text :
        List.of(
            "Koodi ABC0401234567 ei toimi.",
            "Mittari näytti 0401234567kWh.",
            "Arvo 3,0401234567 pyöristettiin.",
            "Tunniste x4111111111111111 on lokissa.")) {
      assertThat(redact(text)).as(text).isEqualTo(text);
    }
  }

  @Test
  void several_numbers_in_a_row_are_each_replaced() {
    assertThat(redact("Numerot: 040 1234567 050 7654321, kumpi tahansa."))
        .isEqualTo("Numerot: [phone] [phone], kumpi tahansa.");
    assertThat(redact("Soita 040 123 4567 2026 jälkeen.")).isEqualTo("Soita [phone] 2026 jälkeen.");
  }

  @Test
  void data_after_a_mistyped_iban_is_still_found() {
    assertThat(redact("Tili XX12 3456 7890 1234 matti@example.fi"))
        .isEqualTo("Tili XX12 3456 7890 1234 [email]");
    assertThat(redact("FI21 1234 5600 0007 85 040 123 4567")).isEqualTo("[iban] [phone]");
  }

  @Test
  void findings_give_the_kind_and_where_it_was_and_counts_per_kind() {
    String text = "Soita 040 123 4567 tai 050 765 4321, hetu 131052-308T";
    Redaction r = redactor.redact(text);

    assertThat(r.text()).isEqualTo("Soita [phone] tai [phone], hetu [hetu]");
    assertThat(r.findings())
        .containsExactly(
            new Finding(PiiKind.PHONE, new Span(6, 18)),
            new Finding(PiiKind.PHONE, new Span(23, 35)),
            new Finding(PiiKind.HETU, new Span(42, 53)));
    assertThat(text.substring(6, 18)).isEqualTo("040 123 4567");
    assertThat(r.counts())
        .containsExactly(
            Map.entry(PiiKind.EMAIL, 0),
            Map.entry(PiiKind.PHONE, 2),
            Map.entry(PiiKind.HETU, 1),
            Map.entry(PiiKind.IBAN, 0),
            Map.entry(PiiKind.CARD, 0));
    assertThat(r.count(PiiKind.PHONE)).isEqualTo(2);
    assertThat(r.redacted()).isTrue();
  }

  @Test
  void text_without_personal_data_comes_back_as_it_was() {
    Redaction r = redactor.redact("Laskutus ei toimi, tarvitsemme korjauksen pian.");

    assertThat(r.text()).isEqualTo("Laskutus ei toimi, tarvitsemme korjauksen pian.");
    assertThat(r.findings()).isEmpty();
    assertThat(r.redacted()).isFalse();
  }

  @Test
  void redacting_redacted_text_changes_nothing() {
    String once =
        redact(
            "Mail matti@example.fi, call +358 40 123 4567, IBAN FI21 1234 5600 0007 85, "
                + "card 4111 1111 1111 1111, hetu 131052-308T.");

    assertThat(once)
        .isEqualTo("Mail [email], call [phone], IBAN [iban], card [card], hetu [hetu].");
    assertThat(redactor.redact(once).findings()).isEmpty();
    assertThat(redact(once)).isEqualTo(once);
  }

  @Test
  void placeholders_in_stored_text_are_counted_by_kind() {
    String stored =
        "Soita [phone] tai [phone], tili [iban]; [PHONE] ja [mail] eivät ole paikkamerkkejä.";

    assertThat(Redactor.countPlaceholders(stored))
        .containsExactly(
            Map.entry(PiiKind.EMAIL, 0),
            Map.entry(PiiKind.PHONE, 2),
            Map.entry(PiiKind.HETU, 0),
            Map.entry(PiiKind.IBAN, 1),
            Map.entry(PiiKind.CARD, 0));
    assertThat(Redactor.countPlaceholders("")).containsValues(0, 0, 0, 0, 0);
  }

  @Test
  void none_keeps_everything_and_of_redacts_only_the_kinds_given() {
    String text = "Soita 040 123 4567 tai mailaa matti@example.fi";

    assertThat(Redactor.none().redact(text).text()).isEqualTo(text);
    assertThat(Redactor.none().isActive()).isFalse();
    assertThat(Redactor.of(EnumSet.noneOf(PiiKind.class)).isActive()).isFalse();
    assertThat(Redactor.of(EnumSet.of(PiiKind.EMAIL)).redact(text).text())
        .isEqualTo("Soita 040 123 4567 tai mailaa [email]");
    assertThat(Redactor.standard().kinds()).containsExactlyElementsOf(EnumSet.allOf(PiiKind.class));
  }

  @Test
  void kinds_have_placeholders_and_parse_from_their_labels() {
    assertThat(PiiKind.HETU.placeholder()).isEqualTo("[hetu]");
    assertThat(PiiKind.parse(" IBAN ")).isEqualTo(PiiKind.IBAN);
    assertThatThrownBy(() -> PiiKind.parse("ssn"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'ssn'");
  }

  @Test
  void caller_mistakes_are_named() {
    assertThatThrownBy(() -> redactor.redact(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
    assertThatThrownBy(() -> Redactor.countPlaceholders(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
    assertThatThrownBy(() -> Redactor.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("kinds");
  }
}
