package fi.hot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

  @Test
  void demo_imports_the_examples_searches_logs_and_exports(@TempDir Path dir) throws Exception {
    Path home = dir.resolve("tour");
    Cli.Result r = new Cli(dir.resolve("unused")).run("demo", "--dir", home.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("$ hot import")
        .contains("0 rejected")
        .contains("$ hot search lasku")
        .contains("$ hot stats")
        .contains("$ hot log --customer kahvila-aroma")
        .contains("Try next");
    assertThat(Files.readString(home.resolve("needs.md"))).startsWith("# ");
    assertThat(Files.exists(dir.resolve("unused"))).isFalse();
  }

  @Test
  void demo_refuses_a_directory_that_already_holds_a_demo(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("store"));
    Cli.Result r = new Cli(dir.resolve("unused")).run("demo", "--dir", dir.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("already holds a demo store");
  }
}
