package fi.hot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** customer, respond, inform, recap, metrics and goal on a small labelled store. */
class LoopCommandsTest {
  private static final String A1 = "a000000000000001";
  private static final String A2 = "a000000000000002";
  private static final String A3 = "a000000000000003";
  private static final String B1 = "b000000000000001";
  private static final String B2 = "b000000000000002";

  @TempDir Path dir;
  private Cli cli;

  private static String line(
      String id,
      String customer,
      String lang,
      String label,
      String channel,
      String at,
      String text) {
    String labels = label.equals("NONE") ? "[]" : "[\"" + label + "\"]";
    return "{\"id\":\""
        + id
        + "\",\"customer\":\""
        + customer
        + "\",\"lang\":\""
        + lang
        + "\",\"primary\":\""
        + label
        + "\",\"labels\":"
        + labels
        + ",\"channel\":\""
        + channel
        + "\",\"occurred_at\":\""
        + at
        + "\",\"text\":\""
        + text
        + "\"}\n";
  }

  @BeforeEach
  void importLabelledStatements() throws Exception {
    Path file = dir.resolve("said.jsonl");
    Files.writeString(
        file,
        line(
                A1,
                "kahvila-aroma",
                "fi",
                "PROBLEM",
                "call",
                "2026-03-01T09:00:00Z",
                "Kuittitulostin jumittuu joka aamu.")
            + line(
                A2,
                "kahvila-aroma",
                "fi",
                "NEED",
                "meeting",
                "2026-03-02T09:00:00Z",
                "Tarvitsemme toisen kassan kesäksi.")
            + line(
                A3,
                "kahvila-aroma",
                "fi",
                "NONE",
                "email",
                "2026-03-03T09:00:00Z",
                "Kiitos nopeasta avusta.")
            + line(
                B1,
                "brightdesk",
                "en",
                "PROBLEM",
                "email",
                "2026-03-05T09:00:00Z",
                "The invoice PDF is missing our VAT number.")
            + line(
                B2,
                "brightdesk",
                "en",
                "DREAM",
                "meeting",
                "2026-04-01T09:00:00Z",
                "Ideally every report would build itself."),
        StandardCharsets.UTF_8);
    cli = new Cli(dir.resolve("store"));
    Cli.Result r = cli.run("import", file.toString());
    assertThat(r.code()).as(r.err()).isZero();
  }

  private Cli.Result ok(String... args) {
    Cli.Result r = cli.run(args);
    assertThat(r.code()).as(String.join(" ", args) + "\n" + r.err()).isZero();
    return r;
  }

  /** The responses the metrics test works out by hand. */
  private void respondToA1AndB1() {
    ok("respond", A1, "--status", "acknowledged", "--by", "anna", "--at", "2026-03-02T09:00");
    ok(
        "respond",
        A1,
        "--status",
        "done",
        "--note",
        "Tulostin vaihdettu uuteen",
        "--by",
        "anna",
        "--at",
        "2026-03-04T09:00");
    ok("inform", A1, "--via", "email", "--by", "anna", "--at", "2026-03-05T09:00");
    ok("respond", B1, "--status", "acknowledged", "--by", "emma", "--at", "2026-03-05T21:00");
    ok(
        "respond",
        B1,
        "--status",
        "declined",
        "--note",
        "The VAT number is on page two",
        "--by",
        "emma",
        "--at",
        "2026-03-08T09:00");
  }

  @Test
  void every_subcommand_of_customer_and_goal_has_help_with_examples() {
    CommandLine cl = HotCli.commandLine();
    for (String parent : new String[] {"customer", "goal"}) {
      for (String name : cl.getSubcommands().get(parent).getSubcommands().keySet()) {
        Cli.Result r = cli.run(parent, name, "--help");
        assertThat(r.code()).as(parent + " " + name).isZero();
        assertThat(r.out())
            .as(parent + " " + name)
            .contains("Usage: hot " + parent + " " + name)
            .contains("Examples:");
      }
    }
    assertThat(cli.run("--help").out()).contains("4   a goal is missed");
  }

