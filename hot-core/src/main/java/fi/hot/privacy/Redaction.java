package fi.hot.privacy;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of {@link Redactor#redact}: the text with personal data replaced by placeholders, and
 * what was found where.
 *
 * <pre>{@code
 * Redaction r = Redactor.standard().redact("Mail matti@example.fi or call 040 123 4567");
 * r.text();                    // "Mail [email] or call [phone]"
 * r.count(PiiKind.PHONE);      // 1
 * r.counts();                  // {EMAIL=1, PHONE=1, HETU=0, IBAN=0, CARD=0}
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the redacted text
 * @param findings what was replaced, in order of position in the original text
 */
public record Redaction(String text, List<Finding> findings) {

  public Redaction {
    Objects.requireNonNull(text, "text");
    findings = List.copyOf(findings);
  }

  /** How many findings of each kind, every kind present (zero when none), in the enum's order. */
  public Map<PiiKind, Integer> counts() {
    Map<PiiKind, Integer> counts = new EnumMap<>(PiiKind.class);
    for (PiiKind k : PiiKind.values()) {
      counts.put(k, 0);
    }
    findings.forEach(f -> counts.merge(f.kind(), 1, Integer::sum));
    return Collections.unmodifiableMap(counts);
  }

  /** How many findings of one kind. */
  public int count(PiiKind kind) {
    Objects.requireNonNull(kind, "kind");
    return (int) findings.stream().filter(f -> f.kind() == kind).count();
  }

  /** Whether anything was redacted. */
  public boolean redacted() {
    return !findings.isEmpty();
  }
}
