package fi.hot.cli;

import fi.hot.model.Label;
import fi.hot.model.Language;
import fi.hot.model.Statement;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * What the customer said in one conversation, grouped by dream, problem and need, in the customer's
 * language, so a rep can read it back and the customer feels heard.
 */
final class Recap {
  private static final Map<Label, String> FI =
      Map.of(Label.DREAM, "Haaveet", Label.PROBLEM, "Ongelmat", Label.NEED, "Tarpeet");
  private static final Map<Label, String> EN =
      Map.of(Label.DREAM, "Dreams", Label.PROBLEM, "Problems", Label.NEED, "Needs");

  private Recap() {}

  static void print(PrintWriter out, String customerName, List<Statement> said) {
    boolean finnish =
        said.stream().filter(s -> s.language() == Language.FI).count() * 2 >= said.size();
    Map<Label, String> headings = finnish ? FI : EN;
    out.println();
    out.println(
        finnish
            ? "Yhteenveto: mitä " + customerName + " kertoi"
            : "Recap: what " + customerName + " told us");
    boolean any = false;
    for (Label label : Label.HOT) {
      List<Statement> group =
          said.stream().filter(s -> s.classification().primary() == label).toList();
      if (group.isEmpty()) {
        continue;
      }
      any = true;
      out.println();
      out.println(headings.get(label) + " (" + group.size() + ")");
      group.forEach(s -> out.println("  - " + s.text()));
    }
    long other = said.stream().filter(s -> s.classification().primary() == Label.NONE).count();
    if (!any) {
      out.println(
          finnish ? "  Ei haaveita, ongelmia eikä tarpeita." : "  No dreams, problems or needs.");
    }
    if (other > 0) {
      out.println();
      out.println(
          (finnish ? "Muuta: " : "Other: ")
              + other
              + (finnish
                  ? " lausetta (kiitokset, taustatiedot)"
                  : " sentences (thanks, background)"));
    }
  }
}
