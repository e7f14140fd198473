package fi.hot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigCommandTest {

  @Test
  void turning_redaction_off_keeps_personal_data_in_later_captures(@TempDir Path dir) {
    Cli cli = new Cli(dir.resolve("store"));
    assertThat(cli.run("config", "--redact", "off").out()).contains("redact  off");
    Cli.Result add = cli.run("add", "Call me on 040 123 4567", "--customer", "a", "--lang", "en");
    assertThat(add.out()).contains("040 123 4567");

    assertThat(cli.run("config", "--redact", "on").out()).contains("redact  on");
    Cli.Result again = cli.run("add", "Call me on 040 765 4321", "--customer", "a", "--lang", "en");
    assertThat(again.out()).contains("[phone]").doesNotContain("040 765 4321");
    assertThat(cli.run("config").out()).contains("redact  on");
  }

  @Test
  void a_bad_value_is_a_usage_error(@TempDir Path dir) {
    Cli.Result r = new Cli(dir.resolve("store")).run("config", "--redact", "maybe");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--redact takes on or off, not 'maybe'");
  }
}
