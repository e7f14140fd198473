package fi.hot.export;

import static org.assertj.core.api.Assertions.assertThat;

import fi.hot.model.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class HtmlReportPropertiesTest {
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final List<String> PLAIN =
      tags(
          HtmlReport.of(ReportLanguage.EN)
              .render(ReportFixture.with(Query.all(), "t", "x", "y", "z")));

  @Provide
  Arbitrary<String> anyText() {
    return Generated.text(60);
  }

  @Provide
  Arbitrary<String> name() {
    return Generated.nonBlank(40);
  }

  @Property(tries = 300, seed = "17")
  void user_text_never_adds_or_changes_a_tag(
      @ForAll("name") String theme,
      @ForAll("anyText") String text,
      @ForAll("anyText") String name,
      @ForAll("anyText") String other) {
    String html =
        HtmlReport.of(ReportLanguage.EN)
            .render(ReportFixture.with(Query.all(), theme, text, name, other));

    assertThat(tags(html)).isEqualTo(PLAIN);
  }

  private static List<String> tags(String html) {
    List<String> tags = new ArrayList<>();
    Matcher m = TAG.matcher(html);
    while (m.find()) {
      tags.add(m.group());
    }
    return tags;
  }
}
