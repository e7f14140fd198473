package fi.hot.cli;

import fi.hot.internal.Dates;
import fi.hot.model.Classification;
import fi.hot.model.Cue;
import fi.hot.model.Emotion;
import fi.hot.model.Feeling;
import fi.hot.model.FeelingCue;
import fi.hot.model.LabelScore;
import fi.hot.model.Span;
import fi.hot.model.Statement;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** How statements look on a terminal: one place, so every command shows them alike. */
final class Render {
  private static final String BOLD = "\u001b[1m";
  private static final String RESET = "\u001b[0m";

  private Render() {}

  /**
   * {@code [PROBLEM 0.91, NEED 0.64]}, the primary label first, or {@code [NONE]}; a person's
   * labels without confidences: {@code [PROBLEM, NEED]}.
   */
  static String labels(Classification c) {
    if (c.labels().isEmpty()) {
      return "[NONE]";
    }
    // the primary first: it may be less probable than another label (its clause comes first)
    return Stream.concat(
            c.labels().stream().filter(s -> s.label() == c.primary()),
            c.labels().stream().filter(s -> s.label() != c.primary()))
        .map(s -> c.isHuman() ? s.label().name() : s.label().name() + " " + confidence(s))
        .collect(Collectors.joining(", ", "[", "]"));
  }

  /** {@code [PROBLEM]}: the primary label only, for lists. */
  static String primary(Classification c) {
    return "[" + c.primary().name() + "]";
  }

  /**
   * {@code [PROBLEM · frustrated]}: the primary label and, when the statement carries one, its
   * emotion, for lists.
   */
  static String primary(Statement s) {
    Emotion e = s.feeling().emotion();
    return e == Emotion.NEUTRAL
        ? primary(s.classification())
        : "[" + s.classification().primary().name() + " \u00b7 " + e.code() + "]";
  }

  /** {@code frustrated, polarity -0.72}. */
  static String feeling(Feeling f) {
    return f.emotion().code() + ", polarity " + polarity(f.polarity());
  }

  /** A polarity with its sign and two decimals: {@code -0.72}, {@code +0.35}, {@code 0.00}. */
  static String polarity(double p) {
    return p == 0 ? "0.00" : String.format(Locale.ROOT, "%+.2f", p);
  }

  /** A feeling cue as {@code "taas" (fi.frustrated.taas)}. */
  static String cue(FeelingCue cue) {
    return "\"" + cue.text() + "\" (" + cue.id() + ")";
  }

  static String confidence(LabelScore s) {
    return String.format(Locale.ROOT, "%.2f", s.confidence());
  }

  /** {@code acme (Acme Oy) · call · 2026-03-04 · by mikko · id 3f2a…}. */
  static String meta(Statement s) {
    StringBuilder b = new StringBuilder(s.customer().id());
    if (!s.customer().name().isEmpty()) {
      b.append(" (").append(s.customer().name()).append(')');
    }
    if (!s.contact().isEmpty()) {
      b.append(", ").append(s.contact());
    }
    b.append(" · ").append(s.channel().code());
    b.append(" · ").append(Dates.day(s.occurredAt()));
    b.append(" · ").append(s.language().code());
    if (!s.capturedBy().isEmpty()) {
      b.append(" · by ").append(s.capturedBy());
    }
    b.append(" · id ").append(s.id());
    return b.toString();
  }

  /**
   * The cues as {@code "ei toimi" (fi.problem.ei-toimi → PROBLEM)}, one per line: the words that
   * fired, not the model's weighted features, which {@code classify --explain} shows with weights.
   */
  static List<String> cues(Classification c) {
    return c.cues().stream()
        .filter(cue -> !cue.id().startsWith("model:"))
        .map(Render::cue)
        .toList();
  }

  static String cue(Cue cue) {
    return "\"" + cue.text() + "\" (" + cue.id() + " → " + cue.label().name() + ")";
  }

  /** The text with the matched spans marked: bold on a terminal, {@code *word*} elsewhere. */
  static String highlight(String text, List<Span> spans, boolean ansi) {
    String open = ansi ? BOLD : "*";
    String close = ansi ? RESET : "*";
    StringBuilder b = new StringBuilder();
    int at = 0;
    for (Span span : spans) {
      if (span.start() < at || span.end() > text.length()) {
        continue; // overlapping or stale span: show the text as is
      }
      b.append(text, at, span.start()).append(open).append(text, span.start(), span.end());
      b.append(close);
      at = span.end();
    }
    return b.append(text.substring(at)).toString();
  }
}