  @Test
  void customer_set_merges_into_the_profile_and_show_has_profile_open_items_and_timeline() {
    ok(
        "customer",
        "set",
        "kahvila-aroma",
        "--name",
        "Kahvila Aroma",
        "--lang",
        "fi",
        "--type",
        "regular",
        "--prefer",
        "email",
        "--avoid",
        "sms",
        "--by",
        "anna",
        "--at",
        "2026-03-01");
    Cli.Result second =
        ok(
            "customer",
            "set",
            "kahvila-aroma",
            "--segment",
            "smb",
            "--type",
            "hurried",
            "--note",
            "Soita mieluiten iltapäivällä.",
            "--consent",
            "yes",
            "--consent-for",
            "palveluviestit",
            "--by",
            "mikko",
            "--at",
            "2026-03-02");
    assertThat(second.out())
        .contains("saved as version 2")
        .contains("name      Kahvila Aroma")
        .contains("types     regular, hurried")
        .contains("contact   prefers email · not by sms")
        .contains("consent   given 2026-03-02 for palveluviestit")
        .contains("note      2026-03-02 mikko: Soita mieluiten iltapäivällä.");
    assertThat(ok("customer", "set", "kahvila-aroma", "--segment", "smb").out())
        .contains("unchanged (version 2)");

    ok("respond", A1, "--status", "done", "--by", "anna", "--at", "2026-03-04");
    Cli.Result show = ok("customer", "show", "kahvila-aroma");
    assertThat(show.out())
        .startsWith("Kahvila Aroma (kahvila-aroma)\n")
        .contains("segment   smb")
        .contains(
            "Open (1)\n  [NEED] Tarvitsemme toisen kassan kesäksi.\n      new · said 2026-03-02")
        .contains("Done or declined, not told yet (1)\n  [PROBLEM] Kuittitulostin jumittuu")
        .contains("Timeline (3 statements, newest first)");
    String timeline = show.out().substring(show.out().indexOf("Timeline"));
    assertThat(timeline.indexOf("Kiitos nopeasta avusta."))
        .isLessThan(timeline.indexOf("Tarvitsemme toisen kassan"));
    assertThat(timeline.indexOf("Tarvitsemme toisen kassan"))
        .isLessThan(timeline.indexOf("Kuittitulostin"));
    assertThat(timeline).contains("id " + A1 + " · done 2026-03-04 · not told yet");
  }

  @Test
  void an_unknown_customer_type_is_kept_with_a_note_and_a_bad_consent_is_a_usage_error() {
    Cli.Result r = cli.run("customer", "set", "brightdesk", "--type", "VIP");
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("customer type 'vip' is not one of the shared ones");
    assertThat(r.out()).contains("types     vip");

    Cli.Result bad = cli.run("customer", "set", "brightdesk", "--consent", "maybe");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("--consent must be yes or no");
  }

  @Test
  void customer_list_has_profiled_customers_and_those_only_heard_with_counts() {
    ok("customer", "set", "nordic-retail", "--name", "Nordic Retail", "--segment", "enterprise");
    ok("respond", B1, "--status", "planned", "--at", "2026-03-06");

    String out = ok("customer", "list").out();
    assertThat(out.lines())
        .hasSize(4)
        .anySatisfy(l -> assertThat(l).matches("brightdesk +brightdesk +- +2 +2 +2026-04-01 +no"))
        .anySatisfy(
            l -> assertThat(l).matches("kahvila-aroma +kahvila-aroma +- +3 +2 +2026-03-03 +no"))
        .anySatisfy(
            l -> assertThat(l).matches("nordic-retail +Nordic Retail +enterprise +0 +0 +- +v1"));
    assertThat(ok("customer", "list", "--json").out())
        .contains("{\"id\":\"brightdesk\",\"name\":\"brightdesk\",\"profile\":false");
  }

  @Test
  void respond_keeps_the_history_in_time_order_across_runs_and_shows_it() {
    ok(
        "respond",
        B1,
        "--status",
        "planned",
        "--note",
        "Fix in the May release",
        "--by",
        "emma",
        "--at",
        "2026-03-10");
    // logged late: an acknowledgement dated before the plan
    Cli.Result late =
        ok("respond", B1, "--status", "acknowledged", "--by", "emma", "--at", "2026-03-06");
    assertThat(late.out()).contains(B1 + " is planned:").contains("a later response");
    ok("respond", B1, "--status", "done", "--by", "liam", "--at", "2026-05-02T10:30");

    Cli.Result history = ok("respond", B1, "--history");
    assertThat(history.out())
        .contains("status: done 2026-05-02")
        .containsSubsequence(
            "2026-03-06 00:00  acknowledged   emma",
            "2026-03-10 00:00  planned        emma  Fix in the May release",
            "2026-05-02 10:30  done           liam");
    assertThat(ok("respond", B1).out()).isEqualTo(history.out());
  }

