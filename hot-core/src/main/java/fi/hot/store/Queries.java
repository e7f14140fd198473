package fi.hot.store;

import fi.hot.HotQueryException;
import fi.hot.model.Emotion;
import fi.hot.model.Label;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.NumericUtils;

/**
 * Turns a HOT {@link fi.hot.model.Query} into a Lucene query: the text parsed against every text
 * field, each with its own analysis, and the filters as non-scoring clauses. Thread-safe.
 */
final class Queries {
  private final Analyzer analyzer;

  Queries(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** Whether the query's text is blank, so that it matches all and has no relevance. */
  static boolean matchesAll(fi.hot.model.Query query) {
    return query.text().isBlank();
  }

  /**
   * The text part alone: what a statement's words must match. Every word must occur ({@code AND} is
   * the default), in any inflected form the statement's language knows.
   *
   * @throws HotQueryException when the text cannot be parsed
   */
  Query text(String text) {
    if (text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    Escaped escaped = Escaped.of(text);
    Parser parser = new Parser(analyzer);
    Query parsed;
    try {
      parsed = parser.parse(escaped.text);
    } catch (ParseException e) {
      throw new HotQueryException(
          "cannot understand the query '" + text + "': " + reason(e, escaped), e);
    }
    return onlyExclusions(parsed) ? withAllBut(parsed) : parsed;
  }

  /** The whole query: the text, restricted by the filters, over statements only. */
  Query full(Query text, fi.hot.model.Query query) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(text, BooleanClause.Occur.MUST);
    for (Query filter : filters(query)) {
      b.add(filter, BooleanClause.Occur.FILTER);
    }
    return onlyStatements(b).build();
  }

  /**
   * The statements among the documents the query matches: profiles, loop events, goals left out.
   */
  static Query statements(Query query) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(query, BooleanClause.Occur.MUST);
    return onlyStatements(b).build();
  }

  /**
   * The one place statements are told from the other documents of the index. Statements written by
   * store format 1 have no kind, so the filter leaves out the other kinds rather than asking for
   * the statement kind.
   */
  private static BooleanQuery.Builder onlyStatements(BooleanQuery.Builder b) {
    List<BytesRef> others = new ArrayList<>();
    for (Kind k : Kind.NOT_STATEMENTS) {
      others.add(new BytesRef(k.code()));
    }
    b.add(new TermInSetQuery(Schema.KIND, others), BooleanClause.Occur.MUST_NOT);
    return b;
  }

  /** The documents of a kind other than statements; of one subject when it is not null. */
  static Query facts(Kind kind, String subject) {
    if (kind == Kind.STATEMENT) {
      throw new IllegalArgumentException("statements are read through statements(query)");
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new TermQuery(new Term(Schema.KIND, kind.code())), BooleanClause.Occur.FILTER);
    if (subject != null) {
      b.add(new TermQuery(new Term(Facts.SUBJECT, subject)), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  private static List<Query> filters(fi.hot.model.Query query) {
    List<Query> filters = new ArrayList<>();
    if (!query.labels().isEmpty()) {
      List<BytesRef> codes = new ArrayList<>();
      for (Label label : query.labels()) {
        codes.add(new BytesRef(label.code()));
      }
      filters.add(new TermInSetQuery(Schema.LABEL, codes));
    }
    query.customer().ifPresent(c -> filters.add(new TermQuery(new Term(Schema.CUSTOMER, c))));
    query.channel().ifPresent(c -> filters.add(new TermQuery(new Term(Schema.CHANNEL, c.code()))));
    query.language().ifPresent(l -> filters.add(new TermQuery(new Term(Schema.LANG, l.code()))));
    if (query.since().isPresent() || query.until().isPresent()) {
      filters.add(timeRange(query.since().orElse(null), query.until().orElse(null)));
    }
    if (!query.emotions().isEmpty()) {
      List<BytesRef> codes = new ArrayList<>();
      for (Emotion e : query.emotions()) {
        codes.add(new BytesRef(e.code()));
      }
      filters.add(new TermInSetQuery(Schema.EMOTION, codes));
    }
    if (query.restrictsPolarity()) {
      filters.add(polarityRange(query.minPolarity(), query.maxPolarity()));
    }
    return filters;
  }

  /** Both ends included; the points for a wide range, the doc values for a narrow selection. */
  static Query polarityRange(double min, double max) {
    return new IndexOrDocValuesQuery(
        DoublePoint.newRangeQuery(Schema.POLARITY, min, max),
        NumericDocValuesField.newSlowRangeQuery(
            Schema.POLARITY,
            NumericUtils.doubleToSortableLong(min),
            NumericUtils.doubleToSortableLong(max)));
  }

  /** Since inclusive, until exclusive. */
  private static Query timeRange(Instant since, Instant until) {
    long lower = since == null ? Long.MIN_VALUE : Schema.micros(since);
    long upper = until == null ? Long.MAX_VALUE : Schema.micros(until);
    if (until != null) {
      if (upper == Long.MIN_VALUE) {
        return new MatchNoDocsQuery("nothing is before " + until);
      }
      upper--;
    }
    return LongPoint.newRangeQuery(Schema.OCCURRED_AT, lower, upper);
  }

  /** {@code -lasku} alone would match nothing in Lucene; a user means "all but these". */
  private static boolean onlyExclusions(Query q) {
    return q instanceof BooleanQuery b
        && !b.clauses().isEmpty()
        && b.clauses().stream().allMatch(BooleanClause::isProhibited);
  }

  private static Query withAllBut(Query exclusions) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
    for (BooleanClause c : ((BooleanQuery) exclusions).clauses()) {
      b.add(c);
    }
    return b.build();
  }

  /** Why a query failed, in words: never the parser's grammar dump. */
  private static String reason(ParseException e, Escaped escaped) {
    Throwable cause = e.getCause();
    if (cause instanceof IndexSearcher.TooManyClauses) {
      return "it has too many words";
    }
    String text = escaped.original;
    if (unescapedCount(text, '"') % 2 == 1) {
      return "a quote (\") is not closed";
    }
    if (text.endsWith("\\") && !text.endsWith("\\\\")) {
      return "it ends with a backslash (\\), which escapes nothing";
    }
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth < 0) {
        return "the parenthesis at position " + (i + 1) + " closes nothing";
      }
    }
    if (depth > 0) {
      return "a parenthesis is not closed";
    }
    if (cause instanceof ParseException pe && pe.currentToken != null) {
      Token next = pe.currentToken.next;
      Token current = pe.currentToken;
      if (next != null && next.kind == QueryParserConstants.EOF) {
        if (isOperator(current)) {
          return "'" + current.image + "' at the end needs a word after it";
        }
        if (current.kind == QueryParserConstants.CARAT) {
          return "'^' needs a number after it, such as lasku^2";
        }
        return "it ends too early";
      }
      if (next != null
          && (next.kind == QueryParserConstants.AND || next.kind == QueryParserConstants.OR)) {
        return "'" + next.image + "' needs a word on both sides";
      }
      if (next != null) {
        return "unexpected '" + next.image + "' at position " + escaped.position(next.beginColumn);
      }
    }
    return "check its quotes, brackets and operators (AND, OR, NOT need words on both sides)";
  }

