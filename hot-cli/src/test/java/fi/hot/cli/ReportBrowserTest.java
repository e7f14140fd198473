package fi.hot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.hot.export.HtmlReport;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the report of the examples dataset, with hostile statements planted in it, in headless
 * Chromium: it renders, every section is in the DOM, the planted script never ran, and no request
 * left the file. Skipped where {@code /usr/bin/chromium} is missing ({@code .ci/run} installs it).
 */
class ReportBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path EXAMPLES = Path.of("../examples/data/statements.csv");
  private static final String TITLE = "Voice of the customer \u2014 2026-12-31";

  @TempDir static Path dir;
  private static Path report;

  @BeforeAll
  static void writeReport() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM);
    Cli cli = new Cli(dir.resolve("store"));
    Path hostile = dir.resolve("hostile.csv");
    Files.write(hostile, planted(), StandardCharsets.UTF_8);
    Cli.Result imported = cli.run("import", EXAMPLES.toString(), hostile.toString());
    assertThat(imported.code()).as(imported.err()).isZero();
    report = dir.resolve("report.html");
    Cli.Result r = cli.run("report", "--out", report.toString(), "--as-of", "2026-12-31");
    assertThat(r.code()).as(r.err()).isZero();
    // the planted text must be in the file, or the test below would prove nothing
    assertThat(Files.readString(report))
        .contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;")
        .contains("&lt;img src=x onerror=&quot;document.title='pwned'&quot;&gt;");
  }

  /**
   * A problem and a need, labelled by a person (so certain) and said last, so that they are the
   * first quotes whatever the model reads; the customer's name is hostile too.
   */
  private static List<String> planted() {
    String name = '"' + ReportCommandTest.IMG.replace("\"", "\"\"") + '"';
    return List.of(
        "occurred_at,customer,customer_name,contact,channel,captured_by,text,tags,primary,labels,"
            + "labeled_by",
        "2026-12-30T09:00:00Z,evil,"
            + name
            + ",,chat,anna,\"Laskutus ei toimi, sovellus kaatuu, raportti on rikki ja virhe"
            + " toistuu joka päivä "
            + ReportCommandTest.SCRIPT.replace("\"", "\"\"")
            + "\",,PROBLEM,PROBLEM,human",
        "2026-12-30T10:00:00Z,evil,"
            + name
            + ",,chat,anna,\"We urgently need e-invoices, we really need an API and we must"
            + " have SSO "
            + ReportCommandTest.IMG.replace("\"", "\"\"")
            + "\",,NEED,NEED,human");
  }

  @Test
  void the_report_renders_to_a_screenshot_that_is_not_blank() throws Exception {
    Path png = dir.resolve("report.png");
    chromium(
        dir.resolve("profile-shot"),
        "--screenshot=" + png,
        "--window-size=1280,2400",
        report.toUri().toString());

    assertThat(png).exists();
    assertThat(Files.size(png)).isGreaterThan(20_000);
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1280);
    Set<Integer> colors = new HashSet<>();
    long dark = 0;
    for (int y = 0; y < image.getHeight(); y += 3) {
      for (int x = 0; x < image.getWidth(); x += 3) {
        int rgb = image.getRGB(x, y) & 0xffffff;
        colors.add(rgb);
        int luminance = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
        dark += luminance < 300 ? 1 : 0;
      }
    }
    assertThat(colors).as("distinct colours").hasSizeGreaterThan(50);
    assertThat(dark).as("dark pixels: text and chart marks").isGreaterThan(2_000);
  }

  @Test
  void the_dom_has_every_section_and_the_planted_script_never_ran() throws Exception {
    String dom = chromium(dir.resolve("profile-dom"), "--dump-dom", report.toUri().toString());

    for (String id : HtmlReport.SECTIONS) {
      assertThat(dom).contains("<section id=\"" + id + "\"");
    }
    Matcher title = Pattern.compile("<title>([^<]*)</title>").matcher(dom);
    assertThat(title.find()).isTrue();
    assertThat(title.group(1)).isEqualTo(TITLE).doesNotContain("pwned");
    assertThat(dom)
        .contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;")
        .contains("&lt;img src=x onerror=\"document.title='pwned'\"&gt;")
        .doesNotContainIgnoringCase("<script")
        .doesNotContainIgnoringCase("<img");
  }

  @Test
  void no_request_leaves_the_file() throws Exception {
    assertThat(pageRequests(report, "profile-net")).isEmpty();
  }

  @Test
  void the_request_check_sees_a_page_that_loads_from_the_network() throws Exception {
    Path page = dir.resolve("leaky.html");
    Files.writeString(
        page,
        "<!DOCTYPE html><html><body><p>leak</p>"
            + "<img src=\"http://127.0.0.1:9/pixel.png\" alt=\"\"></body></html>");

    assertThat(pageRequests(page, "profile-leaky")).containsExactly("http://127.0.0.1:9/pixel.png");
  }

  /**
   * The http(s) URLs a page asked for, from Chromium's net log. Chromium's own background requests
   * (update checks, sign-in) come from no origin and are left out; a page opened from a file asks
   * with the file's opaque origin.
   */
  private static List<String> pageRequests(Path page, String profile) throws Exception {
    Path log = dir.resolve(profile + ".json");
    chromium(
        dir.resolve(profile),
        "--log-net-log=" + log,
        "--screenshot=" + dir.resolve(profile + ".png"),
        "--window-size=1280,2400",
        page.toUri().toString());
    JsonNode net = new ObjectMapper().readTree(log.toFile());
    int startJob =
        net.path("constants").path("logEventTypes").path("URL_REQUEST_START_JOB").asInt(-1);
    assertThat(startJob).as("net log event type").isNotNegative();
    List<String> urls = new ArrayList<>();
    for (JsonNode e : net.path("events")) {
      JsonNode p = e.path("params");
      String url = p.path("url").asText("");
      if (e.path("type").asInt() != startJob || !url.matches("(?i)https?:.*")) {
        continue;
      }
      boolean fromPage =
          !p.path("initiator").asText("").equals("not an origin")
              || p.path("network_isolation_key").asText("").contains("file://");
      if (fromPage) {
        urls.add(url);
      }
    }
    return urls;
  }

  /** Runs headless Chromium with a fresh profile; returns what it printed to standard output. */
  private static String chromium(Path profile, String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile));
    command.addAll(List.of(args));
    Path stdout = Files.createTempFile(dir, "chromium-", ".out");
    Path stderr = Files.createTempFile(dir, "chromium-", ".err");
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().putAll(Map.of("HOME", dir.toString()));
    Process p = pb.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      fail("Chromium did not finish in 60 s: " + Files.readString(stderr));
    }
    assertThat(p.exitValue()).as(Files.readString(stderr)).isZero();
    return Files.readString(stdout);
  }
}
