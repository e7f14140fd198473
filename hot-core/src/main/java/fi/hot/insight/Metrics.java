package fi.hot.insight;

import fi.hot.HotStore;
import fi.hot.internal.Dates;
import fi.hot.model.Channel;
import fi.hot.model.CustomerProfile;
import fi.hot.model.Label;
import fi.hot.model.LoopState;
import fi.hot.model.LoopStatus;
import fi.hot.model.Query;
import fi.hot.model.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Measures what was heard and how well the loop was closed: counts by label, customers heard,
 * resolution and loop-closure rates, median days to acknowledge, resolve and inform, and friction
 * (the share of problems) month by month.
 *
 * <pre>{@code
 * MetricsReport r = Metrics.compute(store, Query.all().since(start), Optional.of(Dimension.MONTH));
 * r.overall().loopClosureRate();
 * }</pre>
 *
 * <p>Days run from when a statement was said to the first event that reached the state; a response
 * dated the same day but earlier in it (a date without a time) counts as 0 days. Friction counts
 * problems; how customers felt is each statement's own {@link fi.hot.model.Feeling}, which {@link
 * ReportData} follows month by month. Stateless and thread-safe.
 */
public final class Metrics {
  /** The segment of customers whose profile names none, or who have no profile. */
  public static final String NO_SEGMENT = "(none)";

  private static final double SECONDS_PER_DAY = 86_400.0;

  private Metrics() {}

  /**
   * The metrics of the statements the query selects, broken down by {@code by} when given.
   *
   * @throws fi.hot.HotQueryException when the query text cannot be parsed
   */
  public static MetricsReport compute(HotStore store, Query query, Optional<Dimension> by) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(by, "by");
    List<Statement> statements = new ArrayList<>();
    store.forEach(query, statements::add);
    Map<String, LoopState> states = Loop.states(store);
    Map<String, String> segments = new HashMap<>();
    if (by.filter(d -> d == Dimension.SEGMENT).isPresent()) {
      for (CustomerProfile p : store.profiles()) {
        if (!p.segment().isEmpty()) {
          segments.put(p.id(), p.segment());
        }
      }
    }
    return report(statements, states, segments, by);
  }

  /**
   * The report over given facts: statements, the loop states by statement id (statements without
   * one are NEW) and segments by customer id.
   */
  public static MetricsReport report(
      Collection<Statement> statements,
      Map<String, LoopState> states,
      Map<String, String> segments,
      Optional<Dimension> by) {
    Objects.requireNonNull(by, "by");
    List<MetricsReport.Group> groups =
        by.map(d -> groups(statements, states, key(d, segments), order(d))).orElse(List.of());
    List<MetricsReport.Group> trend =
        groups(statements, states, s -> Dates.month(s.occurredAt()), Comparator.naturalOrder());
    return new MetricsReport(of(statements, states), by, groups, trend);
  }

  /** The metrics of the statements, with their loop states by statement id. */
  public static MetricSet of(Collection<Statement> statements, Map<String, LoopState> states) {
    Objects.requireNonNull(statements, "statements");
    Objects.requireNonNull(states, "states");
    long dreams = 0;
    long problems = 0;
    long needs = 0;
    long none = 0;
    long items = 0;
    long open = 0;
    long problemsDone = 0;
    long closed = 0;
    Set<String> customers = new HashSet<>();
    List<Double> toAcknowledge = new ArrayList<>();
    List<Double> toResolve = new ArrayList<>();
    List<Double> toInform = new ArrayList<>();
    for (Statement s : statements) {
      customers.add(s.customer().id());
      boolean problem = s.classification().has(Label.PROBLEM);
      dreams += s.classification().has(Label.DREAM) ? 1 : 0;
      problems += problem ? 1 : 0;
      needs += s.classification().has(Label.NEED) ? 1 : 0;
      if (s.classification().has(Label.NONE)) {
        none++;
        continue;
      }
      items++;
      LoopState state = Loop.stateOf(states, s.id());
      open += state.isOpen() ? 1 : 0;
      problemsDone += problem && state.status() == LoopStatus.DONE ? 1 : 0;
      closed += state.isClosed() ? 1 : 0;
      Instant said = s.occurredAt();
      state.firstResponded().ifPresent(t -> toAcknowledge.add(days(said, t)));
      state.firstReached(LoopStatus.DONE).ifPresent(t -> toResolve.add(days(said, t)));
      state.firstInformed().ifPresent(t -> toInform.add(days(said, t)));
    }
    return new MetricSet(
        statements.size(),
        customers.size(),
        dreams,
        problems,
        needs,
        none,
        items,
        open,
        problemsDone,
        closed,
        median(toAcknowledge),
        median(toResolve),
        median(toInform));
  }

  /** The median, the mean of the middle two for an even count; empty for no values. */
  static OptionalDouble median(List<Double> values) {
    if (values.isEmpty()) {
      return OptionalDouble.empty();
    }
    double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int mid = v.length / 2;
    return OptionalDouble.of(v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2);
  }

  private static double days(Instant from, Instant to) {
    return Math.max(0, Duration.between(from, to).getSeconds() / SECONDS_PER_DAY);
  }

  private static List<MetricsReport.Group> groups(
      Collection<Statement> statements,
      Map<String, LoopState> states,
      Function<Statement, String> key,
      Comparator<String> order) {
    Map<String, List<Statement>> byKey = new TreeMap<>(order);
    for (Statement s : statements) {
      byKey.computeIfAbsent(key.apply(s), k -> new ArrayList<>()).add(s);
    }
    Map<String, MetricsReport.Group> out = new LinkedHashMap<>();
    byKey.forEach((k, list) -> out.put(k, new MetricsReport.Group(k, of(list, states))));
    return List.copyOf(out.values());
  }

  private static Function<Statement, String> key(Dimension d, Map<String, String> segments) {
    return switch (d) {
      case MONTH -> s -> Dates.month(s.occurredAt());
      case CHANNEL -> s -> s.channel().code();
      case SEGMENT -> s -> segments.getOrDefault(s.customer().id(), NO_SEGMENT);
    };
  }

  private static Comparator<String> order(Dimension d) {
    return switch (d) {
      case MONTH -> Comparator.naturalOrder();
      case CHANNEL -> {
        List<String> codes = Arrays.stream(Channel.values()).map(Channel::code).toList();
        yield Comparator.comparingInt(codes::indexOf);
      }
      case SEGMENT ->
          Comparator.comparing((String k) -> k.equals(NO_SEGMENT))
              .thenComparing(Comparator.naturalOrder());
    };
  }
}
