package fi.hot.cli;

import fi.hot.model.Query;
import picocli.CommandLine.Option;

/**
 * The filters search, stats, export, themes and metrics share: {@link StatementFilters} and --lang.
 */
final class FilterOptions extends StatementFilters {

  @Option(names = "--lang", paramLabel = "fi|en", description = "Only statements in this language.")
  String lang;

  /** The query with these filters; a bad value raises IllegalArgumentException naming it. */
  Query apply(Query query) {
    return apply(query, lang);
  }
}
