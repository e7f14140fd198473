package fi.hot.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import fi.hot.HotException;
import fi.hot.HotQueryException;
import fi.hot.HotStore;
import fi.hot.HotStoreException;
import fi.hot.Pipeline;
import fi.hot.classify.Classifier;
import fi.hot.internal.Dates;
import fi.hot.internal.StatementJson;
import fi.hot.model.CaptureResult;
import fi.hot.model.Channel;
import fi.hot.model.Classification;
import fi.hot.model.Count;
import fi.hot.model.CustomerProfile;
import fi.hot.model.Emotion;
import fi.hot.model.ErasureReceipt;
import fi.hot.model.Goal;
import fi.hot.model.Hit;
import fi.hot.model.Label;
import fi.hot.model.LabelChange;
import fi.hot.model.LoopEvent;
import fi.hot.model.LoopState;
import fi.hot.model.Page;
import fi.hot.model.ProfileUpdate;
import fi.hot.model.Reclassification;
import fi.hot.model.RetentionReceipt;
import fi.hot.model.Span;
import fi.hot.model.Statement;
import fi.hot.model.Stats;
import fi.hot.model.StoreSettings;
import fi.hot.model.Subset;
import fi.hot.model.TermCounts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;

/**
 * The embedded HOT store: statements in an Apache Lucene index in a local directory.
 *
 * <pre>{@code
 * try (HotStore store = LuceneHotStore.open(Path.of("hot-data"), Pipeline.standard())) {
 *   store.capture(Statement.of("Laskut tulevat myöhässä", Customer.id("acme")));
 *   Page<Hit> hits = store.search(Query.parse("lasku"), 10);   // finds "laskut"
 * }
 * }</pre>
 *
 * <p>Opening creates the store when the directory does not exist or is empty, and refuses a
 * directory that holds anything else. Reading needs no lock, so searches, counts and exports work
 * while another process writes; the index writer, and with it the store's write lock, is taken at
 * the first capture and kept until {@link #close()}. A second process that tries to write then gets
 * a {@link HotStoreException} saying the store is in use.
 *
 * <p>Query text is parsed against the Finnish, English and unstemmed analysis of the text at once,
 * so {@code lasku} finds {@code laskussa} and {@code invoice} finds {@code invoicing}. Every word
 * must occur ({@code AND} is the default); {@code OR}, {@code NOT}, {@code -word}, {@code
 * "phrases"}, {@code prefix*} and {@code fuzzy~} work as in Lucene's classic syntax. There is no
 * field syntax: colons and slashes are plain characters. A hit's matches are its matched words; a
 * phrase is one match, from its first word to its last. Times are kept to the microsecond.
 *
 * <p>Customer profiles, loop events, goals and a person's label changes live in the same index as
 * documents of other kinds ({@link Kind}); every statement read (search, stats, export, count,
 * lookup by id) leaves them out through one filter. They are only ever added: a profile change is a
 * new version, a status change a new event, a goal change or removal a new version of the goal, a
 * relabel a new entry in the statement's label history (and the statement is written anew with the
 * person's labels).
 *
 * <p>Each statement is indexed with its feeling: the emotion as a keyword and a facet, the polarity
 * as a point and doc values. A store of an older format is upgraded when it is opened: its
 * statements are written again with their feelings read from their stored text, language and
 * labels, in one commit. When another process holds the store then, it is read as it is (feelings
 * read as statements are loaded, but not searchable by feeling) and upgraded at the first write.
 *
 * <p>Thread-safe: share one instance. Reads see the statements committed when the store was opened
 * or last written through this instance. The caller closes the store.
 */
public final class LuceneHotStore implements HotStore {
  private static final System.Logger LOG = System.getLogger(LuceneHotStore.class.getName());

  /** How many statements {@link #forEach} reads at a time. */
  private static final int EXPORT_PAGE = 1_000;

  /** How many statements {@link #reclassify} classifies and commits at a time. */
  private static final int RECLASSIFY_BATCH = 1_000;

  private static final Set<String> STORED_FORM = Set.of(Schema.JSON);

  private final Path dir;
  private final Pipeline pipeline;
  private final Directory directory;
  private final Analyzer analyzer;
  private final Queries queries;
  private final SearcherManager searchers;
  private final AtomicReference<FacetState> facetState = new AtomicReference<>();
  private final Object writeLock = new Object();

  /** Opened at the first write; guarded by {@link #writeLock}. */
  private IndexWriter writer;

  /** As last read from or written to the latest commit. */
  private volatile StoreSettings settings;

  private volatile boolean closed;

  private LuceneHotStore(
      Path dir,
      Pipeline pipeline,
      Directory directory,
      SearcherManager searchers,
      StoreSettings settings) {
    this.dir = dir;
    this.settings = settings;
    this.pipeline = pipeline;
    this.directory = directory;
    this.searchers = searchers;
    this.analyzer = Schema.analyzer();
    this.queries = new Queries(analyzer);
  }

