package fi.hot.store;

import fi.hot.model.Language;
import fi.hot.model.StatementSet;
import fi.hot.model.TermCount;
import fi.hot.model.TermCounts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * Counts the words and two-word phrases of a selection straight from the index: document
 * frequencies from the postings of the Finnish and English fields, phrases from their positions,
 * and each term's most used surface form from the unstemmed field, whose words are stemmed once
 * each. No statement is loaded. Statement numbers are the reader's document numbers, which mean
 * nothing outside one answer. One instance per answer; not thread-safe.
 */
final class TermStatistics {
  private record Field(String name, Language language) {}

  /**
   * Each language's statements in its own analysis; statements in neither by their unstemmed words.
   * Both languages' stop words are left out of all three: statements mix languages, and the
   * unstemmed analysis keeps stop words.
   */
  private static final List<Field> FIELDS =
      List.of(
          new Field(Schema.TEXT_FI, Language.FI),
          new Field(Schema.TEXT_EN, Language.EN),
          new Field(Schema.TEXT_STD, Language.OTHER));

  private static final Set<String> STOP_WORDS = stopWords();

  /** A word of one field that enough statements of the selection contain. */
  private record Word(String stem, int[] selected, int storeCount) {}

  private final Analyzer analyzer;
  private final IndexSearcher searcher;
  private final IndexReader reader;

  TermStatistics(Analyzer analyzer, IndexSearcher searcher) {
    this.analyzer = analyzer;
    this.searcher = searcher;
    this.reader = searcher.getIndexReader();
  }

  /**
   * The terms that at least {@code minCount} statements of the selection contain.
   *
   * @param selection the statements to describe
   * @param all every statement of the store: the background
   */
  TermCounts count(Query selection, Query all, int minCount, Set<String> ignoredWords)
      throws IOException {
    FixedBitSet inStore = matching(all);
    FixedBitSet selected = matching(selection);
    selected.and(inStore);

    Map<Language, List<Word>> words = new HashMap<>();
    Map<Language, FixedBitSet> storeByLanguage = new HashMap<>();
    Map<Language, FixedBitSet> selectedByLanguage = new HashMap<>();
    Set<String> ignoredOrStopped = new HashSet<>(ignoredWords);
    ignoredOrStopped.addAll(STOP_WORDS);
    for (Field f : FIELDS) {
      Set<String> ignored = stems(f.name, ignoredOrStopped);
      FixedBitSet store = language(f.language);
      store.and(inStore);
      FixedBitSet sel = store.clone();
      sel.and(selected);
      storeByLanguage.put(f.language, store);
      selectedByLanguage.put(f.language, sel);
      words.put(f.language, words(f.name, sel, store, minCount, ignored));
    }
    Map<Language, Map<String, String>> surfaces = surfaces(selectedByLanguage, words);

    List<TermCount> terms = new ArrayList<>();
    for (Field f : FIELDS) {
      List<Word> fieldWords = words.get(f.language);
      Map<String, String> surface = surfaces.get(f.language);
      for (Word w : fieldWords) {
        terms.add(
            new TermCount(
                f.language,
                List.of(w.stem),
                surface.getOrDefault(w.stem, w.stem),
                w.selected.length,
                w.storeCount,
                StatementSet.of(w.selected)));
      }
      terms.addAll(
          phrases(
              f,
              fieldWords,
              surface,
              selectedByLanguage.get(f.language),
              storeByLanguage.get(f.language),
              minCount));
    }
    terms.sort(
        Comparator.comparing((TermCount t) -> t.language().ordinal())
            .thenComparingInt(t -> t.stems().size())
            .thenComparing(t -> String.join(" ", t.stems())));
    return new TermCounts(selected.cardinality(), inStore.cardinality(), terms);
  }

