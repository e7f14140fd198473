package fi.hot.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.hot.model.Channel;
import fi.hot.model.Classification;
import fi.hot.model.Cue;
import fi.hot.model.Customer;
import fi.hot.model.Emotion;
import fi.hot.model.Feeling;
import fi.hot.model.FeelingCue;
import fi.hot.model.Label;
import fi.hot.model.LabelScore;
import fi.hot.model.Language;
import fi.hot.model.Statement;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The statement JSON schema, in one place: the export format, the JSONL import format and the
 * store's stored form.
 *
 * <pre>{@code
 * {"id":"3f2a9c0d1e4b5a67","text":"Laskutus ei toimi","lang":"fi","customer":"acme",
 *  "customer_name":"Acme Oy","contact":"Liisa","channel":"call","captured_by":"mikko",
 *  "occurred_at":"2026-03-04T10:15:00Z","source":"calls.csv:12","primary":"PROBLEM",
 *  "labels":["PROBLEM"],"confidence":{"PROBLEM":0.93},
 *  "cues":[{"id":"fi.problem.ei-toimi","label":"PROBLEM","text":"ei toimi"}],
 *  "labeled_by":"model","tags":["laskutus"],"context":"","polarity":-0.3,"emotion":"neutral",
 *  "feeling_cues":[{"id":"fi.label.problem","text":"ei toimi"}]}
 * }</pre>
 *
 * <p>On import only {@code text} and {@code customer} are required; labels given without
 * confidences are taken as certain. {@code labeled_by} is {@code model} or {@code human} (a
 * person's labels, which reclassifying never replaces); without it, labels are a classifier's. A
 * feeling is taken when {@code polarity} and {@code emotion} are given (both or neither), else it
 * is read at capture.
 */
public final class StatementJson {
  /** Shared, configured once; Jackson's mapper is thread-safe after configuration. */
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private StatementJson() {}

  /** The statement as a JSON object, every field present. */
  public static ObjectNode toJson(Statement s) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", s.id());
    o.put("text", s.text());
    o.put("lang", s.language().code());
    o.put("customer", s.customer().id());
    o.put("customer_name", s.customer().name());
    o.put("contact", s.contact());
    o.put("channel", s.channel().code());
    o.put("captured_by", s.capturedBy());
    o.put("occurred_at", s.occurredAt().toString());
    o.put("source", s.source());
    Classification c = s.classification();
    putLabels(o, c);
    ArrayNode cues = o.putArray("cues");
    for (Cue cue : c.cues()) {
      cues.addObject().put("id", cue.id()).put("label", cue.label().name()).put("text", cue.text());
    }
    o.put("labeled_by", c.origin().code());
    ArrayNode tags = o.putArray("tags");
    s.tags().forEach(tags::add);
    o.put("context", s.context());
    putFeeling(o, s.feeling());
    return o;
  }

  private static void putFeeling(ObjectNode o, Feeling f) {
    o.put("polarity", f.polarity());
    o.put("emotion", f.emotion().code());
    ArrayNode cues = o.putArray("feeling_cues");
    for (FeelingCue cue : f.cues()) {
      cues.addObject().put("id", cue.id()).put("text", cue.text());
    }
  }

  /** Whether the JSON carries a feeling: statements stored before feelings were read do not. */
  public static boolean hasFeeling(JsonNode o) {
    return o.hasNonNull("polarity") || o.hasNonNull("emotion");
  }

  /** The statement as one line of JSON, without the line break. */
  public static String toLine(Statement s) {
    try {
      return MAPPER.writeValueAsString(toJson(s));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A complete statement from its JSON (as {@link #toJson} writes it). JSON without a feeling
   * ({@link #hasFeeling}) gives a neutral one, for the caller to read again.
   *
   * @throws IllegalArgumentException naming the field that is missing or bad
   */
  public static Statement fromJson(JsonNode o) {
    Statement.Draft d = toDraft(o);
    if (d.id().isEmpty()
        || d.language().isEmpty()
        || d.occurredAt().isEmpty()
        || d.classification().isEmpty()) {
      throw new IllegalArgumentException(
          "incomplete statement: needs id, lang, occurred_at, primary");
    }
    return d.complete(d.text(), d.language().get(), d.classification().get(), d.occurredAt().get());
  }

  /**
   * A draft from import JSON: {@code text} and {@code customer} required, the rest optional.
   *
   * @throws IllegalArgumentException naming the field that is missing or bad
   */
  public static Statement.Draft toDraft(JsonNode o) {
    if (!o.isObject()) {
      throw new IllegalArgumentException(
          "expected a JSON object, found " + o.getNodeType().name().toLowerCase());
    }
    String text = text(o, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("empty text");
    }
    String customerId = text(o, "customer");
    if (customerId.isBlank()) {
      throw new IllegalArgumentException("missing customer");
    }
    Statement.Draft d = Statement.of(text, Customer.of(customerId, text(o, "customer_name")));
    if (!text(o, "id").isBlank()) {
      d = d.id(text(o, "id").strip());
    }
    if (!text(o, "lang").isBlank()) {
      d = d.language(Language.parse(text(o, "lang")));
    }
    if (!text(o, "channel").isBlank()) {
      d = d.channel(Channel.parse(text(o, "channel")));
    }
    if (!text(o, "occurred_at").isBlank()) {
      d = d.at(Dates.parse(text(o, "occurred_at")));
    }
    d = d.contact(text(o, "contact")).by(text(o, "captured_by")).context(text(o, "context"));
    if (!text(o, "source").isBlank()) {
      d = d.source(text(o, "source"));
    }
    if (o.has("tags")) {
      d = d.tags(strings(o, "tags"));
    }
    if (o.hasNonNull("primary") || o.hasNonNull("labels")) {
      d = d.classification(classification(o));
    }
    if (hasFeeling(o)) {
      d = d.feeling(feeling(o));
    }
    return d;
  }

  private static Feeling feeling(JsonNode o) {
    if (!o.hasNonNull("polarity") || !o.hasNonNull("emotion")) {
      throw new IllegalArgumentException("polarity and emotion go together: give both or neither");
    }
    JsonNode p = o.get("polarity");
    double polarity;
    if (p.isNumber()) {
      polarity = p.doubleValue();
    } else if (p.isTextual()) {
      try {
        polarity = Double.parseDouble(p.asText().strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("polarity '" + p.asText() + "' is not a number");
      }
    } else {
      throw new IllegalArgumentException("field 'polarity' must be a number");
    }
    if (!(polarity >= -1 && polarity <= 1)) {
      throw new IllegalArgumentException("polarity " + p.asText() + " is not in -1..1");
    }
    Emotion emotion = Emotion.parse(text(o, "emotion"));
    List<FeelingCue> cues = new ArrayList<>();
    JsonNode given = o.path("feeling_cues");
    if (!given.isMissingNode() && !given.isNull() && !given.isArray()) {
      throw new IllegalArgumentException("field 'feeling_cues' must be an array");
    }
    for (JsonNode cue : given) {
      cues.add(new FeelingCue(text(cue, "id"), text(cue, "text")));
    }
    return new Feeling(polarity, emotion, cues);
  }

  /**
   * The labels of a classification as JSON: {@code primary}, {@code labels}, {@code confidence} and
   * {@code labeled_by}, as in a statement; without the cues.
   */
  public static ObjectNode labelsJson(Classification c) {
    ObjectNode o = MAPPER.createObjectNode();
    putLabels(o, c);
    o.put("labeled_by", c.origin().code());
    return o;
  }

  /** Writes {@code primary}, {@code labels} and {@code confidence} of a classification. */
  private static void putLabels(ObjectNode o, Classification c) {
    o.put("primary", c.primary().name());
    ArrayNode labels = o.putArray("labels");
    ObjectNode confidence = o.putObject("confidence");
    for (LabelScore score : c.labels()) {
      labels.add(score.label().name());
      confidence.put(score.label().name(), score.confidence());
    }
  }

  /**
   * The classification in a statement's JSON or in {@link #labelsJson}.
   *
   * @throws IllegalArgumentException naming the label or origin that is bad
   */
  public static Classification classification(JsonNode o) {
    JsonNode confidence = o.path("confidence");
    List<LabelScore> scores = new ArrayList<>();
    for (String name : strings(o, "labels")) {
      Label label = Label.parse(name);
      if (label == Label.NONE) {
        continue;
      }
      JsonNode c = confidence.path(label.name());
      double value = c.isNumber() ? c.doubleValue() : 1.0;
      scores.add(new LabelScore(label, value));
    }
    List<Cue> cues = new ArrayList<>();
    for (JsonNode cue : o.path("cues")) {
      cues.add(new Cue(text(cue, "id"), Label.parse(text(cue, "label")), text(cue, "text")));
    }
    Classification.Origin origin =
        text(o, "labeled_by").isBlank()
            ? Classification.Origin.MODEL
            : Classification.Origin.parse(text(o, "labeled_by"));
    Label primary = o.hasNonNull("primary") ? Label.parse(o.get("primary").asText()) : null;
    if (primary == null) {
      Classification c = Classification.of(scores, cues);
      return new Classification(c.primary(), c.labels(), c.cues(), origin);
    }
    if (primary != Label.NONE && scores.stream().noneMatch(s -> s.label() == primary)) {
      scores.add(new LabelScore(primary, 1.0));
    }
    // keep the primary first, the rest by confidence
    List<LabelScore> ordered = new ArrayList<>();
    scores.stream().filter(s -> s.label() == primary).forEach(ordered::add);
    scores.stream()
        .filter(s -> s.label() != primary)
        .sorted((a, b) -> Double.compare(b.confidence(), a.confidence()))
        .forEach(ordered::add);
    return new Classification(primary, ordered, cues, origin);
  }

  private static String text(JsonNode o, String field) {
    JsonNode v = o.get(field);
    if (v == null || v.isNull()) {
      return "";
    }
    if (!v.isValueNode()) {
      throw new IllegalArgumentException("field '" + field + "' must be a string");
    }
    return v.asText();
  }

  private static List<String> strings(JsonNode o, String field) {
    JsonNode v = o.get(field);
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      throw new IllegalArgumentException("field '" + field + "' must be an array of strings");
    }
    List<String> out = new ArrayList<>();
    v.forEach(e -> out.add(e.asText()));
    return out;
  }
}
