package fi.hot.store;

import static org.assertj.core.api.Assertions.assertThat;

import fi.hot.Hot;
import fi.hot.HotStore;
import fi.hot.Pipeline;
import fi.hot.model.Customer;
import fi.hot.model.Statement;
import fi.hot.model.StoreSettings;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreSettingsTest {
  private static final Instant AT = Instant.parse("2026-10-01T09:00:00Z");

  @Test
  void a_new_store_redacts_personal_data() {
    try (HotStore store = Hot.open(dir.resolve("s"))) {
      assertThat(store.settings()).isEqualTo(StoreSettings.DEFAULTS);
      Statement s =
          store.capture(Statement.of("Soittakaa numeroon 040 123 4567.", Customer.id("a")).at(AT));
      assertThat(s.text()).isEqualTo("Soittakaa numeroon [phone].");
    }
  }

  @Test
  void a_store_set_to_keep_personal_data_keeps_it_on_every_capture_after_reopening() {
    try (HotStore store = Hot.open(dir.resolve("s"))) {
      store.updateSettings(store.settings().withRedaction(false));
    }
    try (HotStore store = Hot.open(dir.resolve("s"))) {
      assertThat(store.settings().redactPersonalData()).isFalse();
      Statement s =
          store.capture(
              Statement.of("Please call me at +44 20 7946 0958.", Customer.id("b")).at(AT));
      assertThat(s.text()).isEqualTo("Please call me at +44 20 7946 0958.");
    }
  }

  @Test
  void a_capture_can_opt_out_of_redaction_but_not_opt_in_against_the_store() {
    try (HotStore store = Hot.open(dir.resolve("s"), Pipeline.standard().keepingPii())) {
      Statement s =
          store.capture(Statement.of("Mailatkaa liisa@example.fi", Customer.id("c")).at(AT));
      assertThat(s.text()).contains("liisa@example.fi");
    }
  }

  @TempDir Path dir;
}
