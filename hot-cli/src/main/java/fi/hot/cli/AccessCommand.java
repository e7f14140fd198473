package fi.hot.cli;

import fi.hot.HotStore;
import fi.hot.export.CustomerDataJson;
import fi.hot.model.CustomerData;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    mixinStandardHelpOptions = true,
    name = "access",
    description = {
      "Everything HOT holds about one customer (right of access), as one JSON document:"
          + " \"statements\" (each as in 'hot export --format jsonl'), \"profile_history\" (every"
          + " version of the profile, oldest first), \"loop_events\" (the loop history of"
          + " their statements) and \"label_changes\" (labels a person set on them).",
      "'hot export --customer ID' gives the statements alone, ready to import elsewhere."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  hot access kahvila-aroma", "  hot access kahvila-aroma --out kahvila-aroma.json"})
final class AccessCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ID", description = "The customer.")
  String customer;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write to FILE (default: standard output).")
  Path out;

  private final Globals globals;

  AccessCommand(Globals globals) {
    this.globals = globals;
  }

  @Override
  public Integer call() throws IOException {
    CustomerData data;
    try (HotStore store = Stores.openExisting(globals)) {
      data = store.dataOf(customer);
    }
    PrintWriter err = spec.commandLine().getErr();
    if (out == null) {
      PrintWriter stdout = spec.commandLine().getOut();
      CustomerDataJson.write(data, stdout);
      stdout.flush();
    } else {
      // write beside the target and move it into place, so a failure leaves no half file
      Path target = out.toAbsolutePath();
      Path tmp = Files.createTempFile(target.getParent(), ".hot-access-", ".tmp");
      try {
        try (Writer w =
            new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8))) {
          CustomerDataJson.write(data, w);
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(tmp);
      }
    }
    if (data.isEmpty()) {
      err.printf(Locale.ROOT, "HOT holds nothing about customer '%s'.%n", data.customerId());
    } else {
      err.printf(
          Locale.ROOT,
          "%s, %s, %s and %s about customer '%s'%s%n",
          ForgetCommand.count(data.statements().size(), "statement"),
          ForgetCommand.count(data.profileHistory().size(), "profile version"),
          ForgetCommand.count(data.loopEvents().size(), "loop event"),
          ForgetCommand.count(data.labelChanges().size(), "label change"),
          data.customerId(),
          out == null ? "" : " written to " + out);
    }
    err.flush();
    return 0;
  }
}
