package fi.hot.classify;

import fi.hot.model.Emotion;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a feeling lexicon: a pattern, what it means and how strongly.
 *
 * @param id stable id without the language prefix, such as {@code frustrated.arsyttaa}
 * @param kind what a match means
 * @param weight a cue's strength in [0, 1]; 0 for the modifiers
 * @param boost whether the cue counts only beside other negative evidence: a negative cue, or a
 *     statement voicing a problem ("taas", "again" say frustration only then)
 * @param fixed whether a negation before the cue leaves it as it is (the cue holds its own
 *     negation: "en kestä enää", "can't wait to")
 * @param request whether the cue counts only in a statement voicing a need, when the labels are
 *     known ("tänään", "today": urgency in a request, a date elsewhere)
 * @param polite whether the cue does not count in a statement voicing a need, when the labels are
 *     known (the thanks and kind words of a request)
 * @param wholeSentence whether the pattern's gaps may cross clause boundaries
 * @param pattern the words
 */
record FeelingRule(
    String id,
    Kind kind,
    double weight,
    boolean boost,
    boolean fixed,
    boolean request,
    boolean polite,
    boolean wholeSentence,
    CuePattern pattern) {

  /** What a match of a rule means. */
  enum Kind {
    /** Frustration: negative. */
    FRUSTRATED(Emotion.FRUSTRATED, -1),
    /** Worry: negative. */
    WORRIED(Emotion.WORRIED, -0.8),
    /** Hurry: mildly negative. */
    HURRIED(Emotion.HURRIED, -0.45),
    /** Pleasure, thanks: positive. */
    PLEASED(Emotion.PLEASED, 1),
    /** Negative words without an emotion of their own ("valitettavasti", "slow"). */
    NEGATIVE(null, -1),
    /** Positive words without an emotion of their own ("parempi", "improved"). */
    POSITIVE(null, 1),
    /** A negating word: turns the cue it reaches. */
    NEGATOR(null, 0),
    /** Strengthens the cue it stands by ("todella", "really"). */
    INTENSIFIER(null, 0),
    /** Softens the cue it stands before ("vähän", "a bit"). */
    DIMINISHER(null, 0),
    /** "But": the cues before it in its sentence count half. */
    CONTRAST(null, 0),
    /** A fixed expression that voids the cues of its words ("kiitos etukäteen"). */
    PHRASE(null, 0);

    private final Emotion emotion;
    private final double valence;

    Kind(Emotion emotion, double valence) {
      this.emotion = emotion;
      this.valence = valence;
    }

    /** The emotion a cue of this kind speaks for; empty for polarity-only cues and modifiers. */
    Optional<Emotion> emotion() {
      return Optional.ofNullable(emotion);
    }

    /** The sign and scale of a cue's polarity: its weight times this. */
    double valence() {
      return valence;
    }

    /** Whether a match is evidence of a feeling, not a modifier or a phrase. */
    boolean isCue() {
      return valence != 0;
    }

    /** The kind a negation turns this cue into, with the factor its weight is multiplied by. */
    Kind negated() {
      return switch (this) {
        case PLEASED -> FRUSTRATED;
        case POSITIVE -> NEGATIVE;
        case FRUSTRATED, WORRIED, HURRIED, NEGATIVE -> POSITIVE;
        default -> this;
      };
    }
  }

  FeelingRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(pattern, "pattern");
    if (!(weight >= 0 && weight <= 1)) {
      throw new IllegalArgumentException("weight " + weight + " is not in [0, 1]");
    }
  }
}
