package fi.hot;

import fi.hot.classify.Classifier;
import fi.hot.classify.Classifiers;
import fi.hot.classify.GoldStatement;
import fi.hot.classify.TrainedClassifier;
import fi.hot.classify.Trainer;
import fi.hot.model.Classification;
import fi.hot.model.Label;
import fi.hot.model.Language;
import fi.hot.model.Query;
import fi.hot.model.Statement;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A store's own classifier: trained on the shipped training statements and the store's corrections
 * (the statements a person labelled, {@link HotStore#relabel}), and kept in the store directory
 * beside the index, in {@code model/model.bin} with its {@code model/training-report.txt}.
 *
 * <pre>{@code
 * Path dir = Path.of("hot-data");
 * try (HotStore store = Hot.open(dir)) {
 *   StoreModel.TrainingSet set = StoreModel.trainingSet(store, true);
 *   Trainer.Result r = Trainer.train(set.statements());
 *   StoreModel.save(dir, r, set);
 *   store.reclassify(StoreModel.load(dir).orElseThrow());   // the stored statements, anew
 * }
 * try (HotStore store = Hot.open(dir)) {                     // captures use the store's model
 *   store.capture(Statement.of("Laskutus ei toimi", Customer.id("acme")));
 * }
 * StoreModel.reset(dir);                                     // back to the shipped model
 * }</pre>
 *
 * <p>{@link Hot#open(Path)} captures with the store's model when it has one, else with the shipped
 * one ({@link Classifiers#standard()}). Each file is written whole to a temporary file and then
 * moved into place, so a reader finds the old model or the new one, never half of one.
 *
 * <p>Stateless and thread-safe; the classifiers it returns are thread-safe.
 */
public final class StoreModel {
  /** The directory inside the store that holds its model. */
  public static final String DIRECTORY = "model";

  private static final String MODEL_FILE = "model.bin";
  private static final String REPORT_FILE = "training-report.txt";

  private StoreModel() {}

  /** Where a store's model is (or would be). */
  public static Path file(Path store) {
    return Objects.requireNonNull(store, "store").resolve(DIRECTORY).resolve(MODEL_FILE);
  }

  /** Whether the store has a model of its own. */
  public static boolean exists(Path store) {
    return Files.isRegularFile(file(store));
  }

  /**
   * The store's own model, when it has one.
   *
   * @throws HotStoreException naming the file when it is there but cannot be read
   */
  public static Optional<TrainedClassifier> load(Path store) {
    Path file = file(store);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(TrainedClassifier.load(file));
    } catch (UncheckedIOException e) {
      throw new HotStoreException(
          "store "
              + store
              + " has a model that cannot be used ("
              + e.getMessage()
              + "); train it again or reset it to the shipped model",
          e);
    }
  }

  /**
   * The classifier a store captures with: its own model when it has one, else the shipped one. The
   * model is loaded at the first classification, so opening a store to read it loads none.
   */
  public static Classifier classifier(Path store) {
    return new StoreClassifier(Objects.requireNonNull(store, "store"));
  }

  /**
   * The store's training report: the data it was trained on and the cross-validated figures.
   *
   * @throws HotStoreException when the report is there but cannot be read
   */
  public static Optional<String> report(Path store) {
    Path file = file(store).resolveSibling(REPORT_FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new HotStoreException(
          "store " + store + ": the training report cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * What a store's model is trained on: the shipped training statements and, with {@code
   * corrections}, the store's statements labelled by a person. A correction with the same language
   * and text (case aside) as a shipped statement takes its place; corrections in a language other
   * than Finnish or English are left out (the model reads those two).
   */
  public static TrainingSet trainingSet(HotStore store, boolean corrections) {
    Objects.requireNonNull(store, "store");
    List<GoldStatement> data = new ArrayList<>(Trainer.shipped());
    int shipped = data.size();
    if (!corrections) {
      return new TrainingSet(data, shipped, 0, 0, 0);
    }
    Map<String, Integer> shippedAt = new HashMap<>();
    for (int i = 0; i < data.size(); i++) {
      shippedAt.put(key(data.get(i).language(), data.get(i).text()), i);
    }
    int[] counts = new int[3]; // used, replaced, left out
    store.forEach(
        Query.all(),
        s -> {
          if (!s.classification().isHuman()) {
            return;
          }
          if (s.language() == Language.OTHER) {
            counts[2]++;
            return;
          }
          GoldStatement g = gold(s);
          counts[0]++;
          Integer at = shippedAt.remove(key(g.language(), g.text()));
          if (at != null) {
            data.set(at, g);
            counts[1]++;
          } else {
            data.add(g);
          }
        });
    return new TrainingSet(data, shipped, counts[0], counts[1], counts[2]);
  }

  private static String key(Language language, String text) {
    return language.code() + '\u0000' + text.strip().toLowerCase(Locale.ROOT);
  }

  private static GoldStatement gold(Statement s) {
    Classification c = s.classification();
    Set<Label> labels = EnumSet.noneOf(Label.class);
    labels.addAll(c.labelList());
    return new GoldStatement(s.id(), s.text(), c.primary(), labels, s.language());
  }

  /**
   * Keeps a trained model as the store's own, with its training report, replacing any before.
   *
   * @param store the store directory
   * @param trained what {@link Trainer#train} made
   * @param set what it was trained on, for the report
   * @throws HotStoreException when there is no store directory or the files cannot be written
   */
  public static void save(Path store, Trainer.Result trained, TrainingSet set) {
    Objects.requireNonNull(trained, "trained");
    Objects.requireNonNull(set, "set");
    Path file = file(store);
    if (!Files.isDirectory(store)) {
      throw new HotStoreException("no store at " + store + " to keep a model in");
    }
    try {
      Files.createDirectories(file.getParent());
      String report = set.describe() + System.lineSeparator() + trained.report();
      writeAtomically(
          file.resolveSibling(REPORT_FILE),
          out -> out.write(report.getBytes(StandardCharsets.UTF_8)));
      writeAtomically(file, out -> trained.classifier().write(out));
    } catch (IOException e) {
      throw new HotStoreException(
          "store " + store + ": the model could not be written: " + e.getMessage(), e);
    }
  }

  /**
   * Removes the store's own model, so that it captures with the shipped one again.
   *
   * @return whether there was one
   * @throws HotStoreException when the files cannot be removed
   */
  public static boolean reset(Path store) {
    Path file = file(store);
    try {
      boolean had = Files.deleteIfExists(file);
      Files.deleteIfExists(file.resolveSibling(REPORT_FILE));
      Path dir = file.getParent();
      if (Files.isDirectory(dir)) {
        try (var left = Files.list(dir)) {
          if (left.findAny().isEmpty()) {
            Files.delete(dir);
          }
        }
      }
      return had;
    } catch (IOException e) {
      throw new HotStoreException(
          "store " + store + ": the model could not be removed: " + e.getMessage(), e);
    }
  }

  private interface Writer {
    void write(OutputStream out) throws IOException;
  }

  private static void writeAtomically(Path target, Writer writer) throws IOException {
    Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
        writer.write(out);
      }
      // on disk before the move makes it the model: a crash leaves the old file or the new one
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        ch.force(true);
      }
      try {
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * What a store's model is trained on.
   *
   * @param statements the shipped statements (corrected ones replaced), then the other corrections
   * @param shipped how many shipped statements there are
   * @param corrections how many of the store's statements labelled by a person are used
   * @param replaced how many of those took the place of a shipped statement with the same text
   * @param leftOut statements labelled by a person but neither Finnish nor English, not used
   */
  public record TrainingSet(
      List<GoldStatement> statements, int shipped, int corrections, int replaced, int leftOut) {

    public TrainingSet {
      statements = List.copyOf(statements);
      if (shipped < 0 || corrections < 0 || replaced < 0 || leftOut < 0 || replaced > corrections) {
        throw new IllegalArgumentException(
            "bad counts: shipped "
                + shipped
                + ", corrections "
                + corrections
                + ", replaced "
                + replaced
                + ", left out "
                + leftOut);
      }
    }

    /** One line: what the model was trained on. */
    public String describe() {
      StringBuilder b =
          new StringBuilder(
              String.format(
                  Locale.ROOT,
                  "trained on %d shipped statements and %d correction%s from the store",
                  shipped,
                  corrections,
                  corrections == 1 ? "" : "s"));
      if (replaced > 0) {
        b.append(String.format(Locale.ROOT, " (%d in place of a shipped statement)", replaced));
      }
      if (leftOut > 0) {
        b.append(String.format(Locale.ROOT, "; %d neither Finnish nor English left out", leftOut));
      }
      return b.toString();
    }
  }

  /** Loads the store's model, or takes the shipped one, at the first classification. */
  private static final class StoreClassifier implements Classifier {
    private final Path store;
    private volatile Classifier loaded;

    StoreClassifier(Path store) {
      this.store = store;
    }

    @Override
    public Classification classify(String text, Language language) {
      Classifier c = loaded;
      if (c == null) {
        synchronized (this) {
          c = loaded;
          if (c == null) {
            c = load(store).<Classifier>map(t -> t).orElseGet(Classifiers::standard);
            loaded = c;
          }
        }
      }
      return c.classify(text, language);
    }
  }
}
