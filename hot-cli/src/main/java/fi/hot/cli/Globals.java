package fi.hot.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What every command shares: the store directory, verbosity, standard input and whether the user is
 * at a terminal. Tests build their own to feed input and pretend to be (or not be) a terminal.
 */
final class Globals {
  Path store;
  boolean verbose;
  final InputStream stdin;
  final boolean stdinIsTerminal;
  final boolean stderrIsTerminal;

  Globals(Path store, InputStream stdin, boolean stdinIsTerminal, boolean stderrIsTerminal) {
    this.store = store;
    this.stdin = stdin;
    this.stdinIsTerminal = stdinIsTerminal;
    this.stderrIsTerminal = stderrIsTerminal;
  }

  static Globals fromEnvironment() {
    String env = System.getenv("HOT_STORE");
    Path store = env == null || env.isBlank() ? Path.of("hot-data") : Path.of(env);
    return new Globals(store, System.in, isTerminal(0), isTerminal(2));
  }

  /**
   * Whether a standard stream is a terminal. Java has no isatty; on Linux the descriptor links to a
   * tty device. Elsewhere fall back to System.console(), which needs both stdin and stdout.
   */
  private static boolean isTerminal(int fd) {
    Path link = Path.of("/proc/self/fd/" + fd);
    if (Files.exists(Path.of("/proc/self/fd"))) {
      try {
        String target = Files.readSymbolicLink(link).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (Exception e) {
        return false;
      }
    }
    return System.console() != null;
  }
}