  /** The live documents the query matches. */
  private FixedBitSet matching(Query query) throws IOException {
    FixedBitSet bits = new FixedBitSet(Math.max(1, reader.maxDoc()));
    Weight weight =
        searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    for (LeafReaderContext leaf : reader.leaves()) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      DocIdSetIterator it = scorer.iterator();
      for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
        if (live == null || live.get(d)) {
          bits.set(leaf.docBase + d);
        }
      }
    }
    return bits;
  }

  /**
   * The words of the field in at least minCount selected statements, in term order, with their
   * statements among {@code selected} and their count among {@code inStore}.
   */
  private List<Word> words(
      String field, FixedBitSet selected, FixedBitSet inStore, int minCount, Set<String> ignored)
      throws IOException {
    Terms terms = MultiTerms.getTerms(reader, field);
    if (terms == null) {
      return List.of();
    }
    List<Word> words = new ArrayList<>();
    TermsEnum te = terms.iterator();
    PostingsEnum pe = null;
    IntList docs = new IntList();
    for (BytesRef t = te.next(); t != null; t = te.next()) {
      if (te.docFreq() < minCount) {
        continue; // docFreq counts deleted documents too, so it is an upper bound
      }
      String stem = t.utf8ToString();
      if (ignored.contains(stem)) {
        continue;
      }
      pe = te.postings(pe, PostingsEnum.NONE);
      docs.clear();
      int storeCount = 0;
      for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
        if (inStore.get(d)) {
          storeCount++;
          if (selected.get(d)) {
            docs.add(d);
          }
        }
      }
      if (docs.size >= minCount) {
        words.add(new Word(stem, docs.toArray(), storeCount));
      }
    }
    return words;
  }

  /**
   * For each stemmed word, the unstemmed form most selected statements of its language use (ties:
   * the first in alphabetical order); in Finnish the form that is its own stem when it is used at
   * all, which is mostly the base form ({@code lasku} rather than {@code laskussa}). Reads the
   * unstemmed field once and stems each of its words. Words of statements in neither language are
   * unstemmed already.
   */
  private Map<Language, Map<String, String>> surfaces(
      Map<Language, FixedBitSet> selected, Map<Language, List<Word>> words) throws IOException {
    List<Field> stemmed = FIELDS.stream().filter(f -> f.language != Language.OTHER).toList();
    Map<Language, Map<String, String>> best = new HashMap<>();
    Map<Language, Map<String, Integer>> bestCount = new HashMap<>();
    Map<Language, Set<String>> wanted = new HashMap<>();
    FixedBitSet[] inLanguage = new FixedBitSet[stemmed.size()];
    for (Field f : FIELDS) {
      best.put(f.language, new HashMap<>());
    }
    for (int i = 0; i < stemmed.size(); i++) {
      Field f = stemmed.get(i);
      bestCount.put(f.language, new HashMap<>());
      Set<String> stems = new HashSet<>();
      words.get(f.language).forEach(w -> stems.add(w.stem));
      wanted.put(f.language, stems);
      inLanguage[i] = selected.get(f.language);
    }
    Terms terms = MultiTerms.getTerms(reader, Schema.TEXT_STD);
    if (terms == null) {
      return best;
    }
    TermsEnum te = terms.iterator();
    PostingsEnum pe = null;
    int[] counts = new int[stemmed.size()];
    for (BytesRef t = te.next(); t != null; t = te.next()) {
      pe = te.postings(pe, PostingsEnum.NONE);
      Arrays.fill(counts, 0);
      boolean any = false;
      for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
        for (int i = 0; i < stemmed.size(); i++) {
          if (inLanguage[i].get(d)) {
            counts[i]++;
            any = true;
          }
        }
      }
      if (!any) {
        continue;
      }
      String word = t.utf8ToString();
      for (int i = 0; i < stemmed.size(); i++) {
        Field f = stemmed.get(i);
        if (counts[i] == 0) {
          continue;
        }
        String stem = stem(f.name, word);
        if (!wanted.get(f.language).contains(stem)) {
          continue;
        }
        Integer known = bestCount.get(f.language).get(stem);
        int rank = f.language == Language.FI && word.equals(stem) ? Integer.MAX_VALUE : counts[i];
        // terms come in order, so on a tie the word already kept is the first
        if (known == null || rank > known) {
          bestCount.get(f.language).put(stem, rank);
          best.get(f.language).put(stem, word);
        }
      }
    }
    return best;
  }

  /** The statements in a language. */
  private FixedBitSet language(Language language) throws IOException {
    FixedBitSet bits = new FixedBitSet(Math.max(1, reader.maxDoc()));
    Terms terms = MultiTerms.getTerms(reader, Schema.LANG);
    if (terms == null) {
      return bits;
    }
    TermsEnum te = terms.iterator();
    if (te.seekExact(new BytesRef(language.code()))) {
      PostingsEnum pe = te.postings(null, PostingsEnum.NONE);
      for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
        bits.set(d);
      }
    }
    return bits;
  }

  /**
   * The two-word phrases of the field in at least minCount selected statements: two of the words at
   * neighbouring positions. A stop word between them leaves a gap in the positions, so "mobile app"
   * is a phrase and "app of mobile" is not.
   */
  private List<TermCount> phrases(
      Field field,
      List<Word> words,
      Map<String, String> surface,
      FixedBitSet selected,
      FixedBitSet inStore,
      int minCount)
      throws IOException {
    if (words.size() < 2) {
      return List.of();
    }
    Positions positions = positions(field.name, words, inStore);

    // first the phrases of the selection, to keep only those frequent enough
    LongList keys = new LongList();
    PairScratch scratch = new PairScratch();
    BitSetIterator inSelection = new BitSetIterator(selected, 0);
    for (int d = inSelection.nextDoc();
        d != DocIdSetIterator.NO_MORE_DOCS;
        d = inSelection.nextDoc()) {
      int n = positions.pairs(d, scratch);
      for (int i = 0; i < n; i++) {
        keys.add(scratch.pairs[i]);
      }
    }
    long[] sorted = keys.toArray();
    Arrays.sort(sorted);
    Map<Long, Integer> frequent = new HashMap<>();
    List<Long> order = new ArrayList<>();
    for (int i = 0; i < sorted.length; ) {
      int j = i;
      while (j < sorted.length && sorted[j] == sorted[i]) {
        j++;
      }
      if (j - i >= minCount) {
        frequent.put(sorted[i], order.size());
        order.add(sorted[i]);
      }
      i = j;
    }
    if (order.isEmpty()) {
      return List.of();
    }

    // then their statements in the selection and their counts in the store
    int[] storeCounts = new int[order.size()];
    List<IntList> docs = new ArrayList<>();
    for (int i = 0; i < order.size(); i++) {
      docs.add(new IntList());
    }
    BitSetIterator all = new BitSetIterator(inStore, 0);
    for (int d = all.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = all.nextDoc()) {
      int n = positions.pairs(d, scratch);
      for (int i = 0; i < n; i++) {
        Integer index = frequent.get(scratch.pairs[i]);
        if (index != null) {
          storeCounts[index]++;
          if (selected.get(d)) {
            docs.get(index).add(d);
          }
        }
      }
    }
    List<TermCount> phrases = new ArrayList<>(order.size());
    for (int i = 0; i < order.size(); i++) {
      long key = order.get(i);
      String first = words.get((int) (key >>> 32)).stem;
      String second = words.get((int) key).stem;
      int[] in = docs.get(i).toArray();
      phrases.add(
          new TermCount(
              field.language,
              List.of(first, second),
              surface.getOrDefault(first, first) + " " + surface.getOrDefault(second, second),
              in.length,
              storeCounts[i],
              StatementSet.of(in)));
    }
    return phrases;
  }

  /** Where each of the words occurs in each statement of the store, grouped by statement. */
  private Positions positions(String field, List<Word> words, FixedBitSet inStore)
      throws IOException {
    Terms terms = MultiTerms.getTerms(reader, field);
    IntList docs = new IntList();
    LongList entries = new LongList();
    TermsEnum te = terms.iterator();
    PostingsEnum pe = null;
    for (int w = 0; w < words.size(); w++) {
      if (!te.seekExact(new BytesRef(words.get(w).stem))) {
        continue;
      }
      pe = te.postings(pe, PostingsEnum.POSITIONS);
      for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
        if (!inStore.get(d)) {
          continue;
        }
        for (int i = pe.freq(); i > 0; i--) {
          docs.add(d);
          entries.add(((long) pe.nextPosition() << 32) | w);
        }
      }
    }
    // group by statement with a counting sort; each group is then sorted by position
    int maxDoc = reader.maxDoc();
    int[] start = new int[maxDoc + 1];
    for (int i = 0; i < docs.size; i++) {
      start[docs.values[i] + 1]++;
    }
    for (int d = 0; d < maxDoc; d++) {
      start[d + 1] += start[d];
    }
    long[] grouped = new long[docs.size];
    int[] next = Arrays.copyOf(start, maxDoc);
    for (int i = 0; i < docs.size; i++) {
      grouped[next[docs.values[i]]++] = entries.values[i];
    }
    for (int d = 0; d < maxDoc; d++) {
      Arrays.sort(grouped, start[d], start[d + 1]);
    }
    return new Positions(start, grouped);
  }

  /** Positions of words, by statement: {@code position << 32 | word}, sorted. */
  private record Positions(int[] start, long[] entries) {

    /** The distinct phrases of a statement, {@code first << 32 | second}, into the scratch. */
    int pairs(int doc, PairScratch scratch) {
      int from = start[doc];
      int to = start[doc + 1];
      scratch.ensure(to - from);
      int n = 0;
      for (int i = from + 1; i < to; i++) {
        long a = entries[i - 1];
        long b = entries[i];
        int wordA = (int) a;
        int wordB = (int) b;
        if ((b >>> 32) == (a >>> 32) + 1 && wordA != wordB) {
          scratch.pairs[n++] = ((long) wordA << 32) | wordB;
        }
      }
      Arrays.sort(scratch.pairs, 0, n);
      int distinct = 0;
      for (int i = 0; i < n; i++) {
        if (distinct == 0 || scratch.pairs[distinct - 1] != scratch.pairs[i]) {
          scratch.pairs[distinct++] = scratch.pairs[i];
        }
      }
      return distinct;
    }
  }

  private static final class PairScratch {
    long[] pairs = new long[16];

    void ensure(int n) {
      if (pairs.length < n) {
        pairs = new long[Math.max(n, pairs.length * 2)];
      }
    }
  }

  private static Set<String> stopWords() {
    Set<String> words = new HashSet<>();
    for (CharArraySet set :
        List.of(FinnishAnalyzer.getDefaultStopSet(), EnglishAnalyzer.ENGLISH_STOP_WORDS_SET)) {
      for (Object w : set) {
        words.add(new String((char[]) w));
      }
    }
    return Set.copyOf(words);
  }

  /**
   * The stems of the words in the field's analysis; a word that analyses to nothing is left out.
   */
  private Set<String> stems(String field, Set<String> words) throws IOException {
    Set<String> stems = new HashSet<>();
    for (String w : words) {
      String s = stem(field, w);
      if (!s.isEmpty()) {
        stems.add(s);
      }
    }
    return stems;
  }

  /** The word's single term in the field's analysis; empty when it is not exactly one term. */
  private String stem(String field, String word) throws IOException {
    try (TokenStream ts = analyzer.tokenStream(field, word)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      String first = ts.incrementToken() ? term.toString() : "";
      boolean more = ts.incrementToken();
      ts.end();
      return more ? "" : first;
    }
  }

  private static final class IntList {
    int[] values = new int[16];
    int size;

    void add(int v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    void clear() {
      size = 0;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }

  private static final class LongList {
    long[] values = new long[16];
    int size;

    void add(long v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    long[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
