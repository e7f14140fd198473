package fi.hot.cli;

import java.util.function.LongConsumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr for work measured in bytes or counted, drawn only when stderr is a
 * terminal so that logs and pipes stay clean.
 */
final class Progress implements LongConsumer, AutoCloseable {
  private final ProgressBar bar;

  private Progress(ProgressBar bar) {
    this.bar = bar;
  }

  /**
   * @param total bytes expected, or -1 when unknown (standard input)
   */
  static Progress bytes(Globals globals, String task, long total) {
    return bar(globals, task, total, " KiB", 1024);
  }

  /** A bar for work counted in items (statements) or, with a total of 100, in percent. */
  static Progress count(Globals globals, String task, long total, String unit) {
    return bar(globals, task, total, unit, 1);
  }

  private static Progress bar(Globals globals, String task, long total, String unit, long size) {
    if (!globals.stderrIsTerminal) {
      return new Progress(null);
    }
    ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(total)
            .setUnit(unit, size)
            .setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(200)
            .clearDisplayOnFinish()
            .setConsumer(new ConsoleProgressBarConsumer(System.err))
            .build();
    return new Progress(bar);
  }

  /** Bytes consumed (or items done) so far, in all. */
  @Override
  public void accept(long consumed) {
    if (bar != null) {
      bar.stepTo(consumed);
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
