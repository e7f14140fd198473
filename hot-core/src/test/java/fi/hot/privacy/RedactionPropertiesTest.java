package fi.hot.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

class RedactionPropertiesTest {
  private static final String HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY";
  private static final Pattern EMAIL =
      Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");
  private final Redactor redactor = Redactor.standard();

  @Property(tries = 2000, seed = "7")
  void redaction_never_throws_and_redacting_again_finds_nothing(@ForAll("mixed") String text) {
    Redaction once = redactor.redact(text);
    Redaction twice = redactor.redact(once.text());

    assertThat(twice.findings()).as("in %s", once.text()).isEmpty();
    assertThat(twice.text()).isEqualTo(once.text());
  }

  @Property(tries = 1000, seed = "7")
  void arbitrary_strings_never_make_it_throw(@ForAll String text) {
    Redaction once = redactor.redact(text);

    assertThat(redactor.redact(once.text()).findings()).isEmpty();
  }

  @Property(tries = 2000, seed = "7")
  void no_word_of_the_output_is_a_card_number_identity_code_iban_or_email(
      @ForAll("mixed") String text) {
    String out = redactor.redact(text).text();

    for (String word : out.split("\\s+")) {
      String w = word.replaceAll("^[(\"']+|[.,;:!?)\"']+$", "");
      assertThat(w.length() == 16 && w.chars().allMatch(Character::isDigit) && Checks.isCard(w))
          .as("card %s in %s", w, out)
          .isFalse();
      assertThat(w.length() == 11 && Checks.isHetu(w, 0)).as("hetu %s in %s", w, out).isFalse();
      assertThat(Checks.isIban(w)).as("iban %s in %s", w, out).isFalse();
      assertThat(EMAIL.matcher(w).matches()).as("email %s in %s", w, out).isFalse();
    }
  }

  @Property(tries = 1000, seed = "7")
  void findings_are_ordered_apart_and_rebuild_the_redacted_text(@ForAll("mixed") String text) {
    Redaction r = redactor.redact(text);
    StringBuilder rebuilt = new StringBuilder();
    int at = 0;
    for (Finding f : r.findings()) {
      assertThat(f.span().start()).isGreaterThanOrEqualTo(at);
      assertThat(f.span().end()).isGreaterThan(f.span().start()).isLessThanOrEqualTo(text.length());
      rebuilt.append(text, at, f.span().start()).append(f.kind().placeholder());
      at = f.span().end();
    }
    rebuilt.append(text.substring(at));

    assertThat(rebuilt.toString()).isEqualTo(r.text());
    assertThat(r.counts().values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(r.findings().size());
    assertThat(Redactor.countPlaceholders(r.text()).get(PiiKind.CARD))
        .isGreaterThanOrEqualTo(r.count(PiiKind.CARD));
  }

  /** Personal data, look-alikes, code words, placeholders and noise, glued in any order. */
  @Provide
  Arbitrary<String> mixed() {
    Arbitrary<String> fragment =
        Arbitraries.frequencyOf(
            Tuple.of(3, hetus()),
            Tuple.of(3, ibans()),
            Tuple.of(3, cards()),
            Tuple.of(3, emails()),
            Tuple.of(3, phones()),
            Tuple.of(
                8,
                Arbitraries.of(
                    " ", " ", " ", "  ", "-", ".", ",", "@", "+", "(", ")", "\u00A0", ":", "/", "#",
                    "[", "]", "[phone]", "[card]", "[email]", "[iban]", "[hetu]", "\n")),
            Tuple.of(
                4,
                Arbitraries.of(
                    "lasku",
                    "tilausnumero",
                    "order",
                    "nro",
                    "no.",
                    "puh",
                    "soita",
                    "FI",
                    "fi21",
                    "RF18",
                    "GB82",
                    "ja",
                    "and",
                    "x",
                    "ä",
                    "numero",
                    "kortti",
                    "matti",
                    "fi",
                    "example")),
            Tuple.of(3, Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(20)),
            Tuple.of(
                2,
                Arbitraries.strings().withCharRange('0', '9').withChars(" -+().,").ofMaxLength(25)),
            Tuple.of(1, Arbitraries.strings().all().ofMaxLength(8)));
    return fragment.list().ofMinSize(1).ofMaxSize(12).map(parts -> String.join("", parts));
  }

  private static Arbitrary<String> digits(int n) {
    return Arbitraries.strings().numeric().ofLength(n);
  }

  private static Arbitrary<String> hetus() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 28),
            Arbitraries.integers().between(1, 12),
            Arbitraries.integers().between(0, 99),
            Arbitraries.of('+', '-', 'Y', 'X', 'W', 'V', 'U', 'A', 'B', 'C', 'D', 'E', 'F'),
            Arbitraries.integers().between(2, 999))
        .as(
            (d, m, y, sign, n) -> {
              String date = String.format("%02d%02d%02d", d, m, y);
              String individual = String.format("%03d", n);
              int nine = Integer.parseInt(date + individual);
              return date + sign + individual + HETU_CHECK.charAt(nine % 31);
            });
  }

  private static Arbitrary<String> ibans() {
    return Combinators.combine(digits(14), Arbitraries.of(true, false))
        .as(
            (account, spaced) -> {
              BigInteger rearranged = new BigInteger(account + "1518" + "00");
              int check = 98 - rearranged.mod(BigInteger.valueOf(97)).intValue();
              String iban = "FI" + String.format("%02d", check) + account;
              return spaced ? iban.replaceAll("(.{4})", "$1 ").strip() : iban;
            });
  }

  private static Arbitrary<String> cards() {
    return Combinators.combine(
            Arbitraries.of("4", "51", "55", "2221", "6011", "3530"),
            digits(14),
            Arbitraries.of("", " ", "-"))
        .as(
            (prefix, body, separator) -> {
              String partial = (prefix + body).substring(0, 15);
              String card = partial + luhnDigit(partial);
              return separator.isEmpty()
                  ? card
                  : String.join(separator, List.of(card.split("(?<=\\G.{4})")));
            });
  }

  private static Arbitrary<String> emails() {
    Arbitrary<String> word =
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6);
    return Combinators.combine(word, word, Arbitraries.of("fi", "com", "org"))
        .as((local, domain, tld) -> local + "@" + domain + "." + tld);
  }

  private static Arbitrary<String> phones() {
    return Combinators.combine(
            Arbitraries.of("040 ", "050-", "+358 40 ", "09 ", "+44 20 ", "0"), digits(3), digits(4))
        .as((prefix, a, b) -> prefix + a + " " + b);
  }

  private static char luhnDigit(String partial) {
    int sum = 0;
    for (int i = 0; i < partial.length(); i++) {
      int d = partial.charAt(partial.length() - 1 - i) - '0';
      if (i % 2 == 0) {
        d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      }
      sum += d;
    }
    return (char) ('0' + (10 - sum % 10) % 10);
  }
}
