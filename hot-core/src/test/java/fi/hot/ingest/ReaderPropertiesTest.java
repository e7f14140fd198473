package fi.hot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import fi.hot.HotParseException;
import fi.hot.model.Statement;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the input, readers report problems as located {@link HotParseException}s and never
 * throw: a bad file must not stop an import half way.
 */
class ReaderPropertiesTest {
  private static final List<StatementReader> READERS =
      List.of(
          Readers.of(Format.JSONL),
          Readers.of(Format.CSV),
          Readers.of(Format.TRANSCRIPT),
          Readers.of(Format.TRANSCRIPT, TranscriptOptions.defaults().withCustomer("acme")));

  private static final List<String> JSON_TOKENS =
      List.of(
          "{",
          "}",
          "[",
          "]",
          ":",
          ",",
          "\"",
          "\"text\"",
          "\"customer\"",
          "\"acme\"",
          "\"labels\"",
          "\"primary\"",
          "\"NEED\"",
          "\"none\"",
          "\"cues\"",
          "\"confidence\"",
          "\"occurred_at\"",
          "\"2026-03-04\"",
          "\"channel\"",
          "\"fax\"",
          "\"lang\"",
          "\"tags\"",
          "\"id\"",
          "2",
          "-1",
          "1e400",
          "0.5",
          "null",
          "true",
          "{\"label\":\"x\"}",
          "\n",
          " ",
          "ä",
          "\\u0000",
          "\\");
  private static final List<String> CSV_TOKENS =
      List.of(
          "id,customer,text,labels,primary,occurred_at,channel,lang,tags,source\n",
          "customer;text\n",
          ",",
          ";",
          "\"",
          "\"\"",
          "\n",
          "\r\n",
          "\r",
          "'",
          "'=",
          "=",
          "acme",
          "Laskutus ei toimi",
          "NEED;PROBLEM",
          "NONE",
          "bad",
          "2026-03-04",
          "call",
          "fi",
          "x;y",
          " ",
          "#",
          "\uFEFF");
  private static final List<String> TRANSCRIPT_TOKENS =
      List.of(
          "# customer: acme\n",
          "# date: 2026-03-04\n",
          "# kanava: fax\n",
          "# aihe: x\n",
          "#",
          "Asiakas:",
          "Customer: ",
          "Rep:",
          "Myyjä: ",
          "Pekka:",
          "Liisa Mäkinen:",
          "[00:01:02] ",
          "\n",
          "\r\n",
          " ",
          ".",
          "!",
          "?",
          "…",
          "esim.",
          "Laskutus ei toimi",
          "we need it",
          ":");

  @Provide
  Arbitrary<byte[]> anyBytes() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(400);
  }

  @Provide
  Arbitrary<byte[]> almostValid() {
    return Arbitraries.oneOf(tokens(JSON_TOKENS), tokens(CSV_TOKENS), tokens(TRANSCRIPT_TOKENS))
        .map(s -> s.getBytes(StandardCharsets.UTF_8));
  }

  private static Arbitrary<String> tokens(List<String> tokens) {
    return Arbitraries.of(tokens).list().ofMaxSize(60).map(l -> String.join("", l));
  }

  @Property(tries = 400, seed = "7")
  void any_bytes_give_located_parse_errors_and_never_an_exception(
      @ForAll("anyBytes") byte[] input) {
    readWithEveryReader(input);
  }

  @Property(tries = 1500, seed = "7")
  void nearly_valid_input_gives_located_parse_errors_and_never_an_exception(
      @ForAll("almostValid") byte[] input) {
    readWithEveryReader(input);
  }

  private static void readWithEveryReader(byte[] input) {
    long lines =
        new String(input, StandardCharsets.ISO_8859_1).chars().filter(c -> c == '\n').count() + 1;
    for (StatementReader reader : READERS) {
      Reading r = Reading.of(reader, "in.x", input);
      for (HotParseException e : r.errors()) {
        assertThat(e.file()).isEqualTo("in.x");
        assertThat(e.line()).isBetween(1L, lines);
        assertThat(e.getMessage()).startsWith("in.x:" + e.line() + ": ");
      }
      for (Statement.Draft d : r.drafts()) {
        assertThat(d.text()).isNotBlank();
      }
    }
  }
}
