package fi.hot.store;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a document in the index holds. Statements written before kinds existed have no kind field,
 * so a statement is any document whose kind is not one of the others ({@link #NOT_STATEMENTS}).
 */
enum Kind {
  STATEMENT,
  PROFILE,
  LOOP,
  GOAL,
  /** A receipt of a customer forgotten: counts and a hash of the id, never the id. */
  ERASURE,
  /** A receipt of a retention purge. */
  RETENTION,
  /** A person's change of a statement's labels. */
  LABEL;

  /** Every kind but statements: what the statement filter leaves out. */
  static final List<Kind> NOT_STATEMENTS =
      Arrays.stream(values()).filter(k -> k != STATEMENT).toList();

  /** The term in the kind field. */
  String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
