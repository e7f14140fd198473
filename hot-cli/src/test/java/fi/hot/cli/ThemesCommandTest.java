package fi.hot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemesCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private Cli cli;

  /** Invoicing (8 statements, 5 customers) and the mobile app (7, 4), and a few others. */
  @BeforeEach
  void importStatements() throws Exception {
    List<String> lines = new ArrayList<>();
    String[][] invoices = {
      {"acme", "2026-01-12", "Laskussa on väärä summa."},
      {"acme", "2026-01-13", "Lasku tuli kahteen kertaan samalta kuulta."},
      {"globex", "2026-01-14", "Laskut saapuvat aina myöhässä."},
      {"globex", "2026-03-02", "Laskun eräpäivä on liian lyhyt."},
      {"initech", "2026-03-03", "Emme löydä laskuja verkkopalvelusta."},
      {"kahvila", "2026-03-04", "Laskulla ei näy alennusta."},
      {"apteekki", "2026-03-05", "Laskuun pitäisi saada viitenumero."},
      {"apteekki", "2026-03-16", "Edellinen lasku puuttuu kokonaan."}
    };
    for (String[] s : invoices) {
      lines.add(line(s[0], s[1], "fi", "problem", s[2]));
    }
    String[][] app = {
      {"brightdesk", "2026-02-02", "The mobile app crashes when I upload a photo."},
      {"brightdesk", "2026-02-03", "Our sales team wants the mobile app to work offline."},
      {"nordic", "2026-02-04", "Drivers say the mobile app drains the battery."},
      {"nordic", "2026-03-05", "The mobile app logs everyone out after the update."},
      {"medinova", "2026-03-06", "Patients cannot book visits in the mobile app."},
      {"polaris", "2026-04-07", "Could the mobile app show claim status?"},
      {"polaris", "2026-04-08", "The mobile app is slow on older phones."}
    };
    for (String[] s : app) {
      lines.add(line(s[0], s[1], "en", "need", s[2]));
    }
    lines.add(line("muu", "2026-01-20", "fi", "none", "Koulutus oli erittäin hyödyllinen."));
    lines.add(line("other", "2026-02-20", "en", "none", "The onboarding call was very helpful."));
    lines.add(line("other", "2026-03-20", "en", "none", "Search results ignore synonyms."));
    Path file = dir.resolve("statements.jsonl");
    Files.write(file, lines);
    cli = new Cli(dir.resolve("store"));
    Cli.Result r = cli.run("import", file.toString());
    assertThat(r.code()).as(r.err()).isZero();
  }

  private static String line(String customer, String day, String lang, String label, String text)
      throws Exception {
    return JSON.createObjectNode()
        .put("customer", customer)
        .put("occurred_at", day + "T10:00:00Z")
        .put("lang", lang)
        .put("primary", label)
        .put("text", text)
        .toString();
  }

  @Test
  void themes_are_listed_with_counts_labels_days_months_quotes_and_their_search() {
    Cli.Result r = cli.run("themes");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith("Themes of all 18 statements, ranked by how many mention them.")
        // more often said, but in almost half of everything: ranked after the mobile app
        .contains("1. mobile app\n")
        .contains("2. lasku\n")
        .contains("8 statements from 5 customers · problem 8")
        // January 3, February none, March 5
        .contains("2026-01-12 – 2026-03-16  ▅▁█  2026-01..2026-03")
        .contains("search: lasku\n")
        .contains("7 statements from 4 customers · need 7")
        .contains("search: \"mobile app\" OR app OR mobile")
        .contains("\"The *mobile app* is slow on older phones.\" (polaris, 2026-04-08)");
  }

  @Test
  void json_prints_one_object_per_theme_and_line() throws Exception {
    Cli.Result r = cli.run("themes", "--json");
    assertThat(r.code()).as(r.err()).isZero();
    List<JsonNode> themes = new ArrayList<>();
    for (String line : r.out().strip().split("\n")) {
      themes.add(JSON.readTree(line));
    }
    assertThat(themes).extracting(t -> t.get("name").asText()).contains("mobile app", "lasku");
    JsonNode invoices =
        themes.stream().filter(t -> t.get("name").asText().equals("lasku")).findFirst().get();
    assertThat(invoices.get("pinned").asBoolean()).isFalse();
    assertThat(invoices.get("statements").asLong()).isEqualTo(8);
    assertThat(invoices.get("customers").asLong()).isEqualTo(5);
    assertThat(invoices.get("labels").get("problem").asLong()).isEqualTo(8);
    assertThat(invoices.get("first_seen").asText()).isEqualTo("2026-01-12T10:00:00Z");
    assertThat(invoices.get("months").get("2026-02").asLong()).isZero();
    assertThat(invoices.get("quotes")).hasSize(3);
    assertThat(invoices.get("quotes").get(0).get("matches")).isNotEmpty();
  }

  @Test
  void pinned_themes_from_a_file_show_beside_the_found_ones() throws Exception {
    Path file = dir.resolve("themes.txt");
    Files.writeString(file, "# ours\nLaskutus = lasku* OR invoice*\nZeppeliinit = zeppelin\n");
    Cli.Result r = cli.run("themes", "--pinned", file.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Pinned (" + file + ")")
        .contains("  * Laskutus\n     8 statements from 5 customers")
        .contains("search: lasku* OR invoice*")
        .contains("  * Zeppeliinit\n     0 statements from 0 customers\n     search: zeppelin")
        .contains("Found");

    Cli.Result json = cli.run("themes", "--pinned", file.toString(), "--json");
    assertThat(json.out().lines().filter(l -> l.contains("\"pinned\":true")).count()).isEqualTo(2);
  }

  @Test
  void bad_lines_of_a_themes_file_are_reported_with_their_location() throws Exception {
    Path file = dir.resolve("themes.txt");
    Files.writeString(file, "Laskutus = lasku*\nToimitukset\nSovellus =\n");
    Cli.Result r = cli.run("themes", "--pinned", file.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains("hot: " + file + ":2: expected 'name = query'")
        .contains("hot: " + file + ":3:11: theme 'Sovellus' has no query after '='");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void a_pinned_query_that_cannot_be_parsed_is_a_usage_error_at_its_line() throws Exception {
    Path file = dir.resolve("themes.txt");
    Files.writeString(file, "Rikki = (lasku\n");
    Cli.Result r = cli.run("themes", "--pinned", file.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("hot: " + file + ":1: theme 'Rikki': cannot understand");
  }

  @Test
  void a_label_filter_ranks_themes_against_the_rest_of_the_store() {
    Cli.Result r = cli.run("themes", "--label", "need");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith("Themes of 7 of 18 statements, ranked against the other 11.")
        .contains("1. mobile app\n")
        .doesNotContain("lasku");
  }

  @Test
  void limits_and_minimums_are_checked() {
    assertThat(cli.run("themes", "--limit", "0").code()).isEqualTo(2);
    assertThat(cli.run("themes", "--min-statements", "1").err())
        .contains("--min-statements must be at least 2");
    Cli.Result strict = cli.run("themes", "--min-statements", "8");
    assertThat(strict.out()).contains("1. lasku\n").doesNotContain("mobile app");
    Cli.Result none = cli.run("themes", "--min-customers", "6");
    assertThat(none.out()).contains("No theme shared by at least 3 statements from 6 customers.");
  }

  @Test
  void themes_of_a_missing_store_is_a_failure_that_creates_nothing() {
    Cli.Result r = new Cli(dir.resolve("nothing")).run("themes");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("hot: no store at");
    assertThat(Files.exists(dir.resolve("nothing"))).isFalse();
  }
}
