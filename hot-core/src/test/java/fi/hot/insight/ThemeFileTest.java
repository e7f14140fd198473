package fi.hot.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.hot.HotParseException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeFileTest {
  @TempDir Path dir;

  @Test
  void names_and_queries_are_read_with_their_lines_and_comments_and_blank_lines_skipped() {
    ThemeFile file =
        ThemeFile.parse(
            "themes.txt",
            "# Themes we track\n"
                + "\n"
                + "Laskutus        = lasku* OR laskutus OR invoice*\n"
                + "  # the app, in both languages\n"
                + "Mobiilisovellus = sovellus OR \"mobile app\"\n"
                + "Hinta = hinta = price\n");
    assertThat(file.errors()).isEmpty();
    assertThat(file.themes())
        .containsExactly(
            new PinnedTheme("Laskutus", "lasku* OR laskutus OR invoice*", "themes.txt", 3),
            new PinnedTheme("Mobiilisovellus", "sovellus OR \"mobile app\"", "themes.txt", 5),
            new PinnedTheme("Hinta", "hinta = price", "themes.txt", 6));
    assertThat(file.themes().get(0).location()).isEqualTo("themes.txt:3");
  }

  @Test
  void bad_lines_are_reported_with_their_location_and_good_lines_are_kept() {
    ThemeFile file =
        ThemeFile.parse(
            "themes.txt",
            "Laskutus = lasku*\n"
                + "Toimitukset toimitus OR delivery\n"
                + " = hinta\n"
                + "Hinta =   \n"
                + "LASKUTUS = invoice*\n"
                + "Sovellus = app\n");
    assertThat(file.themes()).extracting(PinnedTheme::name).containsExactly("Laskutus", "Sovellus");
    assertThat(file.errors())
        .extracting(HotParseException::getMessage)
        .containsExactly(
            "themes.txt:2: expected 'name = query', found no '=' in 'Toimitukset toimitus OR"
                + " delivery'",
            "themes.txt:3:1: the theme has no name before '='",
            "themes.txt:4:8: theme 'Hinta' has no query after '='",
            "themes.txt:5: theme 'LASKUTUS' is already defined on line 1");
  }

  @Test
  void a_file_with_a_byte_order_mark_and_windows_line_ends_reads_like_any_other() throws Exception {
    Path path = dir.resolve("themes.txt");
    Files.write(
        path, "\uFEFFLaskutus = lasku*\r\nSovellus = app\r\n".getBytes(StandardCharsets.UTF_8));
    ThemeFile file = ThemeFile.read(path);
    assertThat(file.errors()).isEmpty();
    assertThat(file.themes())
        .extracting(PinnedTheme::name, PinnedTheme::query, PinnedTheme::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Laskutus", "lasku*", 1L),
            org.assertj.core.groups.Tuple.tuple("Sovellus", "app", 2L));
    assertThat(file.themes().get(0).file()).isEqualTo(path.toString());
  }

  @Test
  void bytes_that_are_not_utf8_are_reported_at_their_line() throws Exception {
    Path path = dir.resolve("themes.txt");
    byte[] latin1 = "Laskutus = lasku*\nHäiriöt = häiriö*\n".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(path, latin1);
    ThemeFile file = ThemeFile.read(path);
    assertThat(file.themes()).extracting(PinnedTheme::name).containsExactly("Laskutus");
    assertThat(file.errors())
        .extracting(HotParseException::getMessage)
        .containsExactly(path + ":2: not valid UTF-8; save the file as UTF-8");
  }

  @Test
  void a_missing_file_is_an_io_error() {
    assertThatThrownBy(() -> ThemeFile.read(dir.resolve("nope.txt")))
        .isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void an_empty_file_pins_nothing() {
    ThemeFile file = ThemeFile.parse("themes.txt", "");
    assertThat(file.themes()).isEmpty();
    assertThat(file.errors()).isEmpty();
  }

  @Test
  void a_pinned_theme_needs_a_name_and_a_query() {
    assertThatThrownBy(() -> PinnedTheme.of(" ", "lasku"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(() -> PinnedTheme.of("Laskutus", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank query");
    assertThat(PinnedTheme.of("Laskutus", "lasku*").location()).isEqualTo("api");
  }
}
