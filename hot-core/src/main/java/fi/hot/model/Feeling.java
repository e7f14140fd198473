package fi.hot.model;

import java.util.List;
import java.util.Objects;

/**
 * How the customer felt, as read from their words: a polarity from -1 (negative) to +1 (positive),
 * the strongest {@link Emotion}, and the cues it was read from.
 *
 * <pre>{@code
 * Feeling f = FeelingReader.standard().read("Tämä on jo kolmas kerta!", Language.FI);
 * f.emotion();    // FRUSTRATED
 * f.polarity();   // about -0.7
 * f.cues();       // fi.frustrated.kolmas-kerta "kolmas kerta", fi.exclamation "!"
 * }</pre>
 *
 * <p>Immutable.
 *
 * @param polarity from -1 (as negative as it gets) through 0 (neither) to +1 (as positive)
 * @param emotion the strongest emotion, NEUTRAL when the words carry none
 * @param cues the evidence, in the order found in the text
 */
public record Feeling(double polarity, Emotion emotion, List<FeelingCue> cues) {

  /** No feeling either way: polarity 0, NEUTRAL, no cues. */
  public static final Feeling NEUTRAL = new Feeling(0, Emotion.NEUTRAL, List.of());

  public Feeling {
    Objects.requireNonNull(emotion, "emotion");
    if (!(polarity >= -1 && polarity <= 1)) {
      throw new IllegalArgumentException("polarity " + polarity + " is not in [-1, 1]");
    }
    // -0.0 and 0.0 are the same polarity: keep one, so that equal feelings are equal
    polarity = polarity == 0 ? 0 : polarity;
    cues = List.copyOf(cues);
  }

  /** A feeling known without its cues: a person's reading, an import. */
  public static Feeling of(double polarity, Emotion emotion) {
    return new Feeling(polarity, emotion, List.of());
  }
}
