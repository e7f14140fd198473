package fi.hot.store;

import static fi.hot.store.Fixtures.FEB;
import static fi.hot.store.Fixtures.JAN;
import static fi.hot.store.Fixtures.MAR;
import static fi.hot.store.Fixtures.PIPELINE;
import static fi.hot.store.Fixtures.en;
import static fi.hot.store.Fixtures.fi;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.hot.classify.FeelingReader;
import fi.hot.internal.StatementJson;
import fi.hot.model.Channel;
import fi.hot.model.Count;
import fi.hot.model.Emotion;
import fi.hot.model.Feeling;
import fi.hot.model.FeelingCue;
import fi.hot.model.Query;
import fi.hot.model.Statement;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feelings in the store: kept, searched by emotion and polarity, counted, and older stores. */
class LuceneHotStoreFeelingTest {
  @TempDir Path tmp;

  /** Statements whose feeling is known, numbered from 1 in the comments. */
  static final List<Statement.Draft> FELT =
      List.of(
          fi("acme", Channel.CALL, JAN, "Laskutus ei toimi taas!")
              .feeling(Feeling.of(-0.8, Emotion.FRUSTRATED)),
          fi("acme", Channel.EMAIL, FEB, "Pelkään, että tiedot katoavat.")
              .feeling(Feeling.of(-0.5, Emotion.WORRIED)),
          en("initech", Channel.EMAIL, FEB, "We need the report today.")
              .feeling(Feeling.of(-0.3, Emotion.HURRIED)),
          en("initech", Channel.CALL, MAR, "Thanks, the new report is great.")
              .feeling(Feeling.of(0.8, Emotion.PLEASED)),
          fi("globex", Channel.CHAT, MAR, "Meillä on kolme toimipistettä.")
              .feeling(Feeling.NEUTRAL),
          en("globex", Channel.CHAT, MAR, "Not bad at all.")
              .feeling(Feeling.of(0.3, Emotion.NEUTRAL)));

  private LuceneHotStore open(Path dir) {
    return LuceneHotStore.open(dir, PIPELINE);
  }

  private static List<String> found(LuceneHotStore store, Query q) {
    List<String> out = new ArrayList<>();
    store.forEach(q, s -> out.add(s.text()));
    return out;
  }

  private static List<String> texts(int... numbers) {
    List<String> out = new ArrayList<>();
    for (int n : numbers) {
      out.add(FELT.get(n - 1).text());
    }
    return out;
  }

  @Test
  void a_feeling_with_its_cues_is_stored_and_read_back_as_given() {
    Feeling given =
        new Feeling(
            -0.62,
            Emotion.FRUSTRATED,
            List.of(
                new FeelingCue("fi.frustrated.taas", "taas"),
                new FeelingCue("fi.exclamation", "!")));
    try (LuceneHotStore store = open(tmp.resolve("s"))) {
      Statement s = store.capture(FELT.get(0).feeling(given));
      assertThat(store.get(s.id()).orElseThrow().feeling()).isEqualTo(given);
    }
    try (LuceneHotStore again = open(tmp.resolve("s"))) {
      assertThat(again.search(Query.all(), 1).items().get(0).statement().feeling())
          .isEqualTo(given);
    }
  }

  @Test
  void capture_reads_the_feeling_when_the_draft_has_none() {
    String text = "Ärsyttää todella, että lasku on taas väärin!";
    try (LuceneHotStore store = open(tmp.resolve("s"))) {
      Statement s = store.capture(fi("acme", Channel.CALL, JAN, text));
      assertThat(s.feeling().emotion()).isEqualTo(Emotion.FRUSTRATED);
      assertThat(s.feeling().polarity()).isLessThan(-0.5);
      assertThat(s.feeling().cues())
          .extracting(FeelingCue::id)
          .contains("fi.frustrated.arsyttaa", "fi.intensifier", "fi.exclamation");
      assertThat(s.feeling())
          .isEqualTo(FeelingReader.standard().read(s.text(), s.language(), s.classification()));
    }
  }

  @Test
  void statements_are_found_by_emotion_and_by_any_of_several() {
    try (LuceneHotStore store = open(tmp.resolve("s"))) {
      store.captureAll(FELT);
      assertThat(found(store, Query.all().emotion(Emotion.WORRIED))).isEqualTo(texts(2));
      assertThat(found(store, Query.all().emotion(Emotion.FRUSTRATED).emotion(Emotion.HURRIED)))
          .isEqualTo(texts(1, 3));
      assertThat(found(store, Query.all().emotion(Emotion.NEUTRAL))).isEqualTo(texts(5, 6));
      assertThat(found(store, Query.parse("report").emotion(Emotion.PLEASED))).isEqualTo(texts(4));
      assertThat(store.search(Query.parse("report").emotion(Emotion.WORRIED), 10).total()).isZero();
    }
  }

