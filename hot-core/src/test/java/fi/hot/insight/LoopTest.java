package fi.hot.insight;

import static org.assertj.core.api.Assertions.assertThat;

import fi.hot.model.ContactChannel;
import fi.hot.model.LoopState;
import fi.hot.model.LoopStatus;
import fi.hot.model.ProfileUpdate;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoopTest {
  private static final Instant LATER = Instant.parse("2026-05-02T10:00:00Z");

  @TempDir static Path template;
  @TempDir Path tmp;

  @Test
  void informing_on_a_channel_the_customer_avoids_is_recorded_and_flagged() {
    HandMade h = HandMade.open(template, tmp);
    try (h.store) {
      Informed told =
          Loop.inform(h.store, h.id(2), ContactChannel.SMS, "Tekstiviesti", "mikko", LATER);

      assertThat(told.channelAvoided()).isTrue();
      assertThat(told.preferredInstead()).contains(ContactChannel.EMAIL);
      assertThat(told.consentRefused()).isFalse();
      assertThat(h.store.loopHistory(h.id(2))).contains(told.event());
      assertThat(Loop.state(h.store, h.id(2)).isClosed()).isTrue();
    }
  }

  @Test
  void informing_on_a_wanted_channel_or_a_customer_without_profile_is_not_flagged() {
    HandMade h = HandMade.open(template, tmp);
    try (h.store) {
      Informed email = Loop.inform(h.store, h.id(2), ContactChannel.EMAIL, "", "mikko", LATER);
      Informed noProfile = Loop.inform(h.store, h.id(6), ContactChannel.SMS, "", "mikko", LATER);

      assertThat(email.channelAvoided()).isFalse();
      assertThat(email.preferredInstead()).isEmpty();
      assertThat(noProfile.channelAvoided()).isFalse();
      assertThat(noProfile.profile()).isEmpty();
    }
  }

  @Test
  void refused_consent_is_reported_with_the_event() {
    HandMade h = HandMade.open(template, tmp);
    try (h.store) {
      h.store.updateProfile("globex", ProfileUpdate.at(LATER, "anna").consent(false, "marketing"));
      assertThat(
              Loop.inform(h.store, h.id(4), ContactChannel.EMAIL, "", "", LATER).consentRefused())
          .isTrue();
    }
  }

  @Test
  void states_of_every_statement_with_a_history() {
    HandMade h = HandMade.open(template, tmp);
    try (h.store) {
      Map<String, LoopState> states = Loop.states(h.store);

      assertThat(states).containsOnlyKeys(h.id(1), h.id(2), h.id(3), h.id(6));
      assertThat(states.get(h.id(1)).status()).isEqualTo(LoopStatus.DONE);
      assertThat(states.get(h.id(2)).status()).isEqualTo(LoopStatus.DECLINED);
      assertThat(states.get(h.id(6)).status()).isEqualTo(LoopStatus.PLANNED);
      assertThat(Loop.state(h.store, h.id(4)).status()).isEqualTo(LoopStatus.NEW);
      assertThat(Loop.state(h.store, h.id(4)).history()).isEmpty();
    }
  }
}
