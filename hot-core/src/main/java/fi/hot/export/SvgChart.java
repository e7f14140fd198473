package fi.hot.export;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.DoubleFunction;

/**
 * Inline SVG charts, written by hand: no Java charting library writes small, self-contained SVG
 * with a title, a description and a hover title on every mark, and a JavaScript one would need a
 * script in the page. Every text given is escaped here.
 *
 * <p>Each chart is an {@code <svg role="img">} labelled by its {@code <title>} and {@code <desc>},
 * with axes, tick labels, axis titles and a legend; each bar or point has a {@code <title>} with
 * its value. Stateless and thread-safe.
 */
final class SvgChart {
  private static final int WIDTH = 640;
  private static final int TICKS = 5;

  private SvgChart() {}

  /** One series of values, one per category. */
  record Series(String name, String color, List<Double> values) {
    Series {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(color, "color");
      values = List.copyOf(values);
    }
  }

  /** What a chart is: its id (for aria), title, description and axis titles. */
  record Frame(String id, String title, String desc, String categoryAxis, String valueAxis) {
    Frame {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(desc, "desc");
      Objects.requireNonNull(categoryAxis, "categoryAxis");
      Objects.requireNonNull(valueAxis, "valueAxis");
    }
  }

  /** Vertical bars, one group (or stack) per category. */
  static String columns(
      Frame f,
      List<String> categories,
      List<Series> series,
      boolean stacked,
      DoubleFunction<String> format) {
    int h = 340;
    int left = 60;
    int right = 16;
    int top = 60;
    boolean slanted = categories.size() > 8;
    int bottom = slanted ? 86 : 64;
    double plotW = WIDTH - left - right;
    double plotH = h - top - bottom;
    double max = max(series, stacked);
    double[] scale = counts(max);
    StringBuilder b = open(f, WIDTH, h);
    legend(b, series, left);
    valueGridHorizontal(b, scale, left, top, plotW, plotH, format);
    double band = categories.isEmpty() ? plotW : plotW / categories.size();
    for (int c = 0; c < categories.size(); c++) {
      double x0 = left + c * band;
      double base = top + plotH;
      int n = stacked ? 1 : series.size();
      double barW = band * 0.7 / n;
      for (int s = 0; s < series.size(); s++) {
        Series ser = series.get(s);
        double v = ser.values().get(c);
        double bh = v / scale[0] * plotH;
        double x = x0 + band * 0.15 + (stacked ? 0 : s * barW);
        double y = base - bh;
        rect(
            b,
            x,
            y,
            barW,
            bh,
            ser.color(),
            categories.get(c) + ", " + ser.name() + ": " + format.apply(v));
        if (stacked) {
          base = y;
        }
      }
      double cx = x0 + band / 2;
      double ly = top + plotH + 16;
      if (slanted) {
        b.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\" transform=\"rotate(-40 %.1f %.1f)\""
                    + " class=\"tick\">%s</text>",
                cx,
                ly,
                cx,
                ly,
                h(categories.get(c))));
      } else {
        b.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" class=\"tick\">%s</text>",
                cx,
                ly,
                h(categories.get(c))));
      }
    }
    axes(b, left, top, plotW, plotH);
    axisTitles(b, f, left + plotW / 2, h - 8, 16, top + plotH / 2);
    return b.append("</svg>").toString();
  }

  /** Horizontal bars, one group per category, categories top to bottom. */
  static String bars(
      Frame f, List<String> categories, List<Series> series, DoubleFunction<String> format) {
    int left = 200;
    int right = 40;
    int top = 60;
    int bottom = 48;
    int n = series.size();
    int row = 12 + 16 * n;
    int h = top + bottom + Math.max(1, categories.size()) * row;
    double plotW = WIDTH - left - right;
    double plotH = h - top - bottom;
    double[] scale = counts(max(series, false));
    StringBuilder b = open(f, WIDTH, h);
    legend(b, series, left);
    for (int i = 0; i <= TICKS; i++) {
      double v = scale[1] * i;
      if (v > scale[0] + 1e-9) {
        break;
      }
      double x = left + v / scale[0] * plotW;
      b.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%.1f\" class=\"grid\"/>"
                  + "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" class=\"tick\">%s</text>",
              x,
              top,
              x,
              top + plotH,
              x,
              top + plotH + 16,
              h(format.apply(v))));
    }
    for (int c = 0; c < categories.size(); c++) {
      double y0 = top + c * row + 6;
      for (int s = 0; s < n; s++) {
        Series ser = series.get(s);
        double v = ser.values().get(c);
        double w = v / scale[0] * plotW;
        double y = y0 + s * 16;
        rect(
            b,
            left,
            y,
            w,
            14,
            ser.color(),
            categories.get(c) + ", " + ser.name() + ": " + format.apply(v));
        b.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" class=\"val\">%s</text>",
                left + w + 4,
                y + 11,
                h(format.apply(v))));
      }
      b.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" class=\"tick\">%s<title>%s</title></text>",
              left - 8,
              y0 + 8 * n + 3,
              h(shorten(categories.get(c), 30)),
              h(categories.get(c))));
    }
    axes(b, left, top, plotW, plotH);
    // values run along the bottom here, categories down the side
    Frame across = new Frame(f.id(), f.title(), f.desc(), f.valueAxis(), f.categoryAxis());
    axisTitles(b, across, left + plotW / 2, h - 8, 16, top + plotH / 2);
    return b.append("</svg>").toString();
  }

  /**
   * A line of values from {@code min} to {@code max} over categories, with a dot on each value, a
   * grid line every quarter of the range and, when the range spans 0, a zero line.
   */
  static String line(
      Frame f,
      List<String> categories,
      Series series,
      DoubleFunction<String> format,
      double min,
      double max) {
    if (!(min < max)) {
      throw new IllegalArgumentException("empty range " + min + ".." + max);
    }
    int h = 320;
    int left = 60;
    int right = 16;
    int top = 60;
    boolean slanted = categories.size() > 8;
    int bottom = slanted ? 86 : 64;
    double plotW = WIDTH - left - right;
    double plotH = h - top - bottom;
    StringBuilder b = open(f, WIDTH, h);
    legend(b, List.of(series), left);
    for (int i = 0; i <= 4; i++) {
      double v = min + (max - min) * i / 4;
      double y = top + plotH - (v - min) / (max - min) * plotH;
      b.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" class=\"%s\"/>"
                  + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" class=\"tick\">%s</text>",
              left,
              y,
              left + plotW,
              y,
              min < 0 && Math.abs(v) < 1e-9 ? "axis" : "grid",
              left - 6,
              y + 4,
              h(format.apply(v))));
    }
    double band = categories.isEmpty() ? plotW : plotW / categories.size();
    List<String> points = new ArrayList<>();
    StringBuilder dots = new StringBuilder();
    for (int c = 0; c < categories.size(); c++) {
      double v = Math.max(min, Math.min(max, series.values().get(c)));
      double x = left + band * c + band / 2;
      double y = top + plotH - (v - min) / (max - min) * plotH;
      points.add(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
      dots.append(
          String.format(
              Locale.ROOT,
              "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"%s\"><title>%s</title></circle>",
              x,
              y,
              h(series.color()),
              h(categories.get(c) + ", " + series.name() + ": " + format.apply(v))));
      double ly = top + plotH + 16;
      b.append(
          String.format(
              Locale.ROOT,
              slanted
                  ? "<text x=\"%1$.1f\" y=\"%2$.1f\" text-anchor=\"end\" transform=\"rotate(-40 %1$.1f"
                      + " %2$.1f)\" class=\"tick\">%3$s</text>"
                  : "<text x=\"%1$.1f\" y=\"%2$.1f\" text-anchor=\"middle\" class=\"tick\">%3$s</text>",
              x,
              ly,
              h(categories.get(c))));
    }
    b.append("<polyline fill=\"none\" stroke-width=\"2.5\" stroke=\"")
        .append(h(series.color()))
        .append("\" points=\"")
        .append(String.join(" ", points))
        .append("\"/>")
        .append(dots);
    axes(b, left, top, plotW, plotH);
    axisTitles(b, f, left + plotW / 2, h - 8, 16, top + plotH / 2);
    return b.append("</svg>").toString();
  }

  private static StringBuilder open(Frame f, int w, int h) {
    StringBuilder b = new StringBuilder(4096);
    String id = h(f.id());
    b.append(
            String.format(
                Locale.ROOT,
                "<svg class=\"chart\" viewBox=\"0 0 %d %d\" role=\"img\" aria-labelledby=\"%s-title"
                    + " %s-desc\">",
                w,
                h,
                id,
                id))
        .append("<title id=\"")
        .append(id)
        .append("-title\">")
        .append(h(f.title()))
        .append("</title><desc id=\"")
        .append(id)
        .append("-desc\">")
        .append(h(f.desc()))
        .append("</desc>")
        .append("<text x=\"8\" y=\"20\" class=\"ctitle\">")
        .append(h(f.title()))
        .append("</text>");
    return b;
  }

  private static void legend(StringBuilder b, List<Series> series, int left) {
    double x = left;
    for (Series s : series) {
      b.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"32\" width=\"12\" height=\"12\" fill=\"%s\"/>"
                  + "<text x=\"%.1f\" y=\"42\" class=\"legend\">%s</text>",
              x,
              h(s.color()),
              x + 16,
              h(s.name())));
      x += 28 + 7.5 * s.name().length();
    }
  }

  private static void valueGridHorizontal(
      StringBuilder b,
      double[] scale,
      int left,
      int top,
      double plotW,
      double plotH,
      DoubleFunction<String> format) {
    for (int i = 0; i <= TICKS; i++) {
      double v = scale[1] * i;
      if (v > scale[0] + 1e-9) {
        break;
      }
      double y = top + plotH - v / scale[0] * plotH;
      b.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" class=\"grid\"/>"
                  + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" class=\"tick\">%s</text>",
              left,
              y,
              left + plotW,
              y,
              left - 6,
              y + 4,
              h(format.apply(v))));
    }
  }

  private static void axes(StringBuilder b, int left, int top, double plotW, double plotH) {
    b.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%.1f\" class=\"axis\"/>"
                + "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" class=\"axis\"/>",
            left,
            top,
            left,
            top + plotH,
            left,
            top + plotH,
            left + plotW,
            top + plotH));
  }

  private static void axisTitles(
      StringBuilder b, Frame f, double cx, double cy, double vx, double vy) {
    b.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" class=\"atitle\">%s</text>"
                + "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" transform=\"rotate(-90 %.1f"
                + " %.1f)\" class=\"atitle\">%s</text>",
            cx,
            cy,
            h(f.categoryAxis()),
            vx,
            vy,
            vx,
            vy,
            h(f.valueAxis())));
  }

  private static void rect(
      StringBuilder b, double x, double y, double w, double hgt, String color, String tip) {
    b.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s</title></rect>",
            x,
            y,
            Math.max(0, w),
            Math.max(0, hgt),
            h(color),
            h(tip)));
  }

  private static double max(List<Series> series, boolean stacked) {
    double max = 0;
    int n = series.isEmpty() ? 0 : series.get(0).values().size();
    for (int c = 0; c < n; c++) {
      double sum = 0;
      for (Series s : series) {
        double v = s.values().get(c);
        sum = stacked ? sum + v : Math.max(sum, v);
      }
      max = Math.max(max, sum);
    }
    return max;
  }

  /** The axis maximum and tick step: a step of 1, 2 or 5 times a power of ten, about 5 ticks. */
  static double[] scale(double max) {
    if (max <= 0) {
      return new double[] {1, 0.2};
    }
    double raw = max / TICKS;
    double pow = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = pow;
    for (double m : new double[] {1, 2, 5, 10}) {
      if (m * pow >= raw) {
        step = m * pow;
        break;
      }
    }
    return new double[] {Math.ceil(max / step - 1e-9) * step, step};
  }

  private static double[] counts(double max) {
    double[] s = scale(max);
    return s[1] >= 1 ? s : new double[] {Math.max(1, Math.ceil(s[0])), 1};
  }

  /** A count as a whole number. */
  static String integer(double v) {
    return Long.toString(Math.round(v));
  }

  private static String shorten(String s, int max) {
    if (s.codePointCount(0, s.length()) <= max) {
      return s;
    }
    return s.substring(0, s.offsetByCodePoints(0, max - 1)) + "\u2026";
  }

  private static String h(String text) {
    return escapeHtml4(text);
  }
}
