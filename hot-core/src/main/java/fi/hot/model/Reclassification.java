package fi.hot.model;

/**
 * What reclassifying a store did: how many statements a classifier read again, how many of them now
 * carry other labels, and how many kept a person's labels without being read.
 *
 * <pre>{@code
 * Reclassification r = store.reclassify(StoreModel.classifier(dir));
 * r.changed();   // statements whose primary label or labels changed
 * r.human();     // statements labelled by a person, left as they were
 * }</pre>
 *
 * <p>Immutable.
 *
 * @param statements every statement of the store, the person-labelled ones included
 * @param changed classified statements whose primary label or set of labels changed
 * @param rescored classified statements that kept their labels but got other confidences or cues
 * @param human statements labelled by a person, kept as they were
 */
public record Reclassification(long statements, long changed, long rescored, long human) {

  public Reclassification {
    if (statements < 0 || changed < 0 || rescored < 0 || human < 0) {
      throw new IllegalArgumentException(
          "negative count: " + statements + "/" + changed + "/" + rescored + "/" + human);
    }
    if (changed + rescored + human > statements) {
      throw new IllegalArgumentException(
          "more changed, rescored and kept ("
              + (changed + rescored + human)
              + ") than statements "
              + statements);
    }
  }

  /** Classified statements whose labels and confidences stayed as they were. */
  public long unchanged() {
    return statements - changed - rescored - human;
  }
}
