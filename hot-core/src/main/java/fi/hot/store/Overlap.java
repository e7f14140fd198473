package fi.hot.store;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;

/**
 * Scores a statement by how many of a query's top-level alternatives it matches, one point each:
 * for {@code lasku OR laskutus OR "mobile app"} a statement with two of them scores 2, whatever the
 * lengths and the rarity of the words. Thread-safe (stateless).
 */
final class Overlap {
  private Overlap() {}

  /** The query, matching the same statements, scored by alternatives matched. */
  static Query of(Query query) {
    if (!(query instanceof BooleanQuery b) || isOneWord(b)) {
      return new ConstantScoreQuery(query);
    }
    BooleanQuery.Builder out = new BooleanQuery.Builder();
    out.setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
    for (BooleanClause c : b.clauses()) {
      out.add(c.isScoring() ? new ConstantScoreQuery(c.getQuery()) : c.getQuery(), c.getOccur());
    }
    return out.build();
  }

  /**
   * Whether the query is one word (or phrase) searched in each text field: the parser gives a word
   * as alternatives by field, and a choice between words as alternatives that are themselves
   * boolean.
   */
  private static boolean isOneWord(BooleanQuery b) {
    return b.clauses().stream()
        .allMatch(
            c ->
                c.getOccur() == BooleanClause.Occur.SHOULD
                    && !(c.getQuery() instanceof BooleanQuery));
  }
}
