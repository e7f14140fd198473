package fi.hot.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import fi.hot.model.Classification;
import fi.hot.model.LabelScore;
import fi.hot.model.Statement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Writes statements as CSV with a header row, for spreadsheets: columns {@link #COLUMNS}, labels
 * and tags separated by {@code ;}, the feeling as its polarity (a number from -1 to 1) and emotion.
 * CSV import reads it back (confidences, cues, feeling cues and context are not in it: use JSONL
 * for a lossless copy).
 *
 * <pre>{@code
 * Exporter.of(ExportFormat.CSV).write(statements, out);
 * }</pre>
 *
 * <p>Formula injection: a cell starting with {@code =}, {@code +}, {@code -}, {@code @}, tab or
 * carriage return would run as a formula when the file is opened in a spreadsheet, so it is written
 * with a leading {@code '} ({@code =HYPERLINK(...)} becomes {@code '=HYPERLINK(...)}), as OWASP
 * advises. A cell that already starts with {@code '} followed by such a character gets one more, so
 * that {@link #restore} (which CSV import applies) gives back exactly the original text.
 *
 * <p>Immutable and thread-safe; streams, holding one statement at a time.
 */
public final class CsvExport implements Exporter {
  /** The columns written, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "id",
          "occurred_at",
          "customer",
          "customer_name",
          "contact",
          "channel",
          "captured_by",
          "lang",
          "primary",
          "labels",
          "labeled_by",
          "text",
          "tags",
          "source",
          "polarity",
          "emotion");

  /** The separator of labels and of tags within their cell. */
  public static final String LIST_SEPARATOR = ";";

  private static final CsvMapper MAPPER = csvMapper();
  private static final CsvSchema SCHEMA = schema();

  private static CsvMapper csvMapper() {
    CsvMapper m = new CsvMapper();
    m.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
    return m;
  }

  private static CsvSchema schema() {
    CsvSchema.Builder b = CsvSchema.builder();
    COLUMNS.forEach(b::addColumn);
    return b.build().withHeader().withLineSeparator("\n");
  }

  @Override
  public ExportFormat format() {
    return ExportFormat.CSV;
  }

  @Override
  public ExportSink open(Writer out) {
    Objects.requireNonNull(out, "out");
    SequenceWriter rows;
    try {
      // flushing after every row would defeat the caller's buffering
      rows =
          MAPPER
              .writer(SCHEMA)
              .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
              .writeValues(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new AbstractSink() {
      @Override
      void write(Statement s) throws IOException {
        rows.write(row(s));
      }

      @Override
      void finish() throws IOException {
        // closing writes the header even when no row was written
        rows.close();
        out.flush();
      }
    };
  }

  /** The cells of one statement, in {@link #COLUMNS} order, neutralised. */
  static String[] row(Statement s) {
    Classification c = s.classification();
    String[] cells = {
      s.id(),
      s.occurredAt().toString(),
      s.customer().id(),
      s.customer().name(),
      s.contact(),
      s.channel().code(),
      s.capturedBy(),
      s.language().code(),
      c.primary().name(),
      c.labels().stream()
          .map(LabelScore::label)
          .map(Enum::name)
          .collect(Collectors.joining(LIST_SEPARATOR)),
      c.origin().code(),
      s.text(),
      String.join(LIST_SEPARATOR, s.tags()),
      s.source(),
      "",
      s.feeling().emotion().code()
    };
    for (int i = 0; i < cells.length; i++) {
      cells[i] = neutralise(cells[i]);
    }
    // a number HOT writes is no formula: left as it is, a spreadsheet reads -0.3 as a number
    cells[COLUMNS.indexOf("polarity")] = polarity(s.feeling().polarity());
    return cells;
  }

  /** A polarity as a plain decimal: {@code -0.3}, {@code 0}, {@code 0.85}. */
  static String polarity(double p) {
    return BigDecimal.valueOf(p).stripTrailingZeros().toPlainString();
  }

  /**
   * The cell as written: with a leading {@code '} when it would start a formula, or when it starts
   * with {@code '}s followed by a formula character.
   */
  public static String neutralise(String cell) {
    Objects.requireNonNull(cell, "cell");
    return quotedFormula(cell) || (!cell.isEmpty() && isFormulaStart(cell.charAt(0)))
        ? "'" + cell
        : cell;
  }

  /**
   * The inverse of {@link #neutralise}: drops exactly one leading {@code '} it would have added.
   */
  public static String restore(String cell) {
    Objects.requireNonNull(cell, "cell");
    return quotedFormula(cell) ? cell.substring(1) : cell;
  }

  /** Whether the cell is one or more {@code '} followed by a formula character. */
  private static boolean quotedFormula(String cell) {
    int i = 0;
    while (i < cell.length() && cell.charAt(i) == '\'') {
      i++;
    }
    return i > 0 && i < cell.length() && isFormulaStart(cell.charAt(i));
  }

  private static boolean isFormulaStart(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }
}
