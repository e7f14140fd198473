package fi.hot.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import fi.hot.HotParseException;
import fi.hot.model.Channel;
import fi.hot.model.Classification;
import fi.hot.model.Emotion;
import fi.hot.model.Feeling;
import fi.hot.model.FeelingCue;
import fi.hot.model.Label;
import fi.hot.model.Language;
import fi.hot.model.Statement;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonlReaderTest {

  @Test
  void each_line_is_a_draft_with_its_file_and_line_as_source() {
    Reading r =
        Reading.jsonl(
            "log.jsonl",
            "{\"text\":\"Laskutus ei toimi\",\"customer\":\"acme\",\"channel\":\"call\","
                + "\"occurred_at\":\"2026-03-04T10:15\",\"lang\":\"fi\",\"tags\":[\"laskutus\"]}\n"
                + "\n"
                + "{\"text\":\"We need an Excel export\",\"customer\":\"globex\","
                + "\"customer_name\":\"Globex Ltd\",\"contact\":\"John\",\"captured_by\":\"anna\"}\n");
    assertThat(r.errors()).isEmpty();
    assertThat(r.texts()).containsExactly("Laskutus ei toimi", "We need an Excel export");
    assertThat(r.sources()).containsExactly("log.jsonl:1", "log.jsonl:3");
    Statement.Draft first = r.drafts().get(0);
    assertThat(first.channel()).isEqualTo(Channel.CALL);
    assertThat(first.language()).contains(Language.FI);
    assertThat(first.occurredAt()).contains(Instant.parse("2026-03-04T10:15:00Z"));
    assertThat(first.tags()).containsExactly("laskutus");
    Statement.Draft second = r.drafts().get(1);
    assertThat(second.customer().name()).isEqualTo("Globex Ltd");
    assertThat(second.contact()).isEqualTo("John");
    assertThat(second.capturedBy()).isEqualTo("anna");
    assertThat(second.language()).isEmpty();
    assertThat(second.classification()).isEmpty();
  }

  @Test
  void labels_given_in_the_line_become_the_classification() {
    Reading r =
        Reading.jsonl(
            "labelled.jsonl",
            "{\"text\":\"Raportti puuttuu\",\"customer\":\"acme\",\"labels\":[\"need\"]}");
    assertThat(r.drafts().get(0).classification().orElseThrow().primary()).isEqualTo(Label.NEED);
  }

  @Test
  void labels_marked_as_a_persons_stay_a_persons_and_unmarked_ones_are_a_classifiers() {
    Reading r =
        Reading.jsonl(
            "labelled.jsonl",
            "{\"text\":\"Raportista puuttuu alv-erittely\",\"customer\":\"acme\","
                + "\"primary\":\"NEED\",\"labels\":[\"NEED\",\"PROBLEM\"],"
                + "\"labeled_by\":\"human\"}\n"
                + "{\"text\":\"The export has no VAT column\",\"customer\":\"acme\","
                + "\"primary\":\"PROBLEM\",\"labels\":[\"PROBLEM\"],"
                + "\"confidence\":{\"PROBLEM\":0.83}}\n");
    assertThat(r.errors()).isEmpty();
    Classification person = r.drafts().get(0).classification().orElseThrow();
    assertThat(person.isHuman()).isTrue();
    assertThat(person.labelList()).containsExactly(Label.NEED, Label.PROBLEM);
    Classification model = r.drafts().get(1).classification().orElseThrow();
    assertThat(model.origin()).isEqualTo(Classification.Origin.MODEL);
  }

  @Test
  void an_unknown_label_origin_is_reported_with_its_line() {
    Reading r =
        Reading.jsonl(
            "labelled.jsonl",
            "{\"text\":\"Raportti puuttuu\",\"customer\":\"acme\","
                + "\"labels\":[\"need\"],\"labeled_by\":\"intern\"}");
    assertThat(r.drafts()).isEmpty();
    assertThat(r.errors())
        .extracting(HotParseException::getMessage)
        .containsExactly(
            "labelled.jsonl:1: unknown label origin 'intern' (expected model or human)");
  }

  @Test
  void a_feeling_given_in_the_line_is_kept_and_a_line_without_one_leaves_it_to_capture() {
    Reading r =
        Reading.jsonl(
            "felt.jsonl",
            "{\"text\":\"Ärsyttää!\",\"customer\":\"acme\",\"polarity\":-0.7,"
                + "\"emotion\":\"frustrated\",\"feeling_cues\":[{\"id\":\"fi.frustrated.arsyttaa\","
                + "\"text\":\"Ärsyttää\"}]}\n"
                + "{\"text\":\"Kiitos\",\"customer\":\"acme\",\"polarity\":\"0.4\","
                + "\"emotion\":\"PLEASED\"}\n"
                + "{\"text\":\"Hei\",\"customer\":\"acme\"}\n");
    assertThat(r.errors()).isEmpty();
    assertThat(r.drafts().get(0).feeling())
        .contains(
            new Feeling(
                -0.7,
                Emotion.FRUSTRATED,
                List.of(new FeelingCue("fi.frustrated.arsyttaa", "Ärsyttää"))));
    assertThat(r.drafts().get(1).feeling()).contains(Feeling.of(0.4, Emotion.PLEASED));
    assertThat(r.drafts().get(2).feeling()).isEmpty();
  }

  @Test
  void a_half_given_or_bad_feeling_is_reported_with_its_line() {
    Reading r =
        Reading.jsonl(
            "felt.jsonl",
            "{\"text\":\"a\",\"customer\":\"acme\",\"emotion\":\"pleased\"}\n"
                + "{\"text\":\"b\",\"customer\":\"acme\",\"polarity\":2,\"emotion\":\"pleased\"}\n"
                + "{\"text\":\"c\",\"customer\":\"acme\",\"polarity\":\"lots\",\"emotion\":\"pleased\"}\n"
                + "{\"text\":\"d\",\"customer\":\"acme\",\"polarity\":0,\"emotion\":\"glad\"}\n"
                + "{\"text\":\"e\",\"customer\":\"acme\",\"polarity\":0,\"emotion\":\"neutral\","
                + "\"feeling_cues\":\"none\"}\n");
    assertThat(r.drafts()).isEmpty();
    assertThat(r.errors())
        .extracting(HotParseException::getMessage)
        .containsExactly(
            "felt.jsonl:1: polarity and emotion go together: give both or neither",
            "felt.jsonl:2: polarity 2 is not in -1..1",
            "felt.jsonl:3: polarity 'lots' is not a number",
            "felt.jsonl:4: unknown emotion 'glad' (expected frustrated, worried, hurried, pleased,"
                + " neutral)",
            "felt.jsonl:5: field 'feeling_cues' must be an array");
  }

  @Test
  void a_source_in_the_line_is_kept() {
    Reading r =
        Reading.jsonl(
            "backup.jsonl",
            "{\"text\":\"Raportti puuttuu\",\"customer\":\"acme\",\"source\":\"calls.csv:12\"}");
    assertThat(r.sources()).containsExactly("calls.csv:12");
  }

  @Test
  void every_kind_of_bad_line_is_reported_with_its_line_and_the_good_lines_are_kept() {
    byte[] bytes =
        Reading.withBytes(
            String.join(
                "\n",
                "{\"text\":\"Laskutus ei toimi\",\"customer\":\"acme\"}",
                "{\"text\":\"\",\"customer\":\"acme\"}",
                "{\"text\":\"Hidas\",\"customer\":\"acme\",\"occurred_at\":\"eilen\"}",
                "{\"text\":\"Hidas\",\"customer\":\"acme\",\"channel\":\"fax\"}",
                "{\"text\":\"Hidas\",\"customer\":\"acme\",\"lang\":\"sv\"}",
                "{\"text\":\"Hidas\",\"customer\":\"acme\"",
                "{\"text\":\"Hidas \u0000\",\"customer\":\"acme\"}",
                "{\"text\":\"Hidas\"}",
                "[1,2]",
                "{\"text\":\"Hidas\",\"customer\":\"acme\"} trailing",
                "{\"text\":\"We need reports\",\"customer\":\"globex\"}"),
            (byte) 0xFF);
    Reading r = Reading.of(Readers.of(Format.JSONL), "bad.jsonl", bytes);
    assertThat(r.texts()).containsExactly("Laskutus ei toimi", "We need reports");
    assertThat(r.sources()).containsExactly("bad.jsonl:1", "bad.jsonl:11");
    assertThat(r.messages())
        .hasSize(9)
        .satisfiesExactly(
            m -> assertThat(m).isEqualTo("bad.jsonl:2: empty text"),
            m ->
                assertThat(m)
                    .isEqualTo(
                        "bad.jsonl:3: bad date 'eilen' (expected 2026-03-04, 2026-03-04T10:15 or"
                            + " 2026-03-04T10:15:00Z)"),
            m -> assertThat(m).startsWith("bad.jsonl:4: unknown channel 'fax' (expected call, "),
            m -> assertThat(m).startsWith("bad.jsonl:5: unknown language 'sv'"),
            m -> assertThat(m).startsWith("bad.jsonl:6: broken JSON (").endsWith(")"),
            m -> assertThat(m).isEqualTo("bad.jsonl:7: invalid UTF-8"),
            m -> assertThat(m).isEqualTo("bad.jsonl:8: missing customer"),
            m -> assertThat(m).isEqualTo("bad.jsonl:9: expected a JSON object, found array"),
            m -> assertThat(m).startsWith("bad.jsonl:10: broken JSON ("));
  }

  @Test
  void broken_json_reason_is_one_short_line() {
    Reading r = Reading.jsonl("x.jsonl", "{\"text\": \"" + "a".repeat(500));
    assertThat(r.messages()).singleElement().satisfies(m -> assertThat(m).hasSizeLessThan(140));
    assertThat(r.messages().get(0)).doesNotContain("\n");
  }

  @Test
  void an_exception_of_the_consumer_passes_through_and_is_not_a_parse_error() {
    List<HotParseException> errors = new ArrayList<>();
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                Readers.of(Format.JSONL)
                    .read(
                        new ByteArrayInputStream(
                            "{\"text\":\"Hidas\",\"customer\":\"acme\"}\n"
                                .getBytes(StandardCharsets.UTF_8)),
                        "x",
                        d -> {
                          throw new IllegalArgumentException("store says no");
                        },
                        errors::add))
        .withMessage("store says no");
    assertThat(errors).isEmpty();
  }
}
