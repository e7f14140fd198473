package fi.hot.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import fi.hot.HotParseException;
import fi.hot.internal.StatementJson;
import fi.hot.model.Statement;
import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/** Reads one statement per line in the {@link StatementJson} schema. Blank lines are skipped. */
final class JsonlReader implements StatementReader {
  // trailing garbage after the object is an error, not silently dropped
  private static final ObjectReader JSON =
      StatementJson.MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  @Override
  public void read(
      InputStream in,
      String sourceName,
      Consumer<Statement.Draft> accepted,
      Consumer<HotParseException> rejected) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(accepted, "accepted");
    Objects.requireNonNull(rejected, "rejected");
    LineReader lines = new LineReader(in);
    for (Optional<LineReader.Line> next = lines.next(); next.isPresent(); next = lines.next()) {
      LineReader.Line line = next.get();
      if (line.tooLong()) {
        rejected.accept(Problems.tooLong(sourceName, line.number()));
        continue;
      }
      if (!line.validUtf8()) {
        rejected.accept(Problems.invalidUtf8(sourceName, line.number()));
        continue;
      }
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = JSON.readTree(line.text());
      } catch (JsonProcessingException e) {
        rejected.accept(
            new HotParseException(
                sourceName,
                line.number(),
                "broken JSON (" + Problems.shortReason(e.getOriginalMessage()) + ")"));
        continue;
      }
      Statement.Draft draft;
      try {
        draft = StatementJson.toDraft(node);
      } catch (IllegalArgumentException e) {
        rejected.accept(new HotParseException(sourceName, line.number(), e.getMessage()));
        continue;
      }
      if (!node.hasNonNull("source") || node.get("source").asText().isBlank()) {
        draft = draft.source(sourceName + ":" + line.number());
      }
      // outside the try: a consumer's own exception is not a parse error
      accepted.accept(draft);
    }
  }
}
