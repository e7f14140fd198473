package fi.hot.model;

import java.util.List;
import java.util.Objects;

/**
 * A word or two-word phrase of a selection of statements, as the store analyses it (stemmed, in one
 * language), with how many statements contain it.
 *
 * <pre>{@code
 * TermCount t = store.terms(Query.all().label(Label.PROBLEM), 3, Set.of()).terms().get(0);
 * t.surface();      // "laskut": the form the statements use most
 * t.stems();        // [lasku]
 * t.count();        // problem statements with a form of it
 * t.storeCount();   // statements in the whole store with a form of it
 * }</pre>
 *
 * @param language the analysis the term comes from: {@link Language#FI} or {@link Language#EN}
 *     stemmed, {@link Language#OTHER} the words as written of statements in neither language
 * @param stems the analysed word, or the two words of a phrase, in text order
 * @param surface the lower-cased words the statements of the selection use most for it (words
 *     joined by a space); a search for it finds the term again
 * @param count statements of the selection that contain it
 * @param storeCount statements of the whole store that contain it; at least {@code count}
 * @param statements the statements of the selection that contain it; {@code count} of them
 */
public record TermCount(
    Language language,
    List<String> stems,
    String surface,
    long count,
    long storeCount,
    StatementSet statements) {

  public TermCount {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(statements, "statements");
    stems = List.copyOf(stems);
    if (stems.isEmpty() || stems.size() > 2) {
      throw new IllegalArgumentException("a term has one or two words, not " + stems);
    }
    if (surface.isBlank()) {
      throw new IllegalArgumentException("blank surface of " + stems);
    }
    if (count < 0 || storeCount < count) {
      throw new IllegalArgumentException(
          "bad counts of " + stems + ": " + count + " in the selection, " + storeCount + " in all");
    }
    if (statements.size() != count) {
      throw new IllegalArgumentException(
          "count " + count + " of " + stems + " but " + statements.size() + " statements");
    }
  }

  /** Whether it is a two-word phrase. */
  public boolean isPhrase() {
    return stems.size() == 2;
  }
}
