package fi.hot.model;

import java.util.List;
import java.util.Objects;

/**
 * A statement that matched a search, with its score and where in its text the query matched.
 *
 * @param statement the statement
 * @param score relevance; higher is better; only comparable within one search
 * @param matches the words that matched, as ranges of {@code statement.text()}, in text order
 */
public record Hit(Statement statement, float score, List<Span> matches) {

  public Hit {
    Objects.requireNonNull(statement, "statement");
    matches = List.copyOf(matches);
  }
}
