package fi.hot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.hot.HotParseException;
import fi.hot.classify.Classifier;
import fi.hot.classify.Explanation;
import fi.hot.classify.TrainedClassifier;
import fi.hot.internal.StatementJson;
import fi.hot.model.Classification;
import fi.hot.model.LabelScore;
import fi.hot.model.Language;
import fi.hot.text.LanguageDetector;
import fi.hot.text.LanguageDetectors;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    mixinStandardHelpOptions = true,
    name = "classify",
    description = {
      "Tag text with dreams, problems and needs, without storing it.",
      "With --input, classify every line of a JSONL file {\"id\",\"text\",...} and write one line"
          + " {\"id\",\"primary\",\"labels\",\"confidence\"} per input line.",
      "Uses the model captures use: the store's own ('hot train') when it has one, else the"
          + " shipped one."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  hot classify \"Haluaisin muuttaa maksupäivän\"",
      "  hot classify --explain \"The app crashes and we need a fix\"",
      "  hot classify --input gold.jsonl --output predictions.jsonl",
      "  hot --store crm-notes classify --classifier shipped \"Laskussa on väärä viite\""
    })
final class ClassifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ArgGroup(multiplicity = "1")
  Source source;

  static final class Source {
    @Parameters(index = "0", paramLabel = "TEXT", description = "The text to classify.")
    String text;

    @Option(names = "--input", paramLabel = "FILE", description = "A JSONL file to classify.")
    Path input;
  }

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Where --input's predictions go (default: standard output).")
  Path output;

  @Option(names = "--lang", paramLabel = "fi|en", description = "The language (default: detected).")
  String lang;

  @Option(
      names = "--explain",
      description =
          "Show each label's probability and threshold, the cues that fired and the features"
              + " that weighed most.")
  boolean explain;

  @Option(
      names = "--features",
      paramLabel = "N",
      description =
          "With --explain, how many features to show per label (default: ${DEFAULT-VALUE}).")
  int features = 8;

  @Option(
      names = "--classifier",
      paramLabel = ClassifierChoice.NAMES,
      description =
          "The store's own model, the shipped model or the cue layer alone (default: the store's"
              + " when it has one, else the shipped one).")
  String classifierName;

  private final Globals globals;

  ClassifyCommand(Globals globals) {
    this.globals = globals;
  }

  @Override
  public Integer call() throws IOException {
    ClassifierChoice choice =
        classifierName == null
            ? ClassifierChoice.captures(globals)
            : ClassifierChoice.parse(classifierName);
    Classifier classifier = choice.classifier(globals);
    LanguageDetector detector = LanguageDetectors.standard();
    PrintWriter out = spec.commandLine().getOut();
    if (source.input == null) {
      Language language = lang != null ? Language.parse(lang) : detector.detect(source.text);
      if (explain) {
        TrainedClassifier trained =
            choice
                .trained(globals)
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "--explain needs a trained model (store or shipped), not "
                                + choice.description()));
        explain(trained.explain(source.text, language), choice, out);
      } else {
        out.println(Render.labels(classifier.classify(source.text, language)) + " " + source.text);
      }
      out.flush();
      return 0;
    }
    if (explain) {
      throw new IllegalArgumentException("--explain goes with TEXT, not with --input");
    }
    return classifyFile(classifier, detector, out);
  }

  private void explain(Explanation e, ClassifierChoice choice, PrintWriter out) {
    if (features < 1) {
      throw new IllegalArgumentException("--features must be at least 1, not " + features);
    }
    out.println(Render.labels(e.classification()) + " " + source.text);
    out.println("  language " + e.language().code() + ", " + choice.description());
    for (Explanation.LabelExplanation l : e.labels()) {
      out.printf(
          Locale.ROOT,
          "  %-8s probability %.3f  threshold %.2f  %s  (logit %+.3f)%n",
          l.label().name(),
          l.probability(),
          l.threshold(),
          l.passes() && !e.cueNone() ? "carried" : "not carried",
          l.logit());
      for (Explanation.Contribution c : l.top(features)) {
        out.printf(Locale.ROOT, "    %+8.3f  %s%n", c.amount(), c.feature());
      }
    }
    if (e.cueNone()) {
      out.println("  NONE: the cue layer read an explicit thanks or denial and nothing else");
    }
    if (e.cues().isEmpty()) {
      out.println("  no cue fired");
    }
    e.cues().forEach(cue -> out.println("  cue " + Render.cue(cue)));
  }

  private int classifyFile(Classifier classifier, LanguageDetector detector, PrintWriter out)
      throws IOException {
    String name = source.input.toString();
    int errors = 0;
    try (BufferedReader in = Files.newBufferedReader(source.input, StandardCharsets.UTF_8);
        BufferedWriter file =
            output == null ? null : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      long lineNo = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        try {
          String result = predict(StatementJson.MAPPER.readTree(line), classifier, detector);
          if (file != null) {
            file.write(result);
            file.newLine();
          } else {
            out.println(result);
          }
        } catch (IOException | IllegalArgumentException e) {
          errors++;
          String reason = e instanceof IOException ? "broken JSON" : e.getMessage();
          spec.commandLine()
              .getErr()
              .println(new HotParseException(name, lineNo, reason).getMessage());
        }
      }
    }
    out.flush();
    spec.commandLine().getErr().flush();
    return errors == 0 ? 0 : HotCli.EXIT_REJECTED;
  }

  private String predict(JsonNode o, Classifier classifier, LanguageDetector detector) {
    String text = o.path("text").asText("");
    if (text.isBlank()) {
      throw new IllegalArgumentException("empty text");
    }
    String langField = o.path("lang").asText("");
    Language language =
        lang != null
            ? Language.parse(lang)
            : langField.isBlank() ? detector.detect(text) : Language.parse(langField);
    Classification c = classifier.classify(text, language);
    ObjectNode r = StatementJson.MAPPER.createObjectNode();
    r.put("id", o.path("id").asText(""));
    r.put("primary", c.primary().name());
    ArrayNode labels = r.putArray("labels");
    ObjectNode confidence = r.putObject("confidence");
    for (LabelScore s : c.labels()) {
      labels.add(s.label().name());
      confidence.put(s.label().name(), s.confidence());
    }
    return r.toString();
  }
}
