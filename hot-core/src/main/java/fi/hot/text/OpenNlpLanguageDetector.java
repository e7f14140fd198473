package fi.hot.text;

import fi.hot.model.Language;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;

/**
 * Detects Finnish and English by weighing OpenNLP's character n-gram model against word lists. The
 * model alone is unreliable on a few words ("kiitos" is barely Finnish to it), the word lists alone
 * cannot tell Swedish or German from noise; together they get both short and long statements right.
 * Thread-safe: the model is shared and read-only, the detector around it is made per call.
 */
final class OpenNlpLanguageDetector implements LanguageDetector {
  private static final System.Logger LOG =
      System.getLogger(OpenNlpLanguageDetector.class.getName());
  private static final String MODEL = "langdetect-183.bin";

  // statements of this many words or more are long enough for the model to speak with weight
  private static final int LONG = 4;

  // a language scored at least this share of the model's top score is a close contender
  private static final double CLOSE = 0.85;

  // common words and customer words; the Finnish stop words of Lucene are added to the Finnish
  private static final String FINNISH_WORDS =
      """
      kiitos kiitti kiitoksia kiitokset moi hei heippa moikka terve huomenta päivää iltaa joo juu
      kyllä selvä okei hyvä hyvää hyvin huono ongelma ongelmia vika virhe lasku laskut laskun
      laskutus asiakas asiakkaana asiakaspalvelu palvelu palvelua sovellus toimi toimii toimivat
      tarvitsen tarvitsemme tarvitaan haluan haluamme haluaisin haluaisimme voisitteko voisitko
      pitää pitäisi täytyy olisi ihanaa tosi todella paljon vähän vielä myös aina nyt heti pian
      huomenna eilen tänään viikko viikon kuukausi soitan soittakaa kertokaa lähettäkää meillä
      minulla teillä meille minulle teille meidän minun teidän tämä tämän tuo siis eli vaan
      mitään kukaan koskaan tilaus tilauksen toimitus hinta hinnat maksu sopimus sähköposti
      puhelin yhteyttä asia asiat kaikki mutta koska jos kun niin että sekä tai vain jo ollut
      tilasin tilasimme maksoin maksoimme sain saimme soitin soitimme kävin ostin ostimme
      tammikuussa helmikuussa maaliskuussa huhtikuussa toukokuussa kesäkuussa heinäkuussa
      elokuussa syyskuussa lokakuussa marraskuussa joulukuussa maanantaina tiistaina
      keskiviikkona torstaina perjantaina lauantaina sunnuntaina viimeksi ensi ensin toimisto
      yritys yrityksen hinnat hintaa versio päivitys ominaisuus raportti raportin tiedosto
      käyttäjä käyttäjät salasana kirjautuminen sivu sivusto verkkosivut kanssa ilman uusi uuden
      saada saa sain kiva ois olis teille meille mulle mua tää toi ihan vaan niinku
      """;

  private static final String ENGLISH_WORDS =
      """
      the a an and or but is are was were be been being have has had do does did done not
      yes please thanks thank thx cheers hello hi hey dear you your yours we our ours us i my
      mine it its it's this that these those they them their there here with without for of to
      from by at in into about after before if than then also only just very really so too all
      any some every what when where why how who which can could would should will shall must
      might need needs want wants like would i'm i've i'd we're we've we'd you're don't doesn't
      didn't can't won't isn't wasn't aren't haven't hasn't couldn't great good bad problem
      problems issue issues work works working broken wrong again never always still now today
      tomorrow yesterday because help support customer service order orders invoice invoices
      delivery app account email phone call called get got make send sent new old more less
      much many well fine okay sure right left one two three time week month year since until
      while other same such own each both few most last first next ordered bought paid pls plz
      fix talk soon np thx ty asap lol btw
      received january february march april june july august september october november
      december monday tuesday wednesday thursday friday saturday sunday morning evening office
      offices company team price prices fee fees bill billing login password website site page
      update version feature option add allow export report reports data file files user users
      people everything nothing something anything way which were
      """;

