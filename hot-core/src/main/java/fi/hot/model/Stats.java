package fi.hot.model;

import java.util.List;

/**
 * Counts of the statements that matched a query, by facet. Label counts are of statements carrying
 * each label ({@code none} for those carrying none), so they may add up to more than the total.
 * Label, channel and emotion counts follow their enum order, months run oldest first, customers and
 * languages most first.
 *
 * @param total statements matched
 * @param labels by label carried
 * @param channels by channel
 * @param customers by customer id
 * @param languages by language code
 * @param months by month ({@code yyyy-MM}, UTC)
 * @param emotions by emotion ({@link Emotion#code()})
 */
public record Stats(
    long total,
    List<Count> labels,
    List<Count> channels,
    List<Count> customers,
    List<Count> languages,
    List<Count> months,
    List<Count> emotions) {

  public Stats {
    labels = List.copyOf(labels);
    channels = List.copyOf(channels);
    customers = List.copyOf(customers);
    languages = List.copyOf(languages);
    months = List.copyOf(months);
    emotions = List.copyOf(emotions);
  }
}
