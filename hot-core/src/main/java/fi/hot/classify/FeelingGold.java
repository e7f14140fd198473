package fi.hot.classify;

import fi.hot.model.Emotion;
import fi.hot.model.Language;
import java.util.Objects;

/**
 * A statement whose feeling a person judged, to measure the {@link FeelingReader} against.
 *
 * <pre>{@code
 * FeelingGold g = new FeelingGold("feel-1", "Tämä on jo kolmas kerta!", Language.FI, -0.8,
 *     Emotion.FRUSTRATED);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the record's id in its gold file
 * @param text what the customer said
 * @param language the statement's language
 * @param polarity the judged polarity, from -1 to +1
 * @param emotion the judged emotion, NEUTRAL for none
 */
public record FeelingGold(
    String id, String text, Language language, double polarity, Emotion emotion) {

  public FeelingGold {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(emotion, "emotion");
    if (id.isBlank()) {
      throw new IllegalArgumentException("gold id is blank");
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException("gold text is blank");
    }
    if (!(polarity >= -1 && polarity <= 1)) {
      throw new IllegalArgumentException("polarity " + polarity + " is not in -1..1");
    }
  }
}
