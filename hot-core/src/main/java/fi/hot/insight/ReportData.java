package fi.hot.insight;

import fi.hot.HotStore;
import fi.hot.internal.Dates;
import fi.hot.model.Emotion;
import fi.hot.model.Label;
import fi.hot.model.LoopState;
import fi.hot.model.Query;
import fi.hot.model.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

/**
 * Everything a report shows, computed once from the store for a selection: headline figures, the
 * label mix, statements per month by label, the top themes, the loop funnel, open items by age,
 * representative quotes per label and how customers felt: mean polarity month by month and the
 * share of each emotion.
 *
 * <pre>{@code
 * ReportData data = ReportData.compute(store, Query.all().since(start), Instant.parse(asOf));
 * data.overall().loopClosureRate();
 * data.openByAge();   // four buckets, measured against asOf
 * }</pre>
 *
 * <p>Label counts count the labels statements carry, so a statement voicing both a problem and a
 * need counts in both. The feeling is each statement's own ({@link Statement#feeling()}), read at
 * capture. Immutable.
 *
 * @param query the selection
 * @param asOf the moment open items are aged against
 * @param overall the metrics of the whole selection
 * @param months statements per month by label, every month from the first to the last
 * @param themes the top themes found, strongest first
 * @param funnel how far the dreams, problems and needs have come in the loop
 * @param openByAge open dreams, problems and needs by age, youngest bucket first
 * @param voice representative quotes for dreams, problems and needs, in that order
 * @param feeling mean polarity month by month and statements by emotion
 */
