package fi.hot;

import fi.hot.classify.Classifier;
import fi.hot.model.CaptureResult;
import fi.hot.model.CustomerData;
import fi.hot.model.CustomerProfile;
import fi.hot.model.ErasureReceipt;
import fi.hot.model.Goal;
import fi.hot.model.Hit;
import fi.hot.model.Label;
import fi.hot.model.LabelChange;
import fi.hot.model.LoopEvent;
import fi.hot.model.Page;
import fi.hot.model.ProfileUpdate;
import fi.hot.model.Query;
import fi.hot.model.Reclassification;
import fi.hot.model.RetentionReceipt;
import fi.hot.model.Statement;
import fi.hot.model.Stats;
import fi.hot.model.StoreSettings;
import fi.hot.model.Subset;
import fi.hot.model.TermCounts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * The only door to HOT's persistence: capture statements, search them, count them, read them back.
 *
 * <pre>{@code
 * try (HotStore store = Hot.open(Path.of("hot-data"))) {
 *   store.capture(Statement.of("Laskutus ei toimi", Customer.id("acme")));
 *   Page<Hit> needs = store.search(Query.parse("lasku*").label(Label.NEED), 20);
 * }
 * }</pre>
 *
 * <p>Capturing runs each draft through the capture pipeline (redaction, language detection,
 * classification, the customer's feeling) before it is stored. Every capture call ends in a durable
 * commit: when it returns, the statements survive a crash. Ids are stable, so capturing the same
 * statement twice stores it once.
 *
 * <p>Beside statements the store keeps what a team does with them: customer profiles, the loop
 * history of each dream, problem and need, and goals. These are only ever appended to (a profile
 * change is a new version, a status change a new event), and none of them counts as a statement.
 *
 * <p>Implementations are thread-safe and meant to be shared. Reads see the statements committed
 * when the store was opened or last written through this instance. The caller closes the store.
 */
public interface HotStore extends AutoCloseable {

  /** Captures one statement and commits; returns it as stored (or as already stored). */
  Statement capture(Statement.Draft draft);

  /** Captures a batch in one commit. */
  CaptureResult captureAll(List<Statement.Draft> drafts);

  /** The statement with the id. */
  Optional<Statement> get(String id);

  /**
   * The best {@code limit} statements for the query, with the matched words.
   *
   * @throws HotQueryException when the query text cannot be parsed
   */
  Page<Hit> search(Query query, int limit);

  /**
   * Counts of the statements matching the query, by label, channel, customer, language, month and
   * emotion.
   */
  Stats stats(Query query);

  /**
   * The words and two-word phrases of the statements matching the selection that at least {@code
   * minCount} of them contain, with how many statements of the selection and of the whole store
   * contain each. Finnish and English statements give their words stemmed as searches stem them,
   * others their words as written; stop words of both languages are left out. A phrase is two words
   * next to each other. For finding what a selection is about; see {@link fi.hot.insight.Themes}.
   *
   * @param selection which statements; its text and filters apply as in {@link #search}
   * @param minCount the fewest statements of the selection a term must be in, at least 1
   * @param ignoredWords words left out, and phrases with them (filler words), in any inflected form
   *     the Finnish or English analysis knows
   * @throws HotQueryException when the selection's text cannot be parsed
   */
  TermCounts terms(Query selection, int minCount, Set<String> ignoredWords);

  /**
   * Exact facts about the statements of the selection that also match the text (in the query syntax
   * of {@link #search}): their {@link #stats}, first and last time, and the {@code examples}
   * statements that match the most of the text's top-level alternatives ({@code a OR b OR "c d"}),
   * ties by id.
   *
   * @throws HotQueryException when the selection's text or the text cannot be parsed
   */
  Subset subset(Query selection, String text, int examples);

  /**
   * Every statement matching the query, oldest first (ties by id), for export. Ignores relevance.
   */
  void forEach(Query query, Consumer<? super Statement> action);

  /** How many statements the store holds (profiles, loop events and goals are not statements). */
  long count();

  // ---- a person's labels, and reclassifying ----

  /**
   * Records a person's labels for a statement and commits: the statement carries them from now on
   * (searches, counts, themes and metrics see them), {@link #reclassify} never replaces them, and
   * the change is appended to the statement's {@link #labelHistory}. Giving the labels the
   * statement already carries as a person's writes nothing.
   *
   * @param statementId the statement
   * @param labels the labels, the primary first; empty, or NONE alone, when it voices none of the
   *     three
   * @param by who decided; empty when not known
   * @param note why; empty when none
   * @return the statement as stored
   * @throws HotException when there is no statement with the id
   * @throws IllegalArgumentException when NONE is given with another label
   */
  Statement relabel(String statementId, List<Label> labels, String by, String note);

  /** Every change of a statement's labels by a person, oldest first; empty when there is none. */
  List<LabelChange> labelHistory(String statementId);

  /**
   * Classifies every statement again and stores the new labels of those a classifier labelled;
   * statements labelled by a person keep their labels. Runs in batches, each committed, so a
   * reclassification cut short leaves every statement either as it was or reclassified; running it
   * again finishes the job. A person's relabel made meanwhile is never overwritten.
   */
  default Reclassification reclassify(Classifier classifier) {
    return reclassify(classifier, done -> {});
  }

  /**
   * As {@link #reclassify(Classifier)}, telling {@code progress} how many statements have been
   * handled so far, of {@link #count()}, after each batch.
   */
  Reclassification reclassify(Classifier classifier, LongConsumer progress);

  // ---- customers, closing the loop, goals ----

  /** The current profile of a customer: the latest version. */
  Optional<CustomerProfile> profile(String customerId);

  /** Every version of a customer's profile, oldest first; empty when there is none. */
  List<CustomerProfile> profileHistory(String customerId);

  /** The current profile of every customer that has one, by customer id. */
  List<CustomerProfile> profiles();

  /**
   * Applies a change to a customer's profile and commits it as a new version; an update that
   * changes nothing writes nothing. Returns the current profile.
   *
   * @throws IllegalArgumentException when the update contradicts itself (see {@link
   *     ProfileUpdate#applyTo})
   */
  CustomerProfile updateProfile(String customerId, ProfileUpdate update);

  /**
   * Appends an event to a statement's loop history and commits it; an event already recorded (same
   * id) is kept once. Returns the event as stored.
   *
   * @throws IllegalArgumentException when there is no statement with the event's statement id, when
   *     the statement voices no dream, problem or need, or when the event is dated before the
   *     statement was said
   */
  LoopEvent recordLoopEvent(LoopEvent event);

  /**
   * A statement's loop history: by time, events at the same time in the order recorded. Empty when
   * nobody has responded.
   */
  List<LoopEvent> loopHistory(String statementId);

  /** Every loop event, grouped by statement (by statement id), each statement's in order. */
  void forEachLoopEvent(Consumer<? super LoopEvent> action);

  /** Sets a goal, replacing the goal of the same name; an unchanged goal writes nothing. */
  Goal saveGoal(Goal goal);

  /** Removes the goal with the name; returns whether there was one. */
  boolean removeGoal(String name);

  /** The goals, by name. */
  List<Goal> goals();

  // ---- privacy: access, erasure, retention ----

  /**
   * Everything the store holds about a customer: their statements, every version of their profile,
   * and the loop events and label changes of their statements (GDPR article 15).
   */
  default CustomerData dataOf(String customerId) {
    Objects.requireNonNull(customerId, "customerId");
    List<Statement> statements = new ArrayList<>();
    forEach(Query.all().customer(customerId), statements::add);
    List<LoopEvent> events = new ArrayList<>();
    List<LabelChange> labels = new ArrayList<>();
    for (Statement s : statements) {
      events.addAll(loopHistory(s.id()));
      labels.addAll(labelHistory(s.id()));
    }
    return new CustomerData(customerId, statements, profileHistory(customerId), events, labels);
  }

  /**
   * Forgets a customer (GDPR article 17): removes their statements, every version of their profile,
   * the loop events and the label history of their statements, and purges them physically, so that
   * no file of the store still holds them. Keeps a receipt that names the customer only by a hash
   * ({@link #erasures}). A customer the store does not know gives a receipt with zero counts.
   */
  ErasureReceipt forget(String customerId);

  /** The receipts of every {@link #forget}, oldest first. */
  List<ErasureReceipt> erasures();

  /**
   * Removes the statements said before {@code olderThan}, with their loop events and label history,
   * and purges them physically as {@link #forget} does. Keeps a receipt ({@link #retentions}).
   */
  RetentionReceipt retain(Instant olderThan);

  /** The receipts of every {@link #retain}, oldest first. */
  List<RetentionReceipt> retentions();

  /** The store's settings, as last committed. */
  StoreSettings settings();

  /** Changes the store's settings and commits them; returns them as stored. */
  StoreSettings updateSettings(StoreSettings settings);

  /** Where the store lives, for messages: a directory, or a collection URL. */
  String location();

  /** Releases files and locks; statements already captured are committed. */
  @Override
  void close();
}
