package fi.hot.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Splits Finnish and English text into sentences.
 *
 * <pre>{@code
 * Sentences.split("Laskutus ei toimi. Tarvitsemme esim. raportin klo 9. Kiitos!");
 * // [Laskutus ei toimi., Tarvitsemme esim. raportin klo 9., Kiitos!]
 * Sentences.split("The export fails, e.g. on Mondays. Version 1.5 fixed it?");
 * // [The export fails, e.g. on Mondays., Version 1.5 fixed it?]
 * }</pre>
 *
 * <p>A sentence ends at {@code .}, {@code !}, {@code ?} or {@code …} (with any closing quotes or
 * brackets) followed by white space, and at a blank line. A full stop does not end a sentence after
 * a known abbreviation ({@code esim.}, {@code mm.}, {@code klo}, {@code e.g.}, {@code Dr.}), after
 * a single letter ({@code J. Smith}), or after a number followed by a lower-case word (the Finnish
 * ordinal {@code 3. päivä}); abbreviations that often close a sentence ({@code jne.}, {@code etc.})
 * end one when a capital follows. Decimals and dates ({@code 1.5}, {@code 12.3.2026}) have no white
 * space after their dots and never split. An ellipsis followed by a lower-case word is a pause, not
 * an end.
 *
 * <p>The sentences are returned trimmed, in order, without empty ones; white space inside them is
 * kept as written. Stateless and thread-safe.
 */
public final class Sentences {
  // never end a sentence: they are followed by more of it
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          // Finnish
          "esim",
          "mm",
          "klo",
          "ns",
          "ks",
          "kts",
          "vrt",
          "puh",
          "nro",
          "tri",
          "ts",
          "huom",
          "os",
          "ao",
          "em",
          "yo",
          // English
          "e.g",
          "i.e",
          "mr",
          "mrs",
          "dr",
          "prof",
          "vs",
          "approx",
          "cf",
          "ca",
          "st");
  // end a sentence only when a capital follows
  private static final Set<String> FINAL_ABBREVIATIONS =
      Set.of("jne", "ym", "yms", "tms", "tjsp", "kpl", "etc", "inc", "ltd", "jr", "sr", "co");
  private static final String TERMINATORS = ".!?…";
  private static final String CLOSERS = "\"'”’»)]}";
  private static final String OPENERS = "\"'“‘«([{";

  private Sentences() {}

  /**
   * The sentences of the text.
   *
   * @throws NullPointerException when text is null
   */
  public static List<String> split(String text) {
    Objects.requireNonNull(text, "text");
    List<String> out = new ArrayList<>();
    int start = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n') {
        int next = skipHorizontalSpace(text, i + 1);
        if (next < n && text.charAt(next) == '\n') {
          add(out, text, start, i); // a blank line ends a sentence
          start = next;
          i = next;
          continue;
        }
        i++;
        continue;
      }
      if (TERMINATORS.indexOf(c) < 0) {
        i++;
        continue;
      }
      int runEnd = i;
      while (runEnd < n && TERMINATORS.indexOf(text.charAt(runEnd)) >= 0) {
        runEnd++;
      }
      int end = runEnd;
      while (end < n && CLOSERS.indexOf(text.charAt(end)) >= 0) {
        end++;
      }
      if (end < n && !Character.isWhitespace(text.charAt(end))) {
        i = end; // 1.5, 12.3.2026, www.example.fi, "?!"-style inner punctuation
        continue;
      }
      int next = skipSpace(text, end);
      if (next < n && endsSentence(text, i, runEnd, next)) {
        add(out, text, start, end);
        start = next;
      }
      i = end;
    }
    add(out, text, start, n);
    return List.copyOf(out);
  }

  private static boolean endsSentence(String text, int runStart, int runEnd, int next) {
    String run = text.substring(runStart, runEnd);
    if (run.indexOf('!') >= 0 || run.indexOf('?') >= 0) {
      return true;
    }
    boolean lowerFollows = Character.isLowerCase(firstLetterOrDigit(text, next));
    if (run.length() > 1 || run.indexOf('…') >= 0) {
      return !lowerFollows; // "no... ehkä" is a pause
    }
    int wordStart = runStart;
    while (wordStart > 0
        && (Character.isLetterOrDigit(text.charAt(wordStart - 1))
            || text.charAt(wordStart - 1) == '.')) {
      wordStart--;
    }
    String word = text.substring(wordStart, runStart).toLowerCase(Locale.ROOT);
    if (word.isEmpty()) {
      return true;
    }
    if (word.chars().allMatch(ch -> Character.isDigit(ch) || ch == '.')) {
      return !lowerFollows; // "3. päivä" is an ordinal, "12.3. alkaen" a date
    }
    if (ABBREVIATIONS.contains(word) || word.length() == 1 || isDotted(word)) {
      return false; // esim., J. Smith, e.g., U.S.
    }
    if (FINAL_ABBREVIATIONS.contains(word)) {
      return Character.isUpperCase(firstLetterOrDigit(text, next));
    }
    return true;
  }

  /** Whether the word is short parts joined by dots, as in {@code e.g} or {@code U.S}. */
  private static boolean isDotted(String word) {
    if (word.indexOf('.') < 0) {
      return false;
    }
    for (String part : word.split("\\.")) {
      if (part.length() > 2) {
        return false;
      }
    }
    return true;
  }

  /** The first letter or digit at or after {@code from}, past opening quotes; 0 when none. */
  private static char firstLetterOrDigit(String text, int from) {
    int i = from;
    while (i < text.length() && OPENERS.indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i < text.length() ? text.charAt(i) : 0;
  }

  private static int skipSpace(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int skipHorizontalSpace(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) != '\n' && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static void add(List<String> out, String text, int start, int end) {
    String sentence = text.substring(start, end).strip();
    if (!sentence.isEmpty()) {
      out.add(sentence);
    }
  }
}
