package fi.hot.insight;

import fi.hot.HotStore;
import fi.hot.model.CustomerProfile;
import fi.hot.model.Label;
import fi.hot.model.LoopState;
import fi.hot.model.Query;
import fi.hot.model.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Customers to be seen: each one's profile, what they said and what is still open, and the list of
 * everyone, profiled or only heard.
 *
 * <pre>{@code
 * List<CustomerSummary> all = Customers.list(store);
 * Optional<CustomerView> aroma = Customers.view(store, "kahvila-aroma");
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Customers {

  private Customers() {}

  /** A customer with a profile or statements; empty when the store knows neither. */
  public static Optional<CustomerView> view(HotStore store, String customerId) {
    Objects.requireNonNull(store, "store");
    String id = Objects.requireNonNull(customerId, "customerId").strip();
    Optional<CustomerProfile> profile = store.profile(id);
    List<Statement> said = new ArrayList<>();
    store.forEach(Query.all().customer(id), said::add);
    if (profile.isEmpty() && said.isEmpty()) {
      return Optional.empty();
    }
    Collections.reverse(said);
    List<LoopItem> items = new ArrayList<>();
    for (Statement s : said) {
      if (voices(s)) {
        items.add(new LoopItem(s, LoopState.of(s.id(), store.loopHistory(s.id()))));
      }
    }
    return Optional.of(new CustomerView(id, name(id, profile, said), profile, said, items));
  }

  /**
   * Every customer with a profile or a statement, by id: profiled ones with their profile, the
   * others as seen in statements.
   */
  public static List<CustomerSummary> list(HotStore store) {
    Objects.requireNonNull(store, "store");
    Map<String, LoopState> states = Loop.states(store);
    Map<String, Tally> tallies = new TreeMap<>();
    store.forEach(
        Query.all(),
        s -> {
          Tally t = tallies.computeIfAbsent(s.customer().id(), k -> new Tally());
          t.statements++;
          t.last = s.occurredAt(); // oldest first: the last seen is the latest
          if (!s.customer().name().isEmpty()) {
            t.name = s.customer().name();
          }
          if (voices(s) && Loop.stateOf(states, s.id()).isOpen()) {
            t.open++;
          }
        });
    Map<String, CustomerProfile> profiles = new TreeMap<>();
    for (CustomerProfile p : store.profiles()) {
      profiles.put(p.id(), p);
      tallies.computeIfAbsent(p.id(), k -> new Tally());
    }
    List<CustomerSummary> out = new ArrayList<>();
    tallies.forEach(
        (id, t) -> {
          Optional<CustomerProfile> p = Optional.ofNullable(profiles.get(id));
          String name =
              p.filter(x -> !x.name().isEmpty()).map(CustomerProfile::name).orElse(t.name);
          out.add(
              new CustomerSummary(
                  id,
                  name.isEmpty() ? id : name,
                  p,
                  t.statements,
                  t.open,
                  Optional.ofNullable(t.last)));
        });
    return out;
  }

  /** Whether a statement voices a dream, problem or need: it has a loop to close. */
  static boolean voices(Statement s) {
    return s.classification().primary() != Label.NONE;
  }

  private static String name(String id, Optional<CustomerProfile> profile, List<Statement> newest) {
    if (profile.isPresent() && !profile.get().name().isEmpty()) {
      return profile.get().name();
    }
    return newest.stream()
        .map(s -> s.customer().name())
        .filter(n -> !n.isEmpty())
        .findFirst()
        .orElse(id);
  }

  private static final class Tally {
    long statements;
    long open;
    Instant last;
    String name = "";
  }
}
