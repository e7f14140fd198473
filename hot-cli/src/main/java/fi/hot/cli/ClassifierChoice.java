package fi.hot.cli;

import fi.hot.HotException;
import fi.hot.StoreModel;
import fi.hot.classify.Classifier;
import fi.hot.classify.Classifiers;
import fi.hot.classify.TrainedClassifier;
import java.util.Locale;
import java.util.Optional;

/**
 * Which classifier a command reads with: the store's own model ({@code hot train}), the model
 * shipped with HOT, or the cue layer alone. One place, so that classify, eval and reclassify name
 * and find them alike.
 */
enum ClassifierChoice {
  STORE("the store's model"),
  SHIPPED("the shipped model"),
  CUES("the cue layer");

  /** What {@code --classifier} takes, for help texts. */
  static final String NAMES = "store|shipped|cues";

  private final String description;

  ClassifierChoice(String description) {
    this.description = description;
  }

  /** {@code the store's model}, for messages. */
  String description() {
    return description;
  }

  /**
   * Parses a {@code --classifier} value; {@code trained}, its name before stores had models of
   * their own, is the shipped model.
   */
  static ClassifierChoice parse(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    if (n.equals("trained")) {
      return SHIPPED;
    }
    for (ClassifierChoice c : values()) {
      if (c.name().toLowerCase(Locale.ROOT).equals(n)) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "unknown classifier '" + name + "' (expected store, shipped or cues)");
  }

  /** What captures use: the store's model when it has one, else the shipped one. */
  static ClassifierChoice captures(Globals globals) {
    return StoreModel.exists(globals.store) ? STORE : SHIPPED;
  }

  Classifier classifier(Globals globals) {
    return this == CUES ? Classifiers.cues() : trained(globals).orElseThrow();
  }

  /** The trained model chosen; empty for the cue layer, which has none. */
  Optional<TrainedClassifier> trained(Globals globals) {
    switch (this) {
      case STORE:
        return Optional.of(
            StoreModel.load(globals.store)
                .orElseThrow(
                    () ->
                        new HotException(
                            "store "
                                + globals.store
                                + " has no model of its own: train one with 'hot train'")));
      case SHIPPED:
        return Optional.of(TrainedClassifier.standard());
      default:
        return Optional.empty();
    }
  }
}
