package fi.hot.store;

import fi.hot.internal.Dates;
import fi.hot.internal.StatementJson;
import fi.hot.model.Label;
import fi.hot.model.LabelScore;
import fi.hot.model.Language;
import fi.hot.model.Statement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.NumericUtils;

/**
 * The index layout of a statement: which fields it has, how its text is analysed, how it is sorted
 * and counted. One place, so that writing and searching cannot disagree.
 */
final class Schema {
  /** Commit user data key holding the store format; its presence marks a HOT store. */
  static final String FORMAT_KEY = "hot.store.format";

  /** Commit data: whether captures redact personal data (see {@code StoreSettings}). */
  static final String REDACT_KEY = "hot.redact";

  /**
   * The store format this code writes and reads. 2: profiles, loop events and goals beside the
   * statements (a format 1 store holds statements only and is read as it is). 3: erasure and
   * retention receipts, which a reader of format 2 would take for statements. 5: every statement
   * has its feeling, indexed ({@link #EMOTION}, {@link #POLARITY}), and the history of labels set
   * by a person is kept, which a reader of format 4 or older would take for statements; a store of
   * an older format is upgraded when opened (see {@code LuceneHotStore}).
   */
  static final int FORMAT = 5;

  /** What a document holds ({@link Kind}); absent on statements written by format 1. */
  static final String KIND = "kind";

  static final String ID = "id";
  static final String JSON = "json";
  static final String CUSTOMER = "customer";
  static final String CHANNEL = "channel";
  static final String LANG = "lang";
  static final String LABEL = "label";
  static final String PRIMARY = "primary";
  static final String OCCURRED_AT = "occurred_at";
  static final String MONTH = "month";

  /** The statement's emotion code: a keyword to filter by, and a facet to count. */
  static final String EMOTION = "emotion";

  /** The statement's polarity: a point to filter ranges by, and doc values. */
  static final String POLARITY = "polarity";

  /** Finnish statements, Finnish stemming and stop words. */
  static final String TEXT_FI = "text_fi";

  /** English statements, English stemming and stop words. */
  static final String TEXT_EN = "text_en";

  /**
   * Every statement, words lower-cased but neither stemmed nor stopped: the analysis of OTHER
   * statements, and exact and prefix matches in any language.
   */
  static final String TEXT_STD = "text_std";

  static final List<String> TEXT_FIELDS = List.of(TEXT_FI, TEXT_EN, TEXT_STD);

  /** The label term of statements carrying no label, so that a filter can ask for them. */
  static final String NO_LABEL = Label.NONE.code();

  /** Facet dimensions, counted from doc values. */
  static final String DIM_LABEL = "label";

  static final String DIM_CHANNEL = "channel";
  static final String DIM_CUSTOMER = "customer";
  static final String DIM_LANG = "lang";
  static final String DIM_MONTH = "month";
  static final String DIM_EMOTION = "emotion";

  static final FacetsConfig FACETS = facetsConfig();

  static final Sort OLDEST_FIRST =
      new Sort(
          new SortField(OCCURRED_AT, SortField.Type.LONG),
          new SortField(ID, SortField.Type.STRING));

  static final Sort NEWEST_FIRST =
      new Sort(
          new SortField(OCCURRED_AT, SortField.Type.LONG, true),
          new SortField(ID, SortField.Type.STRING));

  /** Offsets in the postings let a search report where in the text each word matched. */
  private static final FieldType TEXT = textType();

  private Schema() {}

  /** Each text field with its analyzer; the store closes it. */
  static Analyzer analyzer() {
    return new PerFieldAnalyzerWrapper(
        new StandardAnalyzer(),
        Map.of(TEXT_FI, new FinnishAnalyzer(), TEXT_EN, new EnglishAnalyzer()));
  }

  /** The document of a statement: its JSON, for a lossless read back, and fields to find it by. */
  static Document document(Statement s) {
    Document doc = new Document();
    doc.add(new StringField(KIND, Kind.STATEMENT.code(), Field.Store.NO));
    doc.add(new StringField(ID, s.id(), Field.Store.NO));
    doc.add(new SortedDocValuesField(ID, new BytesRef(s.id())));
    doc.add(new StoredField(JSON, StatementJson.toLine(s)));

    String text = s.text();
    doc.add(new Field(TEXT_STD, text, TEXT));
    if (s.language() == Language.FI) {
      doc.add(new Field(TEXT_FI, text, TEXT));
    } else if (s.language() == Language.EN) {
      doc.add(new Field(TEXT_EN, text, TEXT));
    }

    String customer = s.customer().id();
    String channel = s.channel().code();
    String lang = s.language().code();
    String month = Dates.month(s.occurredAt());
    doc.add(new StringField(CUSTOMER, customer, Field.Store.NO));
    doc.add(new StringField(CHANNEL, channel, Field.Store.NO));
    doc.add(new StringField(LANG, lang, Field.Store.NO));
    doc.add(new StringField(MONTH, month, Field.Store.NO));
    doc.add(new StringField(PRIMARY, s.classification().primary().code(), Field.Store.NO));
    doc.add(new SortedSetDocValuesFacetField(DIM_CUSTOMER, customer));
    doc.add(new SortedSetDocValuesFacetField(DIM_CHANNEL, channel));
    doc.add(new SortedSetDocValuesFacetField(DIM_LANG, lang));
    doc.add(new SortedSetDocValuesFacetField(DIM_MONTH, month));

    List<LabelScore> labels = s.classification().labels();
    if (labels.isEmpty()) {
      doc.add(new StringField(LABEL, NO_LABEL, Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(DIM_LABEL, NO_LABEL));
    }
    for (LabelScore label : labels) {
      doc.add(new StringField(LABEL, label.label().code(), Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(DIM_LABEL, label.label().code()));
    }

    String emotion = s.feeling().emotion().code();
    doc.add(new StringField(EMOTION, emotion, Field.Store.NO));
    doc.add(new SortedSetDocValuesFacetField(DIM_EMOTION, emotion));
    doc.add(new DoublePoint(POLARITY, s.feeling().polarity()));
    // sortable bits, as the point and the range query's doc-values side compare them
    doc.add(
        new NumericDocValuesField(
            POLARITY, NumericUtils.doubleToSortableLong(s.feeling().polarity())));

    long time = micros(s.occurredAt());
    doc.add(new LongPoint(OCCURRED_AT, time));
    doc.add(new NumericDocValuesField(OCCURRED_AT, time));
    try {
      return FACETS.build(doc);
    } catch (IOException e) {
      // FacetsConfig only does I/O for taxonomy facets, which this schema does not use
      throw new UncheckedIOException(e);
    }
  }

  /**
   * An instant as microseconds since the epoch, the resolution of the time field; saturates far
   * outside the years any statement has.
   */
  static long micros(Instant t) {
    try {
      return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1000);
    } catch (ArithmeticException e) {
      return t.getEpochSecond() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }

  private static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(DIM_LABEL, true);
    return config;
  }

  private static FieldType textType() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
