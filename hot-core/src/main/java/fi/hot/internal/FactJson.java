package fi.hot.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.hot.model.Consent;
import fi.hot.model.ContactChannel;
import fi.hot.model.ContactPreferences;
import fi.hot.model.CustomerProfile;
import fi.hot.model.LabelChange;
import fi.hot.model.Language;
import fi.hot.model.LoopEvent;
import fi.hot.model.LoopStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The JSON of customer profiles and loop events, in one place: the store keeps them in this form
 * and the access export ({@code hot access}) gives them to the customer in the same form.
 */
public final class FactJson {
  private FactJson() {}

  public static ObjectNode toJson(CustomerProfile p) {
    ObjectNode o = StatementJson.MAPPER.createObjectNode();
    o.put("id", p.id());
    o.put("name", p.name());
    o.put("segment", p.segment());
    o.put("lang", p.language().map(Language::code).orElse(null));
    ArrayNode types = o.putArray("types");
    p.types().forEach(types::add);
    o.put("preferred", p.contact().preferred().map(ContactChannel::code).orElse(null));
    ArrayNode avoided = o.putArray("avoided");
    p.contact().avoided().forEach(c -> avoided.add(c.code()));
    if (p.consent().isPresent()) {
      Consent c = p.consent().get();
      o.putObject("consent")
          .put("given", c.given())
          .put("at", c.at().toString())
          .put("scope", c.scope());
    } else {
      o.putNull("consent");
    }
    ArrayNode notes = o.putArray("notes");
    for (CustomerProfile.Note n : p.notes()) {
      notes.addObject().put("at", n.at().toString()).put("by", n.by()).put("text", n.text());
    }
    o.put("version", p.version());
    o.put("updated_at", p.updatedAt().toString());
    o.put("updated_by", p.updatedBy());
    return o;
  }

  public static CustomerProfile profile(JsonNode o) {
    EnumSet<ContactChannel> avoided = EnumSet.noneOf(ContactChannel.class);
    o.path("avoided").forEach(c -> avoided.add(ContactChannel.parse(c.asText())));
    Optional<Consent> consent = Optional.empty();
    JsonNode c = o.path("consent");
    if (c.isObject()) {
      consent =
          Optional.of(
              new Consent(
                  c.path("given").asBoolean(),
                  Instant.parse(c.path("at").asText()),
                  c.path("scope").asText("")));
    }
    List<CustomerProfile.Note> notes = new ArrayList<>();
    for (JsonNode n : o.path("notes")) {
      notes.add(
          new CustomerProfile.Note(
              Instant.parse(n.path("at").asText()),
              n.path("by").asText(""),
              n.path("text").asText()));
    }
    List<String> types = new ArrayList<>();
    o.path("types").forEach(t -> types.add(t.asText()));
    return new CustomerProfile(
        o.path("id").asText(),
        o.path("name").asText(""),
        o.path("segment").asText(""),
        optional(o, "lang").map(Language::parse),
        types,
        new ContactPreferences(optional(o, "preferred").map(ContactChannel::parse), avoided),
        consent,
        notes,
        o.path("version").asInt(),
        Instant.parse(o.path("updated_at").asText()),
        o.path("updated_by").asText(""));
  }

  public static ObjectNode toJson(LoopEvent e) {
    ObjectNode o = StatementJson.MAPPER.createObjectNode();
    o.put("id", e.id());
    o.put("statement", e.statementId());
    o.put("type", e.type().name());
    o.put("status", e.status().map(LoopStatus::code).orElse(null));
    o.put("via", e.via().map(ContactChannel::code).orElse(null));
    o.put("at", e.at().toString());
    o.put("by", e.by());
    o.put("note", e.note());
    return o;
  }

  public static LoopEvent loopEvent(JsonNode o) {
    return new LoopEvent(
        o.path("id").asText(),
        o.path("statement").asText(),
        LoopEvent.Type.valueOf(o.path("type").asText()),
        optional(o, "status").map(LoopStatus::parse),
        optional(o, "via").map(ContactChannel::parse),
        Instant.parse(o.path("at").asText()),
        o.path("by").asText(""),
        o.path("note").asText(""));
  }

  private static Optional<String> optional(JsonNode o, String field) {
    JsonNode v = o.get(field);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
  }

  /** A person's label change: the statement, when, by whom, the labels before and after, a note. */
  public static ObjectNode toJson(LabelChange c) {
    ObjectNode o = StatementJson.MAPPER.createObjectNode();
    o.put("statement", c.statementId());
    o.put("at", c.at().toString());
    o.put("by", c.by());
    o.set("before", StatementJson.labelsJson(c.before()));
    o.set("after", StatementJson.labelsJson(c.after()));
    o.put("note", c.note());
    return o;
  }

  /** The label change {@link #toJson(LabelChange)} wrote. */
  public static LabelChange labelChange(JsonNode o) {
    return new LabelChange(
        o.path("statement").asText(),
        Instant.parse(o.path("at").asText()),
        o.path("by").asText(""),
        StatementJson.classification(o.path("before")),
        StatementJson.classification(o.path("after")),
        o.path("note").asText(""));
  }
}
