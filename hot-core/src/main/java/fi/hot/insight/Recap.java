package fi.hot.insight;

import fi.hot.model.Language;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a customer told us, what we did about each thing and what is still open: the facts of a
 * recap, in the language to tell them in. {@link RecapText} turns it into text.
 *
 * <pre>{@code
 * Recap recap = Recaps.of(store, "kahvila-aroma", Optional.empty(), Optional.empty());
 * String text = RecapText.render(recap);
 * }</pre>
 *
 * <p>Immutable.
 *
 * @param customerId the customer
 * @param customerName how to address them
 * @param language {@link Language#FI} or {@link Language#EN}
 * @param since only what they said from this time on; empty for everything
 * @param items their dreams, problems and needs with where each stands, oldest first
 */
public record Recap(
    String customerId,
    String customerName,
    Language language,
    Optional<Instant> since,
    List<LoopItem> items) {

  public Recap {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(customerName, "customerName");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(since, "since");
    if (language == Language.OTHER) {
      throw new IllegalArgumentException("a recap is written in fi or en, not other");
    }
    items = List.copyOf(items);
  }

  /** What has an outcome: done or declined, oldest first. */
  public List<LoopItem> handled() {
    return items.stream().filter(i -> !i.state().isOpen()).toList();
  }

  /** What is still new, acknowledged or planned, oldest first. */
  public List<LoopItem> open() {
    return items.stream().filter(i -> i.state().isOpen()).toList();
  }
}
