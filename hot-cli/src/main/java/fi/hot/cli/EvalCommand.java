package fi.hot.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.hot.HotParseException;
import fi.hot.classify.Classifier;
import fi.hot.classify.Classifiers;
import fi.hot.classify.Evaluation;
import fi.hot.classify.GoldStatement;
import fi.hot.ingest.GoldReader;
import fi.hot.internal.StatementJson;
import fi.hot.model.Label;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    mixinStandardHelpOptions = true,
    name = "eval",
    description = {
      "Measure the classifier against gold-labelled statements.",
      "Each line of GOLD.jsonl is {\"id\",\"text\",\"lang\",\"primary\",\"labels\"}; prints the"
          + " primary-label accuracy and macro-F1 over DREAM, PROBLEM, NEED and NONE, per-label"
          + " precision, recall and F1 over the multi-label 'labels', and the confusion matrix."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  hot eval gold-fi.jsonl",
      "  hot eval gold-fi.jsonl gold-en.jsonl --misses",
      "  hot eval gold.jsonl --json",
      "  hot eval gold-fi.jsonl --classifier cues"
    })
final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "GOLD.jsonl", arity = "1..*", description = "Gold files, each scored.")
  List<Path> files;

  @Option(names = "--misses", description = "List the statements whose primary label was wrong.")
  boolean misses;

  @Option(names = "--json", description = "One JSON object of figures per file.")
  boolean json;

  @Option(
      names = "--classifier",
      paramLabel = "trained|cues",
      description = "The trained model (default) or the cue layer alone, to compare them.")
  String classifierName = "trained";

  @Override
  public Integer call() throws Exception {
    Classifier classifier =
        switch (classifierName) {
          case "trained" -> Classifiers.standard();
          case "cues" -> Classifiers.cues();
          default ->
              throw new IllegalArgumentException(
                  "unknown classifier '" + classifierName + "' (expected trained or cues)");
        };
    GoldReader reader = GoldReader.standard();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean rejected = false;
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        throw new NoSuchFileException(file.toString());
      }
      GoldReader.Result gold = reader.read(file);
      for (HotParseException e : gold.errors()) {
        err.println(e.getMessage());
        rejected = true;
      }
      err.flush();
      Evaluation.Result r = Evaluation.of(gold.statements(), classifier);
      if (json) {
        out.println(json(file, r).toString());
      } else {
        print(out, file, r);
      }
    }
    out.flush();
    return rejected ? HotCli.EXIT_REJECTED : 0;
  }

  private void print(PrintWriter out, Path file, Evaluation.Result r) {
    out.printf(Locale.ROOT, "%s: %d statements%n", file, r.count());
    out.printf(
        Locale.ROOT,
        "  primary accuracy %.3f (%d/%d)   macro-F1 %.3f%n",
        r.accuracy(),
        r.correct(),
        r.count(),
        r.macroF1());
    out.println();
    out.println("  primary    precision  recall     F1  support");
    scores(out, r.primary());
    out.println();
    out.println("  labels     precision  recall     F1  support   (multi-label)");
    scores(out, r.labels());
    out.println();
    out.println("  confusion (rows gold, columns predicted)");
    List<Label> order = r.confusion().order();
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "  %-9s", ""));
    order.forEach(l -> head.append(String.format(Locale.ROOT, "%9s", l.name())));
    out.println(head);
    for (Label gold : order) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-9s", gold.name()));
      for (Label predicted : order) {
        row.append(String.format(Locale.ROOT, "%9d", r.confusion().count(gold, predicted)));
      }
      out.println(row);
    }
    if (misses && !r.misses().isEmpty()) {
      out.println();
      out.println("  misses");
      for (Evaluation.Miss m : r.misses()) {
        GoldStatement g = m.gold();
        out.printf(
            Locale.ROOT,
            "  %s gold %s, got %s: %s%n",
            g.id(),
            g.primary().name(),
            Render.labels(m.predicted()),
            g.text());
      }
    }
    out.println();
  }

  private static void scores(PrintWriter out, Map<Label, Evaluation.Scores> scores) {
    scores.forEach(
        (label, s) ->
            out.printf(
                Locale.ROOT,
                "  %-9s %9.3f %7.3f %6.3f %8d%n",
                label.name(),
                s.precision(),
                s.recall(),
                s.f1(),
                s.support()));
  }

  private static ObjectNode json(Path file, Evaluation.Result r) {
    ObjectNode o = StatementJson.MAPPER.createObjectNode();
    o.put("file", file.toString());
    o.put("count", r.count());
    o.put("accuracy", r.accuracy());
    o.put("macro_f1", r.macroF1());
    ObjectNode primary = o.putObject("primary");
    r.primary().forEach((l, s) -> scoreJson(primary.putObject(l.name()), s));
    ObjectNode labels = o.putObject("labels");
    r.labels().forEach((l, s) -> scoreJson(labels.putObject(l.name()), s));
    ArrayNode confusion = o.putArray("confusion");
    for (Label gold : r.confusion().order()) {
      ArrayNode row = confusion.addArray();
      r.confusion().order().forEach(p -> row.add(r.confusion().count(gold, p)));
    }
    List<String> missed = new ArrayList<>();
    r.misses().forEach(m -> missed.add(m.gold().id()));
    ArrayNode misses = o.putArray("misses");
    missed.forEach(misses::add);
    return o;
  }

  private static void scoreJson(ObjectNode o, Evaluation.Scores s) {
    o.put("precision", s.precision());
    o.put("recall", s.recall());
    o.put("f1", s.f1());
    o.put("support", s.support());
  }
}
