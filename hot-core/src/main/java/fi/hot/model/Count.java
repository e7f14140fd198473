package fi.hot.model;

import java.util.Objects;

/**
 * How many statements have a value of a facet.
 *
 * @param value the facet value (a label code, a channel code, a customer id, a month {@code
 *     2026-03})
 * @param count how many statements have it
 */
public record Count(String value, long count) {

  public Count {
    Objects.requireNonNull(value, "value");
  }
}
