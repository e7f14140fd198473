package fi.hot.insight;

import java.util.List;

/**
 * The themes of a selection of statements: the pinned ones, in the order they were pinned, and the
 * ones found, strongest first.
 *
 * <pre>{@code
 * ThemeReport report = Themes.defaults().find(store, Query.all().label(Label.PROBLEM));
 * report.selected();   // problem statements
 * report.found();      // what they are about
 * }</pre>
 *
 * @param selected statements in the selection
 * @param stored statements in the whole store
 * @param contrasted whether the found themes were ranked against the rest of the store (the
 *     selection is a part of it) or by how many statements mention them (it is the whole store)
 * @param pinned the pinned themes, each with its counts in the selection, in the order given
 * @param found the themes found, strongest first (ties by name)
 */
public record ThemeReport(
    long selected, long stored, boolean contrasted, List<Theme> pinned, List<Theme> found) {

  public ThemeReport {
    pinned = List.copyOf(pinned);
    found = List.copyOf(found);
    if (selected < 0 || stored < selected) {
      throw new IllegalArgumentException(
          "bad counts: " + selected + " selected of " + stored + " stored");
    }
  }
}
