package fi.hot.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.hot.internal.StatementJson;
import fi.hot.model.Consent;
import fi.hot.model.ContactChannel;
import fi.hot.model.CustomerData;
import fi.hot.model.CustomerProfile;
import fi.hot.model.Language;
import fi.hot.model.LoopEvent;
import fi.hot.model.LoopStatus;
import fi.hot.model.Statement;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Everything a store holds about one customer as one JSON document, for giving a customer their
 * data: {@code customer}, {@code statements} (each as in the JSONL export), {@code profile_history}
 * (every version, oldest first) and {@code loop_events}.
 *
 * <pre>{@code
 * CustomerDataJson.write(store.dataOf("kahvila-aroma"), writer);
 * }</pre>
 *
 * <p>Stateless and thread-safe. Writing escapes all text as JSON does; the caller closes the
 * writer.
 */
public final class CustomerDataJson {
  private CustomerDataJson() {}

  /** The document as a JSON object. */
  public static ObjectNode toJson(CustomerData data) {
    Objects.requireNonNull(data, "data");
    ObjectNode o = StatementJson.MAPPER.createObjectNode();
    o.put("customer", data.customerId());
    ArrayNode statements = o.putArray("statements");
    for (Statement s : data.statements()) {
      statements.add(StatementJson.toJson(s));
    }
    ArrayNode profiles = o.putArray("profile_history");
    for (CustomerProfile p : data.profileHistory()) {
      profiles.add(profile(p));
    }
    ArrayNode events = o.putArray("loop_events");
    for (LoopEvent e : data.loopEvents()) {
      events.add(loopEvent(e));
    }
    return o;
  }

  /** Writes the document, indented for reading, and a final line break. */
  public static void write(CustomerData data, Writer out) throws IOException {
    Objects.requireNonNull(out, "out");
    out.write(
        StatementJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(data)));
    out.write(System.lineSeparator());
  }

  private static ObjectNode profile(CustomerProfile p) {
    ObjectNode o = StatementJson.MAPPER.createObjectNode();
    o.put("version", p.version());
    o.put("updated_at", p.updatedAt().toString());
    o.put("updated_by", p.updatedBy());
    o.put("name", p.name());
    o.put("segment", p.segment());
    o.put("lang", p.language().map(Language::code).orElse(null));
    ArrayNode types = o.putArray("types");
    p.types().forEach(types::add);
    o.put("preferred_contact", p.contact().preferred().map(ContactChannel::code).orElse(null));
    ArrayNode avoided = o.putArray("avoided_contact");
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
    return o;
  }

  private static ObjectNode loopEvent(LoopEvent e) {
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
}
