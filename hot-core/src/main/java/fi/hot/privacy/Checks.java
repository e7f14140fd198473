package fi.hot.privacy;

import java.util.Locale;
import java.util.Map;

/**
 * The check-digit rules that tell personal data from look-alike numbers: the henkilötunnus check
 * character, ISO 13616 mod-97 for IBANs, and Luhn with issuer prefixes for payment cards.
 * Stateless.
 */
final class Checks {
  private static final String HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY";

  // IBAN length by country, from the SWIFT IBAN registry
  private static final Map<String, Integer> IBAN_LENGTHS =
      Map.ofEntries(
          Map.entry("AD", 24),
          Map.entry("AE", 23),
          Map.entry("AL", 28),
          Map.entry("AT", 20),
          Map.entry("AZ", 28),
          Map.entry("BA", 20),
          Map.entry("BE", 16),
          Map.entry("BG", 22),
          Map.entry("BH", 22),
          Map.entry("BI", 27),
          Map.entry("BR", 29),
          Map.entry("BY", 28),
          Map.entry("CH", 21),
          Map.entry("CR", 22),
          Map.entry("CY", 28),
          Map.entry("CZ", 24),
          Map.entry("DE", 22),
          Map.entry("DJ", 27),
          Map.entry("DK", 18),
          Map.entry("DO", 28),
          Map.entry("EE", 20),
          Map.entry("EG", 29),
          Map.entry("ES", 24),
          Map.entry("FI", 18),
          Map.entry("FK", 18),
          Map.entry("FO", 18),
          Map.entry("FR", 27),
          Map.entry("GB", 22),
          Map.entry("GE", 22),
          Map.entry("GI", 23),
          Map.entry("GL", 18),
          Map.entry("GR", 27),
          Map.entry("GT", 28),
          Map.entry("HR", 21),
          Map.entry("HU", 28),
          Map.entry("IE", 22),
          Map.entry("IL", 23),
          Map.entry("IQ", 23),
          Map.entry("IS", 26),
          Map.entry("IT", 27),
          Map.entry("JO", 30),
          Map.entry("KW", 30),
          Map.entry("KZ", 20),
          Map.entry("LB", 28),
          Map.entry("LC", 32),
          Map.entry("LI", 21),
          Map.entry("LT", 20),
          Map.entry("LU", 20),
          Map.entry("LV", 21),
          Map.entry("LY", 25),
          Map.entry("MC", 27),
          Map.entry("MD", 24),
          Map.entry("ME", 22),
          Map.entry("MK", 19),
          Map.entry("MN", 20),
          Map.entry("MR", 27),
          Map.entry("MT", 31),
          Map.entry("MU", 30),
          Map.entry("NI", 28),
          Map.entry("NL", 18),
          Map.entry("NO", 15),
          Map.entry("OM", 23),
          Map.entry("PK", 24),
          Map.entry("PL", 28),
          Map.entry("PS", 29),
          Map.entry("PT", 25),
          Map.entry("QA", 29),
          Map.entry("RO", 24),
          Map.entry("RS", 22),
          Map.entry("RU", 33),
          Map.entry("SA", 24),
          Map.entry("SC", 31),
          Map.entry("SD", 18),
          Map.entry("SE", 24),
          Map.entry("SI", 19),
          Map.entry("SK", 24),
          Map.entry("SM", 27),
          Map.entry("SO", 23),
          Map.entry("ST", 25),
          Map.entry("SV", 28),
          Map.entry("TL", 23),
          Map.entry("TN", 24),
          Map.entry("TR", 26),
          Map.entry("UA", 29),
          Map.entry("VA", 22),
          Map.entry("VG", 24),
          Map.entry("XK", 20),
          Map.entry("YE", 30));

  private Checks() {}

