package fi.hot.insight;

import fi.hot.HotParseException;
import fi.hot.HotQueryException;
import fi.hot.HotStore;
import fi.hot.model.Count;
import fi.hot.model.Hit;
import fi.hot.model.Language;
import fi.hot.model.Query;
import fi.hot.model.StatementSet;
import fi.hot.model.Stats;
import fi.hot.model.Subset;
import fi.hot.model.TermCount;
import fi.hot.model.TermCounts;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Finds the recurring themes of a selection of statements, and measures the themes a team pins.
 *
 * <pre>{@code
 * try (HotStore store = Hot.open(Path.of("hot-data"))) {
 *   ThemeReport report = Themes.defaults()
 *       .limit(10)
 *       .pinned(ThemeFile.read(Path.of("themes.txt")).themes())
 *       .find(store, Query.all().label(Label.PROBLEM));
 *   for (Theme t : report.found()) {
 *     System.out.println(t.name() + " " + t.statements() + " " + t.customers());
 *   }
 * }
 * }</pre>
 *
 * <p>How themes are found:
 *
 * <ol>
 *   <li>The store counts the stemmed words and two-word phrases of the selection (Finnish and
 *       English statements in their own analysis, others by their unstemmed words), leaving out
 *       stop words and the {@link #fillerWords() filler words} of both languages ("tarvitsemme",
 *       "would", "ongelma").
 *   <li>Finnish stems that are {@link #inflection forms of one word} the stemmer leaves apart
 *       ({@code toimitus} and {@code toimituks}, {@code lasku} and {@code laskutus}) count as one
 *       candidate; every other term is a candidate of its own. A candidate needs {@link
 *       #minStatements} statements.
 *   <li>Each candidate is scored. When the selection is a part of the store, by Dunning's
 *       log-likelihood ratio (G²) of its share of the selection against its share of the rest of
 *       the store, keeping only those more common in the selection. When the selection is the whole
 *       store there is nothing to contrast: by {@code n·ln(N/n)}, for a candidate in n of N
 *       statements, which ranks common ones first but sinks those in more than a third of all.
 *   <li>The strongest candidates are merged, strongest first: a candidate joins an earlier theme
 *       when their statements largely overlap (Jaccard index at least 0.6), when it is a phrase of
 *       one of the theme's words or the other way round and at least half of the word's statements
 *       have the phrase ("mobile app" and "app"), when one is a Finnish {@link #compound} ending in
 *       the other ({@code verkko|lasku} joins {@code lasku}), or when both are the same word in two
 *       languages ("api").
 *   <li>A theme's query is all its forms joined by {@code OR}. Its counts come from the store, for
 *       exactly the statements of the selection that query matches; a theme with fewer than {@link
 *       #minStatements} statements or {@link #minCustomers} customers is dropped.
 * </ol>
 *
 * <p>Pinned themes are measured the same way from their own queries. The same store gives the same
 * report: every ranking ends in a total tie-break.
 *
 * <p>Immutable and thread-safe; each setting returns a new instance.
 */
public final class Themes {
  /** How many quotes a theme gets. */
  public static final int QUOTES = 3;

  /** Statements whose Jaccard index is at least this are about the same thing. */
  static final double SAME_STATEMENTS = 0.6;

  /** A word joins its phrase's theme when at least this share of its statements has the phrase. */
  static final double PHRASE_SHARE = 0.5;

  /** How many typical statements to choose the quotes from, to find different customers. */
  private static final int QUOTE_POOL = 30;

  private static final Set<String> FILLER_WORDS = loadFillerWords();

  private static final Themes DEFAULTS = new Themes(10, 3, 2, List.of());

  private final int limit;
  private final int minStatements;
  private final int minCustomers;
  private final List<PinnedTheme> pinned;

  private Themes(int limit, int minStatements, int minCustomers, List<PinnedTheme> pinned) {
    this.limit = limit;
    this.minStatements = minStatements;
    this.minCustomers = minCustomers;
    this.pinned = List.copyOf(pinned);
  }

  /**
   * At most 10 found themes, each of at least 3 statements from at least 2 customers; none pinned.
   */
  public static Themes defaults() {
    return DEFAULTS;
  }

  /** At most this many found themes (pinned ones are always all shown). */
  public Themes limit(int value) {
    if (value < 0) {
      throw new IllegalArgumentException("limit " + value + " is negative");
    }
    return new Themes(value, minStatements, minCustomers, pinned);
  }

  /** A found theme covers at least this many statements; at least 2. */
  public Themes minStatements(int value) {
    if (value < 2) {
      throw new IllegalArgumentException("minStatements " + value + " is less than 2");
    }
    return new Themes(limit, value, minCustomers, pinned);
  }

  /** A found theme comes from at least this many distinct customers; at least 1. */
  public Themes minCustomers(int value) {
    if (value < 1) {
      throw new IllegalArgumentException("minCustomers " + value + " is less than 1");
    }
    return new Themes(limit, minStatements, value, pinned);
  }

  /** The themes a team tracks, measured beside the found ones. */
  public Themes pinned(List<PinnedTheme> value) {
    Objects.requireNonNull(value, "pinned");
    return new Themes(limit, minStatements, minCustomers, value);
  }

  public int limit() {
    return limit;
  }

  public int minStatements() {
    return minStatements;
  }

  public int minCustomers() {
    return minCustomers;
  }

  public List<PinnedTheme> pinned() {
    return pinned;
  }

  /** The words themes leave out, in both languages, lower case. */
  public static Set<String> fillerWords() {
    return FILLER_WORDS;
  }

  /**
   * The pinned and found themes of the statements matching the selection.
   *
   * @throws HotQueryException when the selection's text cannot be parsed
   * @throws HotParseException naming the file and line of a pinned theme whose query cannot be
   *     parsed
   */
  public ThemeReport find(HotStore store, Query selection) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(selection, "selection");
    // forms of a Finnish word that the stemmer leaves apart are counted together below, so each
    // form needs only part of the minimum
    int minForm = Math.max(2, (minStatements + 1) / 2);
    TermCounts counts = store.terms(selection, minForm, FILLER_WORDS);
    boolean contrasted = counts.stored() > counts.selected();

    List<Theme> found = new ArrayList<>();
    for (Group g : merge(candidates(counts, contrasted))) {
      if (found.size() >= limit) {
        break;
      }
      Theme t = measure(store, selection, g.name(), g.query(), false, g.score, g.terms());
      if (t.statements() >= minStatements && t.customers() >= minCustomers) {
        found.add(t);
      }
    }
    found.sort(Comparator.comparingDouble(Theme::score).reversed().thenComparing(Theme::name));

    List<Theme> measured = new ArrayList<>();
    for (PinnedTheme p : pinned) {
      measured.add(measurePinned(store, selection, p));
    }
    return new ThemeReport(counts.selected(), counts.stored(), contrasted, measured, found);
  }

  private static Theme measurePinned(HotStore store, Query selection, PinnedTheme p) {
    try {
      return measure(store, selection, p.name(), p.query(), true, 0, List.of());
    } catch (HotQueryException e) {
      if (p.line() > 0) {
        throw new HotParseException(
            p.file(), p.line(), "theme '" + p.name() + "': " + e.getMessage());
      }
      throw new HotQueryException("theme '" + p.name() + "': " + e.getMessage(), e);
    }
  }

  /** A theme's facts: the store's exact counts for the statements its query matches. */
  private static Theme measure(
      HotStore store,
      Query selection,
      String name,
      String query,
      boolean pinned,
      double score,
      List<String> terms) {
    Subset s = store.subset(selection, query, QUOTE_POOL);
    Stats stats = s.stats();
    return new Theme(
        name,
        query,
        pinned,
        score,
        terms,
        stats.total(),
        stats.customers().size(),
        stats.labels(),
        s.first(),
        s.last(),
        everyMonth(stats.months()),
        quotes(s.examples()));
  }

  /** The months from the first to the last, with 0 for those without statements. */
  static List<Count> everyMonth(List<Count> months) {
    if (months.isEmpty()) {
      return List.of();
    }
    Map<String, Long> byMonth = new HashMap<>();
    months.forEach(c -> byMonth.put(c.value(), c.count()));
    YearMonth first = YearMonth.parse(months.get(0).value());
    YearMonth last = YearMonth.parse(months.get(months.size() - 1).value());
    List<Count> all = new ArrayList<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      String key = m.toString();
      all.add(new Count(key, byMonth.getOrDefault(key, 0L)));
    }
    return all;
  }

  /** The first {@link #QUOTES} examples, skipping customers already quoted while others remain. */
  static List<Hit> quotes(List<Hit> examples) {
    List<Integer> chosen = new ArrayList<>();
    Set<String> customers = new HashSet<>();
    for (int i = 0; i < examples.size() && chosen.size() < QUOTES; i++) {
      if (customers.add(examples.get(i).statement().customer().id())) {
        chosen.add(i);
      }
    }
    for (int i = 0; i < examples.size() && chosen.size() < QUOTES; i++) {
      if (!chosen.contains(i)) {
        chosen.add(i);
      }
    }
    return chosen.stream().sorted().map(examples::get).toList();
  }

  /**
   * A candidate for a theme: one term, or a Finnish word whose forms the stemmer left apart ({@code
   * toimitus}, {@code toimituks}), with the statements of any of them.
   */
  record Candidate(List<TermCount> terms, StatementSet statements, long storeCount, double score) {
    Candidate {
      terms = List.copyOf(terms);
    }

    static Candidate of(List<TermCount> forms) {
      StatementSet statements = StatementSet.empty();
      long store = 0;
      for (TermCount t : forms) {
        statements = statements.union(t.statements());
        store += t.storeCount();
      }
      // a statement with two forms is counted twice in the sum: never fewer than the selection has
      return new Candidate(forms, statements, Math.max(store, statements.size()), 0);
    }

    Candidate scored(double value) {
      return new Candidate(terms, statements, storeCount, value);
    }

    long count() {
      return statements.size();
    }

    Language language() {
      return terms.get(0).language();
    }

    boolean isPhrase() {
      return terms.get(0).isPhrase();
    }

    /** The form to show: the most used, then the shortest, then the first alphabetically. */
    String surface() {
      return terms.stream()
          .min(
              Comparator.comparingLong((TermCount t) -> -t.count())
                  .thenComparingInt(t -> t.surface().length())
                  .thenComparing(TermCount::surface))
          .orElseThrow()
          .surface();
    }

    List<String> stems() {
      return terms.stream().flatMap(t -> t.stems().stream()).toList();
    }

    List<String> surfaces() {
      return terms.stream().map(TermCount::surface).toList();
    }
  }

  /** The terms worth a theme, strongest first, at most as many as merging needs. */
  private List<Candidate> candidates(TermCounts counts, boolean contrasted) {
    long n = counts.selected();
    long total = counts.stored();
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : forms(counts.terms())) {
      if (c.count() < minStatements) {
        continue;
      }
      double score =
          contrasted
              ? contrast(c.count(), n, c.storeCount() - c.count(), total - n)
              : c.count() * Math.log((double) total / c.count());
      if (score > 0) {
        out.add(c.scored(score));
      }
    }
    out.sort(
        Comparator.comparingDouble(Candidate::score)
            .reversed()
            .thenComparing(c -> -c.count())
            .thenComparing(c -> !c.isPhrase())
            .thenComparing(Candidate::surface)
            .thenComparing(Candidate::language));
    return out.subList(0, Math.min(out.size(), Math.max(50, 5 * limit)));
  }

  /**
   * The readable terms as candidates: Finnish words whose stems are {@link #inflection inflections}
   * of each other as one, every other term on its own.
   */
  private static List<Candidate> forms(List<TermCount> terms) {
    List<TermCount> finnish = new ArrayList<>();
    List<Candidate> out = new ArrayList<>();
    for (TermCount t : terms) {
      if (!readable(t)) {
        continue;
      }
      if (t.language() == Language.FI && !t.isPhrase()) {
        finnish.add(t);
      } else {
        out.add(Candidate.of(List.of(t)));
      }
    }
    // related stems share their first five letters: compare within those buckets only
    int[] parent = new int[finnish.size()];
    Map<String, List<Integer>> buckets = new HashMap<>();
    for (int i = 0; i < finnish.size(); i++) {
      parent[i] = i;
      String stem = finnish.get(i).stems().get(0);
      if (stem.length() >= 5) {
        buckets.computeIfAbsent(stem.substring(0, 5), k -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> bucket : buckets.values()) {
      for (int x = 0; x < bucket.size(); x++) {
        for (int y = x + 1; y < bucket.size(); y++) {
          int i = bucket.get(x);
          int j = bucket.get(y);
          if (inflection(finnish.get(i).stems().get(0), finnish.get(j).stems().get(0))) {
            parent[root(parent, i)] = root(parent, j);
          }
        }
      }
    }
    Map<Integer, List<TermCount>> families = new TreeMap<>();
    for (int i = 0; i < finnish.size(); i++) {
      families.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(finnish.get(i));
    }
    families.values().forEach(f -> out.add(Candidate.of(f)));
    return out;
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Words of letters: not numbers, codes or single letters. */
  private static boolean readable(TermCount t) {
    for (String word : t.surface().split(" ")) {
      if (word.codePoints().filter(Character::isLetter).count() < 2) {
        return false;
      }
    }
    return true;
  }

  /**
   * Dunning's G² for a term in {@code a} of the {@code n} selected statements and {@code c} of the
   * {@code m} others; 0 unless the term is relatively more common in the selection.
   */
  static double contrast(long a, long n, long c, long m) {
    if (n == 0 || m == 0 || (double) a / n <= (double) c / m) {
      return 0;
    }
    long b = n - a;
    long d = m - c;
    double g2 =
        xlnx(a)
            + xlnx(b)
            + xlnx(c)
            + xlnx(d)
            - xlnx(a + b)
            - xlnx(c + d)
            - xlnx(a + c)
            - xlnx(b + d)
            + xlnx(a + b + c + d);
    return 2 * g2;
  }

  private static double xlnx(long x) {
    return x <= 0 ? 0 : x * Math.log(x);
  }

  /** A theme being formed: its candidates, strongest first, and all their statements. */
  private static final class Group {
    final List<Candidate> members = new ArrayList<>();
    final double score;
    StatementSet statements;

    Group(Candidate seed) {
      members.add(seed);
      score = seed.score();
      statements = seed.statements();
    }

    void add(Candidate c) {
      members.add(c);
      statements = statements.union(c.statements());
    }

    /** Most used first; on a tie phrases first, then alphabetical. */
    List<Candidate> byUse() {
      return members.stream()
          .sorted(
              Comparator.comparingLong((Candidate c) -> -c.count())
                  .thenComparing(c -> !c.isPhrase())
                  .thenComparing(Candidate::surface)
                  .thenComparing(Candidate::language))
          .toList();
    }

    /** Every form of every member, the members most used first. */
    List<String> terms() {
      List<String> terms = new ArrayList<>();
      for (Candidate c : byUse()) {
        c.terms().stream()
            .sorted(
                Comparator.comparingLong((TermCount t) -> -t.count())
                    .thenComparing(TermCount::surface))
            .forEach(t -> terms.add(t.surface()));
      }
      return terms.stream().distinct().toList();
    }

    /** Up to three members, leaving out words that a phrase of the theme shows already. */
    String name() {
      Set<String> inPhrases = new HashSet<>();
      for (Candidate c : members) {
        if (c.isPhrase()) {
          c.stems().forEach(s -> inPhrases.add(c.language() + ":" + s));
        }
      }
      LinkedHashSet<String> shown = new LinkedHashSet<>();
      for (Candidate c : byUse()) {
        if (!c.isPhrase()
            && c.stems().stream().anyMatch(s -> inPhrases.contains(c.language() + ":" + s))) {
          continue;
        }
        shown.add(c.surface());
      }
      return shown.stream().limit(3).collect(Collectors.joining(" / "));
    }

    /** Every form, as the store's query syntax: {@code lasku OR laskutus OR "mobile app"}. */
    String query() {
      return terms().stream().map(Themes::queryTerm).collect(Collectors.joining(" OR "));
    }
  }

  /** Groups the candidates into themes, strongest first. */
  private static List<Group> merge(List<Candidate> candidates) {
    List<Group> groups = new ArrayList<>();
    next:
    for (Candidate c : candidates) {
      for (Group g : groups) {
        if (joins(c, g)) {
          g.add(c);
          continue next;
        }
      }
      groups.add(new Group(c));
    }
    return groups;
  }

  private static boolean joins(Candidate c, Group g) {
    if (jaccard(c.statements(), g.statements) >= SAME_STATEMENTS) {
      return true;
    }
    for (Candidate m : g.members) {
      if (m.terms().stream().anyMatch(t -> c.surfaces().contains(t.surface()))) {
        return true; // one word in two languages: the query finds both anyway
      }
      if (m.language() != c.language()) {
        continue;
      }
      if (absorbs(c, m) || absorbs(m, c)) {
        return true;
      }
      if (c.language() == Language.FI && !c.isPhrase() && !m.isPhrase() && compounds(c, m)) {
        return true;
      }
    }
    return false;
  }

  private static boolean compounds(Candidate a, Candidate b) {
    for (String x : a.stems()) {
      for (String y : b.stems()) {
        if (compound(x, y) || compound(y, x)) {
          return true;
        }
      }
    }
    return false;
  }

  static double jaccard(StatementSet a, StatementSet b) {
    int both = a.intersectionSize(b);
    int either = a.size() + b.size() - both;
    return either == 0 ? 0 : (double) both / either;
  }

  /** Whether the phrase has the word and at least half of the word's statements have the phrase. */
  private static boolean absorbs(Candidate phrase, Candidate word) {
    return phrase.isPhrase()
        && !word.isPhrase()
        && word.stems().stream().anyMatch(phrase.stems()::contains)
        && phrase.statements().intersectionSize(word.statements())
            >= PHRASE_SHARE * word.statements().size();
  }

  /**
   * Whether a Finnish stem is a compound ending in another: {@code verkkolasku} ends in {@code
   * lasku}. Without a dictionary, a tail of at least four letters after a head of at least three is
   * taken as a compound.
   */
  static boolean compound(String word, String tail) {
    return tail.length() >= 4 && word.length() - tail.length() >= 3 && word.endsWith(tail);
  }

  /**
   * Whether two Finnish stems look like forms of one word that the stemmer leaves apart: one is the
   * other with at most four more letters ({@code lasku}, {@code laskutus}, {@code laskutuks}), or
   * they differ in the {@code -s}/{@code -ks} alternation ({@code sovellus}, {@code sovelluks}).
   */
  static boolean inflection(String a, String b) {
    String shorter = a.length() <= b.length() ? a : b;
    String longer = a.length() <= b.length() ? b : a;
    if (shorter.length() >= 5
        && longer.startsWith(shorter)
        && longer.length() - shorter.length() <= 4) {
      return true;
    }
    return shorter.length() >= 5
        && shorter.endsWith("s")
        && longer.equals(shorter.substring(0, shorter.length() - 1) + "ks");
  }

  /** A word or phrase as query text that matches it and only it. */
  static String queryTerm(String surface) {
    if (surface.contains(" ")) {
      return '"' + surface.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
    StringBuilder b = new StringBuilder(surface.length() + 4);
    for (int i = 0; i < surface.length(); i++) {
      char ch = surface.charAt(i);
      if ("\\+-!(){}[]^\"~*?:/&|".indexOf(ch) >= 0) {
        b.append('\\');
      }
      b.append(ch);
    }
    return b.toString();
  }

  private static Set<String> loadFillerWords() {
    Set<String> words = new HashSet<>();
    for (String name : List.of("filler-words-fi.txt", "filler-words-en.txt")) {
      try (InputStream in = Themes.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + name);
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          int hash = line.indexOf('#');
          String word = (hash < 0 ? line : line.substring(0, hash)).strip();
          if (!word.isEmpty()) {
            words.add(word.toLowerCase(Locale.ROOT));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Set.copyOf(words);
  }
}
