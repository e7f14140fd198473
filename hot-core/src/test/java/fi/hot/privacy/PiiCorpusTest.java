package fi.hot.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of each detector on the project's corpus ({@code pii-corpus.jsonl}): Finnish
 * and English sentences with personal data of every kind, and hard negatives (invoice and order
 * numbers, dates, amounts, postcodes, business IDs, references, look-alikes that fail their
 * checks). A finding counts when its kind and exact text match an expected one in the same line.
 */
class PiiCorpusTest {
  private static final double FLOOR = 0.98;
  private static final Map<PiiKind, int[]> TALLY = new EnumMap<>(PiiKind.class);
  private static final List<String> MISSES = new ArrayList<>();
  private static int lines;
  private static int negatives;

  private record Expected(PiiKind kind, String text) {}

  @BeforeAll
  static void score() throws IOException {
    ObjectMapper json = new ObjectMapper();
    for (PiiKind k : PiiKind.values()) {
      TALLY.put(k, new int[3]); // true positives, false positives, false negatives
    }
    try (InputStream in =
            Objects.requireNonNull(PiiCorpusTest.class.getResourceAsStream("pii-corpus.jsonl"));
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        lines++;
        JsonNode row = json.readTree(line);
        String text = row.get("text").asText();
        List<Expected> expected = new ArrayList<>();
        row.get("expected")
            .forEach(
                e ->
                    expected.add(
                        new Expected(
                            PiiKind.parse(e.get("kind").asText()), e.get("text").asText())));
        if (expected.isEmpty()) {
          negatives++;
        }
        for (Finding f : Redactor.standard().redact(text).findings()) {
          Expected found = new Expected(f.kind(), text.substring(f.span().start(), f.span().end()));
          if (expected.remove(found)) {
            TALLY.get(f.kind())[0]++;
          } else {
            TALLY.get(f.kind())[1]++;
            MISSES.add("false " + found + " in: " + text);
          }
        }
        for (Expected e : expected) {
          TALLY.get(e.kind())[2]++;
          MISSES.add("missed " + e + " in: " + text);
        }
      }
    }
  }

  @Test
  void corpus_has_forty_positives_of_every_kind_and_over_a_hundred_and_twenty_hard_negatives() {
    assertThat(negatives).isGreaterThanOrEqualTo(120);
    for (PiiKind k : PiiKind.values()) {
      int[] t = TALLY.get(k);
      assertThat(t[0] + t[2]).as("positives of %s", k).isGreaterThanOrEqualTo(40);
    }
    assertThat(lines).isGreaterThan(negatives);
  }

  @Test
  void every_kind_has_precision_and_recall_of_at_least_098() {
    for (PiiKind k : PiiKind.values()) {
      int[] t = TALLY.get(k);
      double precision = t[0] + t[1] == 0 ? 0 : (double) t[0] / (t[0] + t[1]);
      double recall = (double) t[0] / (t[0] + t[2]);
      assertThat(precision).as("precision of %s; %s", k, MISSES).isGreaterThanOrEqualTo(FLOOR);
      assertThat(recall).as("recall of %s; %s", k, MISSES).isGreaterThanOrEqualTo(FLOOR);
    }
  }
}
