package fi.hot.cli;

import fi.hot.Hot;
import fi.hot.HotStore;
import fi.hot.HotStoreException;
import java.nio.file.Files;

/** Opens the store the user named, with messages that say what to do. */
final class Stores {
  private Stores() {}

  /** Opens the store, creating it when missing, with personal data redacted at capture. */
  static HotStore openOrCreate(Globals globals) {
    return openOrCreate(globals, false);
  }

  /**
   * Opens the store, creating it when missing: for commands that capture. Personal data is redacted
   * unless {@code keepPii}.
   */
  static HotStore openOrCreate(Globals globals, boolean keepPii) {
    return keepPii
        ? Hot.open(globals.store, Hot.pipeline(globals.store).keepingPii())
        : Hot.open(globals.store);
  }

  /** Opens an existing store: for commands that only read, so a typo does not create a store. */
  static HotStore openExisting(Globals globals) {
    if (!Files.exists(globals.store)) {
      throw new HotStoreException(
          "no store at "
              + globals.store
              + ": capture or import something first, or name a store with --store");
    }
    return Hot.open(globals.store);
  }
}
