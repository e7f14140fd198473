package fi.hot.examples;

import static org.assertj.core.api.Assertions.assertThat;

import fi.hot.model.Hit;
import fi.hot.model.Label;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuickStartTest {

  @Test
  void quick_start_finds_the_invoice_needs_of_both_customers(@TempDir Path dir) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<Hit> hits = QuickStart.run(dir, new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(hits)
        .extracting(h -> h.statement().customer().id())
        .containsExactlyInAnyOrder("kahvila-aroma", "nordic-freight");
    assertThat(hits).allMatch(h -> h.statement().classification().has(Label.NEED));
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .startsWith("2 needs about invoices:")
        .contains("Kahvila Aroma Oy: Tarvitsemme laskut");
  }
}
