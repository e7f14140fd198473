package fi.hot.privacy;

import fi.hot.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Reads one run of digits (digit groups joined by single spaces or dashes, perhaps with a leading
 * {@code +} and an area code in brackets) and finds the phone and card numbers in it. The rules are
 * those of {@link Redactor}; this class only applies them. Stateless.
 */
final class NumberRun {
  // words that, right before a number, say it is an order, invoice, reference or other code
  private static final Set<String> CODE_WORDS =
      Set.of(
          "alv", "erä", "id", "ref", "inv", "po", "sku", "rma", "lot", "vat", "code", "item", "pin",
          "ean", "isbn", "imei", "gtin", "ovt", "case");
  // Finnish compounds carry the code part anywhere (verkkolaskuosoite, asiakasnumero, tilauksen)
  private static final List<String> FINNISH_STEMS =
      List.of(
          "lasku",
          "tilau",
          "viite",
          "viitt",
          "asiakasnum",
          "asiakasnro",
          "asiakastun",
          "sopimu",
          "tapau",
          "tiket",
          "tuote",
          "tuott",
          "sarjanum",
          "kuitti",
          "kuitin",
          "lähety",
          "seuranta",
          "varau",
          "tosit",
          "tunnus",
          "tunnuk",
          "tunnist",
          "eränum",
          "osanum",
          "projekt",
          "reklamaat",
          "palautu",
          "rahti",
          "paketti",
          "paketin",
          "lisenssi",
          "versio",
          "koodi",
          "välittäjä");
  // English words by their start: orders, invoices, references
  private static final List<String> ENGLISH_STEMS =
      List.of(
          "order",
          "invoice",
          "receipt",
          "ticket",
          "booking",
          "tracking",
          "shipment",
          "parcel",
          "referen",
          "customer",
          "account",
          "contract",
          "serial",
          "product",
          "project",
          "claim",
          "batch",
          "version",
          "licen");
  // skipped when looking for the word before a number: "tilaus nro 123", "order number 123"
  private static final Set<String> FILLERS =
      Set.of(
          "nro", "numero", "numeron", "n", "o", "nr", "no", "number", "num", "is", "on", "was",
          "oli");
  private static final String BETWEEN_WORD_AND_NUMBER = " \t\u00A0\u202F#:.,-–(";

  private NumberRun() {}

  /** A digit group: an optional bracketed part such as {@code (09)}, then digits. */
  private record Group(
      int start, int end, String bracketed, int digitsStart, String digits, char before) {
    String all() {
      return bracketed + digits;
    }

    boolean hasBrackets() {
      return !bracketed.isEmpty();
    }
  }

  /**
   * Adds the phone and card numbers in {@code text[start, end)}, a run {@link #runEnd} read, and
   * returns where the scan goes on: the end of the run, or a group where {@code otherAt} says an
   * identity code or an e-mail address starts. A phone number starts the run or follows another
   * finding; a card number may also start after any space, as its check digit makes it stand out of
   * other numbers.
   */
  static int find(String text, int start, int end, IntPredicate otherAt, List<Finding> out) {
    boolean plus = text.charAt(start) == '+';
    Run run =
        new Run(
            groups(text, plus ? start + 1 : start, end),
            plus,
            codeWordBefore(text, start),
            otherAt);
    boolean phoneMayStart = true;
    int g = 0;
    while (g < run.size()) {
      int last = run.card(g, true);
      PiiKind kind = PiiKind.CARD;
      if (last < 0 && phoneMayStart) {
        last = run.phone(g, true);
        kind = PiiKind.PHONE;
      }
      if (last >= 0) {
        Group first = run.groups.get(g);
        // a card number after an area code in brackets starts at its digits
        int from =
            kind == PiiKind.CARD && first.hasBrackets()
                ? first.digitsStart()
                : g == 0 ? start : first.start();
        out.add(new Finding(kind, new Span(from, run.groups.get(last).end())));
        run.codeBefore = false;
        phoneMayStart = true;
        g = last + 1;
      } else if (g > 0 && otherAt.test(run.groups.get(g).start())) {
        // the scan goes on from here: the run took the start of an identity code or an address
        return run.groups.get(g).start();
      } else {
        phoneMayStart = false;
        g++;
      }
      while (g < run.size() && run.groups.get(g).before() != ' ') {
        if (otherAt.test(run.groups.get(g).start())) {
          return run.groups.get(g).start();
        }
        g++;
      }
    }
    return end;
  }

