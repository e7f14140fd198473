package fi.hot.insight;

import java.util.Objects;

/**
 * A theme a team tracks by name: the statements its query finds. Usually read from a {@link
 * ThemeFile}; built directly by a program that keeps its themes elsewhere.
 *
 * <pre>{@code
 * PinnedTheme invoicing = PinnedTheme.of("Laskutus", "lasku* OR laskutus OR invoice*");
 * ThemeReport report = Themes.defaults().pinned(List.of(invoicing)).find(store, Query.all());
 * }</pre>
 *
 * @param name what to call it, as the team does
 * @param query which statements are about it, in the query syntax of {@link fi.hot.HotStore#search}
 * @param file where it was defined, for messages: a file name, or {@code api}
 * @param line the 1-based line of {@code file}, or 0 when not from a file
 */
public record PinnedTheme(String name, String query, String file, long line) {

  public PinnedTheme {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(file, "file");
    name = name.strip();
    query = query.strip();
    if (name.isEmpty()) {
      throw new IllegalArgumentException("pinned theme name is blank");
    }
    if (query.isEmpty()) {
      throw new IllegalArgumentException("pinned theme '" + name + "' has a blank query");
    }
    if (line < 0) {
      throw new IllegalArgumentException("line " + line + " is negative");
    }
  }

  /** A theme defined by a program rather than a file. */
  public static PinnedTheme of(String name, String query) {
    return new PinnedTheme(name, query, "api", 0);
  }

  /** {@code themes.txt:3}, or {@code api}. */
  public String location() {
    return line > 0 ? file + ":" + line : file;
  }
}
