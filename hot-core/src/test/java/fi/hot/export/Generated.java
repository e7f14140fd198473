package fi.hot.export;

import fi.hot.model.Channel;
import fi.hot.model.Classification;
import fi.hot.model.Cue;
import fi.hot.model.Customer;
import fi.hot.model.Emotion;
import fi.hot.model.Feeling;
import fi.hot.model.FeelingCue;
import fi.hot.model.Label;
import fi.hot.model.LabelScore;
import fi.hot.model.Language;
import fi.hot.model.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Random statements for the round-trip properties: any Unicode, with the characters that bite. */
final class Generated {
  private Generated() {}

  /** Characters that CSV, JSON, spreadsheets and Markdown treat specially. */
  static final String NASTY = "=+-@\t\r\n\",;'\\<>&[]()*_`#!|~{}:\u2028\u0000 ";

  /** Any Unicode code point except lone surrogates, weighted towards the nasty ones. */
  static Arbitrary<String> codePoint() {
    return Arbitraries.frequencyOf(
        Tuple.of(5, Arbitraries.of(NASTY.chars().mapToObj(c -> String.valueOf((char) c)).toList())),
        Tuple.of(5, Arbitraries.strings().withCharRange('a', 'z').ofLength(1)),
        Tuple.of(2, Arbitraries.of("ä", "ö", "å", "Ä", "€", "…", "“", "”")),
        Tuple.of(
            2,
            Arbitraries.integers()
                .between(0, Character.MAX_CODE_POINT)
                .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE)
                .map(Character::toString)));
  }

  static Arbitrary<String> text(int maxLength) {
    return codePoint().list().ofMaxSize(maxLength).map(l -> String.join("", l));
  }

  static Arbitrary<String> nonBlank(int maxLength) {
    return text(maxLength).filter(s -> !s.isBlank());
  }

  static Arbitrary<String> stripped(int maxLength) {
    return text(maxLength).map(String::strip).filter(s -> !s.isEmpty());
  }

  static Arbitrary<Instant> instants() {
    return Combinators.combine(
            Arbitraries.longs().between(0, 4_102_444_800L),
            Arbitraries.integers().between(0, 999_999_999))
        .as((seconds, nanos) -> Instant.ofEpochSecond(seconds, nanos));
  }

  /** Labels as a person gives them: certain, primary first, no cues. */
  static Arbitrary<Classification> certainLabels() {
    return Arbitraries.subsetOf(Label.HOT)
        .map(
            set -> {
              if (set.isEmpty()) {
                return Classification.NONE;
              }
              List<LabelScore> scores = new ArrayList<>();
              Label.HOT.stream()
                  .filter(set::contains)
                  .forEach(l -> scores.add(new LabelScore(l, 1.0)));
              return new Classification(scores.get(0).label(), scores, List.of());
            });
  }

  /**
   * Labels as the classifier gives them: primary first, the rest by confidence, with cues; decided
   * by a classifier or by a person.
   */
  static Arbitrary<Classification> classifierLabels() {
    Arbitrary<List<LabelScore>> scores =
        Arbitraries.subsetOf(Label.HOT)
            .flatMap(
                set ->
                    Arbitraries.doubles()
                        .between(0, 1)
                        .list()
                        .ofSize(set.size())
                        .map(
                            cs -> {
                              List<Label> labels =
                                  Label.HOT.stream().filter(set::contains).toList();
                              List<LabelScore> out = new ArrayList<>();
                              for (int i = 0; i < labels.size(); i++) {
                                out.add(new LabelScore(labels.get(i), cs.get(i)));
                              }
                              return out;
                            }));
    Arbitrary<List<Cue>> cues =
        Combinators.combine(text(12), Arbitraries.of(Label.class), text(12))
            .as(Cue::new)
            .list()
            .ofMaxSize(3);
    return Combinators.combine(scores, cues, Arbitraries.of(Classification.Origin.class))
        .as(
            (s, c, origin) -> {
              if (s.isEmpty()) {
                return new Classification(Label.NONE, List.of(), c, origin);
              }
              List<LabelScore> ordered = new ArrayList<>(s.subList(0, 1));
              s.subList(1, s.size()).stream()
                  .sorted(Comparator.comparingDouble(LabelScore::confidence).reversed())
                  .forEach(ordered::add);
              return new Classification(ordered.get(0).label(), ordered, c, origin);
            });
  }

  /** A tag as CSV can hold it: not blank, no separator. */
  static Arbitrary<String> tag() {
    return stripped(10).filter(t -> !t.contains(CsvExport.LIST_SEPARATOR));
  }

  private static Arbitrary<Statement.Draft> drafts() {
    Arbitrary<Customer> customers = Combinators.combine(stripped(12), text(12)).as(Customer::of);
    return Combinators.combine(
            nonBlank(60),
            customers,
            text(12),
            Arbitraries.of(Channel.class),
            text(12),
            nonBlank(16),
            tag().list().ofMaxSize(3).uniqueElements(),
            stripped(16))
        .as(
            (text, customer, contact, channel, by, source, tags, id) ->
                Statement.of(text, customer)
                    .contact(contact)
                    .channel(channel)
                    .by(by)
                    .source(source)
                    .tags(tags)
                    .id(id));
  }

  /** Any polarity, the ends included. */
  static Arbitrary<Double> polarities() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(-1, 1), Arbitraries.of(-1.0, -0.0, 0.0, 0.05, 1.0));
  }

  /** A feeling with cues whose text may be anything. */
  static Arbitrary<Feeling> feelings() {
    Arbitrary<FeelingCue> cues =
        Combinators.combine(stripped(20), text(20)).as((id, t) -> new FeelingCue(id, t));
    return Combinators.combine(
            polarities(), Arbitraries.of(Emotion.class), cues.list().ofMaxSize(3))
        .as(Feeling::new);
  }

  /** Statements with everything JSONL keeps. */
  static Arbitrary<Statement> forJsonl() {
    return Combinators.combine(
            drafts(),
            Arbitraries.of(Language.class),
            classifierLabels(),
            instants(),
            text(30),
            feelings())
        .as(
            (d, lang, labels, at, context, feeling) ->
                d.context(context).complete(d.text(), lang, labels, feeling, at));
  }

  /** Statements with only what CSV keeps: certain labels, no cues, no context, no feeling cues. */
  static Arbitrary<Statement> forCsv() {
    return Combinators.combine(
            drafts(),
            Arbitraries.of(Language.class),
            certainLabels(),
            instants(),
            polarities(),
            Arbitraries.of(Emotion.class))
        .as(
            (d, lang, labels, at, polarity, emotion) ->
                d.complete(d.text(), lang, labels, Feeling.of(polarity, emotion), at));
  }
}
