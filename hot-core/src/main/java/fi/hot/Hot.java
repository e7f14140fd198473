package fi.hot;

import fi.hot.store.LuceneHotStore;
import fi.hot.text.LanguageDetectors;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Where HOT starts: opens the embedded store.
 *
 * <pre>{@code
 * try (HotStore store = Hot.open(Path.of("hot-data"))) {
 *   store.capture(Statement.of("Laskutus ei toimi", Customer.id("acme")));
 *   Page<Hit> hits = store.search(Query.parse("lasku*"), 20);
 * }
 * }</pre>
 *
 * <p>The store is thread-safe and meant to be shared; the caller closes it.
 */
public final class Hot {

  private Hot() {}

  /**
   * Opens the store in a directory, creating it when the directory does not exist or is empty.
   * Captures run through the standard pipeline with the store's classifier ({@link #pipeline}).
   *
   * @throws HotStoreException when the directory is not a HOT store or cannot be read
   */
  public static HotStore open(Path dir) {
    return open(dir, pipeline(dir));
  }

  /**
   * The pipeline {@link #open(Path)} captures with: the {@link Pipeline#standard() standard} one,
   * classifying with the store's own model when it has one ({@link StoreModel}), else with the
   * shipped model.
   */
  public static Pipeline pipeline(Path dir) {
    return Pipeline.of(StoreModel.classifier(dir), LanguageDetectors.standard(), Clock.systemUTC());
  }

  /**
   * Opens the store in a directory with another capture pipeline (a custom classifier, a fixed
   * clock).
   *
   * @throws HotStoreException when the directory is not a HOT store or cannot be read
   */
  public static HotStore open(Path dir, Pipeline pipeline) {
    return LuceneHotStore.open(dir, pipeline);
  }
}
