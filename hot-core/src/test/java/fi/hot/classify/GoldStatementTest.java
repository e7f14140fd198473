package fi.hot.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import fi.hot.model.Label;
import fi.hot.model.Language;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GoldStatementTest {

  @Test
  void labels_are_copied_and_kept_in_report_order() {
    Set<Label> labels = new HashSet<>(Set.of(Label.NEED, Label.PROBLEM));
    GoldStatement g = new GoldStatement("1", "Broken, fix it", Label.PROBLEM, labels, Language.EN);
    labels.clear();

    assertThat(g.labels()).containsExactly(Label.PROBLEM, Label.NEED);
  }

  @Test
  void of_takes_the_primary_as_the_only_label() {
    assertThat(GoldStatement.of("1", "Broken", Label.PROBLEM, Language.EN).labels())
        .containsExactly(Label.PROBLEM);
    assertThat(GoldStatement.of("2", "Kiitos", Label.NONE, Language.FI).labels()).isEmpty();
  }

  @Test
  void inconsistent_labels_are_refused_with_the_reason() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> new GoldStatement("1", "x", Label.NEED, Set.of(Label.PROBLEM), Language.EN))
        .withMessage("primary NEED is not among labels [PROBLEM]");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> new GoldStatement("1", "x", Label.NONE, Set.of(Label.PROBLEM), Language.EN));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new GoldStatement("1", "x", Label.NONE, Set.of(Label.NONE), Language.EN));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> GoldStatement.of(" ", "x", Label.NONE, Language.EN));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> GoldStatement.of("1", " ", Label.NONE, Language.EN));
  }
}
