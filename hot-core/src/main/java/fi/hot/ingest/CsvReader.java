package fi.hot.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import fi.hot.HotParseException;
import fi.hot.export.CsvExport;
import fi.hot.internal.StatementJson;
import fi.hot.model.Statement;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Reads CSV with a header row: the columns of {@link CsvExport#COLUMNS} plus {@code context}, in
 * any order and case, {@code text} and {@code customer} required. Fields are mapped to the {@link
 * StatementJson} schema, so values are checked exactly as in JSONL.
 *
 * <p>Records are found line by line (a quoted field may span lines; the record's line is its first)
 * and each record is parsed by Jackson on its own, so that one bad record is reported and the rest
 * are read. A header with {@code ;} and no {@code ,} makes {@code ;} the separator (spreadsheets in
 * Finnish locales write that). Cells are passed through {@link CsvExport#restore}, undoing the
 * formula guard of CSV export.
 */
final class CsvReader implements StatementReader {
  /** The columns accepted: everything CSV export writes, and the transcript context. */
  static final Set<String> COLUMNS = columns();

  private static final List<String> REQUIRED = List.of("text", "customer");
  private static final Set<String> LISTS = Set.of("tags", "labels");
  // a quote left open would otherwise swallow the rest of the file into one record
  private static final int MAX_RECORD_LINES = 1000;
  private static final int MAX_RECORD_CHARS = LineReader.MAX_LINE_BYTES;

  private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
  private static final ObjectReader COMMA =
      MAPPER.readerFor(String[].class).with(CsvSchema.emptySchema());
  private static final ObjectReader SEMICOLON =
      MAPPER.readerFor(String[].class).with(CsvSchema.emptySchema().withColumnSeparator(';'));

  private static Set<String> columns() {
    Set<String> all = new LinkedHashSet<>(CsvExport.COLUMNS);
    all.add("context");
    return Set.copyOf(all);
  }

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
    Lines lines = new Lines(new LineReader(in));
    Optional<LineReader.Line> firstLine = lines.nextNonBlank();
    if (firstLine.isEmpty()) {
      return; // an empty file holds nothing to lose
    }
    String firstText = firstLine.get().text();
    char separator = firstText.indexOf(';') >= 0 && firstText.indexOf(',') < 0 ? ';' : ',';
    ObjectReader parser = separator == ';' ? SEMICOLON : COMMA;
    lines.pushBack(firstLine.get());

    Record headerRecord = nextRecord(lines, separator, sourceName).orElseThrow();
    if (headerRecord.problem().isPresent()) {
      rejected.accept(headerRecord.problem().get());
      return;
    }
    List<String> header;
    try {
      header = fields(parser, headerRecord.text());
    } catch (IOException e) {
      rejected.accept(broken(sourceName, headerRecord.line(), e));
      return;
    }
    Optional<String> headerProblem = checkHeader(header);
    if (headerProblem.isPresent()) {
      rejected.accept(new HotParseException(sourceName, headerRecord.line(), headerProblem.get()));
      return;
    }
    List<String> columns =
        header.stream().map(CsvReader::normalise).collect(Collectors.toUnmodifiableList());

    for (Optional<Record> next = nextRecord(lines, separator, sourceName);
        next.isPresent();
        next = nextRecord(lines, separator, sourceName)) {
      Record record = next.get();
      if (record.problem().isPresent()) {
        rejected.accept(record.problem().get());
        continue;
      }
      List<String> values;
      try {
        values = fields(parser, record.text());
      } catch (IOException e) {
        rejected.accept(broken(sourceName, record.line(), e));
        continue;
      }
      if (values.size() != columns.size()) {
        rejected.accept(
            new HotParseException(
                sourceName,
                record.line(),
                "expected " + columns.size() + " columns, found " + values.size()));
        continue;
      }
      ObjectNode json = toJson(columns, values);
      Statement.Draft draft;
      try {
        draft = StatementJson.toDraft(json);
      } catch (IllegalArgumentException e) {
        rejected.accept(new HotParseException(sourceName, record.line(), e.getMessage()));
        continue;
      }
      if (!json.hasNonNull("source")) {
        draft = draft.source(sourceName + ":" + record.line());
      }
      // outside the try: a consumer's own exception is not a parse error
      accepted.accept(draft);
    }
  }

  private static String normalise(String column) {
    return column.strip().toLowerCase(Locale.ROOT);
  }

  /** What is wrong with the header, in one message; empty when it is fine. */
  private static Optional<String> checkHeader(List<String> header) {
    List<String> problems = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < header.size(); i++) {
      String name = normalise(header.get(i));
      if (name.isEmpty()) {
        problems.add("column " + (i + 1) + " has no name");
      } else if (!COLUMNS.contains(name)) {
        unknown.add("'" + header.get(i).strip() + "'");
      } else if (!seen.add(name)) {
        problems.add("column '" + name + "' appears twice");
      }
    }
    if (!unknown.isEmpty()) {
      problems.add(
          0,
          (unknown.size() == 1 ? "unknown column " : "unknown columns ")
              + String.join(", ", unknown)
              + " (expected "
              + String.join(", ", CsvExport.COLUMNS)
              + " or context)");
    }
    for (String required : REQUIRED) {
      if (!seen.contains(required)) {
        problems.add("missing column '" + required + "'");
      }
    }
    return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
  }

  private static ObjectNode toJson(List<String> columns, List<String> values) {
    ObjectNode o = StatementJson.MAPPER.createObjectNode();
    for (int i = 0; i < columns.size(); i++) {
      String column = columns.get(i);
      String value = CsvExport.restore(values.get(i));
      if (LISTS.contains(column)) {
        ArrayNode list = StatementJson.MAPPER.createArrayNode();
        for (String item : value.split(CsvExport.LIST_SEPARATOR, -1)) {
          if (!item.isBlank()) {
            list.add(item.strip());
          }
        }
        // an empty labels cell means "not labelled yet", not "labelled NONE"
        if (!list.isEmpty()) {
          o.set(column, list);
        }
      } else if (column.equals("text") || !value.isBlank()) {
        o.put(column, value);
      }
    }
    return o;
  }

  private static List<String> fields(ObjectReader parser, String record) throws IOException {
    try (MappingIterator<String[]> rows = parser.readValues(record)) {
      if (!rows.hasNextValue()) {
        return List.of("");
      }
      String[] values = rows.nextValue();
      if (rows.hasNextValue()) {
        throw new IOException("a carriage return outside quotes");
      }
      // Jackson reads a lone "" as no field at all
      return values.length == 0 ? List.of("") : List.of(values);
    }
  }

  private static HotParseException broken(String source, long line, IOException e) {
    String reason =
        e instanceof JsonProcessingException
            ? ((JsonProcessingException) e).getOriginalMessage()
            : e.getMessage();
    return new HotParseException(source, line, "broken CSV (" + Problems.shortReason(reason) + ")");
  }

  /**
   * One record: the physical lines from its first to the one that closes its last quote, or the
   * problem that keeps it from being read.
   */
  private record Record(long line, String text, Optional<HotParseException> problem) {}

  private static Optional<Record> nextRecord(Lines lines, char separator, String source) {
    Optional<LineReader.Line> start = lines.nextNonBlank();
    if (start.isEmpty()) {
      return Optional.empty();
    }
    LineReader.Line first = start.get();
    if (first.tooLong()) {
      return Optional.of(problem(first, Problems.tooLong(source, first.number())));
    }
    QuoteScanner quotes = new QuoteScanner(separator);
    quotes.scan(first.text());
    StringBuilder text = new StringBuilder(first.text());
    List<LineReader.Line> continuation = new ArrayList<>();
    HotParseException badBytes =
        first.validUtf8() ? null : Problems.invalidUtf8(source, first.number());
    LineReader.Line last = first;
    while (quotes.inQuotes()) {
      Optional<LineReader.Line> next =
          continuation.size() + 1 >= MAX_RECORD_LINES || text.length() > MAX_RECORD_CHARS
              ? Optional.empty()
              : lines.next();
      if (next.isEmpty() || next.get().tooLong()) {
        // read the lines after the first again: one stray quote must not take the rest with it
        next.ifPresent(lines::pushBack);
        for (int i = continuation.size() - 1; i >= 0; i--) {
          lines.pushBack(continuation.get(i));
        }
        return Optional.of(
            problem(
                first,
                new HotParseException(
                    source, first.number(), "a quoted field is not closed (missing '\"')")));
      }
      LineReader.Line line = next.get();
      continuation.add(line);
      text.append(last.crlf() ? "\r\n" : "\n").append(line.text());
      if (badBytes == null && !line.validUtf8()) {
        badBytes = Problems.invalidUtf8(source, line.number());
      }
      quotes.scan(line.text());
      last = line;
    }
    if (badBytes != null) {
      return Optional.of(problem(first, badBytes));
    }
    return Optional.of(new Record(first.number(), text.toString(), Optional.empty()));
  }

  private static Record problem(LineReader.Line first, HotParseException e) {
    return new Record(first.number(), "", Optional.of(e));
  }

  /**
   * Follows CSV quoting across lines to tell where a record ends: a quote opens a field only at the
   * field's start, and {@code ""} inside quotes is a quote. This is how Jackson reads them.
   */
  private static final class QuoteScanner {
    private final char separator;
    private boolean inQuotes;
    private boolean fieldStart = true;

    QuoteScanner(char separator) {
      this.separator = separator;
    }

    boolean inQuotes() {
      return inQuotes;
    }

    void scan(String line) {
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (inQuotes) {
          if (c == '"') {
            if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
              i++;
            } else {
              inQuotes = false;
            }
          }
        } else if (c == separator || c == '\r') {
          fieldStart = true;
        } else {
          inQuotes = c == '"' && fieldStart;
          fieldStart = false;
        }
      }
    }
  }

  /** Lines with push-back, for reading again the lines of a record that could not be closed. */
  private static final class Lines {
    private final LineReader reader;
    private final Deque<LineReader.Line> pushedBack = new ArrayDeque<>();

    Lines(LineReader reader) {
      this.reader = reader;
    }

    Optional<LineReader.Line> next() {
      return pushedBack.isEmpty() ? reader.next() : Optional.of(pushedBack.pop());
    }

    /** The next line that is not blank; a line that could not be read counts as not blank. */
    Optional<LineReader.Line> nextNonBlank() {
      for (Optional<LineReader.Line> l = next(); l.isPresent(); l = next()) {
        if (!l.get().ok() || !l.get().isBlank()) {
          return l;
        }
      }
      return Optional.empty();
    }

    void pushBack(LineReader.Line line) {
      pushedBack.push(line);
    }
  }
}
