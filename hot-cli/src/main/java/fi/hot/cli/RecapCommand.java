package fi.hot.cli;

import fi.hot.HotException;
import fi.hot.HotStore;
import fi.hot.insight.Recap;
import fi.hot.insight.RecapText;
import fi.hot.insight.Recaps;
import fi.hot.internal.Dates;
import fi.hot.model.Language;
import fi.hot.model.Query;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    mixinStandardHelpOptions = true,
    name = "recap",
    description = {
      "Write a recap for a customer: what they told us, what we did about each thing and what is"
          + " still open, ready to read out or send.",
      "It is in the customer's language: the profile's, else the one most of their statements are"
          + " in; --lang overrides. Their words are quoted as said, each followed by what we did"
          + " and the note of the latest response."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  hot recap --customer kahvila-aroma",
      "  hot recap --customer brightdesk --lang en --since 2026-09-01",
      "  hot recap --customer kahvila-aroma > recap.txt"
    })
final class RecapCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--customer", required = true, paramLabel = "ID", description = "The customer.")
  String customer;

  @Option(
      names = "--lang",
      paramLabel = "fi|en",
      description = "The language to write in (default: the customer's).")
  String lang;

  @Option(
      names = "--since",
      paramLabel = "DATE",
      description = "Only what they said on or after DATE (2026-09-01; UTC).")
  String since;

  private final Globals globals;

  RecapCommand(Globals globals) {
    this.globals = globals;
  }

  @Override
  public Integer call() {
    Optional<Language> language = Optional.ofNullable(lang).map(Language::parse);
    if (language.filter(l -> l == Language.OTHER).isPresent()) {
      throw new IllegalArgumentException("--lang must be fi or en");
    }
    String id = customer.strip();
    try (HotStore store = Stores.openExisting(globals)) {
      if (store.profile(id).isEmpty() && store.stats(Query.all().customer(id)).total() == 0) {
        throw new HotException(
            "no customer " + id + ": no profile and no statements (see hot customer list)");
      }
      Recap recap = Recaps.of(store, id, language, Optional.ofNullable(since).map(Dates::parse));
      PrintWriter out = spec.commandLine().getOut();
      out.print(RecapText.render(recap));
      out.flush();
    }
    return 0;
  }
}
