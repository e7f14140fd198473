package fi.hot.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import fi.hot.HotParseException;
import fi.hot.model.Channel;
import fi.hot.model.Classification;
import fi.hot.model.Label;
import fi.hot.model.LabelScore;
import fi.hot.model.Language;
import fi.hot.model.Statement;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
  private static final String HEADER = "customer,text,channel,occurred_at\n";

  @Test
  void a_broken_line_is_reported_with_its_location_and_the_rest_is_imported() {
    Reading r = Reading.of(Readers.of(Format.CSV), "calls.csv", Reading.fixture("calls.csv"));
    assertThat(r.messages()).containsExactly("calls.csv:4: expected 10 columns, found 11");
    assertThat(r.texts())
        .containsExactly(
            "Laskutus ei toimi",
            "We need an export to Excel, ideally weekly.",
            "A note over two lines:\nthe dashboard should load in a second.",
            "Haluaisimme oman mobiilisovelluksen");
    assertThat(r.sources())
        .containsExactly("calls.csv:2", "calls.csv:3", "calls.csv:5", "calls.csv:7");
  }

  @Test
  void every_column_reaches_the_draft() {
    Reading r = Reading.of(Readers.of(Format.CSV), "calls.csv", Reading.fixture("calls.csv"));
    Statement.Draft d = r.drafts().get(1);
    assertThat(d.customer().id()).isEqualTo("globex");
    assertThat(d.customer().name()).isEqualTo("Globex Ltd");
    assertThat(d.contact()).isEqualTo("John Smith");
    assertThat(d.channel()).isEqualTo(Channel.EMAIL);
    assertThat(d.capturedBy()).isEqualTo("anna");
    assertThat(d.language()).contains(Language.EN);
    assertThat(d.occurredAt()).contains(Instant.parse("2026-03-05T00:00:00Z"));
    assertThat(d.tags()).containsExactly("export", "excel");
    assertThat(d.id()).isEmpty();
    assertThat(d.classification()).isEmpty();
  }

  @Test
  void every_kind_of_bad_row_is_reported_and_the_good_rows_are_kept() {
    byte[] bytes =
        Reading.withBytes(
            HEADER
                + "acme,Laskutus ei toimi,call,2026-03-04\n"
                + "acme,,call,2026-03-04\n"
                + "acme,Hidas,call,4.3.2026\n"
                + "acme,Hidas,fax,2026-03-04\n"
                + "acme,Hidas,call\n"
                + "acme,Hidas \u0000,call,2026-03-04\n"
                + ",Hidas,call,2026-03-04\n"
                + "acme,\"Hidas\"x,call,2026-03-04\n"
                + "globex,We need reports,email,2026-03-05\n",
            (byte) 0xC3,
            (byte) 0x28);
    Reading r = Reading.of(Readers.of(Format.CSV), "bad.csv", bytes);
    assertThat(r.texts()).containsExactly("Laskutus ei toimi", "We need reports");
    assertThat(r.sources()).containsExactly("bad.csv:2", "bad.csv:10");
    assertThat(r.messages())
        .satisfiesExactly(
            m -> assertThat(m).isEqualTo("bad.csv:3: empty text"),
            m -> assertThat(m).startsWith("bad.csv:4: bad date '4.3.2026' (expected "),
            m -> assertThat(m).startsWith("bad.csv:5: unknown channel 'fax' (expected "),
            m -> assertThat(m).isEqualTo("bad.csv:6: expected 4 columns, found 3"),
            m -> assertThat(m).isEqualTo("bad.csv:7: invalid UTF-8"),
            m -> assertThat(m).isEqualTo("bad.csv:8: missing customer"),
            m -> assertThat(m).startsWith("bad.csv:9: broken CSV (").endsWith(")"));
  }

  @Test
  void an_unknown_column_is_one_error_at_the_header_and_nothing_is_imported() {
    Reading r = Reading.csv("typo.csv", "customer,txt,channel\nacme,Laskutus ei toimi,call\n");
    assertThat(r.drafts()).isEmpty();
    assertThat(r.messages())
        .singleElement()
        .satisfies(
            m ->
                assertThat(m)
                    .startsWith("typo.csv:1: unknown column 'txt' (expected id, occurred_at,")
                    .contains("missing column 'text'"));
  }

  @Test
  void a_missing_required_column_or_a_repeated_one_is_reported_at_the_header() {
    assertThat(Reading.csv("a.csv", "text,channel\nLaskutus ei toimi,call\n").messages())
        .containsExactly("a.csv:1: missing column 'customer'");
    assertThat(Reading.csv("b.csv", "text,customer,Text\nx,acme,y\n").messages())
        .containsExactly("b.csv:1: column 'text' appears twice");
  }

  @Test
  void column_names_are_trimmed_and_case_insensitive() {
    Reading r = Reading.csv("caps.csv", " Customer , TEXT ,Channel\nacme,Raportti puuttuu,Call\n");
    assertThat(r.errors()).isEmpty();
    assertThat(r.texts()).containsExactly("Raportti puuttuu");
    assertThat(r.drafts().get(0).channel()).isEqualTo(Channel.CALL);
  }

  @Test
  void semicolons_separate_when_the_header_has_no_comma() {
    Reading r =
        Reading.csv(
            "excel.csv",
            "customer;text;tags\nacme;\"Hinta 1,5 € on liikaa; halvempi\";\"hinta;raha\"\n");
    assertThat(r.errors()).isEmpty();
    assertThat(r.texts()).containsExactly("Hinta 1,5 € on liikaa; halvempi");
    assertThat(r.drafts().get(0).tags()).containsExactly("hinta", "raha");
  }

  @Test
  void quoted_fields_keep_commas_quotes_and_line_breaks_and_the_record_starts_where_it_starts() {
    Reading r =
        Reading.csv(
            "quoted.csv",
            "customer,text\r\n"
                + "acme,\"Rivi yksi, ja \"\"lainaus\"\"\r\n\r\nrivi kolme\"\r\n"
                + "globex,\"Next, please\"\r\n");
    assertThat(r.errors()).isEmpty();
    assertThat(r.texts())
        .containsExactly("Rivi yksi, ja \"lainaus\"\r\n\r\nrivi kolme", "Next, please");
    assertThat(r.sources()).containsExactly("quoted.csv:2", "quoted.csv:5");
  }

  @Test
  void an_unclosed_quote_is_reported_and_the_rows_after_it_are_still_read() {
    Reading r =
        Reading.csv(
            "open.csv",
            HEADER
                + "acme,\"Laskutus ei toimi,call,2026-03-04\n"
                + "globex,We need reports,email,2026-03-05\n"
                + "initech,Dashboard is slow,chat,2026-03-06\n");
    assertThat(r.messages())
        .containsExactly("open.csv:2: a quoted field is not closed (missing '\"')");
    assertThat(r.texts()).containsExactly("We need reports", "Dashboard is slow");
    assertThat(r.sources()).containsExactly("open.csv:3", "open.csv:4");
  }

  @Test
  void labels_and_primary_become_the_classification_and_an_empty_labels_cell_leaves_it_open() {
    Reading r =
        Reading.csv(
            "labelled.csv",
            "customer,text,primary,labels\n"
                + "acme,Laskutus ei toimi ja tarvitsemme raportin,PROBLEM,PROBLEM;NEED\n"
                + "acme,Kiitos,NONE,\n"
                + "acme,Haluamme sovelluksen,,\n");
    assertThat(r.errors()).isEmpty();
    assertThat(r.drafts().get(0).classification())
        .contains(
            new Classification(
                Label.PROBLEM,
                List.of(new LabelScore(Label.PROBLEM, 1.0), new LabelScore(Label.NEED, 1.0)),
                List.of()));
    assertThat(r.drafts().get(1).classification()).contains(Classification.NONE);
    assertThat(r.drafts().get(2).classification()).isEmpty();
  }

  @Test
  void a_formula_guard_written_by_export_is_taken_off() {
    Reading r =
        Reading.csv("guarded.csv", "customer,text,tags\nacme,'=SUM(A1:A9) ei toimi,'-alennus\n");
    assertThat(r.texts()).containsExactly("=SUM(A1:A9) ei toimi");
    assertThat(r.drafts().get(0).tags()).containsExactly("-alennus");
  }

  @Test
  void a_byte_order_mark_blank_lines_and_an_empty_file_are_fine() {
    byte[] bom =
        Reading.withBytes(
            "\u0000customer,text\n\nacme,Raportti puuttuu\n\n",
            (byte) 0xEF,
            (byte) 0xBB,
            (byte) 0xBF);
    Reading r = Reading.of(Readers.of(Format.CSV), "bom.csv", bom);
    assertThat(r.errors()).isEmpty();
    assertThat(r.sources()).containsExactly("bom.csv:3");
    Reading empty = Reading.csv("empty.csv", "");
    assertThat(empty.drafts()).isEmpty();
    assertThat(empty.errors()).isEmpty();
  }

  @Test
  void an_id_and_source_in_the_row_are_kept() {
    Reading r =
        Reading.csv(
            "export.csv", "id,customer,text,source\n3f2a9c0d1e4b5a67,acme,Hidas,calls.csv:12\n");
    assertThat(r.drafts().get(0).id()).contains("3f2a9c0d1e4b5a67");
    assertThat(r.sources()).containsExactly("calls.csv:12");
  }

  @Test
  void an_exception_of_the_consumer_passes_through_and_is_not_a_parse_error() {
    List<HotParseException> errors = new ArrayList<>();
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                Readers.of(Format.CSV)
                    .read(
                        new ByteArrayInputStream(
                            "customer,text\nacme,Hidas\n".getBytes(StandardCharsets.UTF_8)),
                        "x",
                        d -> {
                          throw new IllegalArgumentException("store says no");
                        },
                        errors::add))
        .withMessage("store says no");
    assertThat(errors).isEmpty();
  }
}
