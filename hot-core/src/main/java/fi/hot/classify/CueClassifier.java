package fi.hot.classify;

import fi.hot.model.Classification;
import fi.hot.model.Cue;
import fi.hot.model.Label;
import fi.hot.model.LabelScore;
import fi.hot.model.Language;
import fi.hot.text.Token;
import fi.hot.text.Tokens;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A deterministic classifier that reads cue words from a Finnish and an English {@link Lexicon}.
 *
 * <pre>{@code
 * Classifier c = new CueClassifier(Lexicon.standard(Language.FI), Lexicon.standard(Language.EN));
 * Classification r = c.classify("Laskutus ei toimi, tarvitsemme korjauksen", Language.FI);
 * r.primary();   // PROBLEM
 * r.cues();      // fi.problem.ei-toimi "ei toimi", fi.need.tarvita "tarvitsemme"
 * }</pre>
 *
 * <p>How a statement is read:
 *
 * <ol>
 *   <li>Every rule of the lexicon is matched over the words ({@link fi.hot.text.Tokens}).
 *   <li>A negation reaches to the end of its clause (at most six words). It cancels the problem and
 *       need words it reaches ("ei ole ollut mitään ongelmia", "no problems at all"), and turns
 *       what should work into a problem ("ei toimi", "never arrives"). A negation that reaches
 *       nothing of the kind is a problem by itself when its words say so ("kukaan ei vastannut",
 *       "nobody answered", "never did"). Inside a request ("please don't call before noon") a
 *       negation belongs to the request.
 *   <li>Each label's confidence is the noisy-or of its cues' weights; a label is carried from
 *       {@value #THRESHOLD}. When two labels claim the same words, the stronger keeps them.
 *   <li>The primary label is the first carried label (by where its cues start) that carries weight,
 *       a confidence of at least {@value #WEIGHTY}; when none does, the strongest. Other labels are
 *       kept beside it only when they carry weight too, and are never given a higher confidence
 *       than the primary.
 * </ol>
 *
 * <p>Cues are reported for the carried labels, plus the NONE cues (thanks, negations). For
 * Language.OTHER both lexicons are tried and the one that finds more wins.
 *
 * <p>Immutable and thread-safe; build once and share.
 */
public final class CueClassifier implements Classifier {
  /** The confidence from which a label is carried. */
  public static final double THRESHOLD = 0.5;

  /** The confidence from which a label that comes first is primary, whatever follows it. */
  public static final double WEIGHTY = 0.6;

  private static final int NEGATION_REACH = 6;
  private static final int NEGATION_JOIN = 2;
  private static final int NEGATION_BEFORE = 3;

  private final Lexicon finnish;
  private final Lexicon english;

  /**
   * @param finnish the lexicon for Language.FI
   * @param english the lexicon for Language.EN
   */
  public CueClassifier(Lexicon finnish, Lexicon english) {
    this.finnish = Objects.requireNonNull(finnish, "finnish");
    this.english = Objects.requireNonNull(english, "english");
    if (finnish.language() != Language.FI) {
      throw new IllegalArgumentException("finnish lexicon is for " + finnish.language());
    }
    if (english.language() != Language.EN) {
      throw new IllegalArgumentException("english lexicon is for " + english.language());
    }
  }

  @Override
  public Classification classify(String text, Language language) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    return switch (language) {
      case FI -> analyse(text, finnish).classification();
      case EN -> analyse(text, english).classification();
      case OTHER -> {
        Reading fi = analyse(text, finnish);
        Reading en = analyse(text, english);
        yield (en.isStrongerThan(fi) ? en : fi).classification();
      }
    };
  }

  /**
   * What the cue layer reads in a statement, for a trained model's features: every cue still alive
   * after negation and overlaps (also those of labels not carried), the words and which of them
   * negate.
   */
  CueReading read(String text, Language language) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    Lexicon lexicon = language == Language.EN ? english : finnish;
    return analyse(text, lexicon).cueReading();
  }

  /**
   * The cue layer's reading of one statement.
   *
   * @param classification what the cue layer alone decides
   * @param cues every live cue, in text order
   * @param cueAt the word each cue starts at (parallel to cues)
   * @param boosts which cues only strengthen others of their label (parallel to cues)
   * @param tokens the words
   * @param negators which words negate (parallel to tokens)
   */
  record CueReading(
      Classification classification,
      List<Cue> cues,
      int[] cueAt,
      boolean[] boosts,
      List<Token> tokens,
      List<Boolean> negators) {
    CueReading {
      cues = List.copyOf(cues);
      if (cueAt.length != cues.size() || boosts.length != cues.size()) {
        throw new IllegalArgumentException(cueAt.length + " cue starts for " + cues.size());
      }
      tokens = List.copyOf(tokens);
      negators = List.copyOf(negators);
    }
  }

  private static Reading analyse(String text, Lexicon lexicon) {
    List<Token> tokens = Tokens.of(text, lexicon.language(), lexicon.usesStems());
    int n = tokens.size();
    if (n == 0) {
      return Reading.EMPTY;
    }
    String prefix = lexicon.idPrefix();

    List<CueRule> rules = lexicon.rules();
    Lexicon.Candidates candidates = lexicon.candidates(tokens);
    Lexicon.Starts starts = candidates.markers();

    // single-word marks first: the other patterns ask about them
    boolean[] none = new boolean[n];
    CuePattern.Text plain =
        new CuePattern.Text(tokens, candidates.wordIds(), candidates.stemIds(), none, none, none);
    boolean[] conditional = new boolean[n];
    boolean[] lead = new boolean[n];
    boolean[] stop = new boolean[n];
    List<Hit> negators = new ArrayList<>();
    // a rule that may start nowhere matches nowhere
    for (int j = 0; j < starts.count(); j++) {
      CueRule rule = rules.get(starts.rule(j));
      switch (rule.kind()) {
        case CONDITIONAL -> mark(lexicon, starts, j, plain, conditional);
        case LEAD -> mark(lexicon, starts, j, plain, lead);
        case BREAK -> mark(lexicon, starts, j, plain, stop);
        case NEGATOR -> matches(lexicon, starts, j, plain, negators);
        default -> {}
      }
    }
    negators = leftmostLongest(negators);
    boolean[] negator = new boolean[n];
    for (Hit h : negators) {
      for (int i = h.from; i < h.to; i++) {
        negator[i] = true;
      }
    }
    CuePattern.Text marked =
        new CuePattern.Text(
            tokens, candidates.wordIds(), candidates.stemIds(), negator, conditional, lead);

    boolean[] opens = new boolean[n];
    for (int i = 0; i < n; i++) {
      opens[i] = marked.opensClause(i);
    }
    starts = candidates.cues(negator, conditional, opens);
    List<Hit> hits = new ArrayList<>();
    for (int j = 0; j < starts.count(); j++) {
      CueRule rule = rules.get(starts.rule(j));
      switch (rule.kind()) {
        case PROBLEM, NEED, DREAM, NONE, FUNCTION, PHRASE ->
            matches(lexicon, starts, j, marked, hits);
        default -> {}
      }
    }

    applyPhrases(hits, negators);
    voidNegatedPositives(tokens, negator, hits);
    applyDenials(hits);
    claimNegators(hits, negators);
    hits.addAll(negate(tokens, negators, negator, hits, stop, prefix));

    // what should work but is not negated says nothing
    for (Hit h : hits) {
      if (h.label == null) {
        h.alive = false;
      }
    }
    dropLoneBoosts(tokens, hits);
    dropRedundantBoosts(hits);
    // which label owns shared words is decided on all the evidence, before same-label overlaps go
    dropOverlapsAcrossLabels(hits, totals(hits));
    dropOverlaps(hits);
    Map<Label, Double> totals = totals(hits);
    List<Boolean> negates = new ArrayList<>(n);
    for (boolean b : negator) {
      negates.add(b);
    }
    return Reading.of(text, tokens, hits, totals, negates);
  }

  /** Fixed expressions void what their words would say alone, negations included. */
  private static void applyPhrases(List<Hit> hits, List<Hit> negators) {
    for (Hit h : hits) {
      if (h.rule.kind() == CueRule.Kind.PHRASE) {
        h.alive = false;
        for (Hit other : hits) {
          if (other.rule.kind() != CueRule.Kind.PHRASE && other.overlaps(h)) {
            other.alive = false;
          }
        }
        for (Hit g : negators) {
          if (g.overlaps(h)) {
            g.alive = false;
          }
        }
      }
    }
  }

  /** A positive statement under negation says the opposite: "not working well", "ei korjattu". */
  private static void voidNegatedPositives(List<Token> tokens, boolean[] negator, List<Hit> hits) {
    for (Hit h : hits) {
      if (h.rule.positive() && negatedAround(tokens, negator, h)) {
        h.alive = false;
      }
    }
  }

  /**
   * Denials and thanks override the cues they share words with, unless a longer cue reads them in
   * context ("I'd be grateful if" is a request, not thanks).
   */
  private static void applyDenials(List<Hit> hits) {
    for (Hit h : hits) {
      if (h.alive && h.rule.kind() == CueRule.Kind.NONE) {
        for (Hit other : hits) {
          if (other.alive
              && other.rule.kind() != CueRule.Kind.NONE
              && other.contains(h)
              && other.to - other.from > h.to - h.from) {
            h.alive = false;
          }
        }
        for (Hit other : hits) {
          if (h.alive && other.rule.kind() != CueRule.Kind.NONE && other.overlaps(h)) {
            other.alive = false;
          }
        }
      }
    }
  }

  /**
   * A denial owns the negating words inside it ("no worries", "ei hätää"), and a need or dream
   * built on a negating word owns that word ("wouldn't it be amazing", "don't call before ten"):
   * they negate nothing else.
   */
  private static void claimNegators(List<Hit> hits, List<Hit> negators) {
    for (Hit h : hits) {
      CueRule.Kind kind = h.rule.kind();
      if (!h.alive || h.boost()) {
        continue;
      }
      for (Hit g : negators) {
        boolean owned =
            kind == CueRule.Kind.NONE
                || ((kind == CueRule.Kind.NEED || kind == CueRule.Kind.DREAM) && g.from == h.from);
        if (owned && g.overlaps(h)) {
          g.alive = false;
        }
      }
    }
  }

  /** Whether a negating word stands inside the hit or just before it in its clause. */
  private static boolean negatedAround(List<Token> tokens, boolean[] negator, Hit h) {
    int clause = tokens.get(h.from).clause();
    for (int i = Math.max(0, h.from - NEGATION_BEFORE); i < h.to; i++) {
      if (negator[i] && tokens.get(i).clause() == clause) {
        return true;
      }
    }
    return false;
  }

  private static void mark(
      Lexicon lexicon, Lexicon.Starts starts, int j, CuePattern.Text text, boolean[] marks) {
    List<Hit> found = new ArrayList<>();
    matches(lexicon, starts, j, text, found);
    for (Hit h : found) {
      for (int i = h.from; i < h.to; i++) {
        marks[i] = true;
      }
    }
  }

  /**
   * Adds the rule's matches, left to right and not overlapping, to {@code out}. Only the positions
   * where the rule's first word may match are tried: elsewhere a match cannot start.
   */
  private static void matches(
      Lexicon lexicon, Lexicon.Starts starts, int j, CuePattern.Text text, List<Hit> out) {
    int r = starts.rule(j);
    CueRule rule = lexicon.rules().get(r);
    int next = 0;
    for (int k = starts.from(j); k < starts.to(j); k++) {
      int i = starts.position(k);
      if (i < next) {
        continue;
      }
      int end = rule.pattern().matchAt(text, i, rule.wholeSentence());
      if (end > i) {
        out.add(new Hit(rule, lexicon.fullId(r), i, end));
        next = end;
      }
    }
  }

  // the orders of hits, made once: a comparator chain is built anew at each call otherwise
  private static final Comparator<Hit> LEFTMOST_LONGEST =
      Comparator.comparingInt((Hit h) -> h.from)
          .thenComparingInt(h -> -h.to)
          .thenComparingDouble(h -> -h.weight);
  private static final Comparator<Hit> STRONGEST_LONGEST =
      Comparator.comparingDouble((Hit h) -> -h.weight)
          .thenComparingInt(h -> h.from - h.to)
          .thenComparingInt(h -> h.from);
  private static final Comparator<Hit> TEXT_ORDER =
      Comparator.comparingInt((Hit h) -> h.from).thenComparingInt(h -> h.to);

  private static List<Hit> leftmostLongest(List<Hit> hits) {
    List<Hit> sorted = new ArrayList<>(hits);
    sorted.sort(LEFTMOST_LONGEST);
    List<Hit> out = new ArrayList<>();
    int end = 0;
    for (Hit h : sorted) {
      if (h.from >= end) {
        out.add(h);
        end = h.to;
      }
    }
    return out;
  }

  /** Applies each negation to what it reaches; returns the cues the negations add. */
  private static List<Hit> negate(
      List<Token> tokens,
      List<Hit> negators,
      boolean[] negator,
      List<Hit> hits,
      boolean[] stop,
      String prefix) {
    List<Hit> added = new ArrayList<>();
    for (NegationGroup g : NegationGroup.of(tokens, negators)) {
      if (!g.core) {
        continue;
      }
      int clause = tokens.get(g.to - 1).clause();
      int scopeEnd = Math.min(tokens.size(), g.to + NEGATION_REACH);
      boolean request = requestBefore(tokens, hits, g.from, stop);
      List<Hit> reached = new ArrayList<>();
      for (Hit h : hits) {
        if (h.alive
            && !h.boost()
            && h.from >= g.from
            && !negator[h.from]
            && h.from < scopeEnd
            && tokens.get(h.from).clause() == clause) {
          reached.add(h);
        }
      }
      // problem words after a negated function stand ("didn't fix the bug", "nobody told me the
      // prices went up"), unless the function is one of noticing ("haven't seen any errors")
      int functionAt =
          reached.stream()
              .filter(h -> h.rule.kind() == CueRule.Kind.FUNCTION && !h.rule.perceive())
              .mapToInt(h -> h.from)
              .min()
              .orElse(Integer.MAX_VALUE);
      // a negation that denies something is spent: what follows it is not negated as well
      int deniedAt =
          reached.stream()
              .filter(h -> cancels(h) && h.from < functionAt)
              .mapToInt(h -> h.from)
              .min()
              .orElse(Integer.MAX_VALUE);
      boolean absorbed = !reached.isEmpty();
      int cancelledTo = -1;
      for (Hit h : reached) {
        if (cancels(h) && h.from < functionAt) {
          h.alive = false;
          cancelledTo = Math.max(cancelledTo, h.to);
        } else if (h.rule.kind() == CueRule.Kind.FUNCTION) {
          boolean denied = deniedAt < Integer.MAX_VALUE && (h.rule.perceive() || h.from > deniedAt);
          if (request || denied) {
            h.alive = false;
          } else {
            h.label = Label.PROBLEM;
            h.from = g.from;
          }
        }
      }
      if (cancelledTo > 0) {
        // one cue per negation, reaching to the last word it cancels
        added.add(new Hit(null, g.from, cancelledTo, Label.NONE, 1.0, prefix + "negation"));
      }
      if (!absorbed && !request && g.fallback > 0) {
        added.add(new Hit(null, g.from, g.to, Label.PROBLEM, g.fallback, prefix + g.fallbackId));
      }
    }
    return added;
  }

  /** Whether a negation reaching the hit cancels it ("no problems", "ei tarvetta"). */
  private static boolean cancels(Hit h) {
    CueRule.Kind kind = h.rule.kind();
    return h.rule.negatable() && (kind == CueRule.Kind.PROBLEM || kind == CueRule.Kind.NEED);
  }

  /**
   * Whether a request (a need cue that carries weight) stands before the word in its sentence, with
   * no "but" or "because" between.
   */
  private static boolean requestBefore(List<Token> tokens, List<Hit> hits, int at, boolean[] stop) {
    for (Hit h : hits) {
      if (h.alive
          && h.label == Label.NEED
          && !h.boost()
          && h.weight >= WEIGHTY
          && h.from <= at
          && tokens.get(h.from).sentence() == tokens.get(at).sentence()) {
        boolean broken = false;
        for (int i = h.to; i <= at; i++) {
          broken |= stop[i] && tokens.get(i).opensClause();
        }
        if (!broken) {
          return true;
        }
      }
    }
    return false;
  }

  private static void dropLoneBoosts(List<Token> tokens, List<Hit> hits) {
    for (Hit h : hits) {
      if (h.alive && h.boost()) {
        boolean backed = false;
        for (Hit other : hits) {
          backed |=
              other.alive
                  && !other.boost()
                  && other.label == h.label
                  && tokens.get(other.from).sentence() == tokens.get(h.from).sentence();
        }
        h.alive = backed;
      }
    }
  }

  /** A boost on words that a cue of its own label already reads says nothing new. */
  private static void dropRedundantBoosts(List<Hit> hits) {
    for (Hit h : hits) {
      if (h.alive && h.boost()) {
        for (Hit other : hits) {
          if (other.alive && !other.boost() && other.label == h.label && other.overlaps(h)) {
            h.alive = false;
          }
        }
      }
    }
  }

  /** Of cues of one label that share words, only the strongest (then the longest) counts. */
  private static void dropOverlaps(List<Hit> hits) {
    List<Hit> sorted = new ArrayList<>(hits);
    sorted.sort(STRONGEST_LONGEST);
    List<Hit> kept = new ArrayList<>();
    for (Hit h : sorted) {
      if (!h.alive) {
        continue;
      }
      boolean clash = false;
      for (Hit k : kept) {
        clash |= k.label == h.label && k.overlaps(h);
      }
      if (clash) {
        h.alive = false;
      } else {
        kept.add(h);
      }
    }
  }

  /** When two labels claim the same words, the label with more evidence keeps them. */
  private static void dropOverlapsAcrossLabels(List<Hit> hits, Map<Label, Double> totals) {
    List<Hit> sorted = new ArrayList<>(hits);
    // a boost never takes words from another label's cue
    sorted.sort(
        Comparator.comparing(Hit::boost)
            .thenComparingDouble((Hit h) -> -totals.getOrDefault(h.label, 0.0))
            .thenComparingDouble(h -> -h.weight)
            .thenComparingInt(h -> h.from));
    List<Hit> kept = new ArrayList<>();
    for (Hit h : sorted) {
      if (!h.alive || h.label == Label.NONE) {
        continue;
      }
      boolean clash = false;
      for (Hit k : kept) {
        clash |= k.label != h.label && k.overlaps(h);
      }
      if (clash) {
        h.alive = false;
      } else {
        kept.add(h);
      }
    }
  }

  private static Map<Label, Double> totals(List<Hit> hits) {
    Map<Label, Double> miss = new EnumMap<>(Label.class);
    for (Hit h : hits) {
      if (h.alive && h.label != Label.NONE) {
        miss.merge(h.label, 1 - h.weight, (a, b) -> a * b);
      }
    }
    Map<Label, Double> totals = new EnumMap<>(Label.class);
    miss.forEach((label, m) -> totals.put(label, 1 - m));
    return totals;
  }

  /** One match of a rule, or a cue a negation made. Mutable while a statement is read. */
  private static final class Hit {
    final CueRule rule;
    final int to;
    final String id;
    int from;
    Label label;
    double weight;
    boolean alive = true;

    Hit(CueRule rule, String fullId, int from, int to) {
      this.rule = rule;
      this.from = from;
      this.to = to;
      this.id = fullId;
      this.weight = rule.weight();
      this.label =
          switch (rule.kind()) {
            case PROBLEM -> Label.PROBLEM;
            case NEED -> Label.NEED;
            case DREAM -> Label.DREAM;
            case NONE -> Label.NONE;
            default -> null;
          };
    }

    Hit(CueRule rule, int from, int to, Label label, double weight, String fullId) {
      this.rule = rule;
      this.from = from;
      this.to = to;
      this.label = label;
      this.weight = weight;
      this.id = fullId;
    }

    boolean overlaps(Hit other) {
      return from < other.to && other.from < to;
    }

    boolean contains(Hit other) {
      return from <= other.from && other.to <= to;
    }

    boolean boost() {
      return rule != null && rule.boost();
    }

    String fullId() {
      return id;
    }
  }

  /** Negating words that stand together ("en ole koskaan", "kukaan ei") act as one negation. */
  private static final class NegationGroup {
    int from;
    int to;
    boolean core;
    double fallback;
    String fallbackId = "negation";

    static List<NegationGroup> of(List<Token> tokens, List<Hit> negators) {
      List<NegationGroup> groups = new ArrayList<>();
      NegationGroup g = null;
      for (Hit h : negators) {
        if (!h.alive) {
          continue;
        }
        boolean joins =
            g != null
                && h.from - g.to <= NEGATION_JOIN
                && tokens.get(h.from).clause() == tokens.get(g.to - 1).clause();
        if (!joins) {
          g = new NegationGroup();
          g.from = h.from;
          groups.add(g);
        }
        g.to = h.to;
        g.core |= !h.rule.weak();
        if (h.rule.weight() > g.fallback) {
          g.fallback = h.rule.weight();
          g.fallbackId = h.rule.id();
        }
      }
      return groups;
    }
  }

  /** What one lexicon made of a statement. */
  private record Reading(
      Classification classification, double strength, int cueCount, CueReading cueReading) {
    static final Reading EMPTY =
        new Reading(
            Classification.NONE,
            0,
            0,
            new CueReading(
                Classification.NONE, List.of(), new int[0], new boolean[0], List.of(), List.of()));

    boolean isStrongerThan(Reading other) {
      return strength > other.strength || (strength == other.strength && cueCount > other.cueCount);
    }

    static Reading of(
        String text,
        List<Token> tokens,
        List<Hit> hits,
        Map<Label, Double> totals,
        List<Boolean> negators) {
      List<Label> carried = new ArrayList<>(3);
      int[] first = new int[Label.values().length];
      for (Label label : Label.HOT) {
        if (totals.getOrDefault(label, 0.0) >= THRESHOLD) {
          carried.add(label);
          int from = Integer.MAX_VALUE;
          for (Hit h : hits) {
            if (h.alive && h.label == label && !h.boost()) {
              from = Math.min(from, h.from);
            }
          }
          first[label.ordinal()] = from;
        }
      }
      carried.sort(
          Comparator.comparingInt((Label l) -> first[l.ordinal()])
              .thenComparingDouble(l -> -totals.get(l)));
      Label primary = Label.NONE;
      for (Label l : carried) {
        if (totals.get(l) >= WEIGHTY - 1e-9) {
          primary = l;
          break;
        }
      }
      if (primary == Label.NONE && !carried.isEmpty()) {
        // none carries weight: the strongest, the first of equals
        primary = carried.get(0);
        for (Label l : carried) {
          if (totals.get(l) > totals.get(primary)) {
            primary = l;
          }
        }
      }
      List<LabelScore> scores = new ArrayList<>(3);
      boolean[] kept = new boolean[Label.values().length];
      if (primary != Label.NONE) {
        double top = round(totals.get(primary));
        scores.add(new LabelScore(primary, top));
        kept[primary.ordinal()] = true;
        // beside a primary, a label needs weight of its own, not just a suggestive cue
        List<Label> beside = new ArrayList<>(2);
        for (Label l : carried) {
          if (l != primary && totals.get(l) >= WEIGHTY - 1e-9) {
            beside.add(l);
          }
        }
        beside.sort(Comparator.comparingDouble((Label l) -> -totals.get(l)));
        for (Label l : beside) {
          scores.add(new LabelScore(l, Math.min(top, round(totals.get(l)))));
          kept[l.ordinal()] = true;
        }
      }
      List<Hit> live = new ArrayList<>(hits.size());
      for (Hit h : hits) {
        if (h.alive && h.label != null) {
          live.add(h);
        }
      }
      live.sort(TEXT_ORDER);
      List<Cue> all = new ArrayList<>(live.size());
      int[] at = new int[live.size()];
      boolean[] boosts = new boolean[live.size()];
      List<Cue> cues = new ArrayList<>(live.size());
      for (Hit h : live) {
        at[all.size()] = h.from;
        boosts[all.size()] = h.boost();
        Cue cue =
            new Cue(
                h.fullId(),
                h.label,
                text.substring(tokens.get(h.from).start(), tokens.get(h.to - 1).end()));
        all.add(cue);
        if (h.label == Label.NONE || kept[h.label.ordinal()]) {
          cues.add(cue);
        }
      }
      double strength = 0;
      for (double t : totals.values()) {
        strength = Math.max(strength, t);
      }
      Classification c = new Classification(primary, scores, cues);
      return new Reading(
          c, strength, cues.size(), new CueReading(c, all, at, boosts, tokens, negators));
    }

    private static double round(double v) {
      return Math.round(v * 1000) / 1000.0;
    }
  }
}
