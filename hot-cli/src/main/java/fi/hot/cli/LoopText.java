package fi.hot.cli;

import fi.hot.internal.Dates;
import fi.hot.model.LoopEvent;
import fi.hot.model.LoopState;
import fi.hot.model.LoopStatus;
import java.io.PrintWriter;

/** How loop states and histories look on a terminal, alike in every command that shows them. */
final class LoopText {
  private LoopText() {}

  /**
   * {@code done 2026-03-12 · told 2026-03-13 by email}, or {@code new} when nobody has responded;
   * {@code · not told yet} when the outcome has not been told.
   */
  static String state(LoopState state) {
    StringBuilder b = new StringBuilder(state.status().code());
    state.lastStatusChange().ifPresent(e -> b.append(' ').append(Dates.day(e.at())));
    state
        .lastInformed()
        .ifPresent(
            e ->
                b.append(" · told ")
                    .append(Dates.day(e.at()))
                    .append(" by ")
                    .append(e.via().orElseThrow().code()));
    if (state.status().isOutcome() && !state.informedOfOutcome()) {
      b.append(" · not told yet");
    }
    return b.toString();
  }

  /** One event: {@code 2026-03-12 10:00 done mikko Korjattu.}. */
  static String event(LoopEvent e) {
    String what =
        e.status().map(LoopStatus::code).orElseGet(() -> "told by " + e.via().orElseThrow().code());
    StringBuilder b = new StringBuilder();
    b.append(Stamp.minute(e.at())).append("  ").append(String.format("%-14s", what));
    b.append(' ').append(e.by().isEmpty() ? "-" : e.by());
    if (!e.note().isEmpty()) {
      b.append("  ").append(e.note());
    }
    return b.toString();
  }

  /** The history, one event a line, or a hint when there is none. */
  static void history(PrintWriter out, LoopState state) {
    if (state.history().isEmpty()) {
      out.println(
          "  (no responses yet: hot respond " + state.statementId() + " --status acknowledged)");
      return;
    }
    state.history().forEach(e -> out.println("  " + event(e)));
  }
}
