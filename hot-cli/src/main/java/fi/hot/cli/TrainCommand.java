package fi.hot.cli;

import fi.hot.HotStore;
import fi.hot.StoreModel;
import fi.hot.classify.Evaluation;
import fi.hot.classify.Trainer;
import fi.hot.model.Label;
import fi.hot.model.Language;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    mixinStandardHelpOptions = true,
    name = "train",
    description = {
      "Train the store's own classifier on the shipped data and the store's corrections.",
      "Corrections are the statements a person labelled ('hot relabel'); one with the same text"
          + " as a shipped statement takes its place. The model is kept in the store directory"
          + " (model/model.bin, with its training report) and captures, 'hot classify' and"
          + " 'hot reclassify' use it from then on; 'hot eval' compares it with the shipped model."
          + " Takes about ten seconds."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  hot train",
      "  hot train && hot reclassify",
      "  hot train --no-corrections",
      "  hot train --report",
      "  hot train --reset"
    })
final class TrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--no-corrections",
      description = "Train on the shipped data alone, leaving the store's corrections out.")
  boolean noCorrections;

  @Option(
      names = "--reset",
      description = "Remove the store's own model: captures use the shipped model again.")
  boolean reset;

  @Option(names = "--report", description = "Show the training report of the store's model.")
  boolean report;

  private final Globals globals;

  TrainCommand(Globals globals) {
    this.globals = globals;
  }

  @Override
  public Integer call() {
    if ((reset ? 1 : 0) + (report ? 1 : 0) + (noCorrections ? 1 : 0) > 1) {
      throw new IllegalArgumentException("--reset, --report and --no-corrections go alone");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (HotStore store = Stores.openExisting(globals)) {
      if (reset) {
        out.println(
            StoreModel.reset(globals.store)
                ? "Removed the store's own model: captures and 'hot classify' use the shipped model"
                    + " again. 'hot reclassify' relabels the stored statements with it."
                : "The store has no model of its own: it uses the shipped model.");
      } else if (report) {
        out.print(
            StoreModel.report(globals.store)
                .orElse("The store has no model of its own: it uses the shipped model.\n"));
      } else {
        train(store, out, err);
      }
      out.flush();
    }
    return 0;
  }

  private void train(HotStore store, PrintWriter out, PrintWriter err) {
    StoreModel.TrainingSet set = StoreModel.trainingSet(store, !noCorrections);
    err.printf(Locale.ROOT, "Training on %d statements...%n", set.statements().size());
    err.flush();
    long start = System.nanoTime();
    Trainer.Result r;
    try (Progress progress = Progress.count(globals, "train", 100, "%")) {
      r = Trainer.train(set.statements(), done -> progress.accept(Math.round(done * 100)));
    }
    StoreModel.save(globals.store, r, set);
    err.printf(Locale.ROOT, "Trained in %.1f s.%n", (System.nanoTime() - start) / 1e9);
    err.flush();

    out.println(capitalised(set.describe()) + ".");
    out.println("Cross-validated (each statement read by a model that did not learn from it):");
    for (Map.Entry<Language, Evaluation.Result> e : r.crossValidation().entrySet()) {
      Evaluation.Result cv = e.getValue();
      StringBuilder line =
          new StringBuilder(
              String.format(
                  Locale.ROOT,
                  "  %s  %5d statements  accuracy %.3f  macro-F1 %.3f",
                  e.getKey().code(),
                  cv.count(),
                  cv.accuracy(),
                  cv.macroF1()));
      for (Label label : Label.HOT) {
        line.append(
            String.format(Locale.ROOT, "  %s F1 %.3f", label.name(), cv.labels().get(label).f1()));
      }
      out.println(line);
    }
    out.println(
        "The model is kept in "
            + StoreModel.file(globals.store)
            + ": captures and 'hot classify' use it from now on.");
    out.println(
        "'hot reclassify' relabels the stored statements with it (a person's labels stay);"
            + " 'hot eval GOLD.jsonl' compares it with the shipped model.");
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
