package fi.hot.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class FormatTest {

  @Test
  void file_extensions_tell_the_format_in_any_case() {
    assertThat(Format.fromFileName("export.jsonl")).isEqualTo(Format.JSONL);
    assertThat(Format.fromFileName("data/EXPORT.NDJSON")).isEqualTo(Format.JSONL);
    assertThat(Format.fromFileName("calls.Csv")).isEqualTo(Format.CSV);
    assertThat(Format.fromFileName("palaveri.txt")).isEqualTo(Format.TRANSCRIPT);
  }

  @Test
  void an_unknown_extension_names_the_file_and_the_accepted_ones() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Format.fromFileName("calls.xlsx"))
        .withMessageContaining("'calls.xlsx'")
        .withMessageContaining(".jsonl, .ndjson, .csv or .txt");
  }

  @Test
  void format_names_parse_case_insensitively() {
    assertThat(Format.parse("JSONL")).isEqualTo(Format.JSONL);
    assertThat(Format.parse(" csv ")).isEqualTo(Format.CSV);
    assertThat(Format.parse("txt")).isEqualTo(Format.TRANSCRIPT);
    assertThat(Format.parse("Transcript")).isEqualTo(Format.TRANSCRIPT);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Format.parse("xml"))
        .withMessage("unknown format 'xml' (expected jsonl, csv, txt or transcript)");
  }
}
