package fi.hot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.hot.model.Classification;
import fi.hot.model.Customer;
import fi.hot.model.Label;
import fi.hot.model.LabelScore;
import fi.hot.model.Language;
import fi.hot.model.Query;
import fi.hot.model.Statement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HotTest {
  @TempDir Path tmp;

  @Test
  void open_creates_a_store_that_keeps_what_is_captured() {
    Path dir = tmp.resolve("hot-data");
    Statement captured;
    try (HotStore store = Hot.open(dir)) {
      captured =
          store.capture(
              Statement.of("The invoice was sent twice.", Customer.id("acme"))
                  .language(Language.EN)
                  .classification(
                      Classification.of(List.of(new LabelScore(Label.PROBLEM, 1.0)), List.of()))
                  .at(Instant.parse("2026-03-04T10:15:00Z")));
      assertThat(store.location()).isEqualTo(dir.toString());
    }
    try (HotStore store = Hot.open(dir)) {
      assertThat(store.search(Query.parse("invoices").label(Label.PROBLEM), 10).items())
          .singleElement()
          .satisfies(h -> assertThat(h.statement()).isEqualTo(captured));
    }
  }

  @Test
  void open_with_a_pipeline_captures_through_it() {
    Instant now = Instant.parse("2026-01-02T03:04:05Z");
    Pipeline pipeline =
        Pipeline.of(
            (text, language) ->
                Classification.of(List.of(new LabelScore(Label.DREAM, 0.8)), List.of()),
            text -> Language.FI,
            Clock.fixed(now, ZoneOffset.UTC));
    try (HotStore store = Hot.open(tmp.resolve("hot-data"), pipeline)) {
      Statement s = store.capture(Statement.of("Toivoisin tummaa teemaa", Customer.id("acme")));

      assertThat(s.language()).isEqualTo(Language.FI);
      assertThat(s.classification().primary()).isEqualTo(Label.DREAM);
      assertThat(s.occurredAt()).isEqualTo(now);
      assertThat(store.search(Query.parse("teema").label(Label.DREAM), 10).total()).isEqualTo(1);
    }
  }

  @Test
  void open_refuses_what_is_not_a_store() throws IOException {
    Path file = Files.writeString(tmp.resolve("notes.txt"), "muistiinpanoja");

    assertThatThrownBy(() -> Hot.open(file))
        .isInstanceOf(HotStoreException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("is not a HOT store");
  }
}