  /**
   * Where the run of digit groups at {@code start} ends (a {@code +}, then groups such as {@code
   * 040} or {@code (09) 1234} joined by single spaces or dashes), or -1. It ends after the last
   * group that touches no letter, digit, {@code @} or decimal after it; read here rather than by a
   * pattern, whose repeated groups would recurse once per group.
   */
  static int runEnd(String text, int start) {
    int i = text.charAt(start) == '+' ? start + 1 : start;
    int end = -1;
    while (true) {
      int groupEnd = groupEnd(text, i);
      if (groupEnd < 0) {
        return end;
      }
      if (endsRun(text, groupEnd)) {
        end = groupEnd;
      }
      if (groupEnd + 1 < text.length()
          && (isSpace(text.charAt(groupEnd)) || text.charAt(groupEnd) == '-')
          && groupEnd(text, groupEnd + 1) > 0) {
        i = groupEnd + 1;
      } else {
        return end;
      }
    }
  }

  // the end of a group (an optional (NNNN) and a space, then digits) starting at i, or -1
  private static int groupEnd(String text, int i) {
    int n = text.length();
    if (i < n && text.charAt(i) == '(') {
      int j = i + 1;
      while (j < n && j - i <= 4 && Checks.isAsciiDigit(text.charAt(j))) {
        j++;
      }
      if (j == i + 1 || j >= n || text.charAt(j) != ')') {
        return -1;
      }
      i = j + 1;
      if (i < n && isSpace(text.charAt(i))) {
        i++;
      }
    }
    int j = i;
    while (j < n && Checks.isAsciiDigit(text.charAt(j))) {
      j++;
    }
    return j > i ? j : -1;
  }

  private static boolean endsRun(String text, int end) {
    if (end == text.length()) {
      return true;
    }
    char c = text.charAt(end);
    if (Character.isLetterOrDigit(c) || c == '_' || c == '@') {
      return false;
    }
    return !((c == '.' || c == ',')
        && end + 1 < text.length()
        && Checks.isAsciiDigit(text.charAt(end + 1)));
  }

  private static List<Group> groups(String text, int from, int end) {
    List<Group> groups = new ArrayList<>();
    char before = 0;
    int i = from;
    while (i < end) {
      char c = text.charAt(i);
      if (c == '-' || isSpace(c)) {
        before = c == '-' ? '-' : ' ';
        i++;
        continue;
      }
      int groupStart = i;
      String bracketed = "";
      if (c == '(') {
        int close = text.indexOf(')', i);
        bracketed = text.substring(i + 1, close);
        i = close + 1;
        if (i < end && isSpace(text.charAt(i))) {
          i++;
        }
      }
      int digitsStart = i;
      while (i < end && Checks.isAsciiDigit(text.charAt(i))) {
        i++;
      }
      groups.add(
          new Group(groupStart, i, bracketed, digitsStart, text.substring(digitsStart, i), before));
      before = 0;
    }
    return groups;
  }

  /** The digit groups of one run and what the word before it says. */
  private static final class Run {
    final List<Group> groups;
    final boolean plus;
    final IntPredicate otherAt;
    boolean codeBefore;

    Run(List<Group> groups, boolean plus, boolean codeBefore, IntPredicate otherAt) {
      this.groups = groups;
      this.plus = plus;
      this.codeBefore = codeBefore;
      this.otherAt = otherAt;
    }

    int size() {
      return groups.size();
    }

    /** The last group of a card number starting at group {@code g}, or -1. */
    int card(int g, boolean checkRest) {
      if (plus && g == 0) {
        return -1;
      }
      StringBuilder digits = new StringBuilder();
      int last = -1;
      for (int e = g; e < groups.size() && digits.length() <= 19; e++) {
        Group group = groups.get(e);
        // grouped card numbers come in groups of three or more digits (4111 1111 …, 3782 822463
        // …); only the last may have two (3056 9309 0259 04)
        int size = group.digits().length();
        boolean grouped = e > g;
        if ((grouped && group.hasBrackets())
            || (grouped && (size < 2 || groups.get(g).digits().length() < 3))) {
          break;
        }
        digits.append(group.digits());
        if (endsHere(e) && cardFits(digits.toString(), g, e, checkRest)) {
          last = e;
        }
        if (grouped && size < 3) {
          break;
        }
      }
      return last;
    }

    private boolean cardFits(String digits, int g, int e, boolean checkRest) {
      if (!Checks.isCard(digits)) {
        return false;
      }
      // an order number may pass Luhn by chance; one of 16 digits with an issuer's prefix is a card
      if (codeBefore && digits.length() != 16) {
        return false;
      }
      // a card number written as one group stands alone; a grouped one is not the start of a
      // longer grouped number such as a reference
      return e == g || !checkRest || restFits(e);
    }

