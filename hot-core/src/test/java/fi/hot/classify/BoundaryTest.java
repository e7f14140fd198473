package fi.hot.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fi.hot.model.Classification;
import fi.hot.model.Label;
import fi.hot.model.Language;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The label boundaries of HOT, each in Finnish and English, on sentences written for this test and
 * kept out of the training data (the last test checks), so they measure what the model learnt
 * rather than what it saw.
 */
class BoundaryTest {
  private static final Classifier CLASSIFIER = Classifiers.standard();

  private static final Set<String> TRAINING =
      Trainer.shipped().stream().map(g -> fold(g.text())).collect(Collectors.toSet());

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # negated problems are no problems
          FI | Meillä ei ole ollut mitään ongelmia uuden kassan kanssa. | NONE
          FI | Yhtään katkosta ei ole tullut sen jälkeen, kun vaihdoimme liittymän. | NONE
          FI | En ole joutunut jonottamaan kertaakaan tänä vuonna. | NONE
          EN | No problems at all with the new card reader. | NONE
          EN | Nothing has gone wrong since you replaced the router. | NONE
          EN | I've never had to wait more than a minute on the phone. | NONE
          # a problem told in the past is still a problem
          FI | Viime kuussa meiltä laskutettiin sama tilaus kahteen kertaan. | PROBLEM
          FI | Paketti oli märkä ja laatikko revennyt, kun se vihdoin tuli. | PROBLEM
          EN | Last month we were charged twice for the same order. | PROBLEM
          EN | The parcel arrived soaked and the box was torn open. | PROBLEM
          # problems said without a complaint word
          FI | Sovellus kirjaa minut ulos joka kerta, kun vaihdan välilehteä. | PROBLEM
          FI | Asiakaspalveluun soittaessa jonotin puolitoista tuntia. | PROBLEM
          EN | The app logs me out every time I switch tabs. | PROBLEM
          EN | I spent an hour and a half in the support queue. | PROBLEM
          # conditional but concrete: a need
          FI | Haluaisin siirtää laskun eräpäivän kuun loppuun. | NEED
          FI | Olisi hyvä, jos laskussa näkyisi myös alv-erittely. | NEED
          EN | I'd like to move the invoice due date to the end of the month. | NEED
          EN | It would help if the invoice showed the VAT breakdown. | NEED
          # requests and imperatives, forum style included
          FI | Lisätkää sovellukseen mahdollisuus viedä tapahtumat Exceliin. | NEED
          FI | Pyydän, että lähetätte tarjouksen vielä tällä viikolla. | NEED
          FI | Voisitteko avata myymälän jo kahdeksalta lauantaisin? | NEED
          EN | Please add an option to export transactions to Excel. | NEED
          EN | Allow users to pick their own default currency. | NEED
          EN | Could you open the store at eight on Saturdays? | NEED
          EN | Any plans to support two-factor login with a hardware key? | NEED
          # requests about service manners are needs
          FI | Toivoisin, että asiakaspalvelija kertoo nimensä puhelun alussa. | NEED
          FI | Älkää lähettäkö minulle tekstiviestejä, sähköposti riittää. | NEED
          EN | I'd prefer that your agents introduce themselves by name. | NEED
          EN | Please don't send me text messages, email is enough. | NEED
          # a vision beyond the next requirement: a dream
          FI | Unelmani on, että kirjanpito hoituisi kokonaan itsestään. | DREAM
          FI | Kunpa joskus voisi hoitaa kaikki pankkiasiat yhdellä puhelulla. | DREAM
          EN | My dream is that the bookkeeping would simply do itself. | DREAM
          EN | Someday I hope every clinic visit is booked, paid and followed up without a single form. | DREAM
          # praise, thanks and facts voice none of the three
          FI | Kiitos, asia hoitui nopeasti. | NONE
          FI | Tosi hyvää palvelua, jatkakaa samaan malliin! | NONE
          FI | Meillä on kolme myymälää ja noin neljäkymmentä työntekijää. | NONE
          FI | Mihin aikaan te suljette perjantaisin? | NONE
          EN | Thanks, that was sorted quickly. | NONE
          EN | Great service, keep it up! | NONE
          EN | We have three shops and about forty staff. | NONE
          EN | What time do you close on Fridays? | NONE
          # mixed: the first concern is primary
          FI | Raportti latautuu minuutin, tarvitsemme sen nopeammaksi. | PROBLEM
          FI | Tarvitsemme uuden raportin, koska nykyinen näyttää väärät summat. | NEED
          EN | The report takes a minute to load, we need it faster. | PROBLEM
          EN | We need a new report because the current one shows wrong totals. | NEED
          """)
  void each_boundary_is_drawn_in_both_languages(Language language, String text, Label expected) {
    Classification c = CLASSIFIER.classify(text, language);

    assertThat(c.primary()).as(c.labels().toString()).isEqualTo(expected);
    assertThat(TRAINING).as("written for the test, not trained on").doesNotContain(fold(text));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          FI | Laskutusraportti kaatuu joka kerta, ja tarvitsemme korjauksen ennen kuun vaihdetta. | PROBLEM | NEED
          FI | Tilaus tuli taas myöhässä, toivoisin että kuljetus ilmoittaisi etukäteen. | PROBLEM | NEED
          EN | The export crashes every time and we need a fix before month end. | PROBLEM | NEED
          EN | We still type every receipt in by hand, and ideally the whole thing would run by itself. | PROBLEM | DREAM
          """)
  void a_mixed_statement_carries_both_labels_and_the_first_is_primary(
      Language language, String text, Label first, Label second) {
    Classification c = CLASSIFIER.classify(text, language);

    assertThat(c.has(first)).as(c.labels().toString()).isTrue();
    assertThat(c.has(second)).as(c.labels().toString()).isTrue();
    assertThat(c.primary()).isEqualTo(first);
  }

  private static String fold(String text) {
    return text.strip().toLowerCase(Locale.ROOT);
  }
}
