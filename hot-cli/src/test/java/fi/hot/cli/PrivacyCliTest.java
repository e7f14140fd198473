package fi.hot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivacyCliTest {
  @TempDir Path dir;

  private Cli cli() {
    return new Cli(dir.resolve("store"));
  }

  @Test
  void add_stores_placeholders_instead_of_personal_data() {
    Cli cli = cli();
    Cli.Result add =
        cli.run(
            "add",
            "Laskut eivät tule perille, soittakaa 040 123 4567 tai mailatkaa matti@example.fi",
            "--customer",
            "acme",
            "--lang",
            "fi");
    assertThat(add.code()).as(add.err()).isZero();
    assertThat(add.out())
        .contains("soittakaa [phone] tai mailatkaa [email]")
        .doesNotContain("040 123 4567");

    Cli.Result export = cli.run("export", "--format", "jsonl");
    assertThat(export.out()).contains("[phone]").doesNotContain("matti@example.fi");
  }

  @Test
  void add_with_keep_pii_stores_the_text_as_it_was_said() {
    Cli cli = cli();
    Cli.Result add =
        cli.run(
            "add",
            "Please refund to FI21 1234 5600 0007 85, my number is +44 20 7946 0958",
            "--customer",
            "globex",
            "--keep-pii");
    assertThat(add.code()).as(add.err()).isZero();
    assertThat(cli.run("export", "--format", "jsonl").out())
        .contains("FI21 1234 5600 0007 85")
        .contains("+44 20 7946 0958");
  }

  @Test
  void import_redacts_unless_told_to_keep_personal_data() throws Exception {
    Path csv = dir.resolve("calls.csv");
    Files.writeString(
        csv,
        "customer,occurred_at,text\n"
            + "acme,2026-03-01,Kortti 4111 1111 1111 1111 veloitettiin kahdesti.\n"
            + "beta,2026-03-02,My personal code 131052-308T is printed on the invoice.\n",
        StandardCharsets.UTF_8);

    Cli redacting = cli();
    assertThat(redacting.run("import", csv.toString()).code()).isZero();
    assertThat(redacting.run("export", "--format", "jsonl").out())
        .contains("Kortti [card] veloitettiin")
        .contains("code [hetu] is printed")
        .doesNotContain("4111")
        .doesNotContain("308T");

    Cli keeping = new Cli(dir.resolve("kept"));
    assertThat(keeping.run("import", csv.toString(), "--keep-pii").code()).isZero();
    assertThat(keeping.run("export", "--format", "jsonl").out())
        .contains("4111 1111 1111 1111")
        .contains("131052-308T");
  }

  @Test
  void log_redacts_what_the_customer_and_our_side_said() throws Exception {
    Path file = dir.resolve("call.txt");
    Files.writeString(
        file,
        "Myyjä: Mihin numeroon voin soittaa, 050 765 4321?\n"
            + "Asiakas: Ei, soittakaa numeroon 040 123 4567. Lasku pitää lähettää osoitteeseen"
            + " laskut@example.fi.\n",
        StandardCharsets.UTF_8);
    Cli cli = cli();
    Cli.Result r = cli.run("log", "--customer", "kahvila-aroma", file.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("soittakaa numeroon [phone].")
        .contains("osoitteeseen [email].")
        .doesNotContain("040 123 4567");
    assertThat(cli.run("export", "--format", "jsonl").out())
        .contains("Mihin numeroon voin soittaa, [phone]?")
        .doesNotContain("050 765 4321")
        .doesNotContain("laskut@example.fi");

    Cli keeping = new Cli(dir.resolve("kept"));
    Cli.Result kept =
        keeping.run("log", "--customer", "kahvila-aroma", "--keep-pii", file.toString());
    assertThat(kept.code()).as(kept.err()).isZero();
    assertThat(kept.out()).contains("soittakaa numeroon 040 123 4567.");
  }

  @Test
  void capture_commands_explain_keep_pii_in_their_help() {
    for (String command : new String[] {"add", "log", "import"}) {
      Cli.Result help = cli().run(command, "--help");
      assertThat(help.out()).as(command).contains("--keep-pii").contains("[phone]");
    }
  }
}
