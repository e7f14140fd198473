package fi.hot.cli;

import fi.hot.HotStore;
import fi.hot.model.Reclassification;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    mixinStandardHelpOptions = true,
    name = "reclassify",
    description = {
      "Classify the stored statements again, with the model captures use.",
      "That is the store's own model after 'hot train', else the shipped one. Statements labelled"
          + " by a person ('hot relabel', or imported as a person's) keep their labels."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  hot reclassify",
      "  hot train && hot reclassify",
      "  hot train --reset && hot reclassify"
    })
final class ReclassifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  private final Globals globals;

  ReclassifyCommand(Globals globals) {
    this.globals = globals;
  }

  @Override
  public Integer call() {
    ClassifierChoice choice = ClassifierChoice.captures(globals);
    try (HotStore store = Stores.openExisting(globals)) {
      Reclassification r;
      try (Progress progress =
          Progress.count(globals, "reclassify", store.count(), " statements")) {
        r = store.reclassify(choice.classifier(globals), progress);
      }
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          Locale.ROOT,
          "Reclassified %d statements with %s: %d got other labels, %d other confidences,"
              + " %d unchanged; %d kept as labelled by a person.%n",
          r.statements() - r.human(),
          choice.description(),
          r.changed(),
          r.rescored(),
          r.unchanged(),
          r.human());
      out.flush();
    }
    return 0;
  }
}
