package fi.hot.store;

import fi.hot.Pipeline;
import fi.hot.classify.Classifier;
import fi.hot.model.Channel;
import fi.hot.model.Classification;
import fi.hot.model.Customer;
import fi.hot.model.Label;
import fi.hot.model.LabelScore;
import fi.hot.model.Language;
import fi.hot.model.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A small corpus of Finnish, English and other statements, and a pipeline that needs no model. */
final class Fixtures {
  static final Instant JAN = Instant.parse("2026-01-15T09:00:00Z");
  static final Instant FEB = Instant.parse("2026-02-10T12:00:00Z");
  static final Instant MAR = Instant.parse("2026-03-04T10:15:00Z");
  static final Instant NOW = Instant.parse("2026-04-01T08:00:00Z");

  /** Labels by a few words: enough to give the store something to filter and count. */
  static final Classifier KEYWORDS =
      (text, language) -> {
        String t = text.toLowerCase(Locale.ROOT);
        List<LabelScore> labels = new ArrayList<>();
        if (t.contains("virhe") || t.contains("ei toimi") || t.contains("wrong")) {
          labels.add(new LabelScore(Label.PROBLEM, 0.9));
        }
        if (t.contains("tarvitse") || t.contains("need")) {
          labels.add(new LabelScore(Label.NEED, 0.8));
        }
        if (t.contains("toivoisin") || t.contains("wish")) {
          labels.add(new LabelScore(Label.DREAM, 0.7));
        }
        return Classification.of(labels, List.of());
      };

  /** Drafts in the corpus say their language; the rest is OTHER. */
  static final Pipeline PIPELINE =
      Pipeline.of(KEYWORDS, text -> Language.OTHER, Clock.fixed(NOW, ZoneOffset.UTC));

  /** The corpus, numbered from 1 in the comments of the tests. */
  static final List<Statement.Draft> CORPUS =
      List.of(
          fi("acme", Channel.CALL, JAN, "Laskussa oli virhe ja asiakaspalvelu ei vastannut."),
          fi("acme", Channel.EMAIL, FEB, "Laskut tulevat aina myöhässä, ja tämä ei toimi."),
          fi("globex", Channel.CALL, FEB, "Tarvitsemme laskuja myös paperisena."),
          fi("globex", Channel.CHAT, MAR, "Toivoisin, että laskutus olisi automaattista."),
          fi("acme", Channel.CHAT, MAR, "Sovellus toimi hyvin koko viikon, kiitos."),
          en("initech", Channel.EMAIL, JAN, "The invoices were sent to the wrong address."),
          en(
              "initech",
              Channel.CALL,
              FEB,
              "We need invoicing in euros, and I wish it were automatic."),
          en("acme", Channel.EMAIL, MAR, "Thanks for the quick help with the invoice."),
          Statement.of("Fakturan kom för sent.", Customer.id("globex")).at(MAR));

  private Fixtures() {}

  static Statement.Draft fi(String customer, Channel channel, Instant at, String text) {
    return Statement.of(text, Customer.id(customer)).language(Language.FI).channel(channel).at(at);
  }

  static Statement.Draft en(String customer, Channel channel, Instant at, String text) {
    return Statement.of(text, Customer.id(customer)).language(Language.EN).channel(channel).at(at);
  }

  /** The text of corpus statement {@code n} (1-based). */
  static String text(int n) {
    return CORPUS.get(n - 1).text();
  }

  /** The texts of corpus statements, by 1-based number. */
  static List<String> texts(int... numbers) {
    List<String> out = new ArrayList<>();
    for (int n : numbers) {
      out.add(text(n));
    }
    return out;
  }
}