  private static final Set<String> FINNISH;
  private static final Set<String> ENGLISH;

  static {
    Set<String> fi = new HashSet<>();
    CharArraySet stop = FinnishAnalyzer.getDefaultStopSet();
    for (Object word : stop) {
      fi.add(Tokens.fold(new String((char[]) word)));
    }
    for (String w : FINNISH_WORDS.split("\\s+")) {
      fi.add(Tokens.fold(w));
    }
    Set<String> en = new HashSet<>();
    for (String w : ENGLISH_WORDS.split("\\s+")) {
      en.add(Tokens.fold(w));
    }
    // words of both ("on", "me", "he", "no") say nothing
    Set<String> both = new HashSet<>(fi);
    both.retainAll(en);
    fi.removeAll(both);
    en.removeAll(both);
    FINNISH = Set.copyOf(fi);
    ENGLISH = Set.copyOf(en);
  }

  private final Optional<LanguageDetectorModel> model = Model.INSTANCE;

  @Override
  public Language detect(String text) {
    Objects.requireNonNull(text, "text");
    List<Token> tokens = Tokens.of(text, Language.OTHER);
    int words = 0;
    double fi = 0;
    double en = 0;
    for (Token t : tokens) {
      if (!t.norm().chars().anyMatch(Character::isLetter)) {
        continue;
      }
      words++;
      if (FINNISH.contains(t.norm())) {
        fi++;
      } else if (ENGLISH.contains(t.norm())) {
        en++;
      }
    }
    if (words == 0) {
      return Language.OTHER;
    }
    double weight = words >= LONG ? 2.0 : 0.75;
    double other = 0;
    if (model.isPresent()) {
      // the model's top language is often a neighbour (Estonian for Finnish): in a statement
      // long enough for the model to mean something, Finnish or English close behind the top
      // still count, in proportion; on a word or two only the top counts
      opennlp.tools.langdetect.Language[] ranked =
          new LanguageDetectorME(model.get()).predictLanguages(text);
      double top = ranked[0].getConfidence();
      double fin = confidence(ranked, "fin") / top;
      double eng = confidence(ranked, "eng") / top;
      if (words < LONG) {
        fin = fin < 1 ? 0 : 1;
        eng = eng < 1 ? 0 : 1;
      }
      if (fin >= CLOSE) {
        fi += weight * fin;
      }
      if (eng >= CLOSE) {
        en += weight * eng;
      }
      if (fin < CLOSE && eng < CLOSE) {
        other += weight;
      }
    }
    if (fi > en && fi > other) {
      return Language.FI;
    }
    if (en > fi && en > other) {
      return Language.EN;
    }
    return Language.OTHER;
  }

  private static double confidence(opennlp.tools.langdetect.Language[] ranked, String code) {
    for (opennlp.tools.langdetect.Language l : ranked) {
      if (l.getLang().equals(code)) {
        return l.getConfidence();
      }
    }
    return 0;
  }

  /** The model, loaded once on first use; empty (with a warning) if the jar is missing. */
  private static final class Model {
    static final Optional<LanguageDetectorModel> INSTANCE = load();

    private static Optional<LanguageDetectorModel> load() {
      try (InputStream in =
          OpenNlpLanguageDetector.class.getClassLoader().getResourceAsStream(MODEL)) {
        if (in == null) {
          LOG.log(
              System.Logger.Level.WARNING,
              "OpenNLP language model {0} is not on the classpath; detecting by word lists only",
              MODEL);
          return Optional.empty();
        }
        return Optional.of(new LanguageDetectorModel(in));
      } catch (IOException e) {
        LOG.log(System.Logger.Level.WARNING, "cannot read OpenNLP language model " + MODEL, e);
        return Optional.empty();
      }
    }
  }
}
