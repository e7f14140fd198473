package fi.hot.privacy;

import fi.hot.model.Span;
import java.util.Objects;

/**
 * One piece of personal data found in a text: its kind and where it was, in the text as given to
 * {@link Redactor#redact}. It carries no copy of the data itself, so a finding can be counted or
 * logged without repeating what was removed.
 *
 * <pre>{@code
 * Finding f = Redactor.standard().redact("Soita 040 123 4567").findings().get(0);
 * f.kind();   // PHONE
 * f.span();   // Span[start=6, end=18]
 * }</pre>
 *
 * @param kind what was found
 * @param span where, in the original text
 */
public record Finding(PiiKind kind, Span span) {

  public Finding {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(span, "span");
  }
}
