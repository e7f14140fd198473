package fi.hot.export;

import fi.hot.internal.Dates;
import fi.hot.model.Label;
import fi.hot.model.Statement;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.commons.text.translate.CharSequenceTranslator;
import org.apache.commons.text.translate.LookupTranslator;

/**
 * Writes statements as a Markdown document: a title, the counts, then one section per label
 * (Problems, Needs, Dreams, Other, by each statement's primary label, empty sections left out),
 * each quote a blockquote line with customer, channel, date and id.
 *
 * <pre>{@code
 * Exporter.of(ExportFormat.MD).write(statements, out);
 * // # Customer statements
 * //
 * // 3 statements: 1 problem, 1 need, 0 dreams, 1 other.
 * //
 * // ## Problems (1)
 * //
 * // > Laskutus ei toimi — Acme Oy · call · 2026-03-04 · 3f2a9c0d1e4b5a67
 * }</pre>
 *
 * <p>All user text is escaped with {@link #escape}: nothing a customer said renders as markup or
 * HTML. Line breaks inside a statement become spaces, so that each quote stays one line.
 *
 * <p>Immutable and thread-safe. The sink keeps the statements until it is closed (the sections need
 * them all), so memory grows with the export.
 */
public final class MarkdownExport implements Exporter {
  /** The title used by {@link Exporter#of}. */
  public static final String DEFAULT_TITLE = "Customer statements";

  private static final List<Label> ORDER =
      List.of(Label.PROBLEM, Label.NEED, Label.DREAM, Label.NONE);
  private static final Map<Label, String[]> NAMES =
      Map.of(
          Label.PROBLEM, new String[] {"problem", "problems", "Problems"},
          Label.NEED, new String[] {"need", "needs", "Needs"},
          Label.DREAM, new String[] {"dream", "dreams", "Dreams"},
          Label.NONE, new String[] {"other", "other", "Other"});

  private static final CharSequenceTranslator HTML =
      new LookupTranslator(Map.of("&", "&amp;", "<", "&lt;", ">", "&gt;"));
  // CommonMark punctuation that can start emphasis, code, links, images, tables or strikethrough
  private static final String INLINE = "\\`*_{}[]()#!|~";
  // block markers that matter only at the start of a line: lists, headings, thematic breaks
  private static final Pattern ORDERED_LIST = Pattern.compile("^(\\d+)([.)])");
  private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");

  private final String title;

  /** An exporter with the {@link #DEFAULT_TITLE}. */
  public MarkdownExport() {
    this(DEFAULT_TITLE);
  }

  /** An exporter with its own title (escaped like user text). */
  public MarkdownExport(String title) {
    Objects.requireNonNull(title, "title");
    if (title.isBlank()) {
      throw new IllegalArgumentException("title is blank");
    }
    this.title = title;
  }

  @Override
  public ExportFormat format() {
    return ExportFormat.MD;
  }

  @Override
  public ExportSink open(Writer out) {
    Objects.requireNonNull(out, "out");
    Map<Label, List<Statement>> sections = new EnumMap<>(Label.class);
    ORDER.forEach(l -> sections.put(l, new ArrayList<>()));
    return new AbstractSink() {
      @Override
      void write(Statement s) {
        sections.get(s.classification().primary()).add(s);
      }

      @Override
      void finish() throws IOException {
        out.write(render(sections));
        out.flush();
      }
    };
  }

  private String render(Map<Label, List<Statement>> sections) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(escape(title)).append("\n\n");
    int total = sections.values().stream().mapToInt(List::size).sum();
    md.append(total).append(total == 1 ? " statement: " : " statements: ");
    for (int i = 0; i < ORDER.size(); i++) {
      Label label = ORDER.get(i);
      int n = sections.get(label).size();
      String[] names = NAMES.get(label);
      md.append(i == 0 ? "" : ", ").append(n).append(' ').append(n == 1 ? names[0] : names[1]);
    }
    md.append(".\n");
    for (Label label : ORDER) {
      List<Statement> quotes = sections.get(label);
      if (quotes.isEmpty()) {
        continue;
      }
      md.append("\n## ")
          .append(NAMES.get(label)[2])
          .append(" (")
          .append(quotes.size())
          .append(")\n");
      for (Statement s : quotes) {
        md.append("\n> ")
            .append(escape(s.text()))
            .append(" — ")
            .append(escape(s.customer().displayName()))
            .append(" · ")
            .append(escape(s.channel().code()))
            .append(" · ")
            .append(escape(Dates.day(s.occurredAt())))
            .append(" · ")
            .append(escape(s.id()))
            .append('\n');
      }
    }
    return md.toString();
  }

  /**
   * User text made inert for Markdown, on one line: line breaks become spaces, Markdown punctuation
   * is backslash-escaped, and {@code <}, {@code >} and {@code &} become HTML entities. The result
   * renders as the literal text.
   */
  public static String escape(String text) {
    Objects.requireNonNull(text, "text");
    String line = LINE_BREAKS.matcher(text).replaceAll(" ").strip();
    StringBuilder b = new StringBuilder(line.length() + 16);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (INLINE.indexOf(c) >= 0) {
        b.append('\\');
      } else if (i == 0 && (c == '-' || c == '+' || c == '=')) {
        b.append('\\'); // a list item, a thematic break or a heading underline
      }
      b.append(c);
    }
    String escaped = ORDERED_LIST.matcher(b).replaceFirst("$1\\\\$2");
    return HTML.translate(escaped);
  }
}
