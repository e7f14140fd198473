package fi.hot.classify;

import java.util.Objects;

/**
 * One line of a lexicon: a pattern, what it speaks for and how strongly.
 *
 * @param id stable id without the language prefix, such as {@code problem.ei-toimi}
 * @param kind what a match means
 * @param weight the cue's strength in [0, 1]; for a negator, the PROBLEM weight it carries when it
 *     negates nothing (a bare "never" or "kukaan ei")
 * @param negatable whether a preceding negation cancels the cue ("no problems")
 * @param boost whether the cue only counts beside another cue of its label in the same sentence
 * @param wholeSentence whether the pattern's gaps may cross clause boundaries
 * @param weak for a negator: a word that only strengthens a negation ("koskaan", "mitään") and
 *     negates nothing alone
 * @param positive whether a negation inside the match or just before it voids it ("works well" is
 *     not said by "doesn't work well")
 * @param perceive for a function: a verb of noticing ("see", "havaita"); negated, it lets the
 *     negation deny the problem words after it ("haven't seen any errors"), where other functions
 *     leave them standing ("didn't fix the bug", "nobody told me the prices went up")
 */
record CueRule(
    String id,
    Kind kind,
    double weight,
    boolean negatable,
    boolean boost,
    boolean wholeSentence,
    boolean weak,
    boolean positive,
    boolean perceive,
    CuePattern pattern) {

  /** What a match of a rule means. */
  enum Kind {
    /** Speaks for PROBLEM. */
    PROBLEM,
    /** Speaks for NEED. */
    NEED,
    /** Speaks for DREAM. */
    DREAM,
    /** Speaks against all three (thanks, denials); overrides the cues it overlaps. */
    NONE,
    /** Something expected to work or happen: a PROBLEM when negated ("ei toimi"). */
    FUNCTION,
    /** A negating word. */
    NEGATOR,
    /** A conditional verb form, for {@code <cond>}. */
    CONDITIONAL,
    /** A word that may stand before a clause-initial cue ("please", "ja"). */
    LEAD,
    /** A clause-opening word after which an earlier request no longer reaches ("but"). */
    BREAK,
    /**
     * A fixed expression whose words mean nothing on their own ("right now", "pitää paikkansa"): it
     * voids the cues and negations on its words and is not reported.
     */
    PHRASE
  }

  CueRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(pattern, "pattern");
    if (!(weight >= 0 && weight <= 1)) {
      throw new IllegalArgumentException("weight " + weight + " is not in [0, 1]");
    }
  }
}