  @Test
  void a_polarity_range_includes_both_ends() {
    try (LuceneHotStore store = open(tmp.resolve("s"))) {
      store.captureAll(FELT);
      assertThat(found(store, Query.all().polarity(-1, -0.5))).isEqualTo(texts(1, 2));
      assertThat(found(store, Query.all().polarity(0.3, 1))).isEqualTo(texts(4, 6));
      assertThat(found(store, Query.all().polarity(-0.3, -0.3))).isEqualTo(texts(3));
      // zero is zero whichever sign it is written with
      assertThat(found(store, Query.all().polarity(-0.0, 0))).isEqualTo(texts(5));
      assertThat(found(store, Query.all().polarity(-0.4, 0.5).emotion(Emotion.NEUTRAL)))
          .isEqualTo(texts(5, 6));
      // a search ranks by time when it has no words, and reads the polarity from doc values
      assertThat(store.search(Query.all().polarity(-1, -0.5), 10).items())
          .extracting(h -> h.statement().text())
          .containsExactly(FELT.get(1).text(), FELT.get(0).text());
      assertThat(store.search(Query.parse("report").polarity(0, 1), 10).items())
          .extracting(h -> h.statement().text())
          .containsExactly(FELT.get(3).text());
    }
  }

  @Test
  void the_points_and_the_doc_values_of_the_polarity_find_the_same_statements() throws IOException {
    Path dir = tmp.resolve("s");
    try (LuceneHotStore store = open(dir)) {
      store.captureAll(FELT);
    }
    double[][] ranges = {{-1, -0.5}, {-0.5, 0}, {-0.0, 0}, {0.3, 1}, {-1, 1}, {-0.31, -0.29}};
    try (Directory d = FSDirectory.open(dir);
        DirectoryReader reader = DirectoryReader.open(d)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (double[] r : ranges) {
        IndexOrDocValuesQuery q = (IndexOrDocValuesQuery) Queries.polarityRange(r[0], r[1]);
        int byPoints = searcher.count(q.getIndexQuery());
        assertThat(searcher.count(q.getRandomAccessQuery()))
            .as(r[0] + ".." + r[1])
            .isEqualTo(byPoints);
        assertThat(byPoints)
            .isEqualTo(
                (int)
                    FELT.stream()
                        .map(f -> f.feeling().orElseThrow().polarity())
                        .filter(p -> p >= r[0] && p <= r[1])
                        .count());
      }
    }
  }

  @Test
  void the_store_and_matches_filters_agree_on_every_feeling_filter() {
    List<Query> queries =
        List.of(
            Query.all().emotion(Emotion.PLEASED),
            Query.all().emotion(Emotion.WORRIED).emotion(Emotion.NEUTRAL),
            Query.all().polarity(-1, 0),
            Query.all().polarity(0.05, 1),
            Query.all().polarity(-0.5, 0.3).emotion(Emotion.HURRIED));
    try (LuceneHotStore store = open(tmp.resolve("s"))) {
      List<Statement> all = store.captureAll(FELT).added();
      for (Query q : queries) {
        List<String> expected =
            all.stream().filter(q::matchesFilters).map(Statement::text).toList();
        assertThat(found(store, q)).as(q.toString()).isEqualTo(expected);
      }
    }
  }

  @Test
  void stats_count_the_emotions_in_their_order() {
    try (LuceneHotStore store = open(tmp.resolve("s"))) {
      store.captureAll(FELT);
      assertThat(store.stats(Query.all()).emotions())
          .containsExactly(
              new Count("frustrated", 1),
              new Count("worried", 1),
              new Count("hurried", 1),
              new Count("pleased", 1),
              new Count("neutral", 2));
      assertThat(store.stats(Query.all().customer("globex")).emotions())
          .containsExactly(new Count("neutral", 2));
    }
  }

