package fi.hot.bench;

import fi.hot.classify.GoldStatement;
import fi.hot.classify.Trainer;
import fi.hot.model.Language;
import java.util.List;

/**
 * The realistic input of the benchmarks: the training statements shipped in hot-core (customer
 * statements in Finnish and English, one to a few sentences each), cycled through in order so that
 * every measured call sees another statement.
 *
 * <pre>{@code
 * Statements s = Statements.of("FI");   // or "EN", or "MIXED" for all of them
 * String text = s.text(i);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
final class Statements {
  private final String[] texts;
  private final Language[] languages;

  private Statements(List<GoldStatement> data) {
    if (data.isEmpty()) {
      throw new IllegalStateException("no shipped statements");
    }
    texts = data.stream().map(GoldStatement::text).toArray(String[]::new);
    languages = data.stream().map(GoldStatement::language).toArray(Language[]::new);
  }

  /**
   * The shipped statements of one language.
   *
   * @param which {@code FI}, {@code EN}, or {@code MIXED} for all of them (Finnish, then English)
   */
  static Statements of(String which) {
    List<GoldStatement> all = Trainer.shipped();
    if (which.equals("MIXED")) {
      return new Statements(all);
    }
    Language language = Language.parse(which);
    return new Statements(all.stream().filter(g -> g.language() == language).toList());
  }

  int size() {
    return texts.length;
  }

  String text(int i) {
    return texts[i];
  }

  /** The statement's language as labelled in the data (what the store knows after detection). */
  Language language(int i) {
    return languages[i];
  }
}
