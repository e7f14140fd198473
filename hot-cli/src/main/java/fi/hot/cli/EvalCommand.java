package fi.hot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.hot.HotParseException;
import fi.hot.classify.Classifier;
import fi.hot.classify.Evaluation;
import fi.hot.classify.FeelingEvaluation;
import fi.hot.classify.FeelingGold;
import fi.hot.classify.FeelingReader;
import fi.hot.classify.GoldStatement;
import fi.hot.ingest.GoldReader;
import fi.hot.internal.StatementJson;
import fi.hot.model.Emotion;
import fi.hot.model.Label;
import fi.hot.model.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
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
      "Measure the classifier, or the feeling reader, against gold-labelled statements.",
      "Each line of GOLD.jsonl is {\"id\",\"text\",\"lang\",\"primary\",\"labels\"}; prints the"
          + " primary-label accuracy and macro-F1 over DREAM, PROBLEM, NEED and NONE, per-label"
          + " precision, recall and F1 over the multi-label 'labels', and the confusion matrix.",
      "When the store has its own model ('hot train'), prints the shipped model's figures"
          + " (before) and the store model's (after) side by side, with the differences.",
      "With --feeling (or when a file's first line has an emotion and no primary), each line is"
          + " {\"id\",\"text\",\"lang\",\"polarity\",\"emotion\"}: prints the emotion accuracy and"
          + " macro-F1, precision, recall and F1 of each emotion, the confusion matrix, the mean"
          + " absolute error of the polarity and how often its sign agrees (within 0.1 of 0 counts"
          + " as 0), overall and by language. The feeling is read as capture reads it, with the"
          + " labels the classifier gives. --feeling without files measures HOT's own gold set."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  hot eval gold-fi.jsonl",
      "  hot eval gold-fi.jsonl gold-en.jsonl --misses",
      "  hot eval gold.jsonl --json",
      "  hot eval gold-fi.jsonl --classifier cues",
      "  hot --store crm-notes eval gold-fi.jsonl --classifier store",
      "  hot eval --feeling",
      "  hot eval --feeling my-feelings.jsonl --misses"
    })
