package fi.hot.cli;

import fi.hot.HotStore;
import fi.hot.model.StoreSettings;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    mixinStandardHelpOptions = true,
    name = "config",
    description = {
      "Show or change the store's settings, which every capture path follows.",
      "redact: whether captures replace e-mail addresses, phone numbers, personal identity codes,"
          + " IBANs and card numbers with [email], [phone], [hetu], [iban], [card] (default on)."
          + " A command can still opt out with --keep-pii."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  hot config",
      "  hot config --redact off",
      "  hot --store crm-notes config --redact on"
    })
final class ConfigCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--redact",
      paramLabel = "on|off",
      description = "Redact personal data at capture.")
  String redact;

  private final Globals globals;

  ConfigCommand(Globals globals) {
    this.globals = globals;
  }

  @Override
  public Integer call() {
    try (HotStore store =
        redact == null ? Stores.openExisting(globals) : Stores.openOrCreate(globals)) {
      StoreSettings settings = store.settings();
      if (redact != null) {
        settings = store.updateSettings(settings.withRedaction(onOff(redact)));
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println("store   " + store.location());
      out.println("redact  " + (settings.redactPersonalData() ? "on" : "off"));
      out.flush();
    }
    return 0;
  }

  private static boolean onOff(String value) {
    switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "on":
      case "true":
      case "yes":
        return true;
      case "off":
      case "false":
      case "no":
        return false;
      default:
        throw new IllegalArgumentException("--redact takes on or off, not '" + value + "'");
    }
  }
}