  /**
   * Whether the 11 characters at {@code from} are a henkilötunnus: {@code DDMMYY}, a century sign
   * ({@code +} 1800s; {@code - Y X W V U} 1900s; {@code A B C D E F} 2000s), an individual number
   * {@code 002}–{@code 999}, and the check character of the nine digits mod 31. The date must exist
   * in its century. Letters may be in either case.
   */
  static boolean isHetu(CharSequence s, int from) {
    if (from < 0 || from + 11 > s.length()) {
      return false;
    }
    for (int i : new int[] {0, 1, 2, 3, 4, 5, 7, 8, 9}) {
      if (!isAsciiDigit(s.charAt(from + i))) {
        return false;
      }
    }
    int century =
        switch (Character.toUpperCase(s.charAt(from + 6))) {
          case '+' -> 1800;
          case '-', 'Y', 'X', 'W', 'V', 'U' -> 1900;
          case 'A', 'B', 'C', 'D', 'E', 'F' -> 2000;
          default -> -1;
        };
    if (century < 0) {
      return false;
    }
    int day = number(s, from, 2);
    int month = number(s, from + 2, 2);
    int year = century + number(s, from + 4, 2);
    int individual = number(s, from + 7, 3);
    if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || individual < 2) {
      return false;
    }
    int nine = number(s, from, 6) * 1000 + individual;
    return Character.toUpperCase(s.charAt(from + 10)) == HETU_CHECK.charAt(nine % 31);
  }

  /** The IBAN length for a country code, or 0 when the country has no IBAN. */
  static int ibanLength(String countryCode) {
    return IBAN_LENGTHS.getOrDefault(countryCode.toUpperCase(Locale.ROOT), 0);
  }

  /**
   * Whether an IBAN written without spaces is valid: a country with IBANs, its length, check digits
   * {@code 02}–{@code 98}, an alphanumeric account part, and mod 97 of the rearranged number equal
   * to 1 (ISO 13616). Letters may be in either case.
   */
  static boolean isIban(String compact) {
    String iban = compact.toUpperCase(Locale.ROOT);
    if (iban.length() < 4 || iban.length() != ibanLength(iban.substring(0, 2))) {
      return false;
    }
    if (!isAsciiDigit(iban.charAt(2)) || !isAsciiDigit(iban.charAt(3))) {
      return false;
    }
    int checkDigits = number(iban, 2, 2);
    if (checkDigits < 2 || checkDigits > 98) {
      return false;
    }
    String rearranged = iban.substring(4) + iban.substring(0, 4);
    int remainder = 0;
    for (int i = 0; i < rearranged.length(); i++) {
      char c = rearranged.charAt(i);
      if (isAsciiDigit(c)) {
        remainder = (remainder * 10 + (c - '0')) % 97;
      } else if (c >= 'A' && c <= 'Z') {
        remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
      } else {
        return false;
      }
    }
    return remainder == 1;
  }

  /** Whether a string of digits passes the Luhn check. */
  static boolean luhn(String digits) {
    int sum = 0;
    boolean twice = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return sum % 10 == 0;
  }

  /**
   * Whether a string of digits is a payment card number: Luhn-valid, with an issuer prefix and a
   * length that issuer uses. Visa {@code 4} (13, 16 or 19 digits); American Express {@code 34},
   * {@code 37} (15); Mastercard {@code 51}–{@code 55}, {@code 2221}–{@code 2720} (16); Mir {@code
   * 2200}–{@code 2204} (16–19); Diners {@code 300}–{@code 305}, {@code 36}, {@code 38}, {@code 39}
   * (14–19); JCB {@code 3528}–{@code 3589} (16–19); Maestro, Discover and UnionPay {@code 50},
   * {@code 56}–{@code 69} (13–19).
   */
  static boolean isCard(String digits) {
    int n = digits.length();
    if (n < 13 || n > 19 || !digits.chars().allMatch(Checks::isAsciiDigit)) {
      return false;
    }
    return issuerTakes(digits, n) && luhn(digits);
  }

  private static boolean issuerTakes(String digits, int n) {
    int two = number(digits, 0, 2);
    int three = number(digits, 0, 3);
    int four = number(digits, 0, 4);
    if (digits.charAt(0) == '4') {
      return n == 13 || n == 16 || n == 19;
    }
    if (two == 34 || two == 37) {
      return n == 15;
    }
    if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) {
      return n == 16;
    }
    if (four >= 2200 && four <= 2204) {
      return n >= 16;
    }
    if ((three >= 300 && three <= 305) || two == 36 || two == 38 || two == 39) {
      return n >= 14;
    }
    if (four >= 3528 && four <= 3589) {
      return n >= 16;
    }
    return two == 50 || (two >= 56 && two <= 69);
  }

  static boolean isAsciiDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private static int number(CharSequence s, int from, int length) {
    int value = 0;
    for (int i = from; i < from + length; i++) {
      value = value * 10 + (s.charAt(i) - '0');
    }
    return value;
  }

  private static int daysIn(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }
}
