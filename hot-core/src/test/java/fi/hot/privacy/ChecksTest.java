package fi.hot.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChecksTest {

  @Test
  void hetu_check_character_is_the_nine_digits_mod_31() {
    // 131052308 mod 31 = 25, and the 26th character of the table is T
    assertThat(Checks.isHetu("131052-308T", 0)).isTrue();
    assertThat(Checks.isHetu("x 131052-308T", 2)).isTrue();
    for (char wrong : "0123456789ABCDEFHJKLMNPRSUVWXY".toCharArray()) {
      assertThat(Checks.isHetu("131052-308" + wrong, 0)).as("check %s", wrong).isFalse();
    }
  }

  @Test
  void hetu_century_signs_decide_which_dates_exist() {
    // 29 February: 2000 was a leap year, 1900 was not
    assertThat(Checks.isHetu("290200A1239", 0)).isTrue();
    assertThat(Checks.isHetu("290200-1239", 0)).isFalse();
    assertThat(Checks.isHetu("290200Y1239", 0)).isFalse();
    assertThat(Checks.isHetu("010101+002S", 0)).isTrue();
    assertThat(Checks.isHetu("010101G002S", 0)).isFalse();
    assertThat(Checks.isHetu("131052-308", 0)).isFalse();
  }

  @Test
  void iban_is_the_country_length_and_mod_97_equal_to_one() {
    assertThat(Checks.isIban("FI2112345600000785")).isTrue();
    assertThat(Checks.isIban("fi2112345600000785")).isTrue();
    assertThat(Checks.isIban("GB82WEST12345698765432")).isTrue();
    assertThat(Checks.isIban("NO9386011117947")).isTrue();
    assertThat(Checks.isIban("FI2112345600000786")).isFalse();
    assertThat(Checks.isIban("FI211234560000078")).isFalse();
    // a creditor reference passes mod 97 but RF is no country
    assertThat(Checks.isIban("RF18539007547034")).isFalse();
    assertThat(Checks.isIban("FI")).isFalse();
    assertThat(Checks.ibanLength("fi")).isEqualTo(18);
    assertThat(Checks.ibanLength("XX")).isZero();
  }

  @Test
  void luhn_and_issuer_prefixes_decide_cards() {
    assertThat(Checks.luhn("79927398713")).isTrue();
    assertThat(Checks.luhn("79927398710")).isFalse();
    assertThat(Checks.isCard("4111111111111111")).isTrue();
    assertThat(Checks.isCard("4222222222222")).isTrue();
    assertThat(Checks.isCard("378282246310005")).isTrue();
    assertThat(Checks.isCard("5555555555554444")).isTrue();
    // Luhn-valid, but Visa has no 15-digit numbers and no issuer starts with 1
    assertThat(Checks.isCard("490154203237518")).isFalse();
    assertThat(Checks.isCard("1234567890123452")).isFalse();
    assertThat(Checks.isCard("411111111111")).isFalse();
  }
}