  private static boolean isOperator(Token t) {
    return t.kind == QueryParserConstants.AND
        || t.kind == QueryParserConstants.OR
        || t.kind == QueryParserConstants.NOT
        || t.kind == QueryParserConstants.PLUS
        || t.kind == QueryParserConstants.MINUS
        || t.kind == QueryParserConstants.BAREOPER;
  }

  private static int unescapedCount(String text, char wanted) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == wanted) {
        count++;
      }
    }
    return count;
  }

  /**
   * The query text with {@code :} and {@code /} escaped: HOT has no field or regular expression
   * syntax, so {@code EU:n}, {@code ja/tai} and {@code 24/7} are plain words. Remembers where each
   * character came from, to report positions in the text the user wrote.
   */
  private static final class Escaped {
    final String original;
    final String text;
    private final int[] origin;

    private Escaped(String original, String text, int[] origin) {
      this.original = original;
      this.text = text;
      this.origin = origin;
    }

    static Escaped of(String original) {
      StringBuilder out = new StringBuilder(original.length() + 8);
      int[] origin = new int[original.length() * 2 + 1];
      for (int i = 0; i < original.length(); i++) {
        char c = original.charAt(i);
        if (c == '\\' && i + 1 < original.length()) {
          origin[out.length()] = i;
          out.append(c);
          i++;
          origin[out.length()] = i;
          out.append(original.charAt(i));
          continue;
        }
        if (c == ':' || c == '/') {
          origin[out.length()] = i;
          out.append('\\');
        }
        origin[out.length()] = i;
        out.append(c);
      }
      origin[out.length()] = original.length();
      return new Escaped(original, out.toString(), origin);
    }

    /** The 1-based position in the original text of a 0-based column of the escaped text. */
    int position(int column) {
      int c = Math.max(0, Math.min(column, text.length()));
      return origin[c] + 1;
    }
  }

  /**
   * Parses against every text field. A quoted phrase is left out of a field whose analysis drops
   * some of its words (stop words): {@code "ei toimi"} must not become {@code toimi} in Finnish.
   */
  private static final class Parser extends MultiFieldQueryParser {
    Parser(Analyzer analyzer) {
      super(Schema.TEXT_FIELDS.toArray(new String[0]), analyzer);
      setDefaultOperator(QueryParser.Operator.AND);
      // each word on its own, so that a word may match in one field and the next in another
      setSplitOnWhitespace(true);
      setAllowLeadingWildcard(true);
    }

    /**
     * Analyses a word or phrase in every text field and accepts a match in any one. Unlike
     * MultiFieldQueryParser's own, it keeps the default operator between the parts of a word such
     * as {@code lasku/virhe}: each field must match all of them.
     */
    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted)
        throws ParseException {
      if (field != null) {
        return super.getFieldQuery(field, queryText, quoted);
      }
      List<Query> perField = new ArrayList<>();
      for (String f : Schema.TEXT_FIELDS) {
        Query q = newFieldQuery(getAnalyzer(), f, queryText, quoted);
        if (q != null) {
          perField.add(q);
        }
      }
      return perField.isEmpty() ? null : getMultiFieldQuery(perField);
    }

    @Override
    protected Query createFieldQuery(
        Analyzer fieldAnalyzer,
        BooleanClause.Occur operator,
        String field,
        String queryText,
        boolean quoted,
        int phraseSlop) {
      if (quoted && dropsWords(fieldAnalyzer, field, queryText)) {
        return null;
      }
      return super.createFieldQuery(fieldAnalyzer, operator, field, queryText, quoted, phraseSlop);
    }

    private static boolean dropsWords(Analyzer analyzer, String field, String text) {
      try (TokenStream ts = analyzer.tokenStream(field, text)) {
        PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          if (inc.getPositionIncrement() > 1) {
            return true;
          }
        }
        ts.end();
        // a stop word at the end shows only in the final increment
        return inc.getPositionIncrement() > 0;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
