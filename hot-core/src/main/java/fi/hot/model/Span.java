package fi.hot.model;

/**
 * A range of characters in a statement's text, {@code [start, end)}.
 *
 * @param start first char, inclusive
 * @param end last char, exclusive
 */
public record Span(int start, int end) {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
