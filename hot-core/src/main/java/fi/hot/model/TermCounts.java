package fi.hot.model;

import java.util.List;

/**
 * The words and two-word phrases of a selection of statements, with counts in the selection and in
 * the whole store: the facts a significance test (what is this selection about, compared with
 * everything) needs.
 *
 * <pre>{@code
 * TermCounts counts = store.terms(Query.all().label(Label.PROBLEM), 3, Set.of("please"));
 * for (TermCount t : counts.terms()) {
 *   double inSelection = (double) t.count() / counts.selected();
 *   double inStore = (double) t.storeCount() / counts.stored();
 * }
 * }</pre>
 *
 * @param selected statements in the selection
 * @param stored statements in the whole store; at least {@code selected}
 * @param terms the terms, by language, then words before phrases, then stems
 */
public record TermCounts(long selected, long stored, List<TermCount> terms) {

  public TermCounts {
    terms = List.copyOf(terms);
    if (selected < 0 || stored < selected) {
      throw new IllegalArgumentException(
          "bad counts: " + selected + " selected of " + stored + " stored");
    }
  }
}
