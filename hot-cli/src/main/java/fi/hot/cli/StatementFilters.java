package fi.hot.cli;

import fi.hot.internal.Dates;
import fi.hot.model.Channel;
import fi.hot.model.Emotion;
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

  @Option(
      names = "--emotion",
      paramLabel = "E",
      split = ",",
      description =
          "Only statements with this feeling: frustrated, worried, hurried, pleased or neutral"
              + " (comma-separated or repeated for any of several).")
  List<String> emotions = new ArrayList<>();

  @Option(
      names = "--polarity",
      paramLabel = "MIN..MAX",
      description =
          "Only statements whose polarity (-1 negative to +1 positive) is in this range, both ends"
              + " included; an end left out is -1 or 1: --polarity=-1..-0.3, --polarity 0.5..")
  String polarity;

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
    for (String emotion : emotions) {
      q = q.emotion(Emotion.parse(emotion));
    }
    if (polarity != null) {
      double[] range = polarityRange(polarity);
      q = q.polarity(range[0], range[1]);
    }
    return q;
  }

  /**
   * Parses {@code MIN..MAX}, either end optional: {@code -1..-0.3}, {@code 0.5..}, {@code ..0}.
   *
   * @throws IllegalArgumentException naming the value and the expected form
   */
  static double[] polarityRange(String text) {
    String t = text.strip();
    int dots = t.indexOf("..");
    if (dots < 0 || t.indexOf("..", dots + 2) >= 0) {
      throw badRange(text);
    }
    try {
      String min = t.substring(0, dots).strip();
      String max = t.substring(dots + 2).strip();
      double[] range = {
        min.isEmpty() ? -1 : Double.parseDouble(min), max.isEmpty() ? 1 : Double.parseDouble(max)
      };
      if (!Double.isFinite(range[0]) || !Double.isFinite(range[1])) {
        throw badRange(text);
      }
      return range;
    } catch (NumberFormatException e) {
      throw badRange(text);
    }
  }

  private static IllegalArgumentException badRange(String text) {
    return new IllegalArgumentException(
        "--polarity '" + text + "' is not a range MIN..MAX such as -1..-0.3 or 0.5..");
  }
}
