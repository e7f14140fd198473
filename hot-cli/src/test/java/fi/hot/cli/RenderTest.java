package fi.hot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fi.hot.model.Classification;
import fi.hot.model.Label;
import fi.hot.model.LabelScore;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenderTest {

  @Test
  void the_primary_label_comes_first_even_when_another_is_more_probable() {
    // "Laskutus ei toimi, ja tarvitsemme korjauksen": the problem's clause comes first
    Classification c =
        new Classification(
            Label.PROBLEM,
            List.of(new LabelScore(Label.NEED, 0.97), new LabelScore(Label.PROBLEM, 0.91)),
            List.of());

    assertThat(Render.labels(c)).isEqualTo("[PROBLEM 0.91, NEED 0.97]");
  }

  @Test
  void a_persons_labels_keep_their_order_without_confidences_and_none_is_none() {
    assertThat(Render.labels(Classification.human(List.of(Label.NEED, Label.PROBLEM))))
        .isEqualTo("[NEED, PROBLEM]");
    assertThat(Render.labels(Classification.NONE)).isEqualTo("[NONE]");
  }
}
