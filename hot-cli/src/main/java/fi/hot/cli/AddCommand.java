package fi.hot.cli;

import fi.hot.HotStore;
import fi.hot.internal.StatementJson;
import fi.hot.model.Emotion;
import fi.hot.model.Statement;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    mixinStandardHelpOptions = true,
    name = "add",
    description = "Capture one statement and print its labels.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  hot add \"Laskutus ei toimi, tarvitsemme korjauksen pian\" --customer acme --channel call",
      "  hot add \"It would be amazing if reports built themselves\" --customer nordic --by anna",
      "  hot add \"Please email rather than call\" --customer nordic --at 2026-03-04 --json"
    })
final class AddCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "TEXT", description = "What the customer said.")
  String text;

  @Mixin CaptureOptions capture;

  @Option(names = "--json", description = "Print the stored statement as JSON.")
  boolean json;

  @Option(
      names = "--keep-pii",
      description =
          "Keep personal data (e-mail, phone, henkilötunnus, IBAN, card numbers) instead of"
              + " replacing it with placeholders such as [phone].")
  boolean keepPii;

  private final Globals globals;

  AddCommand(Globals globals) {
    this.globals = globals;
  }

  @Override
  public Integer call() {
    if (text.isBlank()) {
      throw new IllegalArgumentException("TEXT is empty");
    }
    Statement.Draft draft = capture.draft(text, "cli");
    try (HotStore store = Stores.openOrCreate(globals, keepPii)) {
      Statement s = store.capture(draft);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(StatementJson.toLine(s));
      } else {
        out.println(Render.labels(s.classification()) + " " + s.text());
        out.println("  " + Render.meta(s));
        Render.cues(s.classification()).forEach(c -> out.println("  cue " + c));
        if (s.feeling().emotion() != Emotion.NEUTRAL) {
          out.println("  feeling " + Render.feeling(s.feeling()));
        }
      }
      out.flush();
    }
    return 0;
  }
}
