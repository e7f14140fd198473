package fi.hot.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.hot.internal.FactJson;
import fi.hot.internal.StatementJson;
import fi.hot.model.CustomerProfile;
import fi.hot.model.ErasureReceipt;
import fi.hot.model.Goal;
import fi.hot.model.LabelChange;
import fi.hot.model.LoopEvent;
import fi.hot.model.Metric;
import fi.hot.model.RetentionReceipt;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;

/**
 * The index layout of what is kept beside statements: profiles, loop events, goals, label changes
 * and receipts. Each is one document with its kind, a unique key (for idempotent writes), its
 * subject (customer id, statement id or goal name), its sequence number among the documents of its
 * subject, and its JSON. None has a text, facet or time field, so searches, counts and facets of
 * statements cannot see them even without the kind filter; the filter makes that explicit.
 */
final class Facts {
  /** Unique key of a non-statement document; statements use {@link Schema#ID}. */
  static final String KEY = "key";

  /** The customer id, statement id or goal name the document is about. */
  static final String SUBJECT = "subject";

  /** Order among the documents of one subject: profile version, event or goal number. */
  static final String SEQ = "seq";

  static final Set<String> STORED = Set.of(Schema.JSON, SEQ);

  private Facts() {}

  /** A stored fact: its order among its subject's and its JSON. */
  record Stored(long seq, String json) {}

  static Term key(Kind kind, String subject, long seq) {
    // the sequence number first: subjects are free text and may hold the separator
    return new Term(KEY, kind.code() + "/" + seq + "/" + subject);
  }

  static Term loopKey(LoopEvent e) {
    return new Term(KEY, Kind.LOOP.code() + "/" + e.id());
  }

  static Document document(Kind kind, Term key, String subject, long seq, ObjectNode json) {
    Document doc = new Document();
    doc.add(new StringField(Schema.KIND, kind.code(), Field.Store.NO));
    doc.add(new StringField(KEY, key.text(), Field.Store.NO));
    doc.add(new StringField(SUBJECT, subject, Field.Store.NO));
    doc.add(new StoredField(SEQ, seq));
    doc.add(new StoredField(Schema.JSON, line(json)));
    return doc;
  }

  private static String line(ObjectNode o) {
    try {
      return StatementJson.MAPPER.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode parse(String json) {
    try {
      return StatementJson.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("bad JSON: " + e.getOriginalMessage(), e);
    }
  }

  // ---- profiles and loop events: their JSON is shared with the access export ----

  static ObjectNode toJson(CustomerProfile p) {
    return FactJson.toJson(p);
  }

  static CustomerProfile profile(JsonNode o) {
    return FactJson.profile(o);
  }

  static ObjectNode toJson(LoopEvent e) {
    return FactJson.toJson(e);
  }

  static LoopEvent loopEvent(JsonNode o) {
    return FactJson.loopEvent(o);
  }

  // ---- a person's label changes ----

  static ObjectNode toJson(LabelChange c) {
    return FactJson.toJson(c);
  }

  static LabelChange labelChange(JsonNode o) {
    return FactJson.labelChange(o);
  }

  // ---- goals ----

  static ObjectNode toJson(Goal g) {
    ObjectNode o = StatementJson.MAPPER.createObjectNode();
    o.put("name", g.name());
    o.put("metric", g.metric().code());
    o.put("op", g.op().symbol());
    o.put("target", g.target());
    o.put("deadline", g.deadline().map(LocalDate::toString).orElse(null));
    o.put("owner", g.owner());
    o.put("set_at", g.setAt().toString());
    return o;
  }

  /** What removing a goal writes: its name, marked removed. */
  static ObjectNode removed(String name) {
    ObjectNode o = StatementJson.MAPPER.createObjectNode();
    o.put("name", name);
    o.put("removed", true);
    return o;
  }

  /** The goal, or empty when the document marks its removal. */
  static Optional<Goal> goal(JsonNode o) {
    if (o.path("removed").asBoolean(false)) {
      return Optional.empty();
    }
    return Optional.of(
        new Goal(
            o.path("name").asText(),
            Metric.parse(o.path("metric").asText()),
            Goal.Op.parse(o.path("op").asText()),
            o.path("target").asDouble(),
            optional(o, "deadline").map(LocalDate::parse),
            o.path("owner").asText(""),
            Instant.parse(o.path("set_at").asText())));
  }

  // ---- receipts: counts and a hash, never a customer id ----

  static ObjectNode toJson(ErasureReceipt r) {
    ObjectNode o = StatementJson.MAPPER.createObjectNode();
    o.put("at", r.at().toString());
    o.put("customer_sha256", r.customerHash());
    o.put("statements", r.statements());
    o.put("profile_versions", r.profileVersions());
    o.put("loop_events", r.loopEvents());
    o.put("label_changes", r.labelChanges());
    return o;
  }

  static ErasureReceipt erasure(JsonNode o) {
    return new ErasureReceipt(
        Instant.parse(o.path("at").asText()),
        o.path("customer_sha256").asText(),
        o.path("statements").asLong(),
        o.path("profile_versions").asLong(),
        o.path("loop_events").asLong(),
        // receipts written before label history was counted have none
        o.path("label_changes").asLong(0));
  }

  static ObjectNode toJson(RetentionReceipt r) {
    ObjectNode o = StatementJson.MAPPER.createObjectNode();
    o.put("at", r.at().toString());
    o.put("older_than", r.olderThan().toString());
    o.put("statements", r.statements());
    o.put("loop_events", r.loopEvents());
    o.put("label_changes", r.labelChanges());
    return o;
  }

  static RetentionReceipt retention(JsonNode o) {
    return new RetentionReceipt(
        Instant.parse(o.path("at").asText()),
        Instant.parse(o.path("older_than").asText()),
        o.path("statements").asLong(),
        o.path("loop_events").asLong(),
        o.path("label_changes").asLong(0));
  }

  private static Optional<String> optional(JsonNode o, String field) {
    JsonNode v = o.get(field);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
  }
}
