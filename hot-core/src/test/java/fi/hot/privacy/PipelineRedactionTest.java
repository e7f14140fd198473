package fi.hot.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.hot.Hot;
import fi.hot.HotStore;
import fi.hot.Pipeline;
import fi.hot.classify.Classifier;
import fi.hot.model.Classification;
import fi.hot.model.Customer;
import fi.hot.model.Label;
import fi.hot.model.LabelScore;
import fi.hot.model.Language;
import fi.hot.model.Query;
import fi.hot.model.Statement;
import fi.hot.text.LanguageDetector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineRedactionTest {
  private static final Instant NOW = Instant.parse("2026-03-04T10:15:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private final List<String> seen = new ArrayList<>();
  private final LanguageDetector detector =
      text -> {
        seen.add("detect: " + text);
        return Language.FI;
      };
  private final Classifier classifier =
      (text, language) -> {
        seen.add("classify: " + text);
        return Classification.of(List.of(new LabelScore(Label.PROBLEM, 0.9)), List.of());
      };

  @Test
  void personal_data_is_redacted_before_language_detection_and_classification() {
    Pipeline pipeline = Pipeline.of(classifier, detector, CLOCK);
    Customer acme = Customer.id("acme");

    Statement s =
        pipeline.process(
            Statement.of(
                    "Lasku ei tullut, soittakaa numeroon 040 123 4567 tai matti@example.fi", acme)
                .contact("Matti, matti@example.fi")
                .context("Voinko soittaa numeroon +358 40 123 4567?"));

    assertThat(s.text()).isEqualTo("Lasku ei tullut, soittakaa numeroon [phone] tai [email]");
    assertThat(s.contact()).isEqualTo("Matti, [email]");
    assertThat(s.context()).isEqualTo("Voinko soittaa numeroon [phone]?");
    assertThat(seen)
        .containsExactly(
            "detect: Lasku ei tullut, soittakaa numeroon [phone] tai [email]",
            "classify: Lasku ei tullut, soittakaa numeroon [phone] tai [email]");
    assertThat(s.id()).isEqualTo(Statement.idFor(acme, s.text(), NOW));
    assertThat(pipeline.redactor()).isSameAs(Redactor.standard());
  }

  @Test
  void a_pipeline_keeping_personal_data_passes_the_text_as_it_is() {
    Pipeline keeping = Pipeline.of(classifier, detector, CLOCK).keepingPii();
    String said =
        "Please call me on +44 20 7946 0958, my card 4111 1111 1111 1111 was charged twice";

    Statement s = keeping.process(Statement.of(said, Customer.id("globex")).context("mail a@b.fi"));

    assertThat(s.text()).isEqualTo(said);
    assertThat(s.context()).isEqualTo("mail a@b.fi");
    assertThat(seen).contains("classify: " + said);
    assertThat(keeping.redactor().isActive()).isFalse();
    assertThat(
            Pipeline.of(classifier, detector, CLOCK, Redactor.none())
                .process(Statement.of(said, Customer.id("globex")))
                .text())
        .isEqualTo(said);
    assertThatThrownBy(() -> Pipeline.of(classifier, detector, CLOCK, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("redactor");
  }

  @Test
  void the_store_never_holds_the_redacted_data_and_counts_what_was_redacted(@TempDir Path dir)
      throws IOException {
    Path storeDir = dir.resolve("hot-data");
    Statement stored;
    try (HotStore store = Hot.open(storeDir, Pipeline.of(classifier, detector, CLOCK))) {
      stored =
          store.capture(
              Statement.of(
                  "Hyvitys tilille FI21 1234 5600 0007 85, hetu 131052-308T, puh. 0501234567",
                  Customer.id("acme")));

      assertThat(store.search(Query.parse("0501234567"), 10).total()).isZero();
      assertThat(store.search(Query.parse("hyvitys"), 10).total()).isEqualTo(1);
      assertThat(store.get(stored.id()).orElseThrow().text())
          .isEqualTo("Hyvitys tilille [iban], hetu [hetu], puh. [phone]");
    }
    assertThat(Redactor.countPlaceholders(stored.text()))
        .containsEntry(PiiKind.IBAN, 1)
        .containsEntry(PiiKind.HETU, 1)
        .containsEntry(PiiKind.PHONE, 1)
        .containsEntry(PiiKind.EMAIL, 0);
    try (Stream<Path> files = Files.walk(storeDir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        assertThat(bytes).as(f.toString()).doesNotContain("0501234567").doesNotContain("308T");
      }
    }
  }
}
