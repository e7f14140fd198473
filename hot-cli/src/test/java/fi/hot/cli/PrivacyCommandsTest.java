package fi.hot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.hot.internal.StatementJson;
import fi.hot.model.ErasureReceipt;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** forget, retain and access on a small store with two customers. */
class PrivacyCommandsTest {
  private static final String A1 = "a000000000000001";
  private static final String A2 = "a000000000000002";
  private static final String B1 = "b000000000000001";
  private static final String MARKER = "zqxjvorpal7731";

  @TempDir Path dir;
  private Cli cli;

  /** A labelled statement; one without a time is dated when it is imported, so always recent. */
  private static String line(String id, String customer, String at, String text) {
    String time = at == null ? "" : ",\"occurred_at\":\"" + at + "\"";
    return "{\"id\":\""
        + id
        + "\",\"customer\":\""
        + customer
        + "\",\"lang\":\"fi\",\"primary\":\"PROBLEM\",\"labels\":[\"PROBLEM\"],"
        + "\"channel\":\"call\""
        + time
        + ",\"text\":\""
        + text
        + "\"}\n";
  }

  @BeforeEach
  void fill() throws Exception {
    Path file = dir.resolve("said.jsonl");
    Files.writeString(
        file,
        line(A1, "kahvila-aroma", "2015-03-02T09:00:00Z", "Lasku " + MARKER + " oli väärin.")
            + line(A2, "kahvila-aroma", null, "Kassa kaatuu taas.")
            + line(B1, "globex", "2015-03-04T09:00:00Z", "The report export is broken."),
        StandardCharsets.UTF_8);
    cli = new Cli(dir.resolve("store"));
    ok("import", file.toString());
    ok(
        "customer",
        "set",
        "kahvila-aroma",
        "--name",
        "Kahvila Aroma",
        "--note",
        "Asiakas " + MARKER);
    ok("respond", A1, "--status", "acknowledged", "--by", "anna", "--at", "2026-03-05");
    ok("respond", B1, "--status", "done", "--by", "emma", "--at", "2026-03-05");
  }

  private Cli.Result ok(String... args) {
    Cli.Result r = cli.run(args);
    assertThat(r.code()).as(String.join(" ", args) + "\n" + r.err()).isZero();
    return r;
  }

