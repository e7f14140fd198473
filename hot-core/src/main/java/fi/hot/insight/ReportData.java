package fi.hot.insight;

import fi.hot.HotStore;
import fi.hot.internal.Dates;
import fi.hot.model.Label;
import fi.hot.model.LoopState;
import fi.hot.model.Query;
import fi.hot.model.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Everything a report shows, computed once from the store for a selection: headline figures, the
 * label mix, statements per month by label, the top themes, the loop funnel, open items by age,
 * representative quotes per label and the friction trend.
 *
 * <pre>{@code
 * ReportData data = ReportData.compute(store, Query.all().since(start), Instant.parse(asOf));
 * data.overall().loopClosureRate();
 * data.openByAge();   // four buckets, measured against asOf
 * }</pre>
 *
 * <p>Label counts count the labels statements carry, so a statement voicing both a problem and a
 * need counts in both. Statements carry no feeling of their own yet: {@link #feeling()} is the
 * share of statements voicing a problem, month by month. Immutable.
 *
 * @param query the selection
 * @param asOf the moment open items are aged against
 * @param overall the metrics of the whole selection
 * @param months statements per month by label, every month from the first to the last
 * @param themes the top themes found, strongest first
 * @param funnel how far the dreams, problems and needs have come in the loop
 * @param openByAge open dreams, problems and needs by age, youngest bucket first
 * @param voice representative quotes for dreams, problems and needs, in that order
 * @param feeling the share of statements voicing a problem, month by month, oldest first
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
    List<MonthShare> feeling) {

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
    feeling = List.copyOf(feeling);
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
    List<MonthShare> feeling =
        metrics.trend().stream()
            .map(g -> new MonthShare(g.key(), g.metrics().problems(), g.metrics().statements()))
            .toList();
    return new ReportData(
        query,
        asOf,
        metrics.overall(),
        months(statements),
        themes,
        new Funnel(heard, acknowledged, done, informed),
        openByAge,
        voice(statements),
        feeling);
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

  /** Of one month's statements, how many voice a problem. */
  public record MonthShare(String month, long problems, long statements) {
    public MonthShare {
      Objects.requireNonNull(month, "month");
      if (problems < 0 || statements < problems) {
        throw new IllegalArgumentException(problems + " problems of " + statements);
      }
    }

    /** The share, 0 for a month without statements. */
    public double share() {
      return statements == 0 ? 0 : (double) problems / statements;
    }
  }
}
