package fi.hot.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A customer's consent, or refusal, and when and for what it was given.
 *
 * <pre>{@code
 * Consent c = new Consent(true, Instant.parse("2026-03-04T10:00:00Z"), "newsletter");
 * }</pre>
 *
 * <p>Immutable.
 *
 * @param given whether consent was given (false: refused or withdrawn)
 * @param at when it was given or refused
 * @param scope what it covers, such as {@code marketing} or {@code service messages}; empty when
 *     not said
 */
public record Consent(boolean given, Instant at, String scope) {

  public Consent {
    Objects.requireNonNull(at, "at");
    scope = scope == null ? "" : scope.strip();
  }
}