  /**
   * Opens the store in a directory, creating it when the directory does not exist or is empty.
   *
   * @param dir the store directory
   * @param pipeline what every capture runs through
   * @throws HotStoreException naming the directory when it is not a HOT store or cannot be read
   */
  public static LuceneHotStore open(Path dir, Pipeline pipeline) {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(pipeline, "pipeline");
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new HotStoreException(
          "store " + dir + " is not a HOT store: it is a file, and a store is a directory");
    }
    Directory directory = null;
    try {
      Files.createDirectories(dir);
      directory = FSDirectory.open(dir);
      if (!DirectoryReader.indexExists(directory)) {
        if (!isEmpty(dir)) {
          throw new HotStoreException(
              "store " + dir + " is not a HOT store: the directory holds other files");
        }
        create(dir, directory);
      }
      if (checkFormat(dir, directory) < Schema.FORMAT) {
        tryUpgrade(dir, directory, pipeline);
      }
      return new LuceneHotStore(
          dir, pipeline, directory, new SearcherManager(directory, null), readSettings(directory));
    } catch (IOException e) {
      IOUtils.closeWhileHandlingException(directory);
      throw new HotStoreException("store " + dir + " cannot be opened: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      IOUtils.closeWhileHandlingException(directory);
      throw e;
    }
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      // a lock file alone is what a creation that died before its first commit leaves
      return files.allMatch(f -> f.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME));
    }
  }

  private static void create(Path dir, Directory directory) throws IOException {
    IndexWriterConfig config =
        new IndexWriterConfig()
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
            .setCommitOnClose(false);
    try (IndexWriter w = new IndexWriter(directory, config)) {
      // Commit an empty index first: a crash during the very first commit can leave it
      // unreadable, and readers can open the store before anything is captured.
      if (!DirectoryReader.indexExists(directory)) {
        w.setLiveCommitData(formatData().entrySet());
        w.commit();
      }
    } catch (LockObtainFailedException e) {
      throw locked(dir, e);
    }
  }

  /** The store format of the latest commit, checked to be one this version reads. */
  private static int checkFormat(Path dir, Directory directory) throws IOException {
    String format = SegmentInfos.readLatestCommit(directory).getUserData().get(Schema.FORMAT_KEY);
    if (format == null) {
      throw new HotStoreException(
          "store " + dir + " is not a HOT store: it holds a search index of another program");
    }
    int version;
    try {
      version = Integer.parseInt(format);
    } catch (NumberFormatException e) {
      throw new HotStoreException(
          "store " + dir + " is not a HOT store: unknown store format '" + format + "'");
    }
    if (version > Schema.FORMAT) {
      throw new HotStoreException(
          "store "
              + dir
              + " was written by a newer HOT (store format "
              + version
              + "); this version reads format "
              + Schema.FORMAT);
    }
    return version;
  }

  /**
   * Upgrades a store of an older format when no other process writes it: see {@link #upgrade}. Held
   * by another process, the store is read as it is (feelings read as statements are loaded, not yet
   * searchable) and upgraded by the first write through this version.
   */
  private static void tryUpgrade(Path dir, Directory directory, Pipeline pipeline)
      throws IOException {
    Analyzer analyzer = Schema.analyzer();
    IndexWriter w;
    try {
      w =
          new IndexWriter(
              directory,
              new IndexWriterConfig(analyzer)
                  .setOpenMode(IndexWriterConfig.OpenMode.APPEND)
                  .setCommitOnClose(false));
    } catch (IOException e) {
      analyzer.close();
      LOG.log(
          System.Logger.Level.WARNING,
          "store {0} is of an older format and cannot be upgraded now ({1}): feelings are read as"
              + " statements are loaded and cannot be searched until it is",
          dir,
          e.getMessage());
      return;
    }
    try (analyzer;
        w) {
      upgrade(dir, w, pipeline, readSettings(directory));
    }
  }

  /**
   * Brings the store up to {@link Schema#FORMAT} in one commit: every statement is written again as
   * this format writes it, with its feeling read from its stored text, language and labels when it
   * has none, and the copies it replaces are merged away. On failure nothing is committed.
   */
  private static void upgrade(Path dir, IndexWriter w, Pipeline pipeline, StoreSettings settings)
      throws IOException {
    try (DirectoryReader r = DirectoryReader.open(w.getDirectory())) {
      IndexSearcher s = new IndexSearcher(r);
      Query statements = Queries.statements(new MatchAllDocsQuery());
      Weight weight = s.createWeight(s.rewrite(statements), ScoreMode.COMPLETE_NO_SCORES, 1f);
      for (LeafReaderContext leaf : r.leaves()) {
        Scorer scorer = weight.scorer(leaf);
        if (scorer == null) {
          continue;
        }
        StoredFields stored = leaf.reader().storedFields();
        Bits live = leaf.reader().getLiveDocs();
        DocIdSetIterator docs = scorer.iterator();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          Statement st = parse(dir, stored.document(doc, STORED_FORM).get(Schema.JSON), pipeline);
          w.updateDocument(new Term(Schema.ID, st.id()), Schema.document(st));
        }
      }
      w.forceMergeDeletes(true);
      w.setLiveCommitData(commitData(settings).entrySet());
      w.commit();
    } catch (IOException | RuntimeException e) {
      w.rollback();
      throw e;
    }
  }

  private static Map<String, String> formatData() {
    return commitData(StoreSettings.DEFAULTS);
  }

  private static Map<String, String> commitData(StoreSettings s) {
    return Map.of(
        Schema.FORMAT_KEY,
        Integer.toString(Schema.FORMAT),
        Schema.REDACT_KEY,
        Boolean.toString(s.redactPersonalData()));
  }

  private static StoreSettings readSettings(Directory directory) throws IOException {
    String redact = SegmentInfos.readLatestCommit(directory).getUserData().get(Schema.REDACT_KEY);
    // stores from before settings existed redacted every capture
    return new StoreSettings(redact == null || Boolean.parseBoolean(redact));
  }

  @Override
  public StoreSettings settings() {
    ensureOpen();
    return settings;
  }

  @Override
  public StoreSettings updateSettings(StoreSettings newSettings) {
    Objects.requireNonNull(newSettings, "settings");
    synchronized (writeLock) {
      ensureOpen();
      IndexWriter w = writer();
      StoreSettings old = settings;
      settings = newSettings;
      try {
        commit(w, iw -> {});
      } catch (RuntimeException e) {
        settings = old;
        throw e;
      }
      return settings;
    }
  }

  private static HotStoreException locked(Path dir, Exception cause) {
    return new HotStoreException(
        "store "
            + dir
            + " is locked by another HOT process ("
            + IndexWriter.WRITE_LOCK_NAME
            + "); close it and try again",
        cause);
  }

  @Override
  public Statement capture(Statement.Draft draft) {
    Objects.requireNonNull(draft, "draft");
    CaptureResult r = captureAll(List.of(draft));
    return r.added().isEmpty() ? r.duplicates().get(0) : r.added().get(0);
  }

  /** The statement with other labels, and its feeling read again, since labels colour it. */
  private Statement relabelled(Statement s, Classification labels) {
    Statement next = s.withClassification(labels);
    return next.withFeeling(pipeline.feelingOf(next));
  }

  /** Notes are free text too: personal data in them is redacted as in statements. */
  private String redact(String note) {
    return settings.redactPersonalData() ? pipeline.redactor().redact(note).text() : note;
  }

  @Override
  public CaptureResult captureAll(List<Statement.Draft> drafts) {
    Objects.requireNonNull(drafts, "drafts");
    ensureOpen();
    // the pipeline is the slow part and needs no store: run it before taking the lock
    Pipeline p = settings.redactPersonalData() ? pipeline : pipeline.keepingPii();
    List<Statement> statements = new ArrayList<>(drafts.size());
    for (Statement.Draft d : drafts) {
      statements.add(p.process(Objects.requireNonNull(d, "draft")));
    }
    synchronized (writeLock) {
      ensureOpen();
      IndexWriter w = writer();
      List<Statement> added = new ArrayList<>();
      List<Statement> duplicates = new ArrayList<>();
      Map<String, Statement> batch = new HashMap<>();
      IndexSearcher searcher = acquire();
      try {
        for (Statement s : statements) {
          Statement first = batch.get(s.id());
          if (first != null) {
            duplicates.add(first);
            continue;
          }
          Optional<Statement> stored = find(searcher, s.id());
          if (stored.isPresent()) {
            duplicates.add(stored.get());
          } else {
            batch.put(s.id(), s);
            added.add(s);
          }
        }
      } catch (IOException e) {
        throw failure("read", e);
      } finally {
        release(searcher);
      }
      if (!added.isEmpty()) {
        commit(w, added);
      }
      return new CaptureResult(added, duplicates);
    }
  }

  /**
   * The writer, opened at the first write; a store left at an older format (another process held it
   * when this one opened it) is upgraded first. Holds {@link #writeLock}.
   */
  private IndexWriter writer() {
    if (writer != null && writer.isOpen()) {
      return writer;
    }
    // forceMergeDeletes then rewrites every segment with a deleted document, not only those with
    // more than a tenth deleted: erasure must leave no deleted document behind
    TieredMergePolicy merges = new TieredMergePolicy();
    merges.setForceMergeDeletesPctAllowed(0.0);
    IndexWriterConfig config =
        new IndexWriterConfig(analyzer)
            .setOpenMode(IndexWriterConfig.OpenMode.APPEND)
            .setCommitOnClose(false)
            .setMergePolicy(merges);
    try {
      writer = new IndexWriter(directory, config);
      // another process may have written before the lock was ours: deduplicate against that too,
      // and follow the settings it committed
      searchers.maybeRefreshBlocking();
      settings = readSettings(directory);
      if (checkFormat(dir, directory) < Schema.FORMAT) {
        try {
          upgrade(dir, writer, pipeline, settings);
        } finally {
          if (!writer.isOpen()) {
            writer = null;
          }
        }
        searchers.maybeRefreshBlocking();
      }
      return writer;
    } catch (LockObtainFailedException e) {
      throw locked(dir, e);
    } catch (IOException e) {
      throw failure("opened for writing", e);
    }
  }

  /** Adds the statements and commits, or on failure leaves the store as it was. */
  private void commit(IndexWriter w, List<Statement> added) {
    commit(
        w,
        iw -> {
          for (Statement s : added) {
            // update, not add: one document per id even if the check above were ever wrong
            iw.updateDocument(new Term(Schema.ID, s.id()), Schema.document(s));
          }
        });
  }

  private interface Write {
    void apply(IndexWriter w) throws IOException;
  }

  /** Writes and commits, or on failure leaves the store as it was. Holds {@link #writeLock}. */
  private void commit(IndexWriter w, Write write) {
    try {
      write.apply(w);
      w.setLiveCommitData(commitData(settings).entrySet());
      w.commit();
    } catch (IOException | RuntimeException e) {
      try {
        w.rollback();
      } catch (IOException | RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      writer = null;
      throw failure("written", e);
    }
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw failure("read", e);
    }
  }

  @Override
  public Optional<Statement> get(String id) {
    Objects.requireNonNull(id, "id");
    return read(s -> find(s, id));
  }

  @Override
  public Page<Hit> search(fi.hot.model.Query query, int limit) {
    Objects.requireNonNull(query, "query");
    if (limit < 0) {
      throw new IllegalArgumentException("limit " + limit + " is negative");
    }
    Query text = queries.text(query.text());
    Query full = queries.full(text, query);
    boolean all = Queries.matchesAll(query);
    return read(query, s -> search(s, text, full, all, limit));
  }

  private Page<Hit> search(IndexSearcher s, Query text, Query full, boolean all, int limit)
      throws IOException {
    if (limit == 0) {
      return new Page<>(List.of(), s.count(full));
    }
    int n = Math.min(limit, Math.max(1, s.getIndexReader().maxDoc()));
    TopDocs top;
    if (all) {
      top =
          s.search(
              full, new TopFieldCollectorManager(Schema.NEWEST_FIRST, n, null, Integer.MAX_VALUE));
      TopFieldCollector.populateScores(top.scoreDocs, s, full);
    } else {
      top = s.search(full, new TopScoreDocCollectorManager(n, null, Integer.MAX_VALUE));
    }
    Weight words = all ? null : s.createWeight(s.rewrite(text), ScoreMode.COMPLETE_NO_SCORES, 1f);
    StoredFields stored = s.storedFields();
    List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc sd : top.scoreDocs) {
      Statement statement = load(stored, sd.doc);
      List<Span> spans = words == null ? List.of() : spans(s, words, sd.doc, statement.text());
      hits.add(new Hit(statement, sd.score, spans));
    }
    return new Page<>(hits, top.totalHits.value);
  }

  /** Where the words matched in the text: every text field indexes the same text, with offsets. */
  private static List<Span> spans(IndexSearcher s, Weight words, int doc, String text)
      throws IOException {
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    Matches matches = words.matches(leaf, doc - leaf.docBase);
    if (matches == null) {
      return List.of();
    }
    List<Span> found = new ArrayList<>();
    for (String field : Schema.TEXT_FIELDS) {
      MatchesIterator it = matches.getMatches(field);
      if (it == null) {
        continue;
      }
      while (it.next()) {
        // a phrase matches as one span, from its first word to its last
        addSpan(found, it.startOffset(), it.endOffset(), text.length());
      }
    }
    found.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
    List<Span> merged = new ArrayList<>(found.size());
    for (Span span : found) {
      Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && span.start() < last.end()) {
        merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), span.end())));
      } else {
        merged.add(span);
      }
    }
    return merged;
  }

  private static void addSpan(List<Span> spans, int start, int end, int length) {
    if (start >= 0 && end > start && end <= length) {
      spans.add(new Span(start, end));
    }
  }

  @Override
  public Stats stats(fi.hot.model.Query query) {
    Objects.requireNonNull(query, "query");
    Query full = queries.full(queries.text(query.text()), query);
    return read(query, s -> stats(s, full));
  }

  private static final Comparator<Count> MOST_FIRST =
      Comparator.comparingLong(Count::count).reversed().thenComparing(Count::value);

  /** Known values in the given order, any unknown ones after them. */
  private static Comparator<Count> inOrder(List<String> order) {
    return Comparator.comparingInt(
            (Count c) -> order.indexOf(c.value()) < 0 ? order.size() : order.indexOf(c.value()))
        .thenComparing(Count::value);
  }

  private static List<Count> counts(Facets facets, String dim, Comparator<Count> order)
      throws IOException {
    FacetResult result = facets.getAllChildren(dim);
    if (result == null) {
      return List.of();
    }
    List<Count> counts = new ArrayList<>();
    for (LabelAndValue lv : result.labelValues) {
      if (lv.value.longValue() > 0) {
        counts.add(new Count(lv.label, lv.value.longValue()));
      }
    }
    counts.sort(order);
    return counts;
  }

  /** The facet ordinals of a reader, built once per reader; null while the store is empty. */
  private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
    FacetState current = facetState.get();
    if (current != null && current.reader == reader) {
      return current.state;
    }
    if (FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME)
        == null) {
      return null;
    }
    SortedSetDocValuesReaderState state =
        new DefaultSortedSetDocValuesReaderState(reader, Schema.FACETS);
    facetState.set(new FacetState(reader, state));
    return state;
  }

  private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {}

  private Stats stats(IndexSearcher s, Query full) throws IOException {
    FacetsCollector fc =
        FacetsCollectorManager.search(s, full, 0, new FacetsCollectorManager()).facetsCollector();
    long total = 0;
    for (FacetsCollector.MatchingDocs m : fc.getMatchingDocs()) {
      total += m.totalHits;
    }
    SortedSetDocValuesReaderState state = facetState(s.getIndexReader());
    if (state == null) {
      return new Stats(total, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
    Facets facets = new SortedSetDocValuesFacetCounts(state, fc);
    List<String> labelOrder = Arrays.stream(Label.values()).map(Label::code).toList();
    List<String> channelOrder = Arrays.stream(Channel.values()).map(Channel::code).toList();
    List<String> emotionOrder = Arrays.stream(Emotion.values()).map(Emotion::code).toList();
    return new Stats(
        total,
        counts(facets, Schema.DIM_LABEL, inOrder(labelOrder)),
        counts(facets, Schema.DIM_CHANNEL, inOrder(channelOrder)),
        counts(facets, Schema.DIM_CUSTOMER, MOST_FIRST),
        counts(facets, Schema.DIM_LANG, MOST_FIRST),
        counts(facets, Schema.DIM_MONTH, Comparator.comparing(Count::value)),
        counts(facets, Schema.DIM_EMOTION, inOrder(emotionOrder)));
  }

  // Facts for themes: term statistics (TermStatistics) and subsets scored by Overlap.

  @Override
  public TermCounts terms(fi.hot.model.Query selection, int minCount, Set<String> ignoredWords) {
    Objects.requireNonNull(selection, "selection");
    Objects.requireNonNull(ignoredWords, "ignoredWords");
    if (minCount < 1) {
      throw new IllegalArgumentException("minCount " + minCount + " is less than 1");
    }
    Query selected = queries.full(queries.text(selection.text()), selection);
    Query all = queries.full(new MatchAllDocsQuery(), fi.hot.model.Query.all());
    Set<String> ignored = Set.copyOf(ignoredWords);
    return read(
        selection, s -> new TermStatistics(analyzer, s).count(selected, all, minCount, ignored));
  }

  @Override
  public Subset subset(fi.hot.model.Query selection, String text, int examples) {
    Objects.requireNonNull(selection, "selection");
    Objects.requireNonNull(text, "text");
    if (examples < 0) {
      throw new IllegalArgumentException("examples " + examples + " is negative");
    }
    Query words = queries.text(text);
    Query both =
        new BooleanQuery.Builder()
            .add(queries.text(selection.text()), BooleanClause.Occur.FILTER)
            .add(Overlap.of(words), BooleanClause.Occur.MUST)
            .build();
    Query full = queries.full(both, selection);
    fi.hot.model.Query blame = text.isBlank() ? selection : fi.hot.model.Query.parse(text);
    return read(
        blame,
        s -> {
          Stats stats = stats(s, full);
          if (stats.total() == 0) {
            return new Subset(stats, Optional.empty(), Optional.empty(), List.of());
          }
          StoredFields stored = s.storedFields();
          Instant first = load(stored, top(s, full, Schema.OLDEST_FIRST, 1)[0].doc).occurredAt();
          Instant last = load(stored, top(s, full, Schema.NEWEST_FIRST, 1)[0].doc).occurredAt();
          List<Hit> hits = new ArrayList<>();
          if (examples > 0) {
            Weight matched = s.createWeight(s.rewrite(words), ScoreMode.COMPLETE_NO_SCORES, 1f);
            for (ScoreDoc sd : top(s, full, MOST_OVERLAP, examples)) {
              Statement st = load(stored, sd.doc);
              float overlap = (Float) ((FieldDoc) sd).fields[0];
              hits.add(new Hit(st, overlap, spans(s, matched, sd.doc, st.text())));
            }
          }
          return new Subset(stats, Optional.of(first), Optional.of(last), hits);
        });
  }

  /** Most alternatives matched first, ties by id. */
  private static final Sort MOST_OVERLAP =
      new Sort(SortField.FIELD_SCORE, new SortField(Schema.ID, SortField.Type.STRING));

  private static ScoreDoc[] top(IndexSearcher s, Query query, Sort sort, int n) throws IOException {
    return s.search(query, new TopFieldCollectorManager(sort, n, null, n)).scoreDocs;
  }

  @Override
  public void forEach(fi.hot.model.Query query, Consumer<? super Statement> action) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(action, "action");
    Query full = queries.full(queries.text(query.text()), query);
    read(
        query,
        s -> {
          StoredFields stored = s.storedFields();
          FieldDoc after = null;
          while (true) {
            TopDocs page =
                s.search(
                    full,
                    new TopFieldCollectorManager(
                        Schema.OLDEST_FIRST, EXPORT_PAGE, after, EXPORT_PAGE));
            for (ScoreDoc sd : page.scoreDocs) {
              action.accept(load(stored, sd.doc));
            }
            if (page.scoreDocs.length < EXPORT_PAGE) {
              return null;
            }
            after = (FieldDoc) page.scoreDocs[page.scoreDocs.length - 1];
          }
        });
  }

  @Override
  public long count() {
    return read(s -> (long) s.count(Queries.statements(new MatchAllDocsQuery())));
  }

  // ---- a person's labels, and reclassifying ----

  @Override
  public Statement relabel(String statementId, List<Label> labels, String by, String note) {
    String id = subject(statementId, "statementId");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(note, "note");
    Classification after = Classification.human(labels);
    ensureOpen();
    synchronized (writeLock) {
      ensureOpen();
      IndexWriter w = writer();
      Statement current =
          read(s -> find(s, id)).orElseThrow(() -> new HotException("no statement with id " + id));
      if (current.classification().isHuman() && sameLabels(current.classification(), after)) {
        return current;
      }
      long seq = read(s -> (long) s.count(Queries.facts(Kind.LABEL, id))) + 1;
      LabelChange change = new LabelChange(id, now(), by, current.classification(), after, note);
      Statement next = relabelled(current, after);
      Term key = Facts.key(Kind.LABEL, id, seq);
      commit(
          w,
          iw -> {
            iw.updateDocument(new Term(Schema.ID, id), Schema.document(next));
            iw.updateDocument(key, Facts.document(Kind.LABEL, key, id, seq, Facts.toJson(change)));
          });
      return next;
    }
  }

  /** The same primary and labels with the same confidences; cues and origin aside. */
  private static boolean sameLabels(Classification a, Classification b) {
    return a.primary() == b.primary() && a.labels().equals(b.labels());
  }

  @Override
  public List<LabelChange> labelHistory(String statementId) {
    String id = subject(statementId, "statementId");
    return read(
        s -> {
          List<LabelChange> out = new ArrayList<>();
          for (Facts.Stored f : facts(s, Kind.LABEL, id)) {
            out.add(decode(Kind.LABEL, f, Facts::labelChange));
          }
          return out;
        });
  }

  @Override
  public Reclassification reclassify(Classifier classifier, LongConsumer progress) {
    Objects.requireNonNull(classifier, "classifier");
    Objects.requireNonNull(progress, "progress");
    Query all = Queries.statements(new MatchAllDocsQuery());
    long[] counts = new long[4]; // statements, changed, rescored, human
    // pages of one point-in-time view; the writes below do not move it
    IndexSearcher snapshot = acquire();
    try {
      StoredFields stored = snapshot.storedFields();
      FieldDoc after = null;
      while (true) {
        TopDocs page =
            snapshot.search(
                all,
                new TopFieldCollectorManager(
                    Schema.OLDEST_FIRST, RECLASSIFY_BATCH, after, RECLASSIFY_BATCH));
        Map<String, Classification> fresh = new HashMap<>();
        for (ScoreDoc sd : page.scoreDocs) {
          Statement st = load(stored, sd.doc);
          counts[0]++;
          if (st.classification().isHuman()) {
            counts[3]++;
            continue;
          }
          // classified outside the write lock: captures need not wait for the classifier
          Classification c = classifier.classify(st.text(), st.language());
          Classification byModel =
              new Classification(c.primary(), c.labels(), c.cues(), Classification.Origin.MODEL);
          if (!byModel.equals(st.classification())) {
            fresh.put(st.id(), byModel);
          }
        }
        if (!fresh.isEmpty()) {
          store(fresh, counts);
        }
        progress.accept(counts[0]);
        if (page.scoreDocs.length < RECLASSIFY_BATCH) {
          break;
        }
        after = (FieldDoc) page.scoreDocs[page.scoreDocs.length - 1];
      }
    } catch (IOException e) {
      throw failure("read", e);
    } finally {
      release(snapshot);
    }
    return new Reclassification(counts[0], counts[1], counts[2], counts[3]);
  }

  /**
   * Writes new classifier labels and commits, each against the statement as it is now: one a person
   * relabelled meanwhile keeps the person's labels, one forgotten meanwhile stays gone.
   */
  private void store(Map<String, Classification> fresh, long[] counts) {
    synchronized (writeLock) {
      ensureOpen();
      IndexWriter w = writer();
      List<Statement> updates = new ArrayList<>();
      read(
          s -> {
            for (Map.Entry<String, Classification> e : fresh.entrySet()) {
              Optional<Statement> now = find(s, e.getKey());
              if (now.isEmpty() || now.get().classification().equals(e.getValue())) {
                continue;
              }
              Classification was = now.get().classification();
              if (was.isHuman()) {
                counts[3]++;
              } else {
                counts[sameLabelSet(was, e.getValue()) ? 2 : 1]++;
                updates.add(relabelled(now.get(), e.getValue()));
              }
            }
            return null;
          });
      if (!updates.isEmpty()) {
        commit(
            w,
            iw -> {
              for (Statement st : updates) {
                iw.updateDocument(new Term(Schema.ID, st.id()), Schema.document(st));
              }
            });
      }
    }
  }

  /** The same primary and the same labels, whatever their confidences. */
  private static boolean sameLabelSet(Classification a, Classification b) {
    return a.primary() == b.primary()
        && Set.copyOf(a.labelList()).equals(Set.copyOf(b.labelList()));
  }

  // ---- customers, closing the loop, goals: documents of other kinds ({@link Facts}) ----

  @Override
  public Optional<CustomerProfile> profile(String customerId) {
    String id = subject(customerId, "customerId");
    return read(s -> latestProfile(s, id));
  }

  private Optional<CustomerProfile> latestProfile(IndexSearcher s, String id) throws IOException {
    List<Facts.Stored> versions = facts(s, Kind.PROFILE, id);
    if (versions.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(decode(Kind.PROFILE, versions.get(versions.size() - 1), Facts::profile));
  }

  @Override
  public List<CustomerProfile> profileHistory(String customerId) {
    String id = subject(customerId, "customerId");
    return read(
        s -> {
          List<CustomerProfile> out = new ArrayList<>();
          for (Facts.Stored f : facts(s, Kind.PROFILE, id)) {
            out.add(decode(Kind.PROFILE, f, Facts::profile));
          }
          return out;
        });
  }

  @Override
  public List<CustomerProfile> profiles() {
    return read(
        s -> {
          Map<String, CustomerProfile> latest = new TreeMap<>();
          for (Facts.Stored f : facts(s, Kind.PROFILE, null)) {
            CustomerProfile p = decode(Kind.PROFILE, f, Facts::profile);
            latest.merge(p.id(), p, (a, b) -> a.version() >= b.version() ? a : b);
          }
          return List.copyOf(latest.values());
        });
  }

  @Override
  public CustomerProfile updateProfile(String customerId, ProfileUpdate given) {
    String id = subject(customerId, "customerId");
    ProfileUpdate update = Objects.requireNonNull(given, "update").mapNote(this::redact);
    ensureOpen();
    synchronized (writeLock) {
      ensureOpen();
      IndexWriter w = writer();
      Optional<CustomerProfile> current = read(s -> latestProfile(s, id));
      CustomerProfile next = update.applyTo(id, current);
      if (current.isPresent() && current.get().sameContent(next)) {
        return current.get();
      }
      Term key = Facts.key(Kind.PROFILE, id, next.version());
      commit(
          w,
          iw ->
              iw.updateDocument(
                  key, Facts.document(Kind.PROFILE, key, id, next.version(), Facts.toJson(next))));
      return next;
    }
  }

  @Override
  public LoopEvent recordLoopEvent(LoopEvent given) {
    Objects.requireNonNull(given, "event");
    LoopEvent event = given.withNote(redact(given.note()));
    String id = event.statementId();
    ensureOpen();
    synchronized (writeLock) {
      ensureOpen();
      IndexWriter w = writer();
      List<LoopEvent> recorded =
          read(
              s -> {
                Statement statement =
                    find(s, id)
                        .orElseThrow(
                            () -> new IllegalArgumentException("no statement with id " + id));
                checkLoopable(statement, event);
                return loopEvents(s, id);
              });
      for (LoopEvent e : recorded) {
        if (e.id().equals(event.id())) {
          return e;
        }
      }
      long seq = recorded.size() + 1L;
      Term key = Facts.loopKey(event);
      commit(
          w,
          iw ->
              iw.updateDocument(key, Facts.document(Kind.LOOP, key, id, seq, Facts.toJson(event))));
      return event;
    }
  }

  private static void checkLoopable(Statement statement, LoopEvent event) {
    if (statement.classification().primary() == Label.NONE) {
      throw new IllegalArgumentException(
          "statement "
              + statement.id()
              + " voices no dream, problem or need: there is no loop to close");
    }
    // a date alone means the start of the day: an event on the day it was said is fine
    Instant dayStart = Dates.parse(Dates.day(statement.occurredAt()));
    if (event.at().isBefore(dayStart)) {
      throw new IllegalArgumentException(
          "the event is dated "
              + event.at()
              + ", before statement "
              + statement.id()
              + " was said ("
              + statement.occurredAt()
              + ")");
    }
  }

  /** A statement's events in the order recorded. */
  private List<LoopEvent> loopEvents(IndexSearcher s, String statementId) throws IOException {
    List<LoopEvent> out = new ArrayList<>();
    for (Facts.Stored f : facts(s, Kind.LOOP, statementId)) {
      out.add(decode(Kind.LOOP, f, Facts::loopEvent));
    }
    return out;
  }

  @Override
  public List<LoopEvent> loopHistory(String statementId) {
    String id = subject(statementId, "statementId");
    // LoopState holds the one ordering rule: by time, ties in the order recorded
    return LoopState.of(id, read(s -> loopEvents(s, id))).history();
  }

  @Override
  public void forEachLoopEvent(Consumer<? super LoopEvent> action) {
    Objects.requireNonNull(action, "action");
    Map<String, List<LoopEvent>> byStatement =
        read(
            s -> {
              List<Facts.Stored> all = new ArrayList<>(facts(s, Kind.LOOP, null));
              Map<String, List<LoopEvent>> grouped = new TreeMap<>();
              for (Facts.Stored f : all) {
                LoopEvent e = decode(Kind.LOOP, f, Facts::loopEvent);
                grouped.computeIfAbsent(e.statementId(), k -> new ArrayList<>()).add(e);
              }
              return grouped;
            });
    for (Map.Entry<String, List<LoopEvent>> e : byStatement.entrySet()) {
      LoopState.of(e.getKey(), e.getValue()).history().forEach(action);
    }
  }

  @Override
  public Goal saveGoal(Goal goal) {
    Objects.requireNonNull(goal, "goal");
    String name = goal.name();
    ensureOpen();
    synchronized (writeLock) {
      ensureOpen();
      IndexWriter w = writer();
      List<Facts.Stored> versions = read(s -> facts(s, Kind.GOAL, name));
      if (currentGoal(versions).filter(goal::equals).isPresent()) {
        return goal;
      }
      long seq = versions.size() + 1L;
      Term key = Facts.key(Kind.GOAL, name, seq);
      commit(
          w,
          iw ->
              iw.updateDocument(
                  key, Facts.document(Kind.GOAL, key, name, seq, Facts.toJson(goal))));
      return goal;
    }
  }

  @Override
  public boolean removeGoal(String name) {
    String n = subject(name, "name");
    ensureOpen();
    synchronized (writeLock) {
      ensureOpen();
      IndexWriter w = writer();
      List<Facts.Stored> versions = read(s -> facts(s, Kind.GOAL, n));
      if (currentGoal(versions).isEmpty()) {
        return false;
      }
      long seq = versions.size() + 1L;
      Term key = Facts.key(Kind.GOAL, n, seq);
      commit(
          w,
          iw -> iw.updateDocument(key, Facts.document(Kind.GOAL, key, n, seq, Facts.removed(n))));
      return true;
    }
  }

  private Optional<Goal> currentGoal(List<Facts.Stored> versions) {
    if (versions.isEmpty()) {
      return Optional.empty();
    }
    return decode(Kind.GOAL, versions.get(versions.size() - 1), Facts::goal);
  }

  @Override
  public List<Goal> goals() {
    return read(
        s -> {
          Map<String, List<Facts.Stored>> byName = new TreeMap<>();
          for (Facts.Stored f : facts(s, Kind.GOAL, null)) {
            String name = decode(Kind.GOAL, f, o -> o.path("name").asText());
            byName.computeIfAbsent(name, k -> new ArrayList<>()).add(f);
          }
          List<Goal> out = new ArrayList<>();
          for (List<Facts.Stored> versions : byName.values()) {
            currentGoal(versions).ifPresent(out::add);
          }
          return out;
        });
  }

  private static String subject(String value, String name) {
    Objects.requireNonNull(value, name);
    String v = value.strip();
    if (v.isEmpty()) {
      throw new IllegalArgumentException(name + " is blank");
    }
    return v;
  }

  /** The documents of a kind (of one subject when not null), by sequence number. */
  private static List<Facts.Stored> facts(IndexSearcher s, Kind kind, String subject)
      throws IOException {
    Query q = Queries.facts(kind, subject);
    int n = s.count(q);
    if (n == 0) {
      return List.of();
    }
    TopDocs top = s.search(q, n);
    StoredFields stored = s.storedFields();
    List<Facts.Stored> out = new ArrayList<>(n);
    for (ScoreDoc sd : top.scoreDocs) {
      Document d = stored.document(sd.doc, Facts.STORED);
      IndexableField seq = d.getField(Facts.SEQ);
      out.add(
          new Facts.Stored(seq == null ? 0 : seq.numericValue().longValue(), d.get(Schema.JSON)));
    }
    out.sort(Comparator.comparingLong(Facts.Stored::seq));
    return out;
  }

  private <T> T decode(Kind kind, Facts.Stored f, Function<JsonNode, T> reader) {
    try {
      if (f.json() == null) {
        throw new IllegalArgumentException("no stored form");
      }
      return reader.apply(Facts.parse(f.json()));
    } catch (RuntimeException e) {
      throw new HotStoreException(
          "store " + dir + " holds a " + kind.code() + " it cannot read: " + e.getMessage(), e);
    }
  }

  // ---- privacy: erasure and retention, purged from the files ----

  @Override
  public ErasureReceipt forget(String customerId) {
    String id = subject(customerId, "customerId");
    ensureOpen();
    synchronized (writeLock) {
      ensureOpen();
      IndexWriter w = writer();
      Query statements = Queries.statements(new TermQuery(new Term(Schema.CUSTOMER, id)));
      Query profiles = Queries.facts(Kind.PROFILE, id);
      Doomed doomed = read(s -> doomed(s, statements));
      long versions = read(s -> (long) s.count(profiles));
      long seq = read(s -> (long) s.count(Queries.facts(Kind.ERASURE, null))) + 1;
      ErasureReceipt receipt =
          new ErasureReceipt(
              now(),
              ErasureReceipt.hash(id),
              doomed.statements(),
              versions,
              doomed.loopEvents(),
              doomed.labelChanges());
      // the receipt's subject is the hash: the id itself is what must not remain
      Term key = Facts.key(Kind.ERASURE, receipt.customerHash(), seq);
      purge(
          w,
          List.of(statements, profiles, doomed.facts()),
          Facts.document(Kind.ERASURE, key, receipt.customerHash(), seq, Facts.toJson(receipt)));
      return receipt;
    }
  }

  @Override
  public List<ErasureReceipt> erasures() {
    return read(
        s -> {
          List<ErasureReceipt> out = new ArrayList<>();
          for (Facts.Stored f : facts(s, Kind.ERASURE, null)) {
            out.add(decode(Kind.ERASURE, f, Facts::erasure));
          }
          return out;
        });
  }

  @Override
  public RetentionReceipt retain(Instant olderThan) {
    Objects.requireNonNull(olderThan, "olderThan");
    ensureOpen();
    synchronized (writeLock) {
      ensureOpen();
      IndexWriter w = writer();
      long cut = Schema.micros(olderThan);
      Query statements =
          Queries.statements(
              cut == Long.MIN_VALUE
                  ? new MatchNoDocsQuery("nothing is before " + olderThan)
                  : LongPoint.newRangeQuery(Schema.OCCURRED_AT, Long.MIN_VALUE, cut - 1));
      Doomed doomed = read(s -> doomed(s, statements));
      long seq = read(s -> (long) s.count(Queries.facts(Kind.RETENTION, null))) + 1;
      RetentionReceipt receipt =
          new RetentionReceipt(
              now(), olderThan, doomed.statements(), doomed.loopEvents(), doomed.labelChanges());
      String subject = olderThan.toString();
      Term key = Facts.key(Kind.RETENTION, subject, seq);
      purge(
          w,
          List.of(statements, doomed.facts()),
          Facts.document(Kind.RETENTION, key, subject, seq, Facts.toJson(receipt)));
      return receipt;
    }
  }

  @Override
  public List<RetentionReceipt> retentions() {
    return read(
        s -> {
          List<RetentionReceipt> out = new ArrayList<>();
          for (Facts.Stored f : facts(s, Kind.RETENTION, null)) {
            out.add(decode(Kind.RETENTION, f, Facts::retention));
          }
          return out;
        });
  }

  private Instant now() {
    return pipeline.clock().instant();
  }

  /**
   * Statements to remove, counted, with the query of what is kept about them (loop events, label
   * history) and how many of each there are.
   */
  private record Doomed(long statements, Query facts, long loopEvents, long labelChanges) {}

  private static Doomed doomed(IndexSearcher s, Query statements) throws IOException {
    List<BytesRef> ids = new ArrayList<>();
    Weight weight = s.createWeight(s.rewrite(statements), ScoreMode.COMPLETE_NO_SCORES, 1f);
    for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      SortedDocValues idValues = DocValues.getSorted(leaf.reader(), Schema.ID);
      Bits live = leaf.reader().getLiveDocs();
      DocIdSetIterator docs = scorer.iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if ((live == null || live.get(doc)) && idValues.advanceExact(doc)) {
          ids.add(BytesRef.deepCopyOf(idValues.lookupOrd(idValues.ordValue())));
        }
      }
    }
    if (ids.isEmpty()) {
      return new Doomed(0, new MatchNoDocsQuery("no statements"), 0, 0);
    }
    Query facts =
        new BooleanQuery.Builder()
            .add(
                new TermInSetQuery(
                    Schema.KIND,
                    List.of(new BytesRef(Kind.LOOP.code()), new BytesRef(Kind.LABEL.code()))),
                BooleanClause.Occur.FILTER)
            .add(new TermInSetQuery(Facts.SUBJECT, ids), BooleanClause.Occur.FILTER)
            .build();
    return new Doomed(
        ids.size(), facts, s.count(factsOf(Kind.LOOP, ids)), s.count(factsOf(Kind.LABEL, ids)));
  }

  private static Query factsOf(Kind kind, List<BytesRef> subjects) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Schema.KIND, kind.code())), BooleanClause.Occur.FILTER)
        .add(new TermInSetQuery(Facts.SUBJECT, subjects), BooleanClause.Occur.FILTER)
        .build();
  }

  /**
   * Deletes what the queries match, adds the receipt, and purges the deleted documents from the
   * files: a deleted document stays in its segment's files until the segment is rewritten, and in
   * older commit points until they are dropped. Holds {@link #writeLock}.
   */
  private void purge(IndexWriter w, List<Query> doomed, Document receipt) {
    commit(
        w,
        iw -> {
          iw.deleteDocuments(doomed.toArray(Query[]::new));
          iw.addDocument(receipt);
          iw.forceMergeDeletes(true);
          if (iw.hasDeletions()) {
            iw.forceMerge(1, true);
          }
          if (iw.hasDeletions()) {
            throw new IOException("deleted documents remain after merging");
          }
        });
    try {
      // the deletion policy (keep only the last commit) dropped older commit points at commit;
      // this retries any file a reader still held then
      w.deleteUnusedFiles();
      checkPurged();
    } catch (IOException e) {
      throw failure("purged", e);
    }
  }

  /** The store as a reader opening it sees it: one commit point, no deleted document. */
  private void checkPurged() throws IOException {
    int commits = DirectoryReader.listCommits(directory).size();
    if (commits != 1) {
      throw new HotStoreException(
          "store " + dir + " still holds " + (commits - 1) + " older commit points after a purge");
    }
    try (DirectoryReader r = DirectoryReader.open(directory)) {
      if (r.maxDoc() != r.numDocs()) {
        throw new HotStoreException(
            "store "
                + dir
                + " still holds "
                + (r.maxDoc() - r.numDocs())
                + " deleted documents after a purge");
      }
    }
  }

  @Override
  public String location() {
    return dir.toString();
  }

  @Override
  public void close() {
    synchronized (writeLock) {
      if (closed) {
        return;
      }
      closed = true;
      try {
        // every write was committed when it returned: closing the writer commits nothing new
        IOUtils.close(searchers, writer, analyzer, directory);
      } catch (IOException e) {
        throw failure("closed", e);
      } finally {
        writer = null;
      }
    }
  }

  /** The statement with the id. */
  private Optional<Statement> find(IndexSearcher s, String id) throws IOException {
    TopDocs top = s.search(Queries.statements(new TermQuery(new Term(Schema.ID, id))), 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    return Optional.of(load(s.storedFields(), top.scoreDocs[0].doc));
  }

  private Statement load(StoredFields stored, int doc) throws IOException {
    return parse(dir, stored.document(doc, STORED_FORM).get(Schema.JSON), pipeline);
  }

  /**
   * A statement from its stored form; one stored before feelings were read (a store not yet
   * upgraded) gets its feeling read now.
   */
  private static Statement parse(Path dir, String json, Pipeline pipeline) {
    if (json == null) {
      throw new HotStoreException("store " + dir + " holds a statement without its stored form");
    }
    try {
      JsonNode node = StatementJson.MAPPER.readTree(json);
      Statement s = StatementJson.fromJson(node);
      return StatementJson.hasFeeling(node) ? s : s.withFeeling(pipeline.feelingOf(s));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new HotStoreException(
          "store " + dir + " holds a statement it cannot read: " + e.getMessage(), e);
    }
  }

  private interface Read<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private <T> T read(Read<T> read) {
    IndexSearcher s = acquire();
    try {
      return read.apply(s);
    } catch (IOException e) {
      throw failure("read", e);
    } finally {
      release(s);
    }
  }

  /** A read that runs a query: one with too many words is the query's fault, not the store's. */
  private <T> T read(fi.hot.model.Query query, Read<T> read) {
    try {
      return read(read);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new HotQueryException(
          "cannot understand the query '" + query.text() + "': it has too many words", e);
    }
  }

  private IndexSearcher acquire() {
    ensureOpen();
    try {
      return searchers.acquire();
    } catch (AlreadyClosedException e) {
      throw closedError();
    } catch (IOException e) {
      throw failure("read", e);
    }
  }

  private void release(IndexSearcher s) {
    try {
      searchers.release(s);
    } catch (IOException e) {
      throw failure("read", e);
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw closedError();
    }
  }

  private IllegalStateException closedError() {
    return new IllegalStateException("store " + dir + " is closed");
  }

  private HotStoreException failure(String what, Exception e) {
    return new HotStoreException(
        "store " + dir + " could not be " + what + ": " + e.getMessage(), e);
  }
}
