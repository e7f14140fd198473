package fi.hot.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import fi.hot.model.Statement;
import java.io.IOException;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class EscapePropertiesTest {
  // each must reach the reader as the literal character, so each must carry its backslash
  private static final String MUST_BE_ESCAPED = "[]()*_`#!|~{}\\";

  @Provide
  Arbitrary<String> anyText() {
    return Generated.text(80);
  }

  @Provide
  Arbitrary<List<Statement>> statements() {
    return Generated.forJsonl().list().ofMaxSize(5);
  }

  @Property(tries = 1000, seed = "11")
  void escaped_markdown_has_no_tag_no_entity_of_ours_and_no_line_break(
      @ForAll("anyText") String text) {
    String md = MarkdownExport.escape(text);
    assertThat(md).doesNotContain("<").doesNotContain(">");
    assertThat(md.lines().count()).as("one line: %s", md).isLessThanOrEqualTo(1);
    assertThat(md).doesNotContainPattern("\\R");
  }

  @Property(tries = 1000, seed = "11")
  void escaped_markdown_has_every_link_emphasis_and_code_character_escaped(
      @ForAll("anyText") String text) {
    String md = MarkdownExport.escape(text);
    for (int i = 0; i < md.length(); i++) {
      if (MUST_BE_ESCAPED.indexOf(md.charAt(i)) < 0) {
        continue;
      }
      int backslashes = 0;
      while (i - backslashes - 1 >= 0 && md.charAt(i - backslashes - 1) == '\\') {
        backslashes++;
      }
      if (md.charAt(i) == '\\') {
        // a backslash is either an escape (followed by what it escapes) or escaped itself
        assertThat(i + 1).as("dangling backslash in %s", md).isLessThan(md.length());
        i++;
        continue;
      }
      assertThat(backslashes % 2)
          .as("'%s' unescaped at %d in %s", md.charAt(i), i, md)
          .isEqualTo(1);
    }
    // every & starts one of our entities
    assertThat(md.replace("&amp;", "").replace("&lt;", "").replace("&gt;", "")).doesNotContain("&");
  }

  @Property(tries = 300, seed = "11")
  void csv_cells_never_start_with_an_active_formula_character(
      @ForAll("statements") List<Statement> statements) throws IOException {
    String csv = ExportTest.export(ExportFormat.CSV, statements);
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<String[]> rows =
        mapper.readerFor(String[].class).with(CsvSchema.emptySchema()).readValues(csv)) {
      int count = 0;
      int polarity = CsvExport.COLUMNS.indexOf("polarity");
      while (rows.hasNextValue()) {
        String[] row = rows.nextValue();
        for (int i = 0; i < row.length; i++) {
          String cell = row[i];
          if (i == polarity && count > 0) {
            // HOT's own number, which a spreadsheet should read as one: nothing but a decimal
            assertThat(cell).matches("-?[01](\\.[0-9]+)?");
            continue;
          }
          assertThat(cell)
              .doesNotStartWith("=")
              .doesNotStartWith("+")
              .doesNotStartWith("-")
              .doesNotStartWith("@")
              .doesNotStartWith("\t")
              .doesNotStartWith("\r");
        }
        count++;
      }
      assertThat(count).isEqualTo(statements.size() + 1);
    }
  }
}