    /** The last group of a phone number starting at group {@code g}, or -1. */
    int phone(int g, boolean checkRest) {
      boolean international = plus && g == 0;
      int last = -1;
      List<String> parts = new ArrayList<>();
      // a (0) after the country code is the trunk prefix, not part of the number: +44 (0)20 …
      StringBuilder dialled = new StringBuilder();
      char lastSeparator = 0;
      for (int e = g; e < groups.size(); e++) {
        Group group = groups.get(e);
        if (group.hasBrackets()) {
          parts.add(group.bracketed());
          if (!group.bracketed().equals("0")) {
            dialled.append(group.bracketed());
          }
        }
        parts.add(group.digits());
        dialled.append(group.digits());
        if (e > g) {
          lastSeparator = group.before();
        }
        if (dialled.length() > 16) {
          break;
        }
        boolean shape =
            international
                ? international(dialled.toString())
                : isPhone(parts, codeBefore, lastSeparator, groups.get(g));
        if (endsHere(e) && shape && (!checkRest || restFits(e))) {
          last = e;
        }
      }
      return last;
    }

    /**
     * Whether what follows a number ending at group {@code e} leaves it a number of its own:
     * nothing, one short group (an expiry, a year, a count), or another finding. Otherwise the
     * number is the start of something longer, such as a mistyped account.
     */
    private boolean restFits(int e) {
      int next = e + 1;
      if (next == groups.size()) {
        return true;
      }
      if (next + 1 == groups.size() && groups.get(next).all().length() <= 4) {
        return true;
      }
      boolean saved = codeBefore;
      codeBefore = false;
      boolean another =
          card(next, false) >= 0
              || phone(next, false) >= 0
              || otherAt.test(groups.get(next).start());
      codeBefore = saved;
      return another;
    }

    // a number ends where a space follows, or at the end of the run
    private boolean endsHere(int e) {
      return e + 1 == groups.size() || groups.get(e + 1).before() == ' ';
    }
  }

  private static boolean isPhone(
      List<String> parts, boolean codeBefore, char lastSeparator, Group first) {
    String all = String.join("", parts);
    boolean bare = parts.size() == 1;
    if (all.length() < 2) {
      return false;
    }
    if (all.startsWith("00")) {
      // 0037 and a business ID written together is a Finnish e-invoice address (OVT), not a phone
      boolean einvoice = bare && all.startsWith("0037");
      return !(bare && codeBefore) && !einvoice && international(all.substring(2));
    }
    if (all.charAt(0) == '0') {
      if (bare) {
        return all.length() >= 9 && all.length() <= 11 && !codeBefore;
      }
      return all.length() >= 7
          && all.length() <= 11
          && parts.size() <= 5
          && parts.stream().allMatch(p -> p.length() >= 2)
          && !isDate(parts);
    }
    // North American: (415) 555-0100, 415-555-0100
    return parts.size() == 3
        && parts.get(0).length() == 3
        && parts.get(1).length() == 3
        && parts.get(2).length() == 4
        && all.charAt(0) >= '2'
        && all.charAt(3) >= '2'
        && (first.hasBrackets() || lastSeparator == '-')
        && !codeBefore;
  }

  private static boolean international(String digits) {
    if (digits.length() < 8 || digits.length() > 15 || digits.charAt(0) == '0') {
      return false;
    }
    if (digits.startsWith("358")) {
      String national = digits.substring(3);
      if (national.startsWith("0")) {
        national = national.substring(1);
      }
      return national.length() >= 5 && national.length() <= 10;
    }
    return true;
  }

  // 01 03 2026 and 01-03-2026 are dates, not phone numbers
  private static boolean isDate(List<String> parts) {
    if (parts.size() != 3
        || parts.get(0).length() != 2
        || parts.get(1).length() != 2
        || parts.get(2).length() != 4) {
      return false;
    }
    int day = Integer.parseInt(parts.get(0));
    int month = Integer.parseInt(parts.get(1));
    return day >= 1 && day <= 31 && month >= 1 && month <= 12;
  }

  /**
   * Whether the word before the number (skipping "nro", "number" and punctuation) says the number
   * is a code: an order, invoice, reference, customer or product number.
   */
  static boolean codeWordBefore(String text, int start) {
    int i = start;
    for (int words = 0; words < 3; words++) {
      while (i > 0 && BETWEEN_WORD_AND_NUMBER.indexOf(text.charAt(i - 1)) >= 0) {
        i--;
      }
      int end = i;
      while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
        i--;
      }
      if (i == end) {
        return false;
      }
      String word = text.substring(i, end).toLowerCase(Locale.ROOT);
      if (FILLERS.contains(word)) {
        continue;
      }
      // only a word of its own counts, so that neither the end of an e-mail address (x@order.fi)
      // nor a placeholder ([email]) does, and redacting it cannot change what the number is
      if (i > 0
          && !Character.isWhitespace(text.charAt(i - 1))
          && "(\"'«“".indexOf(text.charAt(i - 1)) < 0) {
        return false;
      }
      return CODE_WORDS.contains(word)
          || FINNISH_STEMS.stream().anyMatch(word::contains)
          || ENGLISH_STEMS.stream().anyMatch(word::startsWith);
    }
    return false;
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F';
  }
}
