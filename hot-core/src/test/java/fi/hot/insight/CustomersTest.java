package fi.hot.insight;

import static org.assertj.core.api.Assertions.assertThat;

import fi.hot.model.LoopStatus;
import fi.hot.model.ProfileUpdate;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomersTest {
  @TempDir static Path template;
  @TempDir Path tmp;

  @Test
  void a_customer_view_has_the_profile_the_timeline_newest_first_and_what_is_open() {
    HandMade h = HandMade.open(template, tmp);
    try (h.store) {
      CustomerView v = Customers.view(h.store, "globex").orElseThrow();

      assertThat(v.name()).isEqualTo("globex");
      assertThat(v.profile().orElseThrow().segment()).isEqualTo("enterprise");
      assertThat(v.timeline()).containsExactly(h.s(4), h.s(3));
      assertThat(v.open()).extracting(i -> i.statement()).containsExactly(h.s(4));
      assertThat(v.open().get(0).state().status()).isEqualTo(LoopStatus.NEW);
      // s3 is done but the customer was told before that
      assertThat(v.awaitingWord()).extracting(i -> i.statement()).containsExactly(h.s(3));
    }
  }

  @Test
  void a_customer_seen_only_in_statements_has_a_view_and_an_unknown_one_has_none() {
    HandMade h = HandMade.open(template, tmp);
    try (h.store) {
      CustomerView initech = Customers.view(h.store, "initech").orElseThrow();

      assertThat(initech.profile()).isEmpty();
      assertThat(initech.timeline()).containsExactly(h.s(6), h.s(5));
      assertThat(initech.items()).extracting(i -> i.statement()).containsExactly(h.s(6));
      assertThat(Customers.view(h.store, "nobody")).isEmpty();
    }
  }

  @Test
  void the_list_has_profiled_customers_and_those_only_heard_with_counts() {
    HandMade h = HandMade.open(template, tmp);
    try (h.store) {
      h.store.updateProfile(
          "newcomer",
          ProfileUpdate.at(Instant.parse("2026-05-01T00:00:00Z"), "anna").name("Uusi Asiakas Oy"));

      assertThat(Customers.list(h.store))
          .extracting(
              c ->
                  c.id()
                      + " "
                      + c.name()
                      + " "
                      + c.profile().isPresent()
                      + " "
                      + c.statements()
                      + " "
                      + c.open())
          .containsExactly(
              "acme Acme Oy true 2 0",
              "globex globex true 2 1",
              "initech initech false 2 1",
              "newcomer Uusi Asiakas Oy true 0 0");
    }
  }
}