  private List<Path> storeFilesWith(String text) throws Exception {
    byte[] needle = text.getBytes(StandardCharsets.UTF_8);
    List<Path> found = new ArrayList<>();
    try (var files = Files.walk(dir.resolve("store"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        if (bytes.contains(new String(needle, StandardCharsets.ISO_8859_1))) {
          found.add(f);
        }
      }
    }
    return found;
  }

  @Test
  void forget_with_yes_removes_the_customer_prints_the_counts_and_lists_the_receipt()
      throws Exception {
    assertThat(storeFilesWith(MARKER)).isNotEmpty();

    ok("relabel", A2, "problem", "need", "--by", "anna");
    Cli.Result r = ok("forget", "--customer", "kahvila-aroma", "--yes");

    assertThat(r.out())
        .contains(
            "Forgot customer 'kahvila-aroma': removed 2 statements, 1 profile version, 1 loop"
                + " event and 1 label change")
        .contains("loop_events=1 label_changes=1")
        .contains("sha256:" + ErasureReceipt.hash("kahvila-aroma"));
    assertThat(storeFilesWith(MARKER)).isEmpty();
    assertThat(ok("search", "kassa").out()).doesNotContain("Kassa");
    assertThat(ok("show", B1).out()).contains("The report export is broken.");

    String list = ok("forget", "--list").out();
    assertThat(list)
        .contains("sha256:" + ErasureReceipt.hash("kahvila-aroma"))
        .contains("statements=2 profile_versions=1 loop_events=1")
        .doesNotContain("kahvila-aroma");
  }

  @Test
  void forget_without_yes_and_without_a_terminal_refuses_and_removes_nothing() {
    Cli.Result r = cli.run("forget", "--customer", "kahvila-aroma");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("hot: forget removes data for good").contains("--yes");
    assertThat(ok("export", "--customer", "kahvila-aroma").out()).contains(A1).contains(A2);
  }

  @Test
  void forget_at_a_terminal_asks_and_goes_ahead_only_on_yes() {
    Cli.Result no = cli.runWithInput("n\n", true, "forget", "--customer", "kahvila-aroma");
    assertThat(no.code()).isEqualTo(1);
    assertThat(no.err()).contains("Forget everything about customer 'kahvila-aroma'");
    assertThat(no.err()).contains("Nothing removed.");
    assertThat(ok("export", "--customer", "kahvila-aroma").out()).contains(A1);

    Cli.Result yes = cli.runWithInput("kyllä\n", true, "forget", "--customer", "kahvila-aroma");
    assertThat(yes.code()).as(yes.err()).isZero();
    assertThat(ok("export", "--customer", "kahvila-aroma").out()).isEmpty();
  }

  @Test
  void forgetting_an_unknown_customer_says_so_and_keeps_a_receipt() {
    Cli.Result r = ok("forget", "--customer", "nobody", "--yes");
    assertThat(r.out()).contains("held nothing about customer 'nobody'");
    assertThat(ok("forget", "--list").out()).contains("statements=0");
  }

  @Test
  void retain_removes_statements_older_than_the_period_with_their_loop_events() throws Exception {
    Cli.Result refused = cli.run("retain", "--older-than", "2y");
    assertThat(refused.code()).isEqualTo(2);

    Cli.Result r = ok("retain", "--older-than", "5y", "--yes");

    assertThat(r.out())
        .contains("Removed 2 statements said before")
        .contains("with 2 loop events and 0 label changes");
    assertThat(storeFilesWith(MARKER + " oli")).isEmpty();
    String left = ok("export").out();
    assertThat(left).contains(A2).doesNotContain(A1).doesNotContain(B1);
    assertThat(ok("retain", "--list").out()).contains("statements=2 loop_events=2 label_changes=0");
  }

  @Test
  void a_bad_period_is_a_usage_error() {
    Cli.Result r = cli.run("retain", "--older-than", "two years", "--yes");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("PERIOD 'two years' is not like 2y, 18m, 6w, 90d or P2Y");
    assertThat(cli.run("retain", "--older-than", "0d", "--yes").code()).isEqualTo(2);
  }

  @Test
  void periods_are_read_in_short_and_iso_forms() {
    assertThat(RetainCommand.period("2y")).isEqualTo(Period.ofYears(2));
    assertThat(RetainCommand.period("18m")).isEqualTo(Period.ofMonths(18));
    assertThat(RetainCommand.period("6w")).isEqualTo(Period.ofDays(42));
    assertThat(RetainCommand.period("90d")).isEqualTo(Period.ofDays(90));
    assertThat(RetainCommand.period("P1Y6M")).isEqualTo(Period.of(1, 6, 0));
  }

  @Test
  void access_gives_statements_profile_history_and_loop_events_of_the_customer_only()
      throws Exception {
    Path out = dir.resolve("aroma.json");
    Cli.Result r = ok("access", "kahvila-aroma", "--out", out.toString());
    assertThat(r.err())
        .contains(
            "2 statements, 1 profile version, 1 loop event and 0 label changes about customer 'kahvila-aroma'");

    JsonNode doc = StatementJson.MAPPER.readTree(out.toFile());
    assertThat(doc.path("customer").asText()).isEqualTo("kahvila-aroma");
    List<String> ids = new ArrayList<>();
    doc.path("statements").forEach(s -> ids.add(s.path("id").asText()));
    assertThat(ids).containsExactly(A1, A2);
    assertThat(doc.path("statements").get(0).path("text").asText()).contains(MARKER);
    assertThat(doc.path("profile_history")).hasSize(1);
    assertThat(doc.path("profile_history").get(0).path("notes").get(0).path("text").asText())
        .isEqualTo("Asiakas " + MARKER);
    assertThat(doc.path("loop_events")).hasSize(1);
    assertThat(doc.path("loop_events").get(0).path("statement").asText()).isEqualTo(A1);
    assertThat(doc.path("loop_events").get(0).path("status").asText()).isEqualTo("acknowledged");
  }

  @Test
  void export_help_points_to_access() {
    assertThat(ok("export", "--help").out()).contains("hot access");
  }
}
