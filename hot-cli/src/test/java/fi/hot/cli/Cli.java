package fi.hot.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs the hot command line in-process against a store, capturing what it prints. */
final class Cli {
  final Path store;

  Cli(Path store) {
    this.store = store;
  }

  Result run(String... args) {
    return runWithInput("", false, args);
  }

  Result runWithInput(String stdin, boolean terminal, String... args) {
    Globals globals =
        new Globals(
            store,
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            terminal,
            false);
    CommandLine cl = HotCli.commandLine(globals);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  record Result(int code, String out, String err) {}
}
