package fi.hot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import fi.hot.HotParseException;
import fi.hot.classify.FeelingGold;
import fi.hot.classify.GoldStatement;
import fi.hot.internal.StatementJson;
import fi.hot.model.Emotion;
import fi.hot.model.Label;
import fi.hot.model.Language;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldReaderTest {
  // a fixed detector: the reader's own logic is under test, not detection
  private final GoldReader reader = new GoldReader(text -> Language.OTHER);

  @Test
  void good_lines_become_gold_statements() {
    String jsonl =
        """
        {"id":"a","text":"The scanner is broken, we need a new one","lang":"en","primary":"PROBLEM","labels":["PROBLEM","NEED"]}

        {"id":"b","text":"Kiitos!","lang":"fi","primary":"none","labels":[]}
        """;

    GoldReader.Result r = reader.read(new StringReader(jsonl), "gold.jsonl");

    assertThat(r.errors()).isEmpty();
    assertThat(r.statements())
        .containsExactly(
            new GoldStatement(
                "a",
                "The scanner is broken, we need a new one",
                Label.PROBLEM,
                Set.of(Label.PROBLEM, Label.NEED),
                Language.EN),
            GoldStatement.of("b", "Kiitos!", Label.NONE, Language.FI));
  }

  @Test
  void missing_language_is_detected_and_missing_labels_are_the_primary_alone() {
    GoldReader detecting = GoldReader.standard();
    String jsonl =
        """
        {"id":"a","text":"Tulostin ei toimi","primary":"PROBLEM"}
        {"id":"b","text":"The printer does not work","primary":"PROBLEM"}
        """;

    GoldReader.Result r = detecting.read(new StringReader(jsonl), "gold.jsonl");

    assertThat(r.statements())
        .extracting(GoldStatement::language)
        .containsExactly(Language.FI, Language.EN);
    assertThat(r.statements())
        .extracting(GoldStatement::labels)
        .containsOnly(Set.of(Label.PROBLEM));
  }

  @Test
  void bad_line_is_reported_with_its_location_and_good_lines_are_kept() {
    String jsonl =
        """
        {"id":"1","text":"Kiitos","lang":"fi","primary":"NONE"}
        {"id":"2","text":"broken" "lang":"en"}
        {"id":"3","lang":"en","primary":"PROBLEM"}
        {"id":"4","text":"x","lang":"en","primary":"WISH"}
        {"id":"5","text":"x","lang":"en","primary":"NEED","labels":["PROBLEM"]}
        {"id":"1","text":"Again","lang":"en","primary":"NONE"}
        {"id":"7","text":"x","lang":"klingon","primary":"NONE"}
        [1,2]
        {"id":"9","text":"Please call","lang":"en","primary":"NEED"}
        """;

    GoldReader.Result r = reader.read(new StringReader(jsonl), "gold.jsonl");

    assertThat(r.statements()).extracting(GoldStatement::id).containsExactly("1", "9");
    assertThat(r.errors())
        .extracting(HotParseException::line)
        .containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L);
    assertThat(r.errors().get(0).getMessage()).startsWith("gold.jsonl:2:").contains("invalid JSON");
    assertThat(r.errors().get(0).column()).isPositive();
    assertThat(r.errors())
        .extracting(HotParseException::getMessage)
        .containsSubsequence(
            "gold.jsonl:3: missing text",
            "gold.jsonl:4: unknown label 'WISH' (expected dream, problem, need or none)",
            "gold.jsonl:5: primary NEED is not among labels [PROBLEM]",
            "gold.jsonl:6: duplicate id '1' (first on line 1)",
            "gold.jsonl:7: unknown language 'klingon' (expected fi, en or other)",
            "gold.jsonl:8: expected a JSON object");
  }

  @Test
  void a_file_is_named_as_given(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("dev.jsonl");
    Files.writeString(
        file,
        "\uFEFF{\"id\":\"1\",\"text\":\"Hei\",\"lang\":\"fi\",\"primary\":\"NONE\"}\n{oops}\n",
        StandardCharsets.UTF_8);

    GoldReader.Result r = reader.read(file);

    assertThat(r.statements()).hasSize(1);
    assertThat(r.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.file()).isEqualTo(file.toString());
              assertThat(e.line()).isEqualTo(2);
            });
  }

  @Property(tries = 300)
  void any_input_gives_statements_and_located_errors_and_throws_nothing(@ForAll String input) {
    GoldReader.Result r = reader.read(new StringReader(input), "fuzz.jsonl");

    // at most one result a line, as BufferedReader splits lines
    assertThat(r.statements().size() + r.errors().size())
        .isLessThanOrEqualTo((int) input.lines().count());
    assertThat(r.errors()).allSatisfy(e -> assertThat(e.getMessage()).startsWith("fuzz.jsonl:"));
  }

  @Property(tries = 200)
  void any_text_written_as_json_reads_back_exactly(@ForAll String text)
      throws JsonProcessingException {
    String json =
        StatementJson.MAPPER.writeValueAsString(
            Map.of("id", "x", "text", text, "lang", "en", "primary", "NONE"));

    GoldReader.Result r = reader.read(new StringReader(json), "t.jsonl");

    if (text.isBlank()) {
      assertThat(r.errors())
          .extracting(HotParseException::getMessage)
          .containsExactly("t.jsonl:1: missing text");
    } else {
      assertThat(r.statements()).singleElement().extracting(GoldStatement::text).isEqualTo(text);
    }
  }

  @Test
  void gold_feelings_are_read_and_bad_lines_located() {
    String jsonl =
        """
        {"id":"f1","text":"Ärsyttää, taas sama vika.","lang":"fi","polarity":-0.8,"emotion":"frustrated"}
        {"id":"f2","text":"Thanks, all good now.","lang":"en","polarity":0.6,"emotion":"PLEASED"}
        {"id":"f3","text":"x","lang":"en","emotion":"neutral"}
        {"id":"f4","text":"x","lang":"en","polarity":"-0.2","emotion":"neutral"}
        {"id":"f5","text":"x","lang":"en","polarity":1.5,"emotion":"neutral"}
        {"id":"f6","text":"x","lang":"en","polarity":0,"emotion":"angry"}
        {"id":"f1","text":"x","lang":"en","polarity":0,"emotion":"neutral"}
        {"id":"f8","text":"Meillä on kolme toimipistettä.","polarity":0,"emotion":"neutral"}
        """;

    GoldReader.FeelingResult r = reader.readFeelings(new StringReader(jsonl), "feel.jsonl");

    assertThat(r.feelings())
        .containsExactly(
            new FeelingGold(
                "f1", "Ärsyttää, taas sama vika.", Language.FI, -0.8, Emotion.FRUSTRATED),
            new FeelingGold("f2", "Thanks, all good now.", Language.EN, 0.6, Emotion.PLEASED),
            new FeelingGold(
                "f8", "Meillä on kolme toimipistettä.", Language.OTHER, 0, Emotion.NEUTRAL));
    assertThat(r.errors())
        .extracting(HotParseException::getMessage)
        .containsExactly(
            "feel.jsonl:3: missing polarity",
            "feel.jsonl:4: polarity must be a number from -1 to 1",
            "feel.jsonl:5: polarity 1.5 is not in -1..1",
            "feel.jsonl:6: unknown emotion 'angry' (expected frustrated, worried, hurried, pleased,"
                + " neutral)",
            "feel.jsonl:7: duplicate id 'f1' (first on line 1)");
  }

  @Property(tries = 200)
  void any_input_read_as_feelings_gives_located_errors_and_throws_nothing(@ForAll String input) {
    GoldReader.FeelingResult r = reader.readFeelings(new StringReader(input), "fuzz.jsonl");

    assertThat(r.feelings().size() + r.errors().size())
        .isLessThanOrEqualTo((int) input.lines().count());
    assertThat(r.errors()).allSatisfy(e -> assertThat(e.getMessage()).startsWith("fuzz.jsonl:"));
  }
}
