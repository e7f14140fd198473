package fi.hot.text;

import java.util.Objects;

/**
 * One word of a statement, as written and normalised, with where it stands.
 *
 * <pre>{@code
 * List<Token> tokens = Tokens.of("Laskutus ei toimi, tarvitsemme korjauksen", Language.FI);
 * tokens.get(0).norm();     // "laskutus"
 * tokens.get(3).opensClause(); // true: the comma starts a new clause
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the word as written
 * @param norm lower case, diacritics folded ({@code väärä} becomes {@code vaara}), typographic
 *     apostrophes made plain
 * @param stem the language's Snowball stem of the word, folded like {@code norm}; equal to {@code
 *     norm} when the language has no stemmer
 * @param start offset of the first char in the statement
 * @param end offset after the last char
 * @param sentence 0-based index of the sentence the word is in
 * @param clause 0-based index of the clause the word is in, counted over the whole statement
 * @param opensClause whether the word is the first of its clause
 */
public record Token(
    String text,
    String norm,
    String stem,
    int start,
    int end,
    int sentence,
    int clause,
    boolean opensClause) {

  public Token {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(norm, "norm");
    Objects.requireNonNull(stem, "stem");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad token offsets [" + start + ", " + end + ")");
    }
    if (sentence < 0 || clause < sentence) {
      throw new IllegalArgumentException(
          "bad token position: sentence " + sentence + ", clause " + clause);
    }
  }
}
