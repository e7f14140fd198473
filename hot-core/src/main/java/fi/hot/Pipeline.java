package fi.hot;

import fi.hot.classify.Classifier;
import fi.hot.classify.Classifiers;
import fi.hot.model.Classification;
import fi.hot.model.Language;
import fi.hot.model.Statement;
import fi.hot.text.LanguageDetector;
import fi.hot.text.LanguageDetectors;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * The capture pipeline: turns a {@link Statement.Draft} into a {@link Statement} by filling in what
 * the draft leaves open: its language, its classification and its time.
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.standard();
 * Statement s = pipeline.process(Statement.of("Laskutus ei toimi", Customer.id("acme")));
 * s.language();   // FI
 * }</pre>
 *
 * <p>What the draft gives is kept: a known language, known labels (an import of an export, a
 * person's labels) and a known time are not overwritten. Stores run every capture through a
 * pipeline; tests build one with {@link #of} from simple parts.
 *
 * <p>Thread-safe when its classifier, detector and clock are (the standard ones are).
 */
public final class Pipeline {
  private final Classifier classifier;
  private final LanguageDetector detector;
  private final Clock clock;

  private Pipeline(Classifier classifier, LanguageDetector detector, Clock clock) {
    this.classifier = Objects.requireNonNull(classifier, "classifier");
    this.detector = Objects.requireNonNull(detector, "detector");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The standard classifier and language detector, times from the system clock in UTC. */
  public static Pipeline standard() {
    return of(Classifiers.standard(), LanguageDetectors.standard(), Clock.systemUTC());
  }

  /** A pipeline of the given parts; the clock dates drafts that carry no time. */
  public static Pipeline of(Classifier classifier, LanguageDetector detector, Clock clock) {
    return new Pipeline(classifier, detector, clock);
  }

  /** The finished statement for a draft. */
  public Statement process(Statement.Draft draft) {
    Objects.requireNonNull(draft, "draft");
    // Personal data is redacted here, first: everything below, and the store, sees only `text`.
    String text = draft.text();
    Language language = draft.language().orElseGet(() -> detector.detect(text));
    Classification classification =
        draft.classification().orElseGet(() -> classifier.classify(text, language));
    Instant time = draft.occurredAt().orElseGet(clock::instant);
    return draft.complete(text, language, classification, time);
  }

  /** The clock that dates drafts carrying no time, and what the store records (receipts). */
  public Clock clock() {
    return clock;
  }
}
