package fi.hot.classify;

import fi.hot.model.Classification;
import fi.hot.model.Cue;
import fi.hot.model.Emotion;
import fi.hot.model.Feeling;
import fi.hot.model.FeelingCue;
import fi.hot.model.Label;
import fi.hot.model.Language;
import fi.hot.text.Token;
import fi.hot.text.Tokens;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads how a customer felt from their words: a polarity from -1 to +1 and the strongest of four
 * emotions (frustrated, worried, hurried, pleased), NEUTRAL when none speaks, with the cues it was
 * read from. Deterministic: the same words (and labels) always read the same.
 *
 * <pre>{@code
 * FeelingReader reader = FeelingReader.standard();
 * reader.read("Ärsyttää todella, että lasku on taas väärin!", Language.FI).emotion(); // FRUSTRATED
 * reader.read("Not annoying at all, thanks!", Language.EN).emotion();               // PLEASED
 * reader.read("Maksupääte jumitti taas", Language.FI, labels);   // "taas" counts: a problem
 * }</pre>
 *
 * <p>How a statement is read, over the normalised and stemmed words the cue layer reads ({@link
 * Tokens}), with the patterns of the cue lexicons ({@link CuePattern}), each tried only where the
 * lookup tables of its first word say it may start (no regular expression, no scan of every rule at
 * every word):
 *
 * <ol>
 *   <li>Every rule of the language's {@link FeelingLexicon} is matched. Each word belongs to one
 *       match: the longest, a cue or phrase before a modifier, then the stronger. A phrase ("kiitos
 *       etukäteen", "as soon as") voids the cues of its words; a negating word inside a cue belongs
 *       to it ("en kestä enää").
 *   <li>When the statement's labels are known, a {@code request} cue ("tänään", "today") counts
 *       only in a statement voicing a need and a {@code polite} cue ("kiitos", "nice") only in one
 *       that does not.
 *   <li>A cue is strengthened by an intensifier just before or after it ("todella", "really"), by
 *       being written in capitals ("HETI") and by an exclamation mark ending its sentence: each
 *       halves the distance of its weight to 1. A "but" after it in its sentence halves its weight
 *       ("kiitos, mutta ..."); a diminisher just before it ("vähän", "a bit") halves the weight of
 *       its polarity but not of its emotion ("a bit worried" is still worried).
 *   <li>A negating word up to {@value #NEGATION_REACH} words before a cue in its clause turns it:
 *       pleasure becomes frustration at {@value #NEGATED_PLEASURE} of its weight ("en ole
 *       tyytyväinen"), frustration, worry and hurry become mild relief at {@value
 *       #NEGATED_DISPLEASURE} ("ei ole yhtään hankalaa", "not annoying at all", "no rush"), unless
 *       the cue is {@code fixed} or a repetition ("ei toimi taaskaan" is repeated still).
 *   <li>A {@code boost} cue (repetition: "taas", "again", "still") counts only beside frustration:
 *       a frustrated or negative cue, or a statement voicing a problem. A statement voices a label
 *       when its classification carries the label with a cue of the cue layer, or with no model
 *       features at all (a person's label); a label the trained model reads from word parts alone
 *       does not move the feeling. In a statement voicing a problem, an exclamation mark with no
 *       cue in its sentence is frustration of weight {@value #EXCLAIMED_PROBLEM}. A problem adds a
 *       negative weight of {@value #PROBLEM_WEIGHT}, a dream a positive one of {@value
 *       #DREAM_WEIGHT}.
 *   <li>Polarity: each cue adds its weight times its kind's valence (pleased and positive +1,
 *       frustrated and negative -1, worried -0.8, hurried -0.45) to the positive or the negative
 *       side; each side is the noisy-or of its parts, {@code P = 1 - Π(1 - p)} and {@code N = 1 -
 *       Π(1 - n)}, and the polarity is {@code P - N}, rounded to two decimals: always within -1..1,
 *       0 for no cues, near ±1 only when strong cues agree.
 *   <li>Emotion: each emotion's strength is the noisy-or of its cues' weights, polarity words
 *       counting for frustration or pleasure at {@value #POLARITY_WORD_EMOTION} of theirs; the
 *       strongest wins from {@value #EMOTION_THRESHOLD} (ties: the one whose cue comes first), else
 *       NEUTRAL.
 * </ol>
 *
 * <p>For Language.OTHER both lexicons are tried and the one that finds more wins. Immutable and
 * thread-safe; build once and share.
 */
public final class FeelingReader {
  /** The strength from which an emotion is named. */
  public static final double EMOTION_THRESHOLD = 0.4;

  /** How many words may stand between a negating word and the cue it turns. */
  public static final int NEGATION_REACH = 3;

  /** The share of its weight a negated pleasure keeps, as frustration. */
  public static final double NEGATED_PLEASURE = 0.6;

  /** The share of its weight a negated frustration, worry or hurry keeps, as relief. */
  public static final double NEGATED_DISPLEASURE = 0.3;

  /** The negative weight of a statement voicing a problem. */
  public static final double PROBLEM_WEIGHT = 0.3;

  /** The positive weight of a statement voicing a dream. */
  public static final double DREAM_WEIGHT = 0.15;

  /** The frustration of an exclamation with no cue in its sentence, in a problem. */
  public static final double EXCLAIMED_PROBLEM = 0.4;

  /**
   * The share of its weight a polarity word ("huono", "slow", "parempi") speaks for frustration or
   * pleasure with: alone it names no emotion, strengthened it may.
   */
  public static final double POLARITY_WORD_EMOTION = 0.5;

  // how many words may stand between a diminisher or an intensifier and the cue after it
  private static final int MODIFIER_GAP = 1;
  private static final double HALF = 0.5;
  private static final int CAPS_LETTERS = 3;

  private final FeelingLexicon finnish;
  private final FeelingLexicon english;

  /**
   * @param finnish the lexicon for Language.FI
   * @param english the lexicon for Language.EN
   */
  public FeelingReader(FeelingLexicon finnish, FeelingLexicon english) {
    this.finnish = Objects.requireNonNull(finnish, "finnish");
    this.english = Objects.requireNonNull(english, "english");
    if (finnish.language() != Language.FI) {
      throw new IllegalArgumentException("finnish feeling lexicon is for " + finnish.language());
    }
    if (english.language() != Language.EN) {
      throw new IllegalArgumentException("english feeling lexicon is for " + english.language());
    }
  }

  /** The reader with the shipped lexicons, built on first use and shared. */
  public static FeelingReader standard() {
    return Standard.INSTANCE;
  }

  /**
   * The feeling of the words alone, the statement's labels not known: {@code request} and {@code
   * polite} cues count, repetition counts beside a negative cue only.
   */
  public Feeling read(String text, Language language) {
    return read(text, language, Optional.empty());
  }

  /**
   * The feeling of a statement with its labels: a problem leans negative and lets repetition and
   * exclamation speak for frustration, a need lets urgency words count and voids polite ones.
   */
  public Feeling read(String text, Language language, Classification labels) {
    return read(text, language, Optional.of(Objects.requireNonNull(labels, "labels")));
  }

  private Feeling read(String text, Language language, Optional<Classification> labels) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    return switch (language) {
      case FI -> analyse(text, finnish, labels).feeling();
      case EN -> analyse(text, english, labels).feeling();
      case OTHER -> {
        Reading fi = analyse(text, finnish, labels);
        Reading en = analyse(text, english, labels);
        yield (en.strength() > fi.strength() ? en : fi).feeling();
      }
    };
  }

  /** One match of a rule over words {@code [from, to)}. */
  private record Match(FeelingRule rule, int from, int to) {
    int length() {
      return to - from;
    }

    boolean overlaps(Match other) {
      return from < other.to && other.from < to;
    }
  }

  /**
   * A cue as it counts: its kind after negation, its weight for the polarity and for the emotion (a
   * diminisher lowers the first only: "a bit worried" is mildly negative, and worried), where it
   * starts, whether it is a boost, and whether it stands for the statement's labels (no emotion of
   * its own).
   */
  private record Part(
      FeelingRule.Kind kind, double weight, double felt, int at, boolean boost, boolean label) {

    /** The emotion the part speaks for, and how strongly; polarity words speak at half weight. */
    Optional<Emotion> emotion() {
      if (label) {
        return Optional.empty();
      }
      return switch (kind) {
        case NEGATIVE -> Optional.of(Emotion.FRUSTRATED);
        case POSITIVE -> Optional.of(Emotion.PLEASED);
        default -> kind.emotion();
      };
    }

    double emotionWeight() {
      return kind.emotion().isPresent() ? felt : felt * POLARITY_WORD_EMOTION;
    }
  }

  /** What one lexicon made of a statement: the feeling and how much evidence it rests on. */
  private record Reading(Feeling feeling, double strength) {}

  private static Reading analyse(
      String text, FeelingLexicon lexicon, Optional<Classification> labels) {
    List<Token> tokens = Tokens.of(text, lexicon.language());
    int n = tokens.size();
    String prefix = lexicon.language().code() + ".";

    // negating words first: patterns may ask for them (<neg>)
    boolean[] none = new boolean[n];
    CuePattern.Text plain = lexicon.text(tokens, none, none, none);
    List<FeelingRule> rules = lexicon.rules();
    int[][] starts = lexicon.candidates(tokens);
    boolean[] negating = new boolean[n];
    for (int r = 0; r < rules.size(); r++) {
      if (rules.get(r).kind() == FeelingRule.Kind.NEGATOR) {
        for (Match m : matches(rules.get(r), plain, starts[r])) {
          for (int i = m.from; i < m.to; i++) {
            negating[i] = true;
          }
        }
      }
    }
    CuePattern.Text marked = lexicon.text(tokens, negating, none, none);
    List<Match> all = new ArrayList<>();
    for (int r = 0; r < rules.size(); r++) {
      FeelingRule rule = rules.get(r);
      if (counts(rule, labels)) {
        all.addAll(
            matches(rule, rule.kind() == FeelingRule.Kind.NEGATOR ? plain : marked, starts[r]));
      }
    }
    List<Match> kept = claim(all);

    boolean[] exclaimed = new boolean[n];
    String[] marks = new String[n];
    exclamations(text, tokens, exclaimed, marks);

    List<Evidence> evidence = new ArrayList<>();
    List<Part> parts = new ArrayList<>();
    List<Match> negators = ofKind(kept, FeelingRule.Kind.NEGATOR);
    List<Match> intensifiers = ofKind(kept, FeelingRule.Kind.INTENSIFIER);
    List<Match> diminishers = ofKind(kept, FeelingRule.Kind.DIMINISHER);
    List<Match> contrasts = ofKind(kept, FeelingRule.Kind.CONTRAST);
    for (Match c : kept) {
      if (!c.rule.kind().isCue()) {
        continue;
      }
      Token first = tokens.get(c.from);
      List<Evidence> why = new ArrayList<>();
      int steps = 0;
      Optional<Match> intensifier = intensifier(tokens, intensifiers, c);
      if (intensifier.isPresent()) {
        steps++;
        why.add(span(prefix + "intensifier", text, tokens, intensifier.get()));
      }
      Optional<Integer> caps = caps(tokens, c, intensifier);
      if (caps.isPresent()) {
        steps++;
        Token t = tokens.get(caps.get());
        why.add(new Evidence(prefix + "caps", t.text(), t.start()));
      }
      int last = lastOfSentence(tokens, c.to - 1);
      if (exclaimed[last]) {
        steps++;
        why.add(new Evidence(prefix + "exclamation", marks[last], tokens.get(last).end()));
      }
      double w = 1 - (1 - c.rule.weight()) * Math.pow(HALF, steps);
      FeelingRule.Kind kind = c.rule.kind();
      // repetition is not turned: "ei toimi taaskaan", "not again" are as repeated as "taas"
      boolean turnable = !c.rule.fixed() && !c.rule.boost();
      Optional<Match> negator = turnable ? negator(tokens, negators, c) : Optional.empty();
      if (negator.isPresent()) {
        w *=
            kind == FeelingRule.Kind.PLEASED || kind == FeelingRule.Kind.POSITIVE
                ? NEGATED_PLEASURE
                : NEGATED_DISPLEASURE;
        kind = kind.negated();
        Match g = negator.get();
        why.add(0, span(prefix + "negation", text, tokens, new Match(g.rule, g.from, c.to)));
      } else {
        why.add(0, span(prefix + c.rule.id(), text, tokens, c));
      }
      for (Match k : contrasts) {
        if (k.from >= c.to && tokens.get(k.from).sentence() == first.sentence()) {
          w *= HALF;
          why.add(span(prefix + "contrast", text, tokens, k));
          break;
        }
      }
      double felt = w;
      for (Match d : diminishers) {
        if (before(tokens, d, c, MODIFIER_GAP)) {
          w *= HALF;
          why.add(span(prefix + "diminisher", text, tokens, d));
          break;
        }
      }
      Part part = new Part(kind, w, felt, first.start(), c.rule.boost(), false);
      parts.add(part);
      for (Evidence e : why) {
        evidence.add(e.of(part));
      }
    }

    boolean problem = labels.filter(l -> voices(l, Label.PROBLEM)).isPresent();
    boolean negative = problem || parts.stream().anyMatch(p -> !p.boost && isDispleasure(p.kind));
    if (!negative) {
      // repetition says nothing without something to repeat
      parts.removeIf(Part::boost);
    }
    if (problem) {
      exclaimedProblems(tokens, exclaimed, marks, parts, evidence, prefix);
    }
    double strength = parts.stream().mapToDouble(Part::weight).sum();
    List<FeelingCue> cues = new ArrayList<>();
    evidence.stream()
        .filter(e -> e.part == null || parts.contains(e.part))
        .sorted(Comparator.comparingInt(Evidence::at).thenComparing(Evidence::id))
        .map(e -> new FeelingCue(e.id, e.text))
        .distinct()
        .forEach(cues::add);
    labels.ifPresent(
        l -> {
          int end = text.length();
          if (voices(l, Label.PROBLEM)) {
            parts.add(new Part(FeelingRule.Kind.NEGATIVE, PROBLEM_WEIGHT, 0, end, false, true));
            cues.add(new FeelingCue(prefix + "label.problem", labelText(l, Label.PROBLEM)));
          }
          if (voices(l, Label.DREAM)) {
            parts.add(new Part(FeelingRule.Kind.POSITIVE, DREAM_WEIGHT, 0, end, false, true));
            cues.add(new FeelingCue(prefix + "label.dream", labelText(l, Label.DREAM)));
          }
        });
    return new Reading(new Feeling(polarity(parts), emotion(parts), cues), strength);
  }

  /** Frustration and polarity words of displeasure: what repetition can add to. */
  private static boolean isDispleasure(FeelingRule.Kind kind) {
    return kind == FeelingRule.Kind.FRUSTRATED || kind == FeelingRule.Kind.NEGATIVE;
  }

  /**
   * Whether the statement voices the label in its words: the label carried with a cue of the cue
   * layer, or carried with no model features at all (a person's label). A label the trained model
   * reads from word parts alone does not move the feeling.
   */
  static boolean voices(Classification c, Label label) {
    if (!c.has(label) || label == Label.NONE) {
      return false;
    }
    boolean modelOnly = c.cues().stream().anyMatch(cue -> cue.id().startsWith("model:"));
    return !modelOnly
        || c.cues().stream()
            .anyMatch(cue -> cue.label() == label && !cue.id().startsWith("model:"));
  }

  /** Whether a rule can count, given what is known of the statement's labels. */
  private static boolean counts(FeelingRule rule, Optional<Classification> labels) {
    if (labels.isEmpty()) {
      return true;
    }
    boolean need = labels.get().has(Label.NEED);
    return !(rule.request() && !need) && !(rule.polite() && need);
  }

  /**
   * Each word to one match: the longest first; of equal length cues and phrases before modifiers,
   * then the stronger, then the earlier.
   */
  private static List<Match> claim(List<Match> all) {
    List<Match> sorted = new ArrayList<>(all);
    sorted.sort(
        Comparator.comparingInt((Match m) -> -m.length())
            .thenComparing(
                m -> !(m.rule.kind().isCue() || m.rule.kind() == FeelingRule.Kind.PHRASE))
            .thenComparingDouble(m -> -m.rule.weight())
            .thenComparingInt(m -> m.from));
    List<Match> kept = new ArrayList<>();
    for (Match m : sorted) {
      if (kept.stream().noneMatch(k -> k.overlaps(m))) {
        kept.add(m);
      }
    }
    kept.sort(Comparator.comparingInt(Match::from));
    return kept;
  }

  private static List<Match> ofKind(List<Match> matches, FeelingRule.Kind kind) {
    return matches.stream().filter(m -> m.rule.kind() == kind).toList();
  }

  /** The rule's matches, leftmost first and not overlapping, tried only where it may start. */
  private static List<Match> matches(FeelingRule rule, CuePattern.Text text, int[] starts) {
    List<Match> out = new ArrayList<>();
    int free = 0;
    for (int i : starts) {
      if (i < free) {
        continue;
      }
      int end = rule.pattern().matchAt(text, i, rule.wholeSentence());
      if (end > i) {
        out.add(new Match(rule, i, end));
        free = end;
      }
    }
    return out;
  }

  /** Whether {@code m} stands before {@code c} in its clause, at most {@code gap} words away. */
  private static boolean before(List<Token> tokens, Match m, Match c, int gap) {
    return m.to <= c.from
        && c.from - m.to <= gap
        && tokens.get(m.to - 1).clause() == tokens.get(c.from).clause();
  }

  /** The nearest negating word before the cue that reaches it. */
  private static Optional<Match> negator(List<Token> tokens, List<Match> negators, Match c) {
    Match nearest = null;
    for (Match g : negators) {
      if (before(tokens, g, c, NEGATION_REACH) && (nearest == null || g.from > nearest.from)) {
        nearest = g;
      }
    }
    return Optional.ofNullable(nearest);
  }

  /** An intensifier just before the cue, or right after it, in its clause. */
  private static Optional<Match> intensifier(
      List<Token> tokens, List<Match> intensifiers, Match c) {
    for (Match i : intensifiers) {
      boolean after =
          i.from == c.to && tokens.get(i.from).clause() == tokens.get(c.to - 1).clause();
      if (before(tokens, i, c, MODIFIER_GAP) || after) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** A word of the cue, or its intensifier, written in capitals: its index. */
  private static Optional<Integer> caps(List<Token> tokens, Match c, Optional<Match> intensifier) {
    for (int i = c.from; i < c.to; i++) {
      if (isCaps(tokens.get(i).text())) {
        return Optional.of(i);
      }
    }
    if (intensifier.isPresent()) {
      for (int i = intensifier.get().from; i < intensifier.get().to; i++) {
        if (isCaps(tokens.get(i).text())) {
          return Optional.of(i);
        }
      }
    }
    return Optional.empty();
  }

  /** At least three letters, and every letter a capital. */
  static boolean isCaps(String word) {
    int letters = 0;
    for (int i = 0; i < word.length(); i++) {
      char ch = word.charAt(i);
      if (Character.isLetter(ch)) {
        if (!Character.isUpperCase(ch)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= CAPS_LETTERS;
  }

  private static int lastOfSentence(List<Token> tokens, int i) {
    int j = i;
    while (j + 1 < tokens.size() && tokens.get(j + 1).sentence() == tokens.get(i).sentence()) {
      j++;
    }
    return j;
  }

  /** Marks the last word of each sentence that ends in an exclamation mark, with the marks. */
  private static void exclamations(
      String text, List<Token> tokens, boolean[] exclaimed, String[] marks) {
    for (int i = 0; i < tokens.size(); i++) {
      boolean last =
          i + 1 == tokens.size() || tokens.get(i + 1).sentence() != tokens.get(i).sentence();
      if (!last) {
        continue;
      }
      int end = i + 1 == tokens.size() ? text.length() : tokens.get(i + 1).start();
      StringBuilder bangs = new StringBuilder();
      for (int k = tokens.get(i).end(); k < end; k++) {
        char ch = text.charAt(k);
        if (ch == '!' || ch == '?') {
          bangs.append(ch);
        } else if (ch == '.' || ch == '\n' || ch == '…') {
          break;
        }
      }
      if (bangs.indexOf("!") >= 0) {
        exclaimed[i] = true;
        marks[i] = bangs.toString();
      }
    }
  }

  /** In a problem, an exclaimed sentence with no cue of its own is frustration. */
  private static void exclaimedProblems(
      List<Token> tokens,
      boolean[] exclaimed,
      String[] marks,
      List<Part> parts,
      List<Evidence> evidence,
      String prefix) {
    for (int i = 0; i < tokens.size(); i++) {
      if (!exclaimed[i]) {
        continue;
      }
      int sentence = tokens.get(i).sentence();
      int from = tokens.get(i).start();
      for (int j = i; j >= 0 && tokens.get(j).sentence() == sentence; j--) {
        from = tokens.get(j).start();
      }
      int start = from;
      int end = tokens.get(i).end();
      boolean quiet = parts.stream().noneMatch(p -> p.at >= start && p.at < end);
      if (quiet) {
        Part p =
            new Part(
                FeelingRule.Kind.FRUSTRATED,
                EXCLAIMED_PROBLEM,
                EXCLAIMED_PROBLEM,
                end,
                false,
                false);
        parts.add(p);
        evidence.add(new Evidence(prefix + "exclamation", marks[i], end, p));
      }
    }
  }

  /** The words that made the label: its first cue of the cue layer, else the label's name. */
  private static String labelText(Classification c, Label label) {
    return c.cues().stream()
        .filter(cue -> cue.label() == label && !cue.id().startsWith("model:"))
        .map(Cue::text)
        .filter(t -> !t.isBlank())
        .findFirst()
        .orElse(label.code());
  }

  private static double polarity(List<Part> parts) {
    double positiveMiss = 1;
    double negativeMiss = 1;
    for (Part p : parts) {
      double v = p.weight * p.kind.valence();
      if (v > 0) {
        positiveMiss *= 1 - v;
      } else {
        negativeMiss *= 1 + v;
      }
    }
    double polarity = negativeMiss - positiveMiss;
    return Math.max(-1, Math.min(1, Math.round(polarity * 100) / 100.0));
  }

  private static Emotion emotion(List<Part> parts) {
    Map<Emotion, Double> miss = new EnumMap<>(Emotion.class);
    Map<Emotion, Integer> firstAt = new EnumMap<>(Emotion.class);
    for (Part p : parts) {
      p.emotion()
          .ifPresent(
              e -> {
                miss.merge(e, 1 - p.emotionWeight(), (a, b) -> a * b);
                firstAt.merge(e, p.at, Math::min);
              });
    }
    Emotion best = Emotion.NEUTRAL;
    double bestStrength = 0;
    for (Map.Entry<Emotion, Double> e : miss.entrySet()) {
      double strength = 1 - e.getValue();
      boolean stronger = strength > bestStrength + 1e-9;
      boolean tie =
          Math.abs(strength - bestStrength) <= 1e-9
              && best != Emotion.NEUTRAL
              && firstAt.get(e.getKey()) < firstAt.get(best);
      if (strength >= EMOTION_THRESHOLD - 1e-9 && (stronger || tie)) {
        best = e.getKey();
        bestStrength = strength;
      }
    }
    return best;
  }

  private static Evidence span(String id, String text, List<Token> tokens, Match m) {
    Token first = tokens.get(m.from);
    return new Evidence(
        id, text.substring(first.start(), tokens.get(m.to - 1).end()), first.start());
  }

  /** A reported cue, with where it stands and the part it explains (null until known). */
  private record Evidence(String id, String text, int at, Part part) {
    Evidence(String id, String text, int at) {
      this(id, text, at, null);
    }

    Evidence of(Part p) {
      return new Evidence(id, text, at, p);
    }
  }

  // the holder idiom: built on first use, safely published
  private static final class Standard {
    static final FeelingReader INSTANCE =
        new FeelingReader(
            FeelingLexicon.standard(Language.FI), FeelingLexicon.standard(Language.EN));
  }
}
