package fi.hot.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoopStateTest {
  private static final String ID = "3f2a9c0d1e4b5a67";
  private static final Instant D1 = Instant.parse("2026-10-01T09:00:00Z");
  private static final Instant D2 = Instant.parse("2026-10-05T09:00:00Z");
  private static final Instant D3 = Instant.parse("2026-10-12T09:00:00Z");

  private static LoopEvent status(LoopStatus s, Instant at) {
    return LoopEvent.status(ID, s, at, "anna", "");
  }

  private static LoopEvent told(Instant at) {
    return LoopEvent.informed(ID, ContactChannel.EMAIL, at, "anna", "");
  }

  @Test
  void no_history_is_new_and_open() {
    LoopState s = LoopState.untouched(ID);

    assertThat(s.status()).isEqualTo(LoopStatus.NEW);
    assertThat(s.isOpen()).isTrue();
    assertThat(s.isClosed()).isFalse();
    assertThat(s.firstResponded()).isEmpty();
  }

  @Test
  void the_status_is_the_latest_in_time_whatever_order_events_come_in() {
    LoopState s =
        LoopState.of(ID, List.of(status(LoopStatus.DONE, D3), status(LoopStatus.ACKNOWLEDGED, D1)));

    assertThat(s.status()).isEqualTo(LoopStatus.DONE);
    assertThat(s.history()).extracting(LoopEvent::at).containsExactly(D1, D3);
    assertThat(s.firstResponded()).contains(D1);
    assertThat(s.firstReached(LoopStatus.DONE)).contains(D3);
    assertThat(s.firstReached(LoopStatus.PLANNED)).isEmpty();
  }

  @Test
  void the_loop_closes_only_when_the_customer_is_told_after_the_outcome() {
    LoopState toldEarly =
        LoopState.of(
            ID,
            List.of(status(LoopStatus.ACKNOWLEDGED, D1), told(D2), status(LoopStatus.DONE, D3)));
    LoopState toldAfter = LoopState.of(ID, List.of(status(LoopStatus.DECLINED, D2), told(D3)));
    LoopState toldSameMoment = LoopState.of(ID, List.of(status(LoopStatus.DONE, D2), told(D2)));

    assertThat(toldEarly.isClosed()).isFalse();
    assertThat(toldEarly.firstInformed()).contains(D2);
    assertThat(toldAfter.isClosed()).isTrue();
    assertThat(toldSameMoment.isClosed()).isTrue();
  }

  @Test
  void reopening_after_done_makes_it_open_again_and_unclosed() {
    LoopState s =
        LoopState.of(
            ID,
            List.of(status(LoopStatus.DONE, D1), told(D2), status(LoopStatus.ACKNOWLEDGED, D3)));

    assertThat(s.status()).isEqualTo(LoopStatus.ACKNOWLEDGED);
    assertThat(s.isOpen()).isTrue();
    assertThat(s.isClosed()).isFalse();
  }

  @Test
  void events_of_another_statement_are_refused() {
    LoopEvent other = LoopEvent.status("0000000000000000", LoopStatus.DONE, D1, "", "");
    assertThatThrownBy(() -> LoopState.of(ID, List.of(other)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void an_event_id_follows_its_content() {
    assertThat(status(LoopStatus.DONE, D1)).isEqualTo(status(LoopStatus.DONE, D1));
    assertThat(status(LoopStatus.DONE, D1).id()).isNotEqualTo(status(LoopStatus.DONE, D2).id());
    assertThat(LoopEvent.status(ID, LoopStatus.DONE, D1, "anna", "Korjattu.").id())
        .isNotEqualTo(status(LoopStatus.DONE, D1).id());
  }
}
