package fi.hot.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import picocli.CommandLine;

/**
 * Asks before a command removes data for good: on a terminal a question, elsewhere {@code --yes}.
 */
final class Confirm {
  private Confirm() {}

  /**
   * Whether to go ahead: yes when {@code yes} was given, else the user's answer at a terminal.
   *
   * @return 0 to go ahead, else the exit code to return (2 without a terminal, 1 when declined)
   * @throws IOException when standard input cannot be read
   */
  static int ask(Globals globals, CommandLine cl, boolean yes, String question) throws IOException {
    if (yes) {
      return 0;
    }
    PrintWriter err = cl.getErr();
    if (!globals.stdinIsTerminal) {
      err.println(
          "hot: "
              + cl.getCommandName()
              + " removes data for good and there is no terminal to ask on: add --yes to confirm");
      err.flush();
      return CommandLine.ExitCode.USAGE;
    }
    err.print(question + " This cannot be undone. [y/N] ");
    err.flush();
    // not closed: it would close standard input
    BufferedReader in =
        new BufferedReader(new InputStreamReader(globals.stdin, StandardCharsets.UTF_8));
    String answer = in.readLine();
    String a = answer == null ? "" : answer.strip().toLowerCase(Locale.ROOT);
    if (a.equals("y") || a.equals("yes") || a.equals("k") || a.equals("kyllä")) {
      return 0;
    }
    err.println("Nothing removed.");
    err.flush();
    return CommandLine.ExitCode.SOFTWARE;
  }
}
