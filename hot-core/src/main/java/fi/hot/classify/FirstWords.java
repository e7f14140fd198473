package fi.hot.classify;

import fi.hot.model.Language;
import fi.hot.text.Token;
import fi.hot.text.Tokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lookup tables from the first word of each pattern of a lexicon to its rules, so that a statement
 * is matched only where a rule can start: a word's folded form, stem, prefixes and endings are
 * looked up instead of every rule being tried at every word. A prefilter only: the pattern still
 * decides ({@link CuePattern#matchAt}), and a first word the tables cannot index (a part of a word,
 * any word, a negating word) makes its rule a candidate everywhere. Immutable and thread-safe.
 */
final class FirstWords {
  private final int rules;
  private final Map<String, int[]> exact;
  private final Map<String, int[]> stems;
  private final Map<String, int[]> prefixes;
  private final Map<String, int[]> suffixes;
  private final int[] everywhere;
  private final int longestPrefix;

  private FirstWords(Builder b) {
    rules = b.rules;
    exact = frozen(b.exact);
    stems = frozen(b.stems);
    prefixes = frozen(b.prefixes);
    suffixes = frozen(b.suffixes);
    everywhere = b.everywhere.stream().mapToInt(Integer::intValue).toArray();
    longestPrefix = b.prefixes.keySet().stream().mapToInt(String::length).max().orElse(0);
  }

  /**
   * The tables of patterns written in the lexicon syntax ({@link WordMatcher}), one per rule in
   * rule order.
   */
  static FirstWords of(List<String> patterns, Language language) {
    Builder b = new Builder(patterns.size());
    for (int r = 0; r < patterns.size(); r++) {
      String first = firstPosition(patterns.get(r));
      for (String alt : first.split("\\|", -1)) {
        b.add(r, alt, language);
      }
    }
    return new FirstWords(b);
  }

  private static String firstPosition(String pattern) {
    for (String p : pattern.strip().split("\\s+")) {
      if (!p.equals("^")) {
        return p.endsWith("?") && p.length() > 1 ? p.substring(0, p.length() - 1) : p;
      }
    }
    return "_";
  }

  /**
   * For each rule, the positions where its first word may match, ascending; an empty array when it
   * can start nowhere.
   */
  int[][] candidates(List<Token> tokens) {
    int n = tokens.size();
    int[] count = new int[rules];
    int[][] at = new int[rules][];
    int[] lastSeen = new int[rules];
    Arrays.fill(lastSeen, -1);
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      String norm = t.norm();
      add(exact.get(norm), i, at, count, lastSeen, n);
      add(stems.get(t.stem()), i, at, count, lastSeen, n);
      for (int k = 1; k <= Math.min(norm.length(), longestPrefix); k++) {
        add(prefixes.get(norm.substring(0, k)), i, at, count, lastSeen, n);
      }
      // an ending needs two letters of a stem before it, as in WordMatcher
      for (int k = 2; k < norm.length(); k++) {
        add(suffixes.get(norm.substring(k)), i, at, count, lastSeen, n);
      }
      add(everywhere, i, at, count, lastSeen, n);
    }
    int[][] out = new int[rules][];
    for (int r = 0; r < rules; r++) {
      out[r] = at[r] == null ? new int[0] : Arrays.copyOf(at[r], count[r]);
    }
    return out;
  }

  private static void add(int[] rs, int i, int[][] at, int[] count, int[] lastSeen, int n) {
    if (rs == null) {
      return;
    }
    for (int r : rs) {
      if (lastSeen[r] == i) {
        continue;
      }
      lastSeen[r] = i;
      if (at[r] == null) {
        at[r] = new int[n];
      }
      at[r][count[r]++] = i;
    }
  }

  private static Map<String, int[]> frozen(Map<String, List<Integer>> m) {
    Map<String, int[]> out = new HashMap<>();
    m.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).distinct().toArray()));
    return Map.copyOf(out);
  }

  /** The tables while they are filled. */
  private static final class Builder {
    final int rules;
    final Map<String, List<Integer>> exact = new HashMap<>();
    final Map<String, List<Integer>> stems = new HashMap<>();
    final Map<String, List<Integer>> prefixes = new HashMap<>();
    final Map<String, List<Integer>> suffixes = new HashMap<>();
    final List<Integer> everywhere = new ArrayList<>();

    Builder(int rules) {
      this.rules = rules;
    }

    void add(int rule, String alt, Language language) {
      if (alt.isEmpty() || alt.startsWith("!")) {
        return; // an exclusion adds no place to start
      }
      String a = alt.startsWith("=") ? alt.substring(1) : alt;
      if (a.equals("_")
          || a.startsWith("<")
          || (a.length() > 2 && a.startsWith("*") && a.endsWith("*"))) {
        everywhere.add(rule);
      } else if (a.startsWith("~")) {
        put(stems, Tokens.stem(a.substring(1), language), rule);
      } else if (a.length() > 1 && a.endsWith("*")) {
        put(prefixes, Tokens.fold(a.substring(0, a.length() - 1)), rule);
      } else if (a.length() > 1 && a.startsWith("*")) {
        put(suffixes, Tokens.fold(a.substring(1)), rule);
      } else {
        put(exact, Tokens.fold(a), rule);
      }
    }

    private static void put(Map<String, List<Integer>> m, String key, int rule) {
      m.computeIfAbsent(key, k -> new ArrayList<>()).add(rule);
    }
  }
}
