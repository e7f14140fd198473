package fi.hot.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.hot.internal.FactJson;
import fi.hot.internal.StatementJson;
import fi.hot.model.CustomerData;
import fi.hot.model.CustomerProfile;
import fi.hot.model.LabelChange;
import fi.hot.model.LoopEvent;
import fi.hot.model.Statement;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Everything a store holds about one customer as one JSON document, for giving a customer their
 * data: {@code customer}, {@code statements} (each as in the JSONL export), {@code profile_history}
 * (every version, oldest first), {@code loop_events} and {@code label_changes} (a person's
 * relabelling, oldest first).
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
      profiles.add(FactJson.toJson(p));
    }
    ArrayNode events = o.putArray("loop_events");
    for (LoopEvent e : data.loopEvents()) {
      events.add(FactJson.toJson(e));
    }
    ArrayNode labels = o.putArray("label_changes");
    for (LabelChange c : data.labelChanges()) {
      labels.add(FactJson.toJson(c));
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
}
