package fi.hot.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.hot.HotParseException;
import fi.hot.classify.Classifier;
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
          + " precision, recall and F1 over the multi-label 'labels', and the confusion matrix.",
      "When the store has its own model ('hot train'), prints the shipped model's figures"
          + " (before) and the store model's (after) side by side, with the differences."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  hot eval gold-fi.jsonl",
      "  hot eval gold-fi.jsonl gold-en.jsonl --misses",
      "  hot eval gold.jsonl --json",
      "  hot eval gold-fi.jsonl --classifier cues",
      "  hot --store crm-notes eval gold-fi.jsonl --classifier store"
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
      paramLabel = ClassifierChoice.NAMES,
      description =
          "Score one: the store's own model, the shipped model ('trained' says the same) or the"
              + " cue layer alone. Default: both models side by side when the store has its own,"
              + " else the shipped one.")
  String classifierName;

  private final Globals globals;

  EvalCommand(Globals globals) {
    this.globals = globals;
  }

  @Override
  public Integer call() throws Exception {
    ClassifierChoice choice =
        classifierName == null ? null : ClassifierChoice.parse(classifierName);
    if (choice == null && ClassifierChoice.captures(globals) == ClassifierChoice.SHIPPED) {
      choice = ClassifierChoice.SHIPPED;
    }
    // null: the shipped model before, the store's after
    Classifier classifier = choice == null ? null : choice.classifier(globals);
    Classifier after = choice == null ? ClassifierChoice.STORE.classifier(globals) : null;
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
      if (choice == null) {
        Evaluation.Result before =
            Evaluation.of(gold.statements(), ClassifierChoice.SHIPPED.classifier(globals));
        Evaluation.Result now = Evaluation.of(gold.statements(), after);
        if (json) {
          out.println(comparisonJson(file, before, now).toString());
        } else {
          compare(out, file, before, now);
        }
        continue;
      }
      Evaluation.Result r = Evaluation.of(gold.statements(), classifier);
      if (json) {
        ObjectNode o = json(file, r);
        o.put("classifier", choice.name().toLowerCase(Locale.ROOT));
        out.println(o.toString());
      } else {
        out.printf(Locale.ROOT, "%s: %d statements, %s%n", file, r.count(), choice.description());
        print(out, r);
      }
    }
    out.flush();
    return rejected ? HotCli.EXIT_REJECTED : 0;
  }

  /** The shipped model's figures and the store model's side by side, then the latter's details. */
  private void compare(
      PrintWriter out, Path file, Evaluation.Result before, Evaluation.Result after) {
    out.printf(
        Locale.ROOT,
        "%s: %d statements, %s (before) and %s (after)%n",
        file,
        after.count(),
        ClassifierChoice.SHIPPED.description(),
        ClassifierChoice.STORE.description());
    out.println();
    out.println("                     before   after   delta");
    row(out, "primary accuracy", before.accuracy(), after.accuracy());
    row(out, "primary macro-F1", before.macroF1(), after.macroF1());
    for (Label label : Label.HOT) {
      row(out, label.name() + " F1", f1(before.labels(), label), f1(after.labels(), label));
    }
    row(out, "NONE F1", f1(before.primary(), Label.NONE), f1(after.primary(), Label.NONE));
    List<GoldStatement> missedBefore = before.misses().stream().map(Evaluation.Miss::gold).toList();
    List<GoldStatement> missedAfter = after.misses().stream().map(Evaluation.Miss::gold).toList();
    List<Evaluation.Miss> fixed =
        before.misses().stream().filter(m -> !missedAfter.contains(m.gold())).toList();
    List<Evaluation.Miss> broken =
        after.misses().stream().filter(m -> !missedBefore.contains(m.gold())).toList();
    out.printf(
        Locale.ROOT,
        "  primary now right, wrong before: %d; now wrong, right before: %d%n",
        fixed.size(),
        broken.size());
    if (misses) {
      for (Evaluation.Miss m : fixed) {
        out.printf(
            Locale.ROOT,
            "  fixed    %s gold %s, was %s: %s%n",
            m.gold().id(),
            m.gold().primary().name(),
            Render.labels(m.predicted()),
            m.gold().text());
      }
      for (Evaluation.Miss m : broken) {
        out.printf(
            Locale.ROOT,
            "  new miss %s gold %s, got %s: %s%n",
            m.gold().id(),
            m.gold().primary().name(),
            Render.labels(m.predicted()),
            m.gold().text());
      }
    }
    out.println();
    out.println("  after: " + ClassifierChoice.STORE.description());
    print(out, after);
  }

  private static double f1(Map<Label, Evaluation.Scores> scores, Label label) {
    return scores.get(label).f1();
  }

  private static void row(PrintWriter out, String name, double before, double after) {
    out.printf(Locale.ROOT, "  %-17s %7.3f %7.3f  %+.3f%n", name, before, after, after - before);
  }

  private void print(PrintWriter out, Evaluation.Result r) {
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

  private static ObjectNode comparisonJson(
      Path file, Evaluation.Result before, Evaluation.Result after) {
    ObjectNode o = StatementJson.MAPPER.createObjectNode();
    o.put("file", file.toString());
    o.put("count", after.count());
    ObjectNode b = json(file, before);
    b.remove("file");
    b.put("classifier", "shipped");
    o.set("before", b);
    ObjectNode a = json(file, after);
    a.remove("file");
    a.put("classifier", "store");
    o.set("after", a);
    ObjectNode delta = o.putObject("delta");
    delta.put("accuracy", after.accuracy() - before.accuracy());
    delta.put("macro_f1", after.macroF1() - before.macroF1());
    ObjectNode labels = delta.putObject("labels_f1");
    for (Label label : Label.HOT) {
      labels.put(label.name(), f1(after.labels(), label) - f1(before.labels(), label));
    }
    delta.put("none_f1", f1(after.primary(), Label.NONE) - f1(before.primary(), Label.NONE));
    return o;
  }

  private static void scoreJson(ObjectNode o, Evaluation.Scores s) {
    o.put("precision", s.precision());
    o.put("recall", s.recall());
    o.put("f1", s.f1());
    o.put("support", s.support());
  }
}
