package fi.hot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class HotCliTest {
  @TempDir Path dir;

  private Cli cli() {
    return new Cli(dir.resolve("store"));
  }

  @Test
  void every_command_has_help_with_examples() {
    CommandLine cl = HotCli.commandLine();
    for (String name : cl.getSubcommands().keySet()) {
      if (name.equals("help")) {
        continue;
      }
      Cli.Result r = cli().run(name, "--help");
      assertThat(r.code()).as(name).isZero();
      assertThat(r.out()).as(name).contains("Usage: hot " + name).contains("Examples:");
    }
  }

  @Test
  void top_level_help_lists_the_exit_codes() {
    Cli.Result r = cli().run("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Exit codes:").contains("3   import finished but some records");
  }

  @Test
  void added_statement_is_found_by_an_inflected_search_and_shown_by_id() {
    Cli cli = cli();
    Cli.Result add =
        cli.run(
            "add",
            "Laskussa on väärä summa.",
            "--customer",
            "acme",
            "--channel",
            "call",
            "--lang",
            "fi",
            "--at",
            "2026-03-04",
            "--json");
    assertThat(add.code()).as(add.err()).isZero();
    String id = add.out().replaceAll("(?s).*\"id\":\"([0-9a-f]+)\".*", "$1");

    Cli.Result search = cli.run("search", "lasku");
    assertThat(search.code()).isZero();
    assertThat(search.out()).contains("*Laskussa* on väärä summa.").contains("id " + id);

    Cli.Result show = cli.run("show", id);
    assertThat(show.out()).contains("Laskussa on väärä summa.").contains("acme").contains("call");
  }

  @Test
  void unknown_channel_is_a_usage_error_without_a_stack_trace() {
    Cli.Result r = cli().run("add", "Hello", "--customer", "acme", "--channel", "fax");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("hot: unknown channel 'fax'").doesNotContain("\tat ");
  }

  @Test
  void verbose_shows_the_stack_trace() {
    Cli.Result r = cli().run("--verbose", "add", "Hello", "--customer", "acme", "--channel", "fax");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("hot: unknown channel 'fax'").contains("\tat ");
  }

  @Test
  void store_option_works_after_the_subcommand_too() {
    Path other = dir.resolve("other");
    Cli.Result r =
        cli()
            .run(
                "add",
                "We need a German invoice.",
                "--customer",
                "acme",
                "--store",
                other.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.exists(other)).isTrue();
    assertThat(Files.exists(dir.resolve("store"))).isFalse();
  }

  @Test
  void reading_a_store_that_does_not_exist_fails_with_a_hint() {
    Cli.Result r = cli().run("search", "lasku");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("no store at").contains("--store");
    assertThat(Files.exists(dir.resolve("store"))).isFalse();
  }

  @Test
  void a_malformed_query_gets_a_clear_message() {
    Cli cli = cli();
    cli.run("add", "Laskut myöhässä", "--customer", "acme");
    Cli.Result r = cli.run("search", "\"unclosed");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("hot: ").contains("quote").doesNotContain("Exception");
  }

  @Test
  void csv_with_a_broken_line_imports_the_rest_names_the_line_and_exits_3() throws Exception {
    Path csv = dir.resolve("calls.csv");
    Files.writeString(
        csv,
        "customer,channel,occurred_at,text\n"
            + "acme,call,2026-03-01,Laskut tulevat myöhässä.\n"
            + "acme,fax,2026-03-02,Tarvitsemme verkkolaskut.\n"
            + "beta,email,2026-03-03,The app crashes every morning.\n",
        StandardCharsets.UTF_8);
    Cli cli = cli();
    Cli.Result r = cli.run("import", csv.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains(csv + ":3:").contains("unknown channel 'fax'");
    assertThat(r.out()).contains("Imported 2 statements, 0 duplicates skipped, 1 rejected");

    Cli.Result again = cli.run("import", csv.toString());
    assertThat(again.out()).contains("Imported 0 statements, 2 duplicates skipped, 1 rejected");
  }

  @Test
  void jsonl_export_imports_into_an_empty_store_as_the_same_statements() throws Exception {
    Cli cli = cli();
    cli.run(
        "add",
        "Laskutus ei toimi.",
        "--customer",
        "acme",
        "--at",
        "2026-03-01",
        "--tag",
        "laskutus");
    cli.run("add", "We dream of a paperless office.", "--customer", "beta", "--contact", "Jo");
    Cli.Result export = cli.run("export", "--format", "jsonl");
    assertThat(export.code()).isZero();
    Path file = dir.resolve("backup.jsonl");
    Files.writeString(file, export.out(), StandardCharsets.UTF_8);

    Cli copy = new Cli(dir.resolve("copy"));
    Cli.Result imported = copy.run("import", file.toString());
    assertThat(imported.code()).as(imported.err()).isZero();
    assertThat(copy.run("export", "--format", "jsonl").out()).isEqualTo(export.out());
  }

  @Test
  void csv_export_neutralises_formulas() {
    Cli cli = cli();
    cli.run("add", "=HYPERLINK(\"http://x\") please fix", "--customer", "acme");
    Cli.Result r = cli.run("export", "--format", "csv");
    assertThat(r.out()).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
  }

  @Test
  void log_reads_a_transcript_tags_customer_sentences_and_prints_a_recap() throws Exception {
    Path file = dir.resolve("meeting.txt");
    Files.writeString(
        file,
        "# date: 2026-10-14T09:30:00Z\n"
            + "Myyjä: Miten järjestelmä on toiminut?\n"
            + "Asiakas: Kuittitulostin jumittuu joka aamu. Tarvitsemme uuden tulostimen.\n",
        StandardCharsets.UTF_8);
    Cli.Result r = cli().run("log", "--customer", "kahvila-aroma", file.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Kuittitulostin jumittuu joka aamu.")
        .contains("Tarvitsemme uuden tulostimen.")
        .doesNotContain("Miten järjestelmä")
        .contains("Logged 2 statements");
  }

  @Test
  void interactive_log_tags_each_line_and_keeps_our_side_as_context() {
    Cli cli = cli();
    Cli.Result r =
        cli.runWithInput(
            "Rep: How is the new app?\nIt crashes when I attach a photo.\n.\n",
            true,
            "log",
            "--customer",
            "beta",
            "--lang",
            "en");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("It crashes when I attach a photo.").contains("Recap");
    assertThat(r.err()).contains("Logging a conversation with beta");
    Cli.Result json = cli.run("search", "photo", "--json");
    assertThat(json.out()).contains("\"context\":\"How is the new app?\"");
  }

  @Test
  void stats_count_by_customer_and_month_as_json() {
    Cli cli = cli();
    cli.run("add", "Laskut myöhässä.", "--customer", "acme", "--at", "2026-03-01");
    cli.run("add", "Laskut taas myöhässä.", "--customer", "acme", "--at", "2026-04-01");
    cli.run("add", "Invoices are late.", "--customer", "beta", "--at", "2026-04-02");
    Cli.Result r = cli.run("stats", "--json");
    assertThat(r.out())
        .contains("\"total\":3")
        .contains("\"customers\":{\"acme\":2,\"beta\":1}")
        .contains("\"months\":{\"2026-03\":1,\"2026-04\":2}");
  }
}