  @Test
  void respond_refuses_unknown_ids_statements_voicing_nothing_and_unknown_statuses() {
    Cli.Result unknown = cli.run("respond", "ffffffffffffffff", "--status", "done");
    assertThat(unknown.code()).isEqualTo(1);
    assertThat(unknown.err()).isEqualTo("hot: no statement with id ffffffffffffffff\n");

    Cli.Result thanks = cli.run("respond", A3, "--status", "done");
    assertThat(thanks.code()).isEqualTo(2);
    assertThat(thanks.err()).contains("voices no dream, problem or need");

    Cli.Result status = cli.run("respond", A1, "--status", "fixed");
    assertThat(status.code()).isEqualTo(2);
    assertThat(status.err())
        .contains("unknown status 'fixed' (expected new, acknowledged, planned, done, declined)");
  }

  @Test
  void inform_on_a_channel_the_customer_avoids_warns_and_still_records_it() {
    ok("customer", "set", "kahvila-aroma", "--prefer", "email", "--avoid", "sms");
    ok("respond", A1, "--status", "done", "--at", "2026-03-04");

    Cli.Result r = cli.run("inform", A1, "--via", "sms", "--by", "anna", "--at", "2026-03-05");
    assertThat(r.code()).isZero();
    assertThat(r.err())
        .isEqualTo(
            "hot: warning: kahvila-aroma does not want to be contacted by sms (their profile"
                + " avoids it); they prefer email. Recorded anyway.\n");
    assertThat(r.out()).contains("Told kahvila-aroma by sms on 2026-03-05").contains("loop closed");

    Cli.Result email = cli.run("inform", A2, "--via", "email", "--at", "2026-03-05");
    assertThat(email.code()).isZero();
    assertThat(email.err()).isEmpty();
    assertThat(ok("respond", A1).out()).contains("2026-03-05 00:00  told by sms    anna");
  }

  @Test
  void recap_is_in_the_customers_language_unless_asked_otherwise() {
    respondToA1AndB1();

    Cli.Result fi = ok("recap", "--customer", "kahvila-aroma");
    assertThat(fi.out())
        .startsWith("Hei kahvila-aroma,\n")
        .contains(
            "- 1.3.2026 kerroit meille: ”Kuittitulostin jumittuu joka aamu.” Korjasimme asian"
                + " 4.3.2026. Tulostin vaihdettu uuteen.\n")
        .contains(
            "Vielä työn alla:\n- 2.3.2026 kerroit meille: ”Tarvitsemme toisen kassan kesäksi.”"
                + " Olemme kirjanneet asian ja palaamme siihen.\n")
        .doesNotContain("Kiitos nopeasta avusta");

    Cli.Result en = ok("recap", "--customer", "brightdesk");
    assertThat(en.out())
        .startsWith("Hello brightdesk,\n")
        .contains(
            "- On 5 Mar 2026 you told us: “The invoice PDF is missing our VAT number.” On 8 Mar"
                + " 2026 we decided not to take this forward for now. The VAT number is on page"
                + " two.\n");

    Cli.Result asked =
        ok("recap", "--customer", "kahvila-aroma", "--lang", "en", "--since", "2026-03-02");
    assertThat(asked.out())
        .startsWith("Hello kahvila-aroma,\n")
        .contains("what you told us since 2 Mar 2026")
        .doesNotContain("Kuittitulostin");

    Cli.Result nobody = cli.run("recap", "--customer", "nobody");
    assertThat(nobody.code()).isEqualTo(1);
    assertThat(nobody.err()).contains("no customer nobody");
  }

  @Test
  void metrics_are_worked_out_exactly_in_text_and_json() {
    respondToA1AndB1();

    Cli.Result text = ok("metrics");
    assertThat(text.out())
        .startsWith("5 statements from 2 customers\n")
        .contains("  problems                    2\n")
        .contains("  open                        2\n")
        .contains("  problems resolved           50.0% (1 of 2 done)\n")
        .contains("  loop closed                 25.0% (1 of 4 done or declined, and told)\n")
        .contains("  median days to acknowledge  0.8\n")
        .contains("  median days to resolve      3.0\n")
        .contains("  median days to inform       4.0\n")
        .contains("  2026-03    50.0%  (2 of 4)  #############\n")
        .contains("  2026-04     0.0%  (0 of 1)\n");

    Cli.Result json = ok("metrics", "--json");
    assertThat(json.out())
        .contains("\"overall\":{\"statements\":5,\"customers_heard\":2,\"dreams\":1,\"problems\":2")
        .contains("\"problem_resolution_rate\":0.5,\"loop_closure_rate\":0.25")
        .contains("\"median_days_to_acknowledge\":0.75,\"median_days_to_resolve\":3.0")
        .contains("\"median_days_to_inform\":4.0,\"friction\":0.4");

    Cli.Result byChannel = ok("metrics", "--by", "channel", "--customer", "kahvila-aroma");
    assertThat(byChannel.out())
        .startsWith("3 statements from 1 customer\n")
        .contains("By channel")
        .containsSubsequence("  call ", "  meeting ", "  email ");

    Cli.Result bad = cli.run("metrics", "--by", "weekday");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("unknown breakdown 'weekday'");
  }

