package fi.hot.export;

import fi.hot.model.Emotion;
import fi.hot.model.Label;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The language of a report's headings, labels and captions (what customers said stays as said).
 *
 * <pre>{@code
 * HtmlReport.of(ReportLanguage.parse("fi")).write(data, out);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public enum ReportLanguage {
  /** Finnish. */
  FI(
      Map.ofEntries(
          Map.entry("title", "Asiakkaan ääni"),
          Map.entry("selection", "Valinta"),
          Map.entry("all", "kaikki lausumat"),
          Map.entry("asOf", "Tilanne"),
          Map.entry("headline", "Pääluvut"),
          Map.entry("statements", "Lausumat"),
          Map.entry("customers", "Kuultuja asiakkaita"),
          Map.entry("loopClosure", "Silmukka suljettu"),
          Map.entry("open", "Avoimia"),
          Map.entry("labelMix", "Tunnisteiden jakauma"),
          Map.entry("labelMixDesc", "Lausumat tunnisteittain; lausumalla voi olla useita."),
          Map.entry("perMonth", "Lausumat kuukausittain"),
          Map.entry("perMonthDesc", "Lausumat kuukausittain tunnisteiden mukaan pinottuna."),
          Map.entry("month", "Kuukausi"),
          Map.entry("count", "Määrä"),
          Map.entry("themes", "Toistuvat teemat"),
          Map.entry("themesDesc", "Yleisimmät teemat: lausumat ja eri asiakkaat teemoittain."),
          Map.entry("theme", "Teema"),
          Map.entry("distinctCustomers", "Eri asiakkaat"),
          Map.entry("noThemes", "Teemoja ei löytynyt."),
          Map.entry("funnel", "Silmukan sulkeminen"),
          Map.entry(
              "funnelDesc",
              "Haaveet, ongelmat ja tarpeet: kuultu, kuitattu, valmis (tehty tai hylätty),"
                  + " asiakkaalle kerrottu."),
          Map.entry("stage", "Vaihe"),
          Map.entry("heard", "Kuultu"),
          Map.entry("acknowledged", "Kuitattu"),
          Map.entry("done", "Valmis"),
          Map.entry("informed", "Kerrottu asiakkaalle"),
          Map.entry("openItems", "Avoimet asiat iän mukaan"),
          Map.entry("openItemsDesc", "Avoimet haaveet, ongelmat ja tarpeet iän mukaan."),
          Map.entry("age", "Ikä"),
          Map.entry("days", "pv"),
          Map.entry("voice", "Asiakkaan ääni"),
          Map.entry("voiceNone", "Ei lausumia."),
          Map.entry("feeling", "Tunnelma"),
          Map.entry(
              "feelingDesc",
              "Lausumien keskimääräinen sävy kuukausittain asteikolla -1 (kielteinen) … +1"
                  + " (myönteinen), luettuna asiakkaiden omista sanoista."),
          Map.entry("polarity", "Keskimääräinen sävy"),
          Map.entry("polarityRange", "sävy"),
          Map.entry("emotions", "Tunteet"),
          Map.entry(
              "emotionsDesc",
              "Lausumat tunteen mukaan: turhautunut, huolestunut, kiireinen, tyytyväinen tai"
                  + " neutraali."),
          Map.entry("emotion", "Tunne"),
          Map.entry("share", "Osuus"),
          Map.entry("none", "Ei tietoa"),
          Map.entry("noData", "Ei tietoja."),
          Map.entry("DREAM", "Haaveet"),
          Map.entry("PROBLEM", "Ongelmat"),
          Map.entry("NEED", "Tarpeet"),
          Map.entry("NONE", "Muut"),
          Map.entry("FRUSTRATED", "Turhautunut"),
          Map.entry("WORRIED", "Huolestunut"),
          Map.entry("HURRIED", "Kiireinen"),
          Map.entry("PLEASED", "Tyytyväinen"),
          Map.entry("NEUTRAL", "Neutraali"))),
  /** English. */
  EN(
      Map.ofEntries(
          Map.entry("title", "Voice of the customer"),
          Map.entry("selection", "Selection"),
          Map.entry("all", "all statements"),
          Map.entry("asOf", "As of"),
          Map.entry("headline", "Headline figures"),
          Map.entry("statements", "Statements"),
          Map.entry("customers", "Customers heard"),
          Map.entry("loopClosure", "Loop closed"),
          Map.entry("open", "Open items"),
          Map.entry("labelMix", "Label mix"),
          Map.entry("labelMixDesc", "Statements by label; a statement can carry several."),
          Map.entry("perMonth", "Statements per month"),
          Map.entry("perMonthDesc", "Statements per month, stacked by label."),
          Map.entry("month", "Month"),
          Map.entry("count", "Count"),
          Map.entry("themes", "Recurring themes"),
          Map.entry("themesDesc", "Top themes: statements and distinct customers per theme."),
          Map.entry("theme", "Theme"),
          Map.entry("distinctCustomers", "Distinct customers"),
          Map.entry("noThemes", "No themes found."),
          Map.entry("funnel", "Closing the loop"),
          Map.entry(
              "funnelDesc",
              "Dreams, problems and needs: heard, acknowledged, done (done or declined), customer"
                  + " informed."),
          Map.entry("stage", "Stage"),
          Map.entry("heard", "Heard"),
          Map.entry("acknowledged", "Acknowledged"),
          Map.entry("done", "Done"),
          Map.entry("informed", "Customer informed"),
          Map.entry("openItems", "Open items by age"),
          Map.entry("openItemsDesc", "Open dreams, problems and needs by age."),
          Map.entry("age", "Age"),
          Map.entry("days", "d"),
          Map.entry("voice", "The customer's voice"),
          Map.entry("voiceNone", "No statements."),
          Map.entry("feeling", "Feeling"),
          Map.entry(
              "feelingDesc",
              "Mean polarity of the statements month by month, from -1 (negative) to +1"
                  + " (positive), read from the customers' own words."),
          Map.entry("polarity", "Mean polarity"),
          Map.entry("polarityRange", "polarity"),
          Map.entry("emotions", "Emotions"),
          Map.entry(
              "emotionsDesc",
              "Statements by emotion: frustrated, worried, hurried, pleased or neutral."),
          Map.entry("emotion", "Emotion"),
          Map.entry("share", "Share"),
          Map.entry("none", "n/a"),
          Map.entry("noData", "No data."),
          Map.entry("DREAM", "Dreams"),
          Map.entry("PROBLEM", "Problems"),
          Map.entry("NEED", "Needs"),
          Map.entry("NONE", "Other"),
          Map.entry("FRUSTRATED", "Frustrated"),
          Map.entry("WORRIED", "Worried"),
          Map.entry("HURRIED", "Hurried"),
          Map.entry("PLEASED", "Pleased"),
          Map.entry("NEUTRAL", "Neutral")));

  private final Map<String, String> texts;

  ReportLanguage(Map<String, String> texts) {
    this.texts = texts;
  }

  /** The language with the code {@code fi} or {@code en}, any case. */
  public static ReportLanguage parse(String code) {
    Objects.requireNonNull(code, "code");
    return switch (code.strip().toLowerCase(Locale.ROOT)) {
      case "fi" -> FI;
      case "en" -> EN;
      default ->
          throw new IllegalArgumentException(
              "unknown report language '" + code + "' (expected fi or en)");
    };
  }

  /** The lower-case code, as in {@code <html lang>}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** A heading or caption by key. */
  String text(String key) {
    String t = texts.get(key);
    if (t == null) {
      throw new IllegalArgumentException("no text '" + key + "'");
    }
    return t;
  }

  /** The plural name of a label: Haaveet, Problems. */
  public String label(Label label) {
    return text(label.name());
  }

  /** The name of an emotion: Turhautunut, Pleased. */
  public String emotion(Emotion emotion) {
    return text(emotion.name());
  }

  /**
   * A polarity with its sign and two decimals: {@code +0,25} in Finnish, {@code -0.10} in English.
   */
  String polarity(double value) {
    // a value that rounds to zero has no sign
    String p = Math.abs(value) < 0.005 ? "0.00" : String.format(Locale.ROOT, "%+.2f", value);
    return this == FI ? p.replace('.', ',') : p;
  }

  /** A share as a percentage: {@code 42 %} in Finnish, {@code 42%} in English. */
  String percent(double share) {
    long p = Math.round(share * 100);
    return this == FI ? p + "\u00a0%" : p + "%";
  }
}
