package fi.hot.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Exact facts about the statements of a selection that also match a text: how many, by label,
 * customer and month, when the first and the last were said, and the ones that match the most of
 * the text's alternatives.
 *
 * <pre>{@code
 * Subset s = store.subset(Query.all().label(Label.PROBLEM), "lasku OR laskutus OR invoice", 3);
 * s.stats().total();              // problem statements about invoicing
 * s.stats().customers().size();   // distinct customers
 * s.first();                      // when the first was said
 * }</pre>
 *
 * @param stats counts of the statements, as {@link fi.hot.HotStore#stats} gives them
 * @param first when the earliest was said; empty when there are none
 * @param last when the latest was said; empty when there are none
 * @param examples the statements that match the most alternatives of the text, most first, ties by
 *     id, with the matched words
 */
public record Subset(
    Stats stats, Optional<Instant> first, Optional<Instant> last, List<Hit> examples) {

  public Subset {
    Objects.requireNonNull(stats, "stats");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    examples = List.copyOf(examples);
    if (first.isPresent() != (stats.total() > 0) || last.isPresent() != (stats.total() > 0)) {
      throw new IllegalArgumentException(
          "first and last seen must be known exactly when there are statements");
    }
  }
}