  @Test
  void goal_check_exits_0_when_none_is_missed_and_4_when_one_is() {
    respondToA1AndB1();
    ok("goal", "set", "close-the-loop", "loop_closure_rate", ">=", "25%", "--owner", "anna");
    ok("goal", "set", "answer-fast", "median_days_to_acknowledge", "le", "1");
    ok("goal", "set", "resolve-more", "problem_resolution_rate", "ge", "0.9", "--by", "2026-12-31");

    Cli.Result early = cli.run("goal", "check", "--as-of", "2026-06-01");
    assertThat(early.code()).isZero();
    assertThat(early.out())
        .contains("MET      answer-fast     median_days_to_acknowledge <= 1.0 days · now 0.8 days")
        .contains("MET      close-the-loop  loop_closure_rate >= 25.0% · now 25.0%")
        .contains(
            "NOT YET  resolve-more    problem_resolution_rate >= 90.0% by 2026-12-31 · now 50.0%")
        .contains("2 of 3 goals met, 1 not yet, 0 missed (as of 2026-06-01)");

    Cli.Result late = cli.run("goal", "check", "--as-of", "2027-01-01");
    assertThat(late.code()).isEqualTo(HotCli.EXIT_GOAL_MISSED).isEqualTo(4);
    assertThat(late.out()).contains("MISSED   resolve-more");

    ok("goal", "set", "few-problems", "problems", "lt", "2");
    Cli.Result json = cli.run("goal", "check", "--as-of", "2026-06-01", "--json");
    assertThat(json.code()).isEqualTo(4);
    assertThat(json.out())
        .contains(
            "{\"name\":\"few-problems\",\"metric\":\"problems\",\"op\":\"<\",\"target\":2.0,"
                + "\"by\":null,\"value\":2.0,\"verdict\":\"missed\"}");

    assertThat(ok("goal", "remove", "few-problems").out()).contains("Removed goal few-problems");
    assertThat(cli.run("goal", "check", "--as-of", "2026-06-01").code()).isZero();
    assertThat(ok("goal", "list").out())
        .contains("close-the-loop  loop_closure_rate >= 25.0% · set ")
        .doesNotContain("few-problems");
  }

  @Test
  void goal_set_refuses_bad_metrics_comparisons_and_shares() {
    Cli.Result metric = cli.run("goal", "set", "g", "happiness", ">=", "1");
    assertThat(metric.code()).isEqualTo(2);
    assertThat(metric.err()).contains("unknown metric 'happiness'");

    Cli.Result op = cli.run("goal", "set", "g", "problems", "=>", "1");
    assertThat(op.code()).isEqualTo(2);
    assertThat(op.err()).contains("unknown comparison '=>'");

    Cli.Result share = cli.run("goal", "set", "g", "loop_closure_rate", "ge", "80");
    assertThat(share.code()).isEqualTo(2);
    assertThat(share.err()).contains("write 0.8 or 80%");

    Cli.Result none = cli.run("goal", "check");
    assertThat(none.code()).isZero();
    assertThat(none.out()).contains("No goals set");
  }

  @Test
  void statement_commands_see_no_profiles_responses_or_goals() {
    String statsBefore = ok("stats", "--json").out();
    String exportBefore = ok("export", "--format", "jsonl").out();
    String searchBefore = ok("search", "kassa").out();

    ok("customer", "set", "kahvila-aroma", "--name", "Kahvila Aroma", "--note", "kassa");
    ok("customer", "set", "newcomer", "--type", "first-time");
    respondToA1AndB1();
    ok("goal", "set", "close-the-loop", "loop_closure_rate", "ge", "0.8");

    assertThat(ok("stats", "--json").out()).isEqualTo(statsBefore);
    assertThat(ok("export", "--format", "jsonl").out()).isEqualTo(exportBefore);
    assertThat(ok("search", "kassa").out()).isEqualTo(searchBefore);
    assertThat(statsBefore).contains("\"total\":5");
  }
}