final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** HOT's own gold feelings, on the class path. */
  static final String SHIPPED_FEELINGS = "/fi/hot/classify/training/feeling.jsonl";

  @Parameters(
      paramLabel = "GOLD.jsonl",
      arity = "0..*",
      description = "Gold files, each scored (at least one, unless --feeling).")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--feeling",
      description = "The files hold gold feelings: measure the feeling reader.")
  boolean feeling;

  @Option(
      names = "--misses",
      description = "List the statements whose primary label (or emotion) was wrong.")
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
    if (files.isEmpty()) {
      if (!feeling) {
        throw new IllegalArgumentException("give a gold file to measure against (or --feeling)");
      }
      GoldReader.FeelingResult shipped;
      try (InputStream in = EvalCommand.class.getResourceAsStream(SHIPPED_FEELINGS)) {
        if (in == null) {
          throw new IllegalStateException("the shipped gold feelings are missing from the build");
        }
        shipped =
            reader.readFeelings(
                new InputStreamReader(in, StandardCharsets.UTF_8), "feeling.jsonl (shipped)");
      }
      return feelings(
              "feeling.jsonl (shipped)", shipped, classifier != null ? classifier : after, out, err)
          ? HotCli.EXIT_REJECTED
          : 0;
    }
    boolean rejected = false;
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        throw new NoSuchFileException(file.toString());
      }
      if (feeling || holdsFeelings(file)) {
        rejected |=
            feelings(
                file.toString(),
                reader.readFeelings(file),
                classifier != null ? classifier : after,
                out,
                err);
        continue;
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

  /** Whether the file's first line is a gold feeling: an emotion and no primary label. */
  private static boolean holdsFeelings(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        try {
          JsonNode o = StatementJson.MAPPER.readTree(line.replace("\uFEFF", ""));
          return o != null && o.has("emotion") && !o.has("primary");
        } catch (IOException e) {
          return false; // not JSON: let the label reader report it
        }
      }
    }
    return false;
  }

  /** Measures and prints one file of gold feelings; returns whether some lines were rejected. */
  private boolean feelings(
      String name,
      GoldReader.FeelingResult gold,
      Classifier classifier,
      PrintWriter out,
      PrintWriter err) {
    gold.errors().forEach(e -> err.println(e.getMessage()));
    err.flush();
    FeelingReader reader = FeelingReader.standard();
    FeelingEvaluation.Result all = FeelingEvaluation.of(gold.feelings(), reader, classifier);
    Map<Language, FeelingEvaluation.Result> byLanguage = new EnumMap<>(Language.class);
    for (Language l : Language.values()) {
      List<FeelingGold> part = gold.feelings().stream().filter(g -> g.language() == l).toList();
      if (!part.isEmpty()) {
        byLanguage.put(l, FeelingEvaluation.of(part, reader, classifier));
      }
    }
    if (json) {
      ObjectNode o = feelingJson(all);
      o.put("file", name);
      ObjectNode languages = o.putObject("by_language");
      byLanguage.forEach((l, r) -> languages.set(l.code(), feelingJson(r)));
      out.println(o.toString());
    } else {
      printFeelings(out, name, all, byLanguage);
    }
    return !gold.errors().isEmpty();
  }

  private void printFeelings(
      PrintWriter out,
      String name,
      FeelingEvaluation.Result r,
      Map<Language, FeelingEvaluation.Result> byLanguage) {
    out.printf(Locale.ROOT, "%s: %d statements (feelings)%n", name, r.count());
    out.printf(
        Locale.ROOT,
        "  emotion accuracy %.3f (%d/%d)   macro-F1 %.3f%n",
        r.accuracy(),
        r.correct(),
        r.count(),
        r.macroF1());
    out.printf(
        Locale.ROOT,
        "  polarity MAE %.3f   sign agreement %.3f (%d/%d)%n",
        r.polarityMae(),
        r.signAgreement(),
        r.signsAgreeing(),
        r.count());
    out.println();
    out.println("  emotion     precision  recall     F1  support");
    r.emotions()
        .forEach(
            (e, s) ->
                out.printf(
                    Locale.ROOT,
                    "  %-10s %10.3f %7.3f %6.3f %8d%n",
                    e.code(),
                    s.precision(),
                    s.recall(),
                    s.f1(),
                    s.support()));
    out.println();
    out.println("  confusion (rows gold, columns read)");
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "  %-10s", ""));
    FeelingEvaluation.EMOTIONS.forEach(
        e -> head.append(String.format(Locale.ROOT, "%11s", e.code())));
    out.println(head);
    for (Emotion gold : FeelingEvaluation.EMOTIONS) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-10s", gold.code()));
      for (Emotion read : FeelingEvaluation.EMOTIONS) {
        row.append(String.format(Locale.ROOT, "%11d", r.confusion().count(gold, read)));
      }
      out.println(row);
    }
    if (byLanguage.size() > 1) {
      out.println();
      out.println("  by language");
      byLanguage.forEach(
          (l, lr) ->
              out.printf(
                  Locale.ROOT,
                  "  %-5s %4d statements   accuracy %.3f   macro-F1 %.3f   polarity MAE %.3f"
                      + "   sign agreement %.3f%n",
                  l.code(),
                  lr.count(),
                  lr.accuracy(),
                  lr.macroF1(),
                  lr.polarityMae(),
                  lr.signAgreement()));
    }
    if (misses && !r.misses().isEmpty()) {
      out.println();
      out.println("  misses");
      for (FeelingEvaluation.Miss m : r.misses()) {
        FeelingGold g = m.gold();
        out.printf(
            Locale.ROOT,
            "  %s gold %s %s, read %s %s: %s%n",
            g.id(),
            g.emotion().code(),
            Render.polarity(g.polarity()),
            m.predicted().emotion().code(),
            Render.polarity(m.predicted().polarity()),
            g.text());
      }
    }
    out.println();
  }

  private static ObjectNode feelingJson(FeelingEvaluation.Result r) {
    ObjectNode o = StatementJson.MAPPER.createObjectNode();
    o.put("kind", "feeling");
    o.put("count", r.count());
    o.put("accuracy", r.accuracy());
    o.put("macro_f1", r.macroF1());
    o.put("polarity_mae", r.polarityMae());
    o.put("sign_agreement", r.signAgreement());
    ObjectNode emotions = o.putObject("emotions");
    r.emotions().forEach((e, s) -> scoreJson(emotions.putObject(e.code()), s));
    ArrayNode confusion = o.putArray("confusion");
    for (Emotion gold : FeelingEvaluation.EMOTIONS) {
      ArrayNode row = confusion.addArray();
      FeelingEvaluation.EMOTIONS.forEach(read -> row.add(r.confusion().count(gold, read)));
    }
    ArrayNode misses = o.putArray("misses");
    r.misses().forEach(m -> misses.add(m.gold().id()));
    return o;
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
