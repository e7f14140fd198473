package fi.hot.insight;

import fi.hot.Hot;
import fi.hot.HotStore;
import fi.hot.Pipeline;
import fi.hot.model.Channel;
import fi.hot.model.Classification;
import fi.hot.model.ContactChannel;
import fi.hot.model.Customer;
import fi.hot.model.Emotion;
import fi.hot.model.Feeling;
import fi.hot.model.Label;
import fi.hot.model.LabelScore;
import fi.hot.model.Language;
import fi.hot.model.LoopEvent;
import fi.hot.model.LoopStatus;
import fi.hot.model.ProfileUpdate;
import fi.hot.model.Query;
import fi.hot.model.Statement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A small store whose metrics are worked out by hand in the tests: six statements from three
 * customers, with responses at known times.
 *
 * <pre>
 * s1 acme    fi PROBLEM      call    2026-03-01  ack +1d, done +4d, informed +5d   closed
 * s2 acme    fi NEED         email   2026-03-02  ack +3d, declined +10d            not told
 * s3 globex  en PROBLEM      chat    2026-03-10  ack +0.5d, informed +1d, done +2d told before done
 * s4 globex  en DREAM        meeting 2026-04-01  nothing                           new
 * s5 initech en NONE         email   2026-04-02  (no loop)
 * s6 initech fi PROBLEM+NEED call    2026-04-05  planned +2d, informed +3d         open
 * </pre>
 *
 * Feelings, given: s1 -0.6 frustrated, s2 0 neutral, s3 -0.3 neutral, s4 0.2 neutral, s5 0.5
 * pleased, s6 -0.4 hurried.
 *
 * <p>Profiles: acme (Acme Oy, smb, fi, avoids sms), globex (enterprise); initech has none.
 */
final class HandMade {
  static final Pipeline PIPELINE =
      Pipeline.of(
          (text, language) -> Classification.NONE,
          text -> Language.OTHER,
          Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));

  final HotStore store;
  final List<Statement> s = new ArrayList<>();

  private HandMade(HotStore store) {
    this.store = store;
  }

  /** The statement numbered {@code n} from 1, as in the table. */
  Statement s(int n) {
    return s.get(n - 1);
  }

  String id(int n) {
    return s(n).id();
  }

  /**
   * Opens a copy of the hand-made store in {@code dir}, building it first in {@code template} when
   * that is empty: building takes a commit per event, copying takes none.
   */
  static HandMade open(Path template, Path dir) {
    try {
      if (!Files.exists(template.resolve("built"))) {
        build(template.resolve("store")).store.close();
        Files.createFile(template.resolve("built"));
      }
      Path copy = dir.resolve("store");
      Files.createDirectories(copy);
      try (Stream<Path> files = Files.list(template.resolve("store"))) {
        for (Path f : files.toList()) {
          Files.copy(f, copy.resolve(f.getFileName()));
        }
      }
      HandMade h = new HandMade(Hot.open(copy, PIPELINE));
      h.store.forEach(Query.all(), h.s::add); // oldest first: s1 to s6
      return h;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static HandMade build(Path dir) {
    HandMade h = new HandMade(Hot.open(dir, PIPELINE));
    h.add(
        "acme",
        Language.FI,
        Channel.CALL,
        "2026-03-01T10:00:00Z",
        "Laskussa on väärä summa.",
        Feeling.of(-0.6, Emotion.FRUSTRATED),
        Label.PROBLEM);
    h.add(
        "acme",
        Language.FI,
        Channel.EMAIL,
        "2026-03-02T10:00:00Z",
        "Tarvitsemme verkkolaskut.",
        Feeling.NEUTRAL,
        Label.NEED);
    h.add(
        "globex",
        Language.EN,
        Channel.CHAT,
        "2026-03-10T10:00:00Z",
        "The app crashes when I attach a photo.",
        Feeling.of(-0.3, Emotion.NEUTRAL),
        Label.PROBLEM);
    h.add(
        "globex",
        Language.EN,
        Channel.MEETING,
        "2026-04-01T10:00:00Z",
        "It would be wonderful if the reports built themselves.",
        Feeling.of(0.2, Emotion.NEUTRAL),
        Label.DREAM);
    h.add(
        "initech",
        Language.EN,
        Channel.EMAIL,
        "2026-04-02T10:00:00Z",
        "Thanks for the quick help.",
        Feeling.of(0.5, Emotion.PLEASED));
    h.add(
        "initech",
        Language.FI,
        Channel.CALL,
        "2026-04-05T10:00:00Z",
        "Raportti ei aukea, ja tarvitsemme sen huomiseksi.",
        Feeling.of(-0.4, Emotion.HURRIED),
        Label.PROBLEM,
        Label.NEED);

    h.status(1, LoopStatus.ACKNOWLEDGED, "2026-03-02T10:00:00Z", "");
    h.status(1, LoopStatus.DONE, "2026-03-05T10:00:00Z", "Hyvityslasku lähetetty.");
    h.inform(1, ContactChannel.EMAIL, "2026-03-06T10:00:00Z");
    h.status(2, LoopStatus.ACKNOWLEDGED, "2026-03-05T10:00:00Z", "");
    h.status(2, LoopStatus.DECLINED, "2026-03-12T10:00:00Z", "verkkolaskut tulevat ensi vuonna");
    h.status(3, LoopStatus.ACKNOWLEDGED, "2026-03-10T22:00:00Z", "");
    h.inform(3, ContactChannel.EMAIL, "2026-03-11T10:00:00Z");
    h.status(3, LoopStatus.DONE, "2026-03-12T10:00:00Z", "");
    h.status(6, LoopStatus.PLANNED, "2026-04-07T10:00:00Z", "Korjaus seuraavaan versioon.");
    h.inform(6, ContactChannel.PHONE, "2026-04-08T10:00:00Z");

    Instant t = Instant.parse("2026-02-01T00:00:00Z");
    h.store.updateProfile(
        "acme",
        ProfileUpdate.at(t, "anna")
            .name("Acme Oy")
            .segment("smb")
            .language(Language.FI)
            .prefer(ContactChannel.EMAIL)
            .avoid(ContactChannel.SMS));
    h.store.updateProfile("globex", ProfileUpdate.at(t, "anna").segment("enterprise"));
    return h;
  }

  private void add(
      String customer,
      Language lang,
      Channel channel,
      String at,
      String text,
      Feeling feeling,
      Label... labels) {
    List<LabelScore> scores = new ArrayList<>();
    double c = 0.9;
    for (Label l : labels) {
      scores.add(new LabelScore(l, c));
      c -= 0.3;
    }
    s.add(
        store.capture(
            Statement.of(text, Customer.id(customer))
                .language(lang)
                .channel(channel)
                .at(Instant.parse(at))
                .classification(Classification.of(scores, List.of()))
                .feeling(feeling)));
  }

  private void status(int n, LoopStatus status, String at, String note) {
    store.recordLoopEvent(LoopEvent.status(id(n), status, Instant.parse(at), "anna", note));
  }

  private void inform(int n, ContactChannel via, String at) {
    store.recordLoopEvent(LoopEvent.informed(id(n), via, Instant.parse(at), "anna", ""));
  }
}
