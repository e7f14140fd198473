package fi.hot;

import fi.hot.classify.Classifier;
import fi.hot.classify.Classifiers;
import fi.hot.classify.FeelingReader;
import fi.hot.model.Classification;
import fi.hot.model.Feeling;
import fi.hot.model.Language;
import fi.hot.model.Statement;
import fi.hot.privacy.Redactor;
import fi.hot.text.LanguageDetector;
import fi.hot.text.LanguageDetectors;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * The capture pipeline: turns a {@link Statement.Draft} into a {@link Statement} by redacting
 * personal data and filling in what the draft leaves open: its language, its classification, its
 * feeling and its time.
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.standard();
 * Statement s = pipeline.process(Statement.of("Laskutus ei toimi, soita 040 123 4567", acme));
 * s.text();       // "Laskutus ei toimi, soita [phone]"
 * s.language();   // FI
 * s.feeling();    // read by FeelingReader.standard() from the redacted text and the labels
 * }</pre>
 *
 * <p>Redaction comes first: the {@link Redactor} replaces e-mail addresses, phone numbers, identity
 * codes, IBANs and card numbers in the text, the context and the contact with placeholders, so the
 * language detector, the classifier and the store never see them. Every pipeline redacts with
 * {@link Redactor#standard()} unless it is built with another redactor ({@link #of(Classifier,
 * LanguageDetector, Clock, Redactor)}) or is a copy made by {@link #keepingPii()}.
 *
 * <p>What the draft gives is kept: a known language, known labels (an import of an export, a
 * person's labels), a known feeling and a known time are not overwritten. The feeling is read by
 * {@link FeelingReader#standard()} after redaction, with the language and the labels. Stores run
 * every capture through a pipeline; tests build one with {@link #of} from simple parts.
 *
 * <p>Thread-safe when its classifier, detector and clock are (the standard ones are).
 */
public final class Pipeline {
  private final Classifier classifier;
  private final LanguageDetector detector;
  private final Clock clock;
  private final Redactor redactor;

  private Pipeline(
      Classifier classifier, LanguageDetector detector, Clock clock, Redactor redactor) {
    this.classifier = Objects.requireNonNull(classifier, "classifier");
    this.detector = Objects.requireNonNull(detector, "detector");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.redactor = Objects.requireNonNull(redactor, "redactor");
  }

  /**
   * The standard classifier and language detector, times from the system clock in UTC, personal
   * data redacted.
   */
  public static Pipeline standard() {
    return of(Classifiers.standard(), LanguageDetectors.standard(), Clock.systemUTC());
  }

  /**
   * A pipeline of the given parts that redacts personal data with {@link Redactor#standard()}; the
   * clock dates drafts that carry no time.
   */
  public static Pipeline of(Classifier classifier, LanguageDetector detector, Clock clock) {
    return of(classifier, detector, clock, Redactor.standard());
  }

  /** A pipeline of the given parts; {@link Redactor#none()} keeps personal data as it is. */
  public static Pipeline of(
      Classifier classifier, LanguageDetector detector, Clock clock, Redactor redactor) {
    return new Pipeline(classifier, detector, clock, redactor);
  }

  /** The same pipeline without redaction: statements keep their personal data. */
  public Pipeline keepingPii() {
    return new Pipeline(classifier, detector, clock, Redactor.none());
  }

  /** What this pipeline redacts with; {@link Redactor#none()} when it keeps personal data. */
  public Redactor redactor() {
    return redactor;
  }

  /** The finished statement for a draft. */
  public Statement process(Statement.Draft draft) {
    Objects.requireNonNull(draft, "draft");
    // Personal data is redacted here, first: everything below, and the store, sees only `text`.
    Statement.Draft d = draft;
    if (redactor.isActive()) {
      if (!d.context().isEmpty()) {
        d = d.context(redactor.redact(d.context()).text());
      }
      if (!d.contact().isEmpty()) {
        d = d.contact(redactor.redact(d.contact()).text());
      }
    }
    String text = redactor.redact(d.text()).text();
    Language language = d.language().orElseGet(() -> detector.detect(text));
    Classification classification =
        d.classification().orElseGet(() -> classifier.classify(text, language));
    Feeling feeling =
        d.feeling().orElseGet(() -> FeelingReader.standard().read(text, language, classification));
    Instant time = d.occurredAt().orElseGet(clock::instant);
    return d.complete(text, language, classification, feeling, time);
  }

  /**
   * The feeling of a statement read again from its text, language and labels: for statements stored
   * before feelings were read.
   */
  public Feeling feelingOf(Statement s) {
    Objects.requireNonNull(s, "statement");
    return FeelingReader.standard().read(s.text(), s.language(), s.classification());
  }

  /** The clock that dates drafts carrying no time, and what the store records (receipts). */
  public Clock clock() {
    return clock;
  }
}
