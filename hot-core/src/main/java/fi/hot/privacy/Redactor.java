package fi.hot.privacy;

import fi.hot.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data in text and replaces it with typed placeholders, so that what is stored,
 * classified and indexed carries none of it.
 *
 * <pre>{@code
 * Redaction r = Redactor.standard().redact(
 *     "Soita 040 123 4567 tai mailaa matti.virtanen@example.fi, hetu 131052-308T");
 * r.text();     // "Soita [phone] tai mailaa [email], hetu [hetu]"
 * r.counts();   // {EMAIL=1, PHONE=1, HETU=1, IBAN=0, CARD=0}
 * Redactor.countPlaceholders(r.text()).get(PiiKind.PHONE);   // 1
 * }</pre>
 *
 * <h2>What is found</h2>
 *
 * <ul>
 *   <li><b>{@code [email]}</b>: {@code local@domain.tld}; the local part letters, digits and {@code
 *       . _ % + -}, the domain labels of letters, digits and {@code -}, the top-level domain two or
 *       more letters.
 *   <li><b>{@code [hetu]}</b>: a Finnish personal identity code {@code DDMMYYCNNNQ}: a date that
 *       exists in the century the sign {@code C} gives ({@code +} 1800s; {@code - Y X W V U} 1900s;
 *       {@code A B C D E F} 2000s), an individual number {@code 002}–{@code 999}, and the check
 *       character {@code Q} = {@code 0123456789ABCDEFHJKLMNPRSTUVWXY}[{@code DDMMYYNNN} mod 31].
 *       Either case.
 *   <li><b>{@code [iban]}</b>: two letters of a country that has IBANs, two check digits and the
 *       account part, written together or with single spaces ({@code FI21 1234 5600 0007 85}),
 *       exactly the country's length, passing ISO 13616 mod 97.
 *   <li><b>{@code [card]}</b>: 13–19 digits, together or in groups of three or more (the last may
 *       have two) joined by single spaces or dashes, passing the Luhn check, with an issuer's
 *       prefix and a length that issuer uses (Visa, Mastercard, American Express, Diners, JCB,
 *       Discover, UnionPay, Maestro, Mir).
 *   <li><b>{@code [phone]}</b>: international numbers {@code +CC …} or {@code 00CC …} of 8–15
 *       digits (a {@code (0)} trunk prefix is allowed; for {@code +358} the national part has 5–10
 *       digits); Finnish and other national numbers that start with {@code 0} and a non-zero digit,
 *       7–11 digits in groups of two or more ({@code 040 123 4567}, {@code 040-1234567}, {@code
 *       (09) 1234 567}), or 9–11 digits written together ({@code 0401234567}); North American
 *       numbers {@code (415) 555-0100} and {@code 415-555-0100}.
 * </ul>
 *
 * <h2>What is not</h2>
 *
 * Phone and card numbers are read from runs of digit groups joined by single spaces or dashes. A
 * run that touches a letter, a digit or {@code @}, or sits inside a decimal or a date ({@code 1
 * 234,50}, {@code 12.3.2026}), is not personal data. A phone number starts its run or follows other
 * personal data in it; a card number may start after any space in it. A grouped number must end its
 * run, or be followed by one group of at most four digits (an expiry, a year) or by other personal
 * data: otherwise it is the start of something longer, such as a reference. Dates, times, amounts,
 * postcodes ({@code 00100}), business IDs ({@code 1234567-8}), e-invoice addresses ({@code
 * 003712345678}), VAT numbers, references ({@code RF18 …}, viitenumero) and version numbers fail
 * these rules. A code word right before a number ({@code lasku}, {@code tilausnumero}, {@code
 * viite}, {@code asiakasnumero}, {@code order}, {@code invoice}, {@code ref}, {@code ticket}, …
 * with {@code nro}, {@code number}, {@code #} and {@code on}/{@code is} skipped) makes it a code:
 * then a national phone number written without spaces or dashes is not a phone, a North American
 * one neither, and a Luhn-valid number is a card only when it has 16 digits. IBANs, identity codes
 * and e-mail addresses are found whatever the words around them.
 *
 * <h2>How</h2>
 *
 * One pass of one precompiled pattern finds the candidates of every kind; the check digits and
 * rules above then decide. A placeholder stands for the letter or digit it replaced when its
 * neighbours are judged, and when anything was replaced the result is scanned once more (and again
 * while that finds more), so redacting redacted text changes nothing.
 *
 * <p>Immutable and thread-safe; share one instance.
 */
public final class Redactor {
  private static final String WORD = "\\p{L}\\p{N}_";
  // before a match: what may not be there. A placeholder's ']' stands for the letter or digit it
  // replaced, so that redacting one finding never turns its neighbour into another.
  private static final String NOT_AFTER_WORD = "(?<![" + WORD + "\\]])";
  private static final String SPACE = "[ \\u00A0\\u202F]";
  private static final String EMAIL_LOCAL = "[\\p{L}\\p{N}._%+-]";
  // after a decimal point no number starts, not even one that begins an address: 1,5 and 3.0401
  private static final String NOT_IN_DECIMAL = "(?<![\\d\\]][.,])";
  // no repeated groups below, only repeated characters: Java matches those without recursion,
  // so no input is too long. Domains and runs of digit groups are read on in code.
  // an address may not start with a digit right after a decimal point: that is the number's
  private static final String EMAIL =
      "(?<![\\p{L}\\p{N}._%+\\]-])(?!(?<=[\\d\\]][.,])\\d)" + EMAIL_LOCAL + "+@[\\p{L}\\p{N}.-]+";
  // written together, in groups of four, or with a space after the check digits; the country's
  // length is cut from this in code, as the last group of four may be the start of a word
  private static final String IBAN =
      NOT_AFTER_WORD
          + "[A-Za-z]{2}\\d{2}(?:[A-Za-z0-9]{11,30}|(?:"
          + SPACE
          + "[A-Za-z0-9]{4}){2,8}(?:"
          + SPACE
          + "[A-Za-z0-9]{1,3})?|"
          + SPACE
          + "[A-Za-z0-9]{11,30})";
  private static final String HETU =
      NOT_AFTER_WORD + NOT_IN_DECIMAL + "\\d{6}[-+A-FU-Ya-fu-y]\\d{3}[0-9A-Za-z](?![" + WORD + "])";
  // the first digit group of a run; not part of a word or a decimal
  private static final String NUMBER =
      "(?<![" + WORD + "+\\]])" + NOT_IN_DECIMAL + "\\+?(?:\\(\\d{1,4}\\)" + SPACE + "?)?\\d";
  private static final String OTHER_KINDS =
      "(?<iban>" + IBAN + ")|(?<hetu>" + HETU + ")|(?<number>" + NUMBER + ")";
  private static final Pattern SCAN = Pattern.compile("(?<email>" + EMAIL + ")|" + OTHER_KINDS);
  private static final Pattern OTHER = Pattern.compile(OTHER_KINDS);
  private static final Pattern NUMBER_ONLY = Pattern.compile(NUMBER);
  private static final Pattern EMAIL_ONLY = Pattern.compile(EMAIL);
  private static final Pattern PLACEHOLDER = Pattern.compile("\\[(email|phone|hetu|iban|card)]");

  private static final Redactor STANDARD = new Redactor(EnumSet.allOf(PiiKind.class));
  private static final Redactor NONE = new Redactor(EnumSet.noneOf(PiiKind.class));

  private final Set<PiiKind> kinds;

  private Redactor(Set<PiiKind> kinds) {
    this.kinds = Collections.unmodifiableSet(EnumSet.copyOf(kinds));
  }

  /** Redacts every kind of personal data. */
  public static Redactor standard() {
    return STANDARD;
  }

  /** Redacts nothing: for stores that keep personal data on purpose. */
  public static Redactor none() {
    return NONE;
  }

  /** Redacts only the given kinds; an empty set redacts nothing. */
  public static Redactor of(Set<PiiKind> kinds) {
    Objects.requireNonNull(kinds, "kinds");
    return kinds.isEmpty() ? NONE : new Redactor(EnumSet.copyOf(kinds));
  }

  /** The kinds this redactor replaces. */
  public Set<PiiKind> kinds() {
    return kinds;
  }

  /** Whether this redactor replaces anything at all. */
  public boolean isActive() {
    return !kinds.isEmpty();
  }

  /**
   * The text with each piece of personal data replaced by its kind's placeholder, and what was
   * found where.
   *
   * @throws NullPointerException when text is null
   */
  public Redaction redact(String text) {
    Objects.requireNonNull(text, "text");
    if (kinds.isEmpty()) {
      return new Redaction(text, List.of());
    }
    List<Finding> found = find(text);
    String out = text;
    List<Finding> more = found;
    // a placeholder may still change how its neighbours read: look again until nothing more is
    // found, so that redacting redacted text changes nothing
    while (!more.isEmpty()) {
      out = replace(text, found);
      more = inOriginal(find(out), found);
      if (!more.isEmpty()) {
        List<Finding> all = new ArrayList<>(found);
        all.addAll(more);
        all.sort(Comparator.comparingInt(f -> f.span().start()));
        found = all;
      }
    }
    return new Redaction(out, found);
  }

  private static String replace(String text, List<Finding> found) {
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    for (Finding f : found) {
      out.append(text, at, f.span().start()).append(f.kind().placeholder());
      at = f.span().end();
    }
    return out.append(text, at, text.length()).toString();
  }

  // findings in text redacted with `found`, moved to where they are in the original text; no
  // match contains a bracket, so none overlaps a placeholder
  private static List<Finding> inOriginal(List<Finding> inRedacted, List<Finding> found) {
    List<Finding> moved = new ArrayList<>(inRedacted.size());
    for (Finding f : inRedacted) {
      int shift = 0;
      for (Finding p : found) {
        int placeholderEnd = p.span().start() + shift + p.kind().placeholder().length();
        if (placeholderEnd > f.span().start()) {
          break;
        }
        shift += p.kind().placeholder().length() - (p.span().end() - p.span().start());
      }
      moved.add(new Finding(f.kind(), new Span(f.span().start() - shift, f.span().end() - shift)));
    }
    return moved;
  }

  private List<Finding> find(String text) {
    List<Finding> all = new ArrayList<>();
    Matcher m = SCAN.matcher(text);
    Matcher other = OTHER.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int from = 0;
    while (from < text.length() && m.find(from)) {
      int start = m.start();
      Matcher hit = m;
      if (m.start("email") >= 0) {
        int end = emailEnd(text, m.end());
        if (end > 0) {
          all.add(new Finding(PiiKind.EMAIL, new Span(start, end)));
          from = end;
          continue;
        }
        // not an address: what else may start here
        if (!other.region(start, text.length()).lookingAt()) {
          from = start + 1;
          continue;
        }
        hit = other;
      }
      from = otherKind(text, hit, start, all);
    }
    if (kinds.size() < PiiKind.values().length) {
      all.removeIf(f -> !kinds.contains(f.kind()));
    }
    return all;
  }

  // an IBAN, an identity code or a run of digits at start; returns where the scan goes on
  private static int otherKind(String text, Matcher hit, int start, List<Finding> out) {
    if (hit.start("iban") >= 0) {
      int end = ibanEnd(text, start, hit.end());
      if (end > 0) {
        out.add(new Finding(PiiKind.IBAN, new Span(start, end)));
        return end;
      }
      // not an IBAN; a card number or a word with personal data may still start inside it
      return start + 1;
    }
    if (hit.start("hetu") >= 0 && Checks.isHetu(text, start)) {
      out.add(new Finding(PiiKind.HETU, new Span(start, hit.end())));
      return hit.end();
    }
    // a run of digits, or what had the shape of an identity code without its checks: 040123-4567
    if (hit.start("hetu") >= 0
        && !NUMBER_ONLY
            .matcher(text)
            .region(start, text.length())
            .useTransparentBounds(true)
            .useAnchoringBounds(false)
            .lookingAt()) {
      return start + 1;
    }
    int end = NumberRun.runEnd(text, start);
    if (end < 0) {
      return start + 1;
    }
    return NumberRun.find(text, start, end, pos -> otherStartsAt(text, pos), out);
  }

  /**
   * Where the e-mail address whose domain the pattern read up to {@code candidateEnd} ends, or -1:
   * the domain is labels joined by dots, the last of two or more letters, and what follows is no
   * letter, digit, {@code _} or {@code -}, nor a dot and one of those.
   */
  private static int emailEnd(String text, int candidateEnd) {
    int at = text.lastIndexOf('@', candidateEnd - 1);
    int end = candidateEnd;
    while (end > at + 1 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
      end--;
    }
    if (end < text.length()) {
      char next = text.charAt(end);
      boolean dotThenWord =
          next == '.'
              && end + 1 < text.length()
              && (isWordChar(text.charAt(end + 1)) || text.charAt(end + 1) == '[');
      if (next == '-' || next == '_' || dotThenWord) {
        return -1;
      }
    }
    String[] labels = text.substring(at + 1, end).split("\\.", -1);
    if (labels.length < 2 || Arrays.stream(labels).anyMatch(String::isEmpty)) {
      return -1;
    }
    String tld = labels[labels.length - 1];
    return tld.length() >= 2 && tld.chars().allMatch(Character::isLetter) ? end : -1;
  }

  /**
   * Whether an identity code or an e-mail address starts at pos, inside a run of digits: {@code 12
   * 131052-308T}, {@code 5 0401234567+sms@example.fi}.
   */
  private static boolean otherStartsAt(String text, int pos) {
    int after = pos + 11;
    if (Checks.isHetu(text, pos) && (after == text.length() || !isWordChar(text.charAt(after)))) {
      return true;
    }
    Matcher e = EMAIL_ONLY.matcher(text);
    e.region(pos, text.length()).useTransparentBounds(true).useAnchoringBounds(false);
    return e.lookingAt() && emailEnd(text, e.end()) > 0;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  /** Where the IBAN at start ends, or -1 when the candidate is not one. */
  private static int ibanEnd(String text, int start, int candidateEnd) {
    int length = Checks.ibanLength(text.substring(start, start + 2));
    if (length == 0) {
      return -1;
    }
    StringBuilder compact = new StringBuilder(length);
    int i = start;
    while (i < candidateEnd && compact.length() < length) {
      char c = text.charAt(i++);
      if (!NumberRun.isSpace(c)) {
        compact.append(c);
      }
    }
    boolean endsAtWord = i == text.length() || !Character.isLetterOrDigit(text.charAt(i));
    return compact.length() == length && endsAtWord && Checks.isIban(compact.toString()) ? i : -1;
  }

  /**
   * How many placeholders of each kind a (redacted) text holds, every kind present: what reports
   * and statistics say about redaction without keeping any personal data.
   *
   * @throws NullPointerException when text is null
   */
  public static Map<PiiKind, Integer> countPlaceholders(String text) {
    Objects.requireNonNull(text, "text");
    Map<PiiKind, Integer> counts = new EnumMap<>(PiiKind.class);
    for (PiiKind k : PiiKind.values()) {
      counts.put(k, 0);
    }
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      counts.merge(PiiKind.parse(m.group(1)), 1, Integer::sum);
    }
    return Collections.unmodifiableMap(counts);
  }

  @Override
  public String toString() {
    return "Redactor" + kinds;
  }
}
