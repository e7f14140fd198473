package fi.hot.insight;

import fi.hot.model.Count;
import fi.hot.model.Hit;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A recurring topic of what customers said: found in the statements, or pinned by a team. Every
 * count is exact: it counts the statements of the selection that the theme's {@link #query()}
 * matches, so {@code hot search} with the same query and filters lists them.
 *
 * <pre>{@code
 * for (Theme t : Themes.defaults().find(store, Query.all()).found()) {
 *   System.out.println(t.name() + ": " + t.statements() + " statements, "
 *       + t.customers() + " customers");   // lasku / laskutus: 42 statements, 12 customers
 * }
 * }</pre>
 *
 * @param name what to call it: a pinned theme's own name, or the words found, most used first
 *     ({@code lasku / laskutus}, {@code mobile app})
 * @param query the statements it covers, in the query syntax of {@link fi.hot.HotStore#search}
 * @param pinned whether a team pinned it (a {@link PinnedTheme}) rather than it being found
 * @param score how strongly the selection is about it, comparable within one report's found themes;
 *     0 for pinned themes
 * @param terms the words and phrases it was found by, most used first; empty for pinned themes
 * @param statements statements of the selection it covers
 * @param customers distinct customers who said them
 * @param labels statements by label carried ({@code none} for none), as {@link
 *     fi.hot.model.Stats#labels()}
 * @param firstSeen when the earliest was said; empty when there are none
 * @param lastSeen when the latest was said; empty when there are none
 * @param months statements by month ({@code yyyy-MM}, UTC), every month from the first to the last,
 *     months without any included as 0
 * @param quotes up to three of its most typical statements: those matching the most of its words,
 *     from different customers when there are enough, ties by id
 */
public record Theme(
    String name,
    String query,
    boolean pinned,
    double score,
    List<String> terms,
    long statements,
    long customers,
    List<Count> labels,
    Optional<Instant> firstSeen,
    Optional<Instant> lastSeen,
    List<Count> months,
    List<Hit> quotes) {

  public Theme {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(firstSeen, "firstSeen");
    Objects.requireNonNull(lastSeen, "lastSeen");
    terms = List.copyOf(terms);
    labels = List.copyOf(labels);
    months = List.copyOf(months);
    quotes = List.copyOf(quotes);
    if (name.isBlank()) {
      throw new IllegalArgumentException("theme name is blank");
    }
    if (statements < 0 || customers < 0 || customers > statements) {
      throw new IllegalArgumentException(
          "theme '" + name + "': " + customers + " customers of " + statements + " statements");
    }
    if (firstSeen.isPresent() != (statements > 0) || lastSeen.isPresent() != (statements > 0)) {
      throw new IllegalArgumentException(
          "theme '" + name + "': first and last seen must be known exactly when it has statements");
    }
    long inMonths = months.stream().mapToLong(Count::count).sum();
    if (inMonths != statements) {
      throw new IllegalArgumentException(
          "theme '" + name + "': months add up to " + inMonths + ", not " + statements);
    }
  }
}
