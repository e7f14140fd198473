package fi.hot.insight;

import fi.hot.model.Label;
import fi.hot.model.Language;
import fi.hot.model.LoopEvent;
import fi.hot.model.LoopStatus;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link Recap} as text a sales rep can read out or send: a greeting, what the customer
 * told us and what we did about each, what is still open, in Finnish or English.
 *
 * <pre>{@code
 * String text = RecapText.render(Recaps.of(store, "kahvila-aroma", Optional.empty(),
 *     Optional.empty()));
 * // Hei Kahvila Aroma,
 * // ...
 * // - 4.3.2026 kerroit meille: ”Kuittitulostin jumittuu joka aamu.” Korjasimme asian 12.10.2026.
 * }</pre>
 *
 * <p>The customer's words are quoted as said rather than retold: turning "we need" into "you need"
 * reliably takes more grammar than a recap should guess at, and their own words show they were
 * heard. The note of the latest status change follows as written. Dates are UTC days. Stateless and
 * thread-safe.
 */
public final class RecapText {
  private static final DateTimeFormatter FI_DATE =
      DateTimeFormatter.ofPattern("d.M.yyyy", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter EN_DATE =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private RecapText() {}

  /** The recap as text, lines ending in {@code \n}. */
  public static String render(Recap recap) {
    boolean fi = recap.language() == Language.FI;
    StringBuilder b = new StringBuilder();
    b.append(fi ? "Hei " : "Hello ").append(recap.customerName()).append(",\n\n");
    String since =
        recap
            .since()
            .map(t -> fi ? " " + date(t, true) + " lähtien" : " since " + date(t, false))
            .orElse("");
    if (recap.items().isEmpty()) {
      b.append(
          fi
              ? "kiitos yhteydenpidostasi. Meillä ei ole kirjattuna toiveita, ongelmia tai tarpeita,"
                  + " joista olisit kertonut"
                  + since
                  + ".\n"
              : "thank you for keeping in touch. We have no wishes, problems or needs on record"
                  + " that you told us about"
                  + since
                  + ".\n");
      return b.toString();
    }
    b.append(
        fi
            ? "kiitos, että olet kertonut meille ajatuksistasi. Tässä on yhteenveto siitä, mitä"
                + " kerroit"
                + since
                + " ja mitä olemme asialle tehneet.\n"
            : "thank you for telling us what you think. Here is a summary of what you told us"
                + since
                + " and what we have done about it.\n");
    section(b, fi ? "Näin olemme toimineet:" : "What we have done:", recap.handled(), fi);
    section(b, fi ? "Vielä työn alla:" : "Still open:", recap.open(), fi);
    b.append('\n');
    if (recap.open().isEmpty()) {
      b.append(
          fi
              ? "Kaikki kertomasi asiat on käsitelty. Kiitos, että autat meitä parantamaan"
                  + " palveluamme.\n"
              : "Everything you told us about has been dealt with. Thank you for helping us"
                  + " improve.\n");
    } else {
      b.append(
          fi
              ? "Kerromme sinulle, kun avoimet asiat etenevät.\n"
              : "We will let you know as the open items move forward.\n");
    }
    return b.toString();
  }

  private static void section(StringBuilder b, String title, List<LoopItem> items, boolean fi) {
    if (items.isEmpty()) {
      return;
    }
    b.append('\n').append(title).append('\n');
    for (LoopItem item : items) {
      b.append("- ").append(item(item, fi)).append('\n');
    }
  }

  /** One thing they told us and what we did about it, as one or more sentences. */
  static String item(LoopItem item, boolean fi) {
    String said = item.statement().text().strip();
    Instant when = item.statement().occurredAt();
    StringBuilder b = new StringBuilder();
    if (fi) {
      b.append(date(when, true)).append(" kerroit meille: ”").append(said).append('”');
    } else {
      b.append("On ").append(date(when, false)).append(" you told us: “").append(said);
      b.append('”');
    }
    if (!endsSentence(said)) {
      b.append('.'); // the quote ends the sentence: "… sitte”. Olemme …"
    }
    b.append(' ').append(action(item, fi));
    item.state()
        .lastStatusChange()
        .map(LoopEvent::note)
        .filter(n -> !n.isEmpty())
        .ifPresent(n -> b.append(' ').append(sentence(n)));
    return b.toString();
  }

  private static String action(LoopItem item, boolean fi) {
    LoopStatus status = item.state().status();
    String d = item.state().lastStatusChange().map(e -> date(e.at(), fi)).orElse("");
    Label label = item.statement().classification().primary();
    return switch (status) {
      case NEW ->
          fi
              ? "Olemme kirjanneet asian ja palaamme siihen."
              : "We have noted it and will come back to you on it.";
      case ACKNOWLEDGED ->
          fi ? "Otimme asian käsittelyyn " + d + "." : "We started working on it on " + d + ".";
      case PLANNED ->
          fi ? "Suunnittelimme ratkaisun " + d + "." : "We planned a solution on " + d + ".";
      case DONE ->
          switch (label) {
            case PROBLEM -> fi ? "Korjasimme asian " + d + "." : "We fixed it on " + d + ".";
            case DREAM -> fi ? "Toteutimme toiveesi " + d + "." : "We made it happen on " + d + ".";
            default -> fi ? "Hoidimme asian " + d + "." : "We took care of it on " + d + ".";
          };
      case DECLINED ->
          fi
              ? "Päätimme " + d + ", ettemme tällä kertaa vie asiaa eteenpäin."
              : "On " + d + " we decided not to take this forward for now.";
    };
  }

  /** A note as a sentence: a capital first letter and a full stop unless it has its own. */
  private static String sentence(String note) {
    String n = note.strip();
    int first = n.codePointAt(0);
    n =
        new StringBuilder().appendCodePoint(Character.toUpperCase(first))
            + n.substring(Character.charCount(first));
    return endsSentence(n) ? n : n + ".";
  }

  private static boolean endsSentence(String text) {
    char last = text.charAt(text.length() - 1);
    return last == '.' || last == '!' || last == '?' || last == '…';
  }

  private static String date(Instant t, boolean fi) {
    return (fi ? FI_DATE : EN_DATE).format(t);
  }
}
