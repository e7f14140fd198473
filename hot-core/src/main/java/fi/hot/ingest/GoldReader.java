package fi.hot.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import fi.hot.HotParseException;
import fi.hot.classify.FeelingGold;
import fi.hot.classify.GoldStatement;
import fi.hot.internal.StatementJson;
import fi.hot.model.Emotion;
import fi.hot.model.Label;
import fi.hot.model.Language;
import fi.hot.text.LanguageDetector;
import fi.hot.text.LanguageDetectors;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Reads gold statements from JSON Lines: one object a line, {@code {"id", "text", "lang",
 * "primary", "labels"}}. {@code lang} may be left out (it is detected) and so may {@code labels}
 * (the primary alone is taken). Blank lines are skipped. Gold feelings ({@link #readFeelings}) are
 * lines {@code {"id", "text", "lang", "polarity", "emotion"}}.
 *
 * <pre>{@code
 * GoldReader.Result r = GoldReader.standard().read(Path.of("dev-fi.jsonl"));
 * r.errors().forEach(e -> System.err.println(e.getMessage()));   // dev-fi.jsonl:7: missing text
 * Evaluation.Result scores = Evaluation.of(r.statements(), Classifiers.standard());
 * }</pre>
 *
 * <p>Every bad line is reported as a {@link HotParseException} with its file and line ({@code
 * dev-fi.jsonl:7: unknown label 'wish'}) and the good lines are kept; the caller decides whether
 * errors are fatal. Thread-safe: a reader holds nothing but its language detector.
 */
public final class GoldReader {
  private static final ObjectReader JSON =
      StatementJson.MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final LanguageDetector detector;

  /**
   * @param detector decides the language of lines without {@code lang}
   */
  public GoldReader(LanguageDetector detector) {
    this.detector = Objects.requireNonNull(detector, "detector");
  }

  /** A reader that detects missing languages with {@link LanguageDetectors#standard()}. */
  public static GoldReader standard() {
    return new GoldReader(LanguageDetectors.standard());
  }

  /**
   * Reads a UTF-8 gold file; errors name it as given.
   *
   * @throws UncheckedIOException when the file cannot be read
   */
  public Result read(Path file) {
    return readFile(file, this::read);
  }

  /**
   * Reads gold lines to the end; the reader is not closed.
   *
   * @param name the file name for error messages ({@code -} for standard input)
   * @throws UncheckedIOException when reading fails
   */
  public Result read(Reader reader, String name) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(name, "name");
    List<GoldStatement> statements = new ArrayList<>();
    List<HotParseException> errors = new ArrayList<>();
    lines(reader, name, this::parse, GoldStatement::id, statements, errors);
    return new Result(statements, errors);
  }

  /**
   * Reads a UTF-8 file of gold feelings; errors name it as given.
   *
   * @throws UncheckedIOException when the file cannot be read
   */
  public FeelingResult readFeelings(Path file) {
    return readFile(file, this::readFeelings);
  }

  /** Opens a UTF-8 file and reads it with one of the reader methods, naming it as given. */
  private static <R> R readFile(Path file, BiFunction<Reader, String, R> read) {
    Objects.requireNonNull(file, "file");
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read.apply(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Reads gold feelings to the end, {@code {"id", "text", "lang", "polarity", "emotion"}} a line
   * ({@code lang} may be left out); the reader is not closed.
   *
   * @param name the file name for error messages ({@code -} for standard input)
   * @throws UncheckedIOException when reading fails
   */
  public FeelingResult readFeelings(Reader reader, String name) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(name, "name");
    List<FeelingGold> feelings = new ArrayList<>();
    List<HotParseException> errors = new ArrayList<>();
    lines(reader, name, this::parseFeeling, FeelingGold::id, feelings, errors);
    return new FeelingResult(feelings, errors);
  }

  /** Parses one line into a value, or throws HotParseException. */
  private interface LineParser<T> {
    T parse(String line, String name, long number);
  }

  /** Every non-blank line through the parser: good ones to {@code out}, bad ones to errors. */
  private static <T> void lines(
      Reader reader,
      String name,
      LineParser<T> parser,
      Function<T, String> idOf,
      List<T> out,
      List<HotParseException> errors) {
    Map<String, Long> firstLine = new HashMap<>();
    BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    long number = 0;
    try {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (number == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank()) {
          continue;
        }
        try {
          T value = parser.parse(line, name, number);
          String id = idOf.apply(value);
          Long seen = firstLine.putIfAbsent(id, number);
          if (seen != null) {
            throw new HotParseException(
                name, number, "duplicate id '" + id + "' (first on line " + seen + ")");
          }
          out.add(value);
        } catch (HotParseException e) {
          errors.add(e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  private static JsonNode object(String line, String name, long number) {
    JsonNode o;
    try {
      o = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      long column = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNr());
      throw new HotParseException(name, number, column, "invalid JSON: " + e.getOriginalMessage());
    }
    if (o == null || !o.isObject()) {
      throw new HotParseException(name, number, "expected a JSON object");
    }
    return o;
  }

  private FeelingGold parseFeeling(String line, String name, long number) {
    JsonNode o = object(line, name, number);
    try {
      String id = string(o, "id");
      if (id.isBlank()) {
        throw new IllegalArgumentException("missing id");
      }
      String text = string(o, "text");
      if (text.isBlank()) {
        throw new IllegalArgumentException("missing text");
      }
      JsonNode p = o.get("polarity");
      if (p == null || p.isNull()) {
        throw new IllegalArgumentException("missing polarity");
      }
      if (!p.isNumber()) {
        throw new IllegalArgumentException("polarity must be a number from -1 to 1");
      }
      String emotion = string(o, "emotion");
      if (emotion.isBlank()) {
        throw new IllegalArgumentException("missing emotion");
      }
      String lang = string(o, "lang");
      Language language = lang.isBlank() ? detector.detect(text) : Language.parse(lang);
      return new FeelingGold(id.strip(), text, language, p.doubleValue(), Emotion.parse(emotion));
    } catch (IllegalArgumentException e) {
      throw new HotParseException(name, number, e.getMessage());
    }
  }

  private GoldStatement parse(String line, String name, long number) {
    JsonNode o = object(line, name, number);
    try {
      String id = string(o, "id");
      if (id.isBlank()) {
        throw new IllegalArgumentException("missing id");
      }
      String text = string(o, "text");
      if (text.isBlank()) {
        throw new IllegalArgumentException("missing text");
      }
      String primaryName = string(o, "primary");
      if (primaryName.isBlank()) {
        throw new IllegalArgumentException("missing primary");
      }
      Label primary = Label.parse(primaryName);
      Set<Label> labels = labels(o, primary);
      String lang = string(o, "lang");
      Language language = lang.isBlank() ? detector.detect(text) : Language.parse(lang);
      return new GoldStatement(id.strip(), text, primary, labels, language);
    } catch (IllegalArgumentException e) {
      throw new HotParseException(name, number, e.getMessage());
    }
  }

  private static Set<Label> labels(JsonNode o, Label primary) {
    JsonNode v = o.get("labels");
    if (v == null || v.isNull()) {
      return primary == Label.NONE ? Set.of() : Set.of(primary);
    }
    if (!v.isArray()) {
      throw new IllegalArgumentException("labels must be an array of label names");
    }
    Set<Label> labels = EnumSet.noneOf(Label.class);
    for (JsonNode e : v) {
      if (!e.isTextual()) {
        throw new IllegalArgumentException("labels must be an array of label names");
      }
      Label label = Label.parse(e.asText());
      if (label == Label.NONE && primary != Label.NONE) {
        throw new IllegalArgumentException("NONE among the labels of a " + primary + " statement");
      }
      if (label != Label.NONE) {
        labels.add(label);
      }
    }
    return labels;
  }

  private static String string(JsonNode o, String field) {
    JsonNode v = o.get(field);
    if (v == null || v.isNull()) {
      return "";
    }
    if (!v.isTextual()) {
      throw new IllegalArgumentException("field '" + field + "' must be a string");
    }
    return v.asText();
  }

  /**
   * What a gold file held.
   *
   * @param statements the good lines, in file order
   * @param errors one per bad line, in file order
   */
  public record Result(List<GoldStatement> statements, List<HotParseException> errors) {

    public Result {
      statements = List.copyOf(statements);
      errors = List.copyOf(errors);
    }
  }

  /**
   * What a file of gold feelings held.
   *
   * @param feelings the good lines, in file order
   * @param errors one per bad line, in file order
   */
  public record FeelingResult(List<FeelingGold> feelings, List<HotParseException> errors) {

    public FeelingResult {
      feelings = List.copyOf(feelings);
      errors = List.copyOf(errors);
    }
  }
}
