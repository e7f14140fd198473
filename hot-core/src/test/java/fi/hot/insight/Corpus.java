package fi.hot.insight;

import fi.hot.HotStore;
import fi.hot.Pipeline;
import fi.hot.model.Classification;
import fi.hot.model.Customer;
import fi.hot.model.Label;
import fi.hot.model.LabelScore;
import fi.hot.model.Language;
import fi.hot.model.Statement;
import fi.hot.store.LuceneHotStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Statements for theme tests: three planted themes of known statements from known customers, and
 * background statements that share none of their words. Drafts carry their language and labels, so
 * the pipeline needs no model.
 */
final class Corpus {
  static final Instant JAN = Instant.parse("2026-01-12T10:00:00Z");
  static final Instant FEB = Instant.parse("2026-02-09T10:00:00Z");
  static final Instant MAR = Instant.parse("2026-03-16T10:00:00Z");
  static final Instant APR = Instant.parse("2026-04-20T10:00:00Z");

  static final Pipeline PIPELINE =
      Pipeline.of(
          (text, language) -> Classification.NONE,
          text -> Language.OTHER,
          Clock.fixed(Instant.parse("2026-05-01T00:00:00Z"), ZoneOffset.UTC));

  /** Invoicing, in Finnish: 8 statements from 5 customers, in January and March. */
  static final List<Statement.Draft> INVOICES =
      List.of(
          fi("acme", JAN, "Laskussa on väärä summa."),
          fi("acme", JAN, "Lasku tuli kahteen kertaan samalta kuulta."),
          fi("globex", JAN, "Laskut saapuvat aina myöhässä."),
          fi("globex", MAR, "Laskun eräpäivä on liian lyhyt."),
          fi("initech", MAR, "Emme löydä laskuja verkkopalvelusta."),
          fi("kahvila", MAR, "Laskulla ei näy alennusta."),
          fi("apteekki", MAR, "Laskuun pitäisi saada viitenumero."),
          fi("apteekki", MAR, "Edellinen lasku puuttuu kokonaan."));

  /** The mobile app, in English: 7 statements from 4 customers. */
  static final List<Statement.Draft> MOBILE_APP =
      List.of(
          en("brightdesk", FEB, "The mobile app crashes when I upload a photo."),
          en("brightdesk", FEB, "Our sales team wants the mobile app to work offline."),
          en("nordic", FEB, "Drivers say the mobile app drains the battery."),
          en("nordic", MAR, "The mobile app logs everyone out after the update."),
          en("medinova", MAR, "Patients cannot book visits in the mobile app."),
          en("polaris", APR, "Could the mobile app show claim status?"),
          en("polaris", APR, "The mobile app is slow on older phones."));

  /**
   * Deliveries, in Finnish: 6 statements from 3 customers. The stemmer leaves {@code toimitus} and
   * {@code toimituks} apart; the theme must join them.
   */
  static final List<Statement.Draft> DELIVERIES =
      List.of(
          fi("pihapuu", FEB, "Toimitus myöhästyi kolme päivää."),
          fi("pihapuu", FEB, "Toimituksen seuranta ei päivity."),
          fi("kuljetus", MAR, "Toimitukset kannattaisi yhdistää samaan kuormaan."),
          fi("kuljetus", MAR, "Toimituksesta puuttui kaksi lavaa."),
          fi("rakennus", APR, "Toimitus saapui ilman rahtikirjaa."),
          fi("rakennus", APR, "Toimitus jätettiin sateeseen pihalle."));

  /** Statements on many other things, none sharing a word with the themes. */
  static final List<Statement.Draft> BACKGROUND = background();

  private Corpus() {}

  /** The planted themes and the background. */
  static List<Statement.Draft> all() {
    List<Statement.Draft> all = new ArrayList<>();
    all.addAll(INVOICES);
    all.addAll(MOBILE_APP);
    all.addAll(DELIVERIES);
    all.addAll(BACKGROUND);
    return all;
  }

  static HotStore store(Path dir, List<Statement.Draft> drafts) {
    HotStore store = LuceneHotStore.open(dir, PIPELINE);
    store.captureAll(drafts);
    return store;
  }

  static Statement.Draft fi(String customer, Instant at, String text) {
    return Statement.of(text, Customer.id(customer)).language(Language.FI).at(at);
  }

  static Statement.Draft en(String customer, Instant at, String text) {
    return Statement.of(text, Customer.id(customer)).language(Language.EN).at(at);
  }

  static Statement.Draft labelled(Statement.Draft draft, Label label) {
    return draft.classification(Classification.of(List.of(new LabelScore(label, 0.9)), List.of()));
  }

  private static List<Statement.Draft> background() {
    List<String> finnish =
        List.of(
            "Asiakaspalvelun jonotusaika oli puoli tuntia.",
            "Salasanan vaihtaminen on hankalaa.",
            "Myyntiraportti näyttää luvut väärin.",
            "Kassajärjestelmä kaatui lauantaina.",
            "Haluaisimme kokeilla uutta hinnoittelua.",
            "Koulutus oli erittäin hyödyllinen.",
            "Varmuuskopiot pitäisi ottaa automaattisesti.",
            "Käyttöliittymä on selkeä ja nopea.",
            "Sopimuksen irtisanominen kesti kuukausia.",
            "Tulostin ei löydä verkkoa.",
            "Kiitos nopeasta avusta puhelimessa.",
            "Integraatio kirjanpitoon katkeaa välillä.",
            "Henkilökunta oli ystävällistä.",
            "Hakutoiminto ei löydä vanhoja tilauksia.",
            "Tuotekuvat latautuvat hitaasti.",
            "Varaston saldo ei täsmää.",
            "Tarvitsemme enemmän käyttäjätunnuksia.",
            "Tarvitsemme ohjeet ruotsiksi.",
            "Tarvitsemme pääsyn vanhaan arkistoon.",
            "Tarvitsemme yhteyshenkilön nimen.");
    List<String> english =
        List.of(
            "The onboarding call was very helpful.",
            "Our dashboard shows yesterday's numbers.",
            "The pricing page is confusing.",
            "Support answered within minutes, thanks.",
            "Please add single sign-on.",
            "The export to Excel drops accents.",
            "Training videos would help newcomers.",
            "The warehouse scanner needs a firmware update.",
            "We love the reporting features.",
            "Search results ignore synonyms.",
            "The contract renewal process takes too long.",
            "Calendar sync duplicates events.",
            "Our accountant cannot open the PDF.",
            "The chatbot misunderstands simple questions.",
            "Notifications arrive twice.",
            "We need a sandbox for testing.",
            "We need audit logs.",
            "We need shorter response times.",
            "We need a named contact person.",
            "Roaming charges appeared on the statement.");
    List<Instant> months = List.of(JAN, FEB, MAR, APR);
    List<Statement.Draft> drafts = new ArrayList<>();
    for (int i = 0; i < finnish.size(); i++) {
      drafts.add(fi("tausta-" + (i % 7), months.get(i % 4), finnish.get(i)));
    }
    for (int i = 0; i < english.size(); i++) {
      drafts.add(en("background-" + (i % 7), months.get((i + 1) % 4), english.get(i)));
    }
    return List.copyOf(drafts);
  }
}