public record ReportData(
    Query query,
    Instant asOf,
    MetricSet overall,
    List<MonthCounts> months,
    List<Theme> themes,
    Funnel funnel,
    List<AgeBucket> openByAge,
    List<Voice> voice,
    FeelingTrend feeling) {

  /** How many themes a report shows. */
  public static final int THEMES = 8;

  /** How many quotes a label gets. */
  public static final int QUOTES = 3;

  /** The labels in the order a report shows them. */
  public static final List<Label> LABELS =
      List.of(Label.DREAM, Label.PROBLEM, Label.NEED, Label.NONE);

  /** Upper bounds, in days, of the open-item age buckets; the last is open-ended. */
  private static final int[] AGE_BOUNDS = {7, 30, 90};

  public ReportData {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(overall, "overall");
    Objects.requireNonNull(funnel, "funnel");
    months = List.copyOf(months);
    themes = List.copyOf(themes);
    openByAge = List.copyOf(openByAge);
    voice = List.copyOf(voice);
    Objects.requireNonNull(feeling, "feeling");
  }

  /**
   * The report of the statements the query selects, open items aged against {@code asOf}.
   *
   * @throws fi.hot.HotQueryException when the query text cannot be parsed
   */
  public static ReportData compute(HotStore store, Query query, Instant asOf) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(asOf, "asOf");
    List<Statement> statements = new ArrayList<>();
    store.forEach(query, statements::add);
    List<Theme> themes =
        statements.isEmpty()
            ? List.of()
            : Themes.defaults().limit(THEMES).find(store, query).found();
    return of(query, statements, Loop.states(store), themes, asOf);
  }

  /** The report over given facts: statements, loop states by statement id, and themes. */
  public static ReportData of(
      Query query,
      Collection<Statement> statements,
      Map<String, LoopState> states,
      List<Theme> themes,
      Instant asOf) {
    Objects.requireNonNull(statements, "statements");
    Objects.requireNonNull(states, "states");
    Objects.requireNonNull(asOf, "asOf");
    MetricsReport metrics = Metrics.report(statements, states, Map.of(), Optional.empty());
    long heard = 0;
    long acknowledged = 0;
    long done = 0;
    long informed = 0;
    long[] ages = new long[AGE_BOUNDS.length + 1];
    for (Statement s : statements) {
      if (s.classification().has(Label.NONE)) {
        continue;
      }
      LoopState state = Loop.stateOf(states, s.id());
      heard++;
      acknowledged += state.firstResponded().isPresent() ? 1 : 0;
      done += state.status().isOutcome() ? 1 : 0;
      informed += state.isClosed() ? 1 : 0;
      if (state.isOpen()) {
        ages[bucket(s.occurredAt(), asOf)]++;
      }
    }
    List<AgeBucket> openByAge = new ArrayList<>();
    for (int i = 0; i < ages.length; i++) {
      int from = i == 0 ? 0 : AGE_BOUNDS[i - 1];
      Optional<Integer> to = i < AGE_BOUNDS.length ? Optional.of(AGE_BOUNDS[i]) : Optional.empty();
      openByAge.add(new AgeBucket(from, to, ages[i]));
    }
    return new ReportData(
        query,
        asOf,
        metrics.overall(),
        months(statements),
        themes,
        new Funnel(heard, acknowledged, done, informed),
        openByAge,
        voice(statements),
        FeelingTrend.of(statements));
  }

  private static int bucket(Instant said, Instant asOf) {
    long days = Math.max(0, Duration.between(said, asOf).toDays());
    for (int i = 0; i < AGE_BOUNDS.length; i++) {
      if (days < AGE_BOUNDS[i]) {
        return i;
      }
    }
    return AGE_BOUNDS.length;
  }

  private static List<MonthCounts> months(Collection<Statement> statements) {
    TreeMap<YearMonth, long[]> byMonth = new TreeMap<>();
    for (Statement s : statements) {
      long[] c =
          byMonth.computeIfAbsent(
              YearMonth.parse(Dates.month(s.occurredAt())), k -> new long[LABELS.size()]);
      for (int i = 0; i < LABELS.size(); i++) {
        c[i] += s.classification().has(LABELS.get(i)) ? 1 : 0;
      }
    }
    List<MonthCounts> out = new ArrayList<>();
    if (byMonth.isEmpty()) {
      return out;
    }
    YearMonth last = byMonth.lastKey();
    for (YearMonth m = byMonth.firstKey(); !m.isAfter(last); m = m.plusMonths(1)) {
      long[] c = byMonth.getOrDefault(m, new long[LABELS.size()]);
      out.add(new MonthCounts(m.toString(), c[0], c[1], c[2], c[3]));
    }
    return out;
  }

  /** Most confident first, then the latest, then by id; one quote per customer while possible. */
  private static List<Voice> voice(Collection<Statement> statements) {
    List<Voice> out = new ArrayList<>();
    for (Label label : Label.HOT) {
      List<Statement> carrying =
          statements.stream()
              .filter(s -> s.classification().primary() == label)
              .sorted(
                  Comparator.comparingDouble(
                          (Statement s) -> -s.classification().confidence(label).orElse(0.0))
                      .thenComparing(Statement::occurredAt, Comparator.reverseOrder())
                      .thenComparing(Statement::id))
              .toList();
      List<Quote> quotes = new ArrayList<>();
      Set<String> customers = new HashSet<>();
      for (Statement s : carrying) {
        if (quotes.size() < QUOTES && customers.add(s.customer().id())) {
          quotes.add(Quote.of(s));
        }
      }
      for (Statement s : carrying) {
        if (quotes.size() < QUOTES && quotes.stream().noneMatch(q -> q.id().equals(s.id()))) {
          quotes.add(Quote.of(s));
        }
      }
      out.add(new Voice(label, carrying.size(), quotes));
    }
    return out;
  }

  /** The number of statements carrying the label (NONE: carrying none). */
  public long count(Label label) {
    return switch (Objects.requireNonNull(label, "label")) {
      case DREAM -> overall.dreams();
      case PROBLEM -> overall.problems();
      case NEED -> overall.needs();
      case NONE -> overall.none();
    };
  }

  /** Statements of one month ({@code 2026-03}) by the labels they carry. */
  public record MonthCounts(String month, long dreams, long problems, long needs, long none) {
    public MonthCounts {
      Objects.requireNonNull(month, "month");
    }

    /** The count of one label (NONE: statements carrying none). */
    public long count(Label label) {
      return switch (Objects.requireNonNull(label, "label")) {
        case DREAM -> dreams;
        case PROBLEM -> problems;
        case NEED -> needs;
        case NONE -> none;
      };
    }
  }

  /**
   * How far the dreams, problems and needs have come, each stage a subset of the one before.
   *
   * @param heard all of them
   * @param acknowledged someone responded (any status past new)
   * @param done an outcome was reached: done or declined
   * @param informed an outcome was reached and the customer told of it afterwards
   */
  public record Funnel(long heard, long acknowledged, long done, long informed) {
    public Funnel {
      if (heard < acknowledged || acknowledged < done || done < informed || informed < 0) {
        throw new IllegalArgumentException(
            "funnel stages must shrink: "
                + heard
                + ", "
                + acknowledged
                + ", "
                + done
                + ", "
                + informed);
      }
    }
  }

  /**
   * Open items said between {@code fromDays} (inclusive) and {@code toDays} (exclusive) days before
   * the report's as-of moment.
   */
  public record AgeBucket(int fromDays, Optional<Integer> toDays, long count) {
    public AgeBucket {
      Objects.requireNonNull(toDays, "toDays");
    }
  }

  /** A statement quoted in the report. */
  public record Quote(String id, String text, String customer, Instant said) {
    public Quote {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(customer, "customer");
      Objects.requireNonNull(said, "said");
    }

    static Quote of(Statement s) {
      return new Quote(s.id(), s.text(), s.customer().displayName(), s.occurredAt());
    }
  }

  /**
   * Representative quotes of one label.
   *
   * @param label the label
   * @param statements how many statements have it as their primary label
   * @param quotes up to {@link #QUOTES} of them, from different customers while possible
   */
  public record Voice(Label label, long statements, List<Quote> quotes) {
    public Voice {
      Objects.requireNonNull(label, "label");
      quotes = List.copyOf(quotes);
    }
  }

  /**
   * How customers felt: mean polarity month by month, and statements by emotion.
   *
   * @param months each month with statements, oldest first
   * @param emotions statements by emotion over the whole selection, every emotion in {@link
   *     Emotion} order (zeros included)
   */
  public record FeelingTrend(List<MonthFeeling> months, Map<Emotion, Long> emotions) {
    public FeelingTrend {
      months = List.copyOf(months);
      emotions = counts(emotions);
    }

    /** The trend of the statements: their months and emotions. */
    public static FeelingTrend of(Collection<Statement> statements) {
      Objects.requireNonNull(statements, "statements");
      TreeMap<String, List<Statement>> byMonth = new TreeMap<>();
      Map<Emotion, Long> emotions = new EnumMap<>(Emotion.class);
      for (Statement s : statements) {
        byMonth.computeIfAbsent(Dates.month(s.occurredAt()), k -> new ArrayList<>()).add(s);
        emotions.merge(s.feeling().emotion(), 1L, Long::sum);
      }
      List<MonthFeeling> months = new ArrayList<>();
      byMonth.forEach((month, list) -> months.add(MonthFeeling.of(month, list)));
      return new FeelingTrend(months, emotions);
    }

    /** How many statements the trend covers. */
    public long statements() {
      return emotions.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The mean polarity of every statement; empty when there is none. */
    public OptionalDouble meanPolarity() {
      long n = statements();
      if (n == 0) {
        return OptionalDouble.empty();
      }
      double sum = 0;
      for (MonthFeeling m : months) {
        sum += m.meanPolarity() * m.statements();
      }
      return OptionalDouble.of(sum / n);
    }

    /** The share of statements with the emotion, 0 when there are none. */
    public double share(Emotion emotion) {
      long n = statements();
      return n == 0 ? 0 : (double) emotions.get(Objects.requireNonNull(emotion, "emotion")) / n;
    }
  }

  /**
   * How one month's statements felt.
   *
   * @param month the month, {@code 2026-03}
   * @param statements how many statements it has, at least one
   * @param meanPolarity their mean polarity, from -1 to 1
   * @param emotions statements by emotion, every emotion (zeros included)
   */
  public record MonthFeeling(
      String month, long statements, double meanPolarity, Map<Emotion, Long> emotions) {
    public MonthFeeling {
      Objects.requireNonNull(month, "month");
      if (statements < 1) {
        throw new IllegalArgumentException(
            "a month of the trend has statements, not " + statements);
      }
      if (!(meanPolarity >= -1 && meanPolarity <= 1)) {
        throw new IllegalArgumentException("mean polarity " + meanPolarity + " is not in -1..1");
      }
      emotions = counts(emotions);
    }

    static MonthFeeling of(String month, List<Statement> statements) {
      double sum = 0;
      Map<Emotion, Long> emotions = new EnumMap<>(Emotion.class);
      for (Statement s : statements) {
        sum += s.feeling().polarity();
        emotions.merge(s.feeling().emotion(), 1L, Long::sum);
      }
      double mean = Math.max(-1, Math.min(1, sum / statements.size()));
      return new MonthFeeling(month, statements.size(), mean, emotions);
    }

    /** The share of the month's statements with the emotion. */
    public double share(Emotion emotion) {
      return (double) emotions.get(Objects.requireNonNull(emotion, "emotion")) / statements;
    }
  }

  /** Every emotion with its count, zeros filled in, unmodifiable. */
  private static Map<Emotion, Long> counts(Map<Emotion, Long> given) {
    Map<Emotion, Long> all = new EnumMap<>(Emotion.class);
    for (Emotion e : Emotion.values()) {
      long n = given.getOrDefault(e, 0L);
      if (n < 0) {
        throw new IllegalArgumentException("negative count " + n + " of " + e);
      }
      all.put(e, n);
    }
    return Collections.unmodifiableMap(all);
  }
}
