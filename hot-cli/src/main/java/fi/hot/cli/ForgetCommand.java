package fi.hot.cli;

import fi.hot.HotStore;
import fi.hot.model.ErasureReceipt;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    mixinStandardHelpOptions = true,
    name = "forget",
    description = {
      "Forget a customer for good (right to erasure): their statements, every version of their"
          + " profile and the loop history of their statements are removed and purged from every"
          + " file of the store, so no copy remains in it. Backups and exports made earlier are"
          + " not touched.",
      "Asks for confirmation at a terminal; elsewhere --yes is required.",
      "Keeps a receipt: when, how many of each were removed, and the SHA-256 of the customer id"
          + " (never the id itself). --list shows the receipts."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  hot forget --customer kahvila-aroma",
      "  hot forget --customer kahvila-aroma --yes",
      "  hot forget --list"
    })
final class ForgetCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--customer", paramLabel = "ID", description = "The customer to forget.")
  String customer;

  @Option(names = "--yes", description = "Do not ask for confirmation.")
  boolean yes;

  @Option(names = "--list", description = "Show the erasure receipts, oldest first.")
  boolean list;

  private final Globals globals;

  ForgetCommand(Globals globals) {
    this.globals = globals;
  }

  @Override
  public Integer call() throws IOException {
    CommandLine cl = spec.commandLine();
    if (list == (customer != null)) {
      throw new CommandLine.ParameterException(cl, "Give either --customer ID or --list");
    }
    PrintWriter out = cl.getOut();
    try (HotStore store = Stores.openExisting(globals)) {
      if (list) {
        List<ErasureReceipt> receipts = store.erasures();
        if (receipts.isEmpty()) {
          cl.getErr().println("No customer has been forgotten.");
          cl.getErr().flush();
        }
        receipts.forEach(r -> out.println(line(r)));
        out.flush();
        return 0;
      }
      String id = customer.strip();
      if (id.isEmpty()) {
        throw new CommandLine.ParameterException(cl, "--customer is blank");
      }
      int go =
          Confirm.ask(
              globals,
              cl,
              yes,
              "Forget everything about customer '" + id + "' in " + store.location() + "?");
      if (go != 0) {
        return go;
      }
      ErasureReceipt r = store.forget(id);
      if (r.total() == 0) {
        out.printf(
            Locale.ROOT, "The store held nothing about customer '%s': nothing removed.%n", id);
      } else {
        out.printf(
            Locale.ROOT,
            "Forgot customer '%s': removed %s, %s, %s and %s, purged from the store's files.%n",
            id,
            count(r.statements(), "statement"),
            count(r.profileVersions(), "profile version"),
            count(r.loopEvents(), "loop event"),
            count(r.labelChanges(), "label change"));
      }
      out.println("Receipt: " + line(r));
      out.flush();
      return 0;
    }
  }

  static String line(ErasureReceipt r) {
    return String.format(
        Locale.ROOT,
        "%s customer sha256:%s statements=%d profile_versions=%d loop_events=%d label_changes=%d",
        r.at(),
        r.customerHash(),
        r.statements(),
        r.profileVersions(),
        r.loopEvents(),
        r.labelChanges());
  }

  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
