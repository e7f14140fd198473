package fi.hot.insight;

import fi.hot.HotStore;
import fi.hot.model.CustomerProfile;
import fi.hot.model.Language;
import fi.hot.model.LoopState;
import fi.hot.model.Query;
import fi.hot.model.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds a customer's {@link Recap} from the store.
 *
 * <pre>{@code
 * Recap r = Recaps.of(store, "acme", Optional.of(Language.EN), Optional.empty());
 * }</pre>
 *
 * <p>The language is the one asked for, else the profile's (when Finnish or English), else the one
 * most of the customer's statements are in (English on a tie or when none is Finnish or English).
 * Stateless and thread-safe.
 */
public final class Recaps {

  private Recaps() {}

  /**
   * The recap of a customer's dreams, problems and needs.
   *
   * @param language the language to write in; empty to choose as above
   * @param since only statements said from this time on; empty for all
   * @throws IllegalArgumentException when the language is {@link Language#OTHER}
   */
  public static Recap of(
      HotStore store, String customerId, Optional<Language> language, Optional<Instant> since) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(since, "since");
    String id = Objects.requireNonNull(customerId, "customerId").strip();
    if (language.filter(l -> l == Language.OTHER).isPresent()) {
      throw new IllegalArgumentException("a recap is written in fi or en, not other");
    }
    Optional<CustomerProfile> profile = store.profile(id);
    Query q = Query.all().customer(id);
    if (since.isPresent()) {
      q = q.since(since.get());
    }
    List<Statement> said = new ArrayList<>();
    store.forEach(q, said::add);
    List<LoopItem> items = new ArrayList<>();
    String name = profile.map(CustomerProfile::name).orElse("");
    for (Statement s : said) {
      if (!s.customer().name().isEmpty() && profile.map(p -> p.name().isEmpty()).orElse(true)) {
        name = s.customer().name();
      }
      if (Customers.voices(s)) {
        items.add(new LoopItem(s, LoopState.of(s.id(), store.loopHistory(s.id()))));
      }
    }
    Language lang = language.orElseGet(() -> chooseLanguage(profile, said));
    return new Recap(id, name.isEmpty() ? id : name, lang, since, items);
  }

  static Language chooseLanguage(Optional<CustomerProfile> profile, List<Statement> said) {
    Optional<Language> preferred =
        profile.flatMap(CustomerProfile::language).filter(l -> l != Language.OTHER);
    if (preferred.isPresent()) {
      return preferred.get();
    }
    long fi = said.stream().filter(s -> s.language() == Language.FI).count();
    long en = said.stream().filter(s -> s.language() == Language.EN).count();
    return fi > en ? Language.FI : Language.EN;
  }
}
