package fi.hot.model;

import java.util.Objects;

/**
 * A piece of evidence the classifier used: which rule fired, for which label, on which words.
 *
 * @param id stable rule id, such as {@code fi.problem.ei-toimi} or {@code en.negation}
 * @param label the label the cue speaks for; NONE for cues that speak against all three (thanks,
 *     negated problems)
 * @param text the words of the statement that matched, as written
 */
public record Cue(String id, Label label, String text) {

  public Cue {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(text, "text");
  }
}
