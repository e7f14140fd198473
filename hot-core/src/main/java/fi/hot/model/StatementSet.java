package fi.hot.model;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * A set of statements of one store answer, as small numbers: compact enough to hold one per term of
 * a large selection, and fast to intersect. The numbers mean nothing outside the answer that gave
 * them; compare only sets of the same answer (such as the terms of one {@link TermCounts}).
 *
 * <pre>{@code
 * StatementSet a = counts.terms().get(0).statements();
 * StatementSet b = counts.terms().get(1).statements();
 * double jaccard = (double) a.intersectionSize(b) / a.union(b).size();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class StatementSet {
  private static final StatementSet EMPTY = new StatementSet(new int[0]);

  /** Sorted ascending, without duplicates. */
  private final int[] numbers;

  private StatementSet(int[] numbers) {
    this.numbers = numbers;
  }

  /** The empty set. */
  public static StatementSet empty() {
    return EMPTY;
  }

  /**
   * The set of the numbers, in any order, duplicates ignored.
   *
   * @throws IllegalArgumentException when a number is negative
   */
  public static StatementSet of(int... numbers) {
    int[] sorted = numbers.clone();
    Arrays.sort(sorted);
    int n = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (sorted[i] < 0) {
        throw new IllegalArgumentException("statement number " + sorted[i] + " is negative");
      }
      if (n == 0 || sorted[n - 1] != sorted[i]) {
        sorted[n++] = sorted[i];
      }
    }
    return n == 0 ? EMPTY : new StatementSet(Arrays.copyOf(sorted, n));
  }

  /** How many statements. */
  public int size() {
    return numbers.length;
  }

  public boolean isEmpty() {
    return numbers.length == 0;
  }

  public boolean contains(int number) {
    return Arrays.binarySearch(numbers, number) >= 0;
  }

  /** How many statements are in both sets. */
  public int intersectionSize(StatementSet other) {
    int[] a = numbers;
    int[] b = other.numbers;
    int i = 0;
    int j = 0;
    int both = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        both++;
        i++;
        j++;
      }
    }
    return both;
  }

  /** The statements in either set. */
  public StatementSet union(StatementSet other) {
    int[] a = numbers;
    int[] b = other.numbers;
    int[] out = new int[a.length + b.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length || j < b.length) {
      if (j == b.length || (i < a.length && a[i] < b[j])) {
        out[n++] = a[i++];
      } else if (i == a.length || b[j] < a[i]) {
        out[n++] = b[j++];
      } else {
        out[n++] = a[i++];
        j++;
      }
    }
    return n == a.length ? this : n == b.length ? other : new StatementSet(Arrays.copyOf(out, n));
  }

  /** The numbers, ascending. */
  public IntStream stream() {
    return Arrays.stream(numbers);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StatementSet s && Arrays.equals(numbers, s.numbers);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(numbers);
  }

  @Override
  public String toString() {
    return numbers.length <= 20 ? Arrays.toString(numbers) : "[" + numbers.length + " statements]";
  }
}
