package fi.hot.cli;

import fi.hot.HotException;
import fi.hot.HotParseException;
import fi.hot.HotQueryException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code hot} command. The only class that exits the JVM; everything else returns exit codes.
 */
@Command(
    name = "hot",
    mixinStandardHelpOptions = true,
    versionProvider = HotVersion.class,
    description = {
      "Capture what customers say - their dreams, problems and needs - and turn it into insight.",
      ""
    },
    subcommands = {
      AddCommand.class,
      LogCommand.class,
      ImportCommand.class,
      SearchCommand.class,
      ShowCommand.class,
      StatsCommand.class,
      ThemesCommand.class,
      ExportCommand.class,
      ClassifyCommand.class,
      EvalCommand.class,
      RelabelCommand.class,
      ReclassifyCommand.class,
      TrainCommand.class,
      CustomerCommand.class,
      RespondCommand.class,
      InformCommand.class,
      RecapCommand.class,
      MetricsCommand.class,
      ReportCommand.class,
      GoalCommand.class,
      AccessCommand.class,
      ForgetCommand.class,
      RetainCommand.class,
      ConfigCommand.class,
      DemoCommand.class,
      HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:ok",
      "1:failure (the store or a file could not be used)",
      "2:usage error or invalid input",
      "3:import finished but some records were rejected",
      "4:a goal is missed (hot goal check)"
    },
    footer = {
      "",
      "The store is --store DIR, else $HOT_STORE, else ./hot-data.",
      "Run 'hot demo' for a tour, 'hot help COMMAND' for a command's options."
    })
public final class HotCli implements Runnable {
  /** Exit code of an import that kept the good records but rejected some. */
  public static final int EXIT_REJECTED = 3;

  /** Exit code of a goal check that found a goal missed. */
  public static final int EXIT_GOAL_MISSED = 4;

  @Option(
      names = "--store",
      paramLabel = "DIR",
      scope = ScopeType.INHERIT,
      description = "The store directory (default: $HOT_STORE, else ./hot-data).")
  void store(Path dir) {
    globals.store = dir;
  }

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Show stack traces of errors.")
  void verbose(boolean on) {
    globals.verbose = on;
  }

  private final Globals globals;

  HotCli(Globals globals) {
    this.globals = globals;
  }

  public static void main(String... args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line, configured as {@code main} runs it; tests capture its out and err. */
  static CommandLine commandLine() {
    return commandLine(Globals.fromEnvironment());
  }

  static CommandLine commandLine(Globals globals) {
    CommandLine cl = new CommandLine(new HotCli(globals), new CommandFactory(globals));
    cl.setExecutionExceptionHandler(
        (ex, cmd, parseResult) -> {
          PrintWriter err = cmd.getErr();
          err.println("hot: " + message(ex));
          if (globals.verbose) {
            ex.printStackTrace(err);
          }
          err.flush();
          return exitCode(ex);
        });
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }

  static String message(Exception ex) {
    if (ex instanceof HotException || ex instanceof IllegalArgumentException) {
      return ex.getMessage();
    }
    if (ex instanceof UncheckedIOException u) {
      return ioMessage(u.getCause());
    }
    if (ex instanceof IOException io) {
      return ioMessage(io);
    }
    return "unexpected error: " + ex + " (run with --verbose for details)";
  }

  private static String ioMessage(IOException io) {
    if (io instanceof java.nio.file.NoSuchFileException) {
      return "no such file: " + io.getMessage();
    }
    if (io instanceof java.nio.file.AccessDeniedException) {
      return "permission denied: " + io.getMessage();
    }
    return io.getMessage() == null ? io.toString() : io.getMessage();
  }

  static int exitCode(Exception ex) {
    if (ex instanceof HotParseException
        || ex instanceof HotQueryException
        || ex instanceof IllegalArgumentException) {
      return CommandLine.ExitCode.USAGE;
    }
    return CommandLine.ExitCode.SOFTWARE;
  }

  @Spec CommandSpec spec;

  @Override
  public void run() {
    // 'hot' alone shows what it can do
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
