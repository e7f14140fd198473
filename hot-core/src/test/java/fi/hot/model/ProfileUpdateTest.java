package fi.hot.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProfileUpdateTest {
  private static final Instant T1 = Instant.parse("2026-03-01T08:00:00Z");
  private static final Instant T2 = Instant.parse("2026-03-02T08:00:00Z");

  private static CustomerProfile first() {
    return ProfileUpdate.at(T1, "anna")
        .name("Kahvila Aroma")
        .addType("first time")
        .prefer(ContactChannel.SMS)
        .avoid(ContactChannel.PHONE)
        .note("Asiakas toivoo yhteydenottoa aamupäivisin.")
        .applyTo("kahvila-aroma", Optional.empty());
  }

  @Test
  void a_first_profile_is_version_one_with_normalised_types_and_a_signed_note() {
    CustomerProfile p = first();

    assertThat(p.version()).isEqualTo(1);
    assertThat(p.types()).containsExactly("first-time");
    assertThat(p.notes())
        .containsExactly(
            new CustomerProfile.Note(T1, "anna", "Asiakas toivoo yhteydenottoa aamupäivisin."));
    assertThat(p.updatedAt()).isEqualTo(T1);
  }

  @Test
  void
      avoiding_the_preferred_channel_clears_the_preference_and_preferring_an_avoided_one_allows_it() {
    CustomerProfile noTexts =
        ProfileUpdate.at(T2, "mikko")
            .avoid(ContactChannel.SMS)
            .applyTo("kahvila-aroma", Optional.of(first()));
    CustomerProfile phone =
        ProfileUpdate.at(T2, "mikko")
            .prefer(ContactChannel.PHONE)
            .applyTo("kahvila-aroma", Optional.of(first()));

    assertThat(noTexts.contact().preferred()).isEmpty();
    assertThat(noTexts.contact().avoided())
        .containsExactly(ContactChannel.PHONE, ContactChannel.SMS);
    assertThat(phone.contact().preferred()).contains(ContactChannel.PHONE);
    assertThat(phone.contact().avoided()).isEmpty();
    assertThat(phone.version()).isEqualTo(2);
  }

  @Test
  void one_channel_named_both_ways_in_one_update_is_refused() {
    assertThatThrownBy(
            () ->
                ProfileUpdate.at(T2, "")
                    .prefer(ContactChannel.EMAIL)
                    .avoid(ContactChannel.EMAIL)
                    .applyTo("acme", Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("contact channel email cannot be both preferred and avoided");
    assertThatThrownBy(
            () ->
                ProfileUpdate.at(T2, "")
                    .avoid(ContactChannel.SMS)
                    .allow(ContactChannel.SMS)
                    .applyTo("acme", Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("contact channel sms cannot be both avoided and allowed");
  }

  @Test
  void notes_are_added_types_removed_and_consent_replaced() {
    CustomerProfile p =
        ProfileUpdate.at(T2, "mikko")
            .removeType("First-Time")
            .addType("regular")
            .note("Now a regular: orders every week.")
            .consent(false, "marketing")
            .applyTo("kahvila-aroma", Optional.of(first()));

    assertThat(p.types()).containsExactly("regular");
    assertThat(p.notes()).extracting(CustomerProfile.Note::by).containsExactly("anna", "mikko");
    assertThat(p.consent()).contains(new Consent(false, T2, "marketing"));
    assertThat(p.sameContent(first())).isFalse();
  }

  @Test
  void an_empty_value_clears_name_and_segment() {
    CustomerProfile p =
        ProfileUpdate.at(T2, "").name("").applyTo("kahvila-aroma", Optional.of(first()));

    assertThat(p.name()).isEmpty();
    assertThat(p.displayName()).isEqualTo("kahvila-aroma");
  }

  @Test
  void a_profile_of_another_customer_is_not_updated() {
    assertThatThrownBy(() -> ProfileUpdate.at(T2, "").applyTo("acme", Optional.of(first())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kahvila-aroma");
  }

  @Test
  void contact_channels_parse_by_name_and_common_words() {
    assertThat(ContactChannel.parse("SMS")).isEqualTo(ContactChannel.SMS);
    assertThat(ContactChannel.parse("text")).isEqualTo(ContactChannel.SMS);
    assertThat(ContactChannel.parse(" call ")).isEqualTo(ContactChannel.PHONE);
    assertThatThrownBy(() -> ContactChannel.parse("fax"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown contact channel 'fax' (expected email, phone, sms");
  }
}
