package fi.hot.examples;

import fi.hot.Hot;
import fi.hot.HotStore;
import fi.hot.model.Channel;
import fi.hot.model.Customer;
import fi.hot.model.Hit;
import fi.hot.model.Label;
import fi.hot.model.Page;
import fi.hot.model.Query;
import fi.hot.model.Statement;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The library in ten lines: open a store, capture what two customers said, search their needs.
 *
 * <pre>
 * mvn -q -B install -DskipTests
 * mvn -q -B -pl examples exec:java
 * </pre>
 *
 * or run {@link #main} from an IDE. Pass a directory to keep the store; by default it uses a fresh
 * temporary one.
 */
public final class QuickStart {
  private QuickStart() {}

  public static void main(String[] args) throws Exception {
    Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("hot-quickstart-");
    System.out.println("Store: " + dir);
    run(dir, System.out);
  }

  /** Captures four statements into the store at {@code dir} and prints what a search finds. */
  static List<Hit> run(Path dir, PrintStream out) {
    Customer aroma = Customer.of("kahvila-aroma", "Kahvila Aroma Oy");
    Customer nordic = Customer.of("nordic-freight", "Nordic Freight Ltd");
    Instant monday = Instant.parse("2026-10-12T09:00:00Z");

    try (HotStore store = Hot.open(dir)) {
      store.captureAll(
          List.of(
              Statement.of("Laskut tulevat aina myöhässä ja niissä on virheitä.", aroma)
                  .channel(Channel.CALL)
                  .at(monday),
              Statement.of("Tarvitsemme laskut suoraan kirjanpito-ohjelmaan.", aroma)
                  .channel(Channel.MEETING)
                  .at(monday.plusSeconds(3600)),
              Statement.of("We need the invoices in English as well.", nordic)
                  .channel(Channel.EMAIL)
                  .at(monday.plusSeconds(7200)),
              Statement.of("Thanks, the new delivery tracking works well.", nordic)
                  .channel(Channel.EMAIL)
                  .at(monday.plusSeconds(10800))));

      // Finnish stemming: "lasku" also finds "laskut", "laskussa" and "laskuja"
      Page<Hit> needs = store.search(Query.parse("lasku OR invoice").label(Label.NEED), 10);
      out.println(needs.total() + " needs about invoices:");
      for (Hit hit : needs.items()) {
        Statement s = hit.statement();
        out.println("  " + s.customer().displayName() + ": " + s.text());
      }
      return needs.items();
    }
  }
}
