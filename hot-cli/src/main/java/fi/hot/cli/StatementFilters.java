package fi.hot.cli;

import fi.hot.internal.Dates;
import fi.hot.model.Channel;
import fi.hot.model.Label;
import fi.hot.model.Language;
import fi.hot.model.Query;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The statement filters every reading command shares, but the language; {@link FilterOptions} adds
 * {@code --lang}, which the report uses for its own language instead.
 */
class StatementFilters {

  @Option(
      names = "--label",
      paramLabel = "LABEL",
      split = ",",
      description =
          "Only statements carrying this label: dream, problem, need or none (repeat for any of several).")
  List<String> labels = new ArrayList<>();

  @Option(names = "--customer", paramLabel = "ID", description = "Only this customer's statements.")
  String customer;

  @Option(
      names = "--channel",
      paramLabel = "C",
      description =
          "Only this channel: call, meeting, email, chat, ticket, survey, store, social, other.")
  String channel;

  @Option(
      names = "--since",
      paramLabel = "DATE",
      description = "Only statements on or after DATE (2026-03-01, or a time; UTC).")
  String since;

  @Option(
      names = "--until",
      paramLabel = "DATE",
      description = "Only statements before DATE (2026-04-01, or a time; UTC).")
  String until;

  /**
   * The query with these filters and, when not null, the statements' language; a bad value raises
   * IllegalArgumentException naming it.
   */
  Query apply(Query query, String lang) {
    Query q = query;
    for (String label : labels) {
      q = q.label(Label.parse(label));
    }
    if (customer != null) {
      q = q.customer(customer);
    }
    if (channel != null) {
      q = q.channel(Channel.parse(channel));
    }
    if (lang != null) {
      q = q.language(Language.parse(lang));
    }
    if (since != null) {
      q = q.since(Dates.parse(since));
    }
    if (until != null) {
      q = q.until(Dates.parse(until));
    }
    return q;
  }
}
