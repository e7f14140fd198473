package fi.hot.model;

import java.util.List;

/**
 * One page of results, best first, with the total number that matched.
 *
 * @param items the results on this page
 * @param total how many matched in all
 */
public record Page<T>(List<T> items, long total) {

  public Page {
    items = List.copyOf(items);
    if (total < items.size()) {
      throw new IllegalArgumentException("total " + total + " < page size " + items.size());
    }
  }
}
