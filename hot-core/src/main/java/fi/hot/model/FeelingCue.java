package fi.hot.model;

import java.util.Objects;

/**
 * A piece of evidence the feeling was read from: which cue fired, on which words.
 *
 * <pre>{@code
 * new FeelingCue("fi.frustrated.arsyttaa", "ärsyttää");
 * new FeelingCue("en.negation", "not annoying");   // a negated cue
 * new FeelingCue("en.exclamation", "!");
 * }</pre>
 *
 * <p>Immutable.
 *
 * @param id stable cue id, the language first: {@code fi.worried.pelata}, {@code en.intensifier},
 *     {@code fi.caps}, {@code en.label.problem}
 * @param text the words of the statement that fired it, as written
 */
public record FeelingCue(String id, String text) {

  public FeelingCue {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    if (id.isBlank()) {
      throw new IllegalArgumentException("feeling cue id is blank");
    }
  }
}
