package fi.hot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.hot.HotQueryException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QueriesTest {
  private static final Analyzer ANALYZER = Schema.analyzer();
  private static final Queries QUERIES = new Queries(ANALYZER);

  @AfterAll
  static void close() {
    ANALYZER.close();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "\"unclosed|a quote (\") is not closed",
        "\"ei toimi\" \"lasku|a quote (\") is not closed",
        "AND|'AND' needs a word on both sides",
        "OR lasku|'OR' needs a word on both sides",
        "lasku AND OR virhe|'OR' needs a word on both sides",
        "lasku AND|'AND' at the end needs a word after it",
        "lasku NOT|'NOT' at the end needs a word after it",
        "lasku~~~(|a parenthesis is not closed",
        "(lasku OR virhe|a parenthesis is not closed",
        "lasku) virhe|the parenthesis at position 6 closes nothing",
        "lasku~~~|unexpected '~' at position 7",
        "EU:n~~|unexpected '~' at position 6",
        "lasku^|'^' needs a number after it, such as lasku^2",
        "lasku \\|it ends with a backslash (\\), which escapes nothing",
      })
  void malformed_query_gets_a_reason_a_user_understands(String text, String reason) {
    assertThatThrownBy(() -> QUERIES.text(text))
        .isInstanceOf(HotQueryException.class)
        .hasMessage("cannot understand the query '" + text + "': " + reason);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "lasku",
        "lasku*",
        "*lasku",
        "\"ei toimi\"~2",
        "lasku~",
        "EU:n",
        "24/7",
        "ja/tai",
        "https://example.com/lasku",
        "(lasku OR invoice) AND NOT virhe",
        "lasku\\:"
      })
  void ordinary_queries_parse(String text) {
    assertThat(QUERIES.text(text)).isNotNull();
  }

  @Test
  void blank_text_matches_everything() {
    assertThat(QUERIES.text("")).isInstanceOf(MatchAllDocsQuery.class);
    assertThat(QUERIES.text(" \t")).isInstanceOf(MatchAllDocsQuery.class);
  }
}
