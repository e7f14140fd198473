package fi.hot.cli;

import fi.hot.HotStore;
import fi.hot.insight.Informed;
import fi.hot.insight.Loop;
import fi.hot.internal.Dates;
import fi.hot.model.ContactChannel;
import fi.hot.model.Statement;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    mixinStandardHelpOptions = true,
    name = "inform",
    description = {
      "Record that the customer was told what we did about a dream, problem or need.",
      "The loop is closed when the status is done or declined and the customer was told after"
          + " that. Warns (on standard error) when the channel is one the customer's profile"
          + " says they do not want, or when they have refused consent; it is recorded anyway,"
          + " because it happened."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  hot inform 3f2a9c0d1e4b5a67 --via email",
      "  hot inform 3f2a9c0d1e4b5a67 --via phone --note \"Kerrottu korjauksesta\" --by anna",
      "  hot inform 3f2a9c0d1e4b5a67 --via meeting --at 2026-10-14"
    })
final class InformCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ID", description = "The statement's id.")
  String id;

  @Option(
      names = "--via",
      required = true,
      paramLabel = "CHANNEL",
      description =
          "How they were told: email, phone, sms, letter, meeting, video, chat, app, social.")
  String via;

  @Option(names = "--note", paramLabel = "TEXT", description = "What they were told.")
  String note = "";

  @Option(
      names = "--by",
      paramLabel = "NAME",
      description = "Who told them (default: $HOT_USER, else $USER).")
  String by;

  @Option(
      names = "--at",
      paramLabel = "DATE",
      description = "When (2026-10-13 or 2026-10-13T09:00; UTC). Default: now.")
  String at;

  private final Globals globals;

  InformCommand(Globals globals) {
    this.globals = globals;
  }

  @Override
  public Integer call() {
    ContactChannel channel = ContactChannel.parse(via);
    try (HotStore store = Stores.openExisting(globals)) {
      Informed told =
          Loop.inform(store, id.strip(), channel, note, Stamp.author(by), Stamp.time(at));
      Statement s = told.statement();
      String customer = s.customer().id();
      PrintWriter err = spec.commandLine().getErr();
      if (told.channelAvoided()) {
        err.println(
            "hot: warning: "
                + customer
                + " does not want to be contacted by "
                + channel.code()
                + " (their profile avoids it)"
                + told.preferredInstead().map(c -> "; they prefer " + c.code()).orElse("")
                + ". Recorded anyway.");
      }
      if (told.consentRefused()) {
        var consent = told.profile().orElseThrow().consent().orElseThrow();
        err.println(
            "hot: warning: "
                + customer
                + " refused consent"
                + (consent.scope().isEmpty() ? "" : " for " + consent.scope())
                + " on "
                + Dates.day(consent.at())
                + ".");
      }
      err.flush();
      PrintWriter out = spec.commandLine().getOut();
      var state = Loop.state(store, s.id());
      out.println(
          "Told "
              + customer
              + " by "
              + channel.code()
              + " on "
              + Dates.day(told.event().at())
              + ": "
              + s.text());
      out.println(
          "  status: " + LoopText.state(state) + (state.isClosed() ? " · loop closed" : ""));
      out.flush();
    }
    return 0;
  }
}
