package fi.hot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LineReaderTest {

  private static List<LineReader.Line> lines(byte[] bytes) {
    LineReader reader = new LineReader(new ByteArrayInputStream(bytes));
    List<LineReader.Line> out = new ArrayList<>();
    for (Optional<LineReader.Line> l = reader.next(); l.isPresent(); l = reader.next()) {
      out.add(l.get());
    }
    return out;
  }

  @Test
  void byte_order_mark_and_carriage_returns_are_dropped_and_lines_numbered() {
    byte[] bytes =
        Reading.withBytes("\u0000yksi\r\nkaksi\n\nkolme", (byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    List<LineReader.Line> lines = lines(bytes);
    assertThat(lines)
        .extracting(LineReader.Line::text)
        .containsExactly("yksi", "kaksi", "", "kolme");
    assertThat(lines).extracting(LineReader.Line::number).containsExactly(1L, 2L, 3L, 4L);
    assertThat(lines).extracting(LineReader.Line::crlf).containsExactly(true, false, false, false);
  }

  @Test
  void a_line_of_bad_utf8_is_flagged_and_the_next_line_is_fine() {
    byte[] bytes =
        Reading.withBytes("hyvä\nhuono \u0000 rivi\nhyvä taas\n", (byte) 0xC3, (byte) 0x28);
    List<LineReader.Line> lines = lines(bytes);
    assertThat(lines).extracting(LineReader.Line::validUtf8).containsExactly(true, false, true);
    assertThat(lines.get(2).text()).isEqualTo("hyvä taas");
  }

  @Test
  void lines_longer_than_the_read_buffer_are_whole() {
    String longLine = "ä".repeat(100_000);
    List<LineReader.Line> lines =
        lines((longLine + "\n" + longLine).getBytes(StandardCharsets.UTF_8));
    assertThat(lines).extracting(LineReader.Line::text).containsExactly(longLine, longLine);
  }

  @Test
  void a_final_line_break_does_not_make_an_extra_line() {
    assertThat(lines("a\n".getBytes(StandardCharsets.UTF_8))).hasSize(1);
    assertThat(lines(new byte[0])).isEmpty();
  }
}