  /** A store as format 3 wrote it: no feeling in the stored form, no feeling fields. */
  private static void writeFormat3(Path dir, List<Statement.Draft> drafts) throws IOException {
    try (Directory d = FSDirectory.open(dir);
        Analyzer analyzer = Schema.analyzer();
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(analyzer))) {
      for (Statement.Draft draft : drafts) {
        w.addDocument(withoutFeeling(PIPELINE.process(draft)));
      }
      w.setLiveCommitData(Map.of(Schema.FORMAT_KEY, "3", Schema.REDACT_KEY, "false").entrySet());
      w.commit();
    }
  }

  private static Document withoutFeeling(Statement s) {
    ObjectNode json = StatementJson.toJson(s);
    json.remove(List.of("polarity", "emotion", "feeling_cues"));
    String facet = Schema.DIM_EMOTION + FacetsConfig.DELIM_CHAR;
    Document old = new Document();
    for (IndexableField f : Schema.document(s)) {
      BytesRef bytes = f.binaryValue();
      String value = f.stringValue() != null ? f.stringValue() : "";
      boolean emotionFacet =
          f.name().equals(FacetsConfig.DEFAULT_INDEX_FIELD_NAME)
              && (value.startsWith(facet)
                  || (bytes != null && bytes.utf8ToString().startsWith(facet)));
      if (f.name().equals(Schema.EMOTION)
          || f.name().equals(Schema.POLARITY)
          || f.name().equals(Schema.JSON)
          || emotionFacet) {
        continue;
      }
      old.add(f);
    }
    old.add(new StoredField(Schema.JSON, json.toString()));
    return old;
  }

  private static Map<String, String> commitData(Path dir) throws IOException {
    try (Directory d = FSDirectory.open(dir);
        DirectoryReader reader = DirectoryReader.open(d)) {
      return reader.getIndexCommit().getUserData();
    }
  }

  @Test
  void a_format_3_store_is_upgraded_when_opened_and_its_feelings_are_searchable()
      throws IOException {
    Path dir = tmp.resolve("old");
    writeFormat3(
        dir, List.of(fi("acme", Channel.CALL, JAN, "Laskutus ei toimi taas!"), FELT.get(4)));

    try (LuceneHotStore store = open(dir)) {
      assertThat(commitData(dir))
          .containsEntry(Schema.FORMAT_KEY, Integer.toString(Schema.FORMAT))
          .containsEntry(Schema.REDACT_KEY, "false");
      assertThat(store.count()).isEqualTo(2);
      // the feeling is read from the stored words and labels ("ei toimi" is a problem here)
      assertThat(found(store, Query.all().emotion(Emotion.FRUSTRATED)))
          .containsExactly("Laskutus ei toimi taas!");
      assertThat(store.stats(Query.all()).emotions())
          .containsExactly(new Count("frustrated", 1), new Count("neutral", 1));
      Statement s = store.search(Query.all().polarity(-1, -0.5), 1).items().get(0).statement();
      assertThat(s.feeling())
          .isEqualTo(FeelingReader.standard().read(s.text(), s.language(), s.classification()));
    }
    try (Directory d = FSDirectory.open(dir);
        DirectoryReader reader = DirectoryReader.open(d)) {
      // the copies the upgrade replaced are gone from the files
      assertThat(reader.maxDoc()).isEqualTo(reader.numDocs());
    }
  }

  @Test
  void a_format_3_store_held_by_another_writer_is_read_and_upgraded_at_the_first_write()
      throws IOException {
    Path dir = tmp.resolve("held");
    writeFormat3(dir, List.of(fi("acme", Channel.CALL, JAN, "Laskutus ei toimi taas!")));
    LuceneHotStore store;
    try (Directory d = FSDirectory.open(dir);
        Analyzer analyzer = Schema.analyzer();
        IndexWriter other = new IndexWriter(d, new IndexWriterConfig(analyzer))) {
      store = open(dir);
      other.rollback();
    }
    try (store) {
      assertThat(commitData(dir)).containsEntry(Schema.FORMAT_KEY, "3");
      // the feeling is read as the statement is loaded, but not indexed yet
      assertThat(store.search(Query.all(), 1).items().get(0).statement().feeling().emotion())
          .isEqualTo(Emotion.FRUSTRATED);
      assertThat(store.stats(Query.all().emotion(Emotion.FRUSTRATED)).total()).isZero();

      store.capture(FELT.get(3));

      assertThat(commitData(dir)).containsEntry(Schema.FORMAT_KEY, Integer.toString(Schema.FORMAT));
      assertThat(found(store, Query.all().emotion(Emotion.FRUSTRATED)))
          .containsExactly("Laskutus ei toimi taas!");
      assertThat(found(store, Query.all().emotion(Emotion.PLEASED)))
          .containsExactly(FELT.get(3).text());
    }
  }
}
