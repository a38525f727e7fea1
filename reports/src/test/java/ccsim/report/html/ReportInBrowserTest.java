package ccsim.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.report.OutputFolder;
import ccsim.report.chart.ReportChart;
import ccsim.scenario.ScenarioRun;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report opened in headless Chromium (installed by .ci/run): it loads with no console message
 * and no failed request, every chart is in the rendered page, and a screenshot is written to
 * reports/target/report-screenshot.png for a person to look at.
 */
class ReportInBrowserTest {
    private static final Path SCREENSHOT = Path.of("target", "report-screenshot.png");

    @TempDir
    Path tmp;

    @BeforeAll
    static void needChromium() {
        boolean present = Stream.of(System.getenv("PATH").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "chromium")));
        if (System.getenv("CI") != null) {
            assertTrue(present, "chromium is missing in CI: .ci/run should have installed it");
        }
        Assumptions.assumeTrue(present, "chromium not installed (apt-get install chromium); .ci/run installs it");
    }

    private List<String> chromium(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + tmp.resolve("profile"), "--enable-logging=stderr", "--v=0"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(tmp.resolve("chromium.log").toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium did not finish");
        assertEquals(0, p.exitValue(), () -> "chromium failed: " + log());
        return new String(out, StandardCharsets.UTF_8).lines().toList();
    }

    private String log() {
        try {
            return Files.readString(tmp.resolve("chromium.log"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void reportLoadsCleanlyWithEveryChart() throws Exception {
        ScenarioRun r = HtmlReportTest.run("behind-stream-manager-queuing.yaml", "run.replications=2", "run.horizon=2h");
        HtmlReport report = new HtmlReport(r);
        OutputFolder.write(tmp, "run", out -> report.write(out, 1));
        String url = tmp.resolve("report.html").toUri().toString();

        String dom = String.join("\n", chromium("--dump-dom", url));
        for (ReportChart c : report.charts()) {
            assertTrue(dom.contains("id=\"chart-" + c.id() + "\""), "chart " + c.id() + " not in the rendered page");
        }
        assertTrue(dom.contains("id=\"ladder-support\""), "ladder diagram not in the rendered page");
        List<String> problems = log().lines().filter(l -> l.contains(":CONSOLE(") || l.contains("net::ERR")).toList();
        assertEquals(List.of(), problems, "console messages or failed requests");

        Files.createDirectories(SCREENSHOT.getParent());
        chromium("--window-size=1300,5000", "--screenshot=" + SCREENSHOT.toAbsolutePath(), url);
        assertTrue(Files.size(SCREENSHOT) > 50_000, "screenshot too small to show the report");
    }

    /**
     * Injected at the end of a copy of the page: lists every chart, table, figure or preformatted block
     * that reaches outside its parent's box or scrolls inside itself, checks that each ladder's box fits
     * and keeps its lifeline headers in view once scrolled, and writes the findings into the body.
     */
    private static final String LAYOUT_PROBE = """
            <script>
            const bad = [];
            const outside = (e, box) => { const r = e.getBoundingClientRect(), p = box.getBoundingClientRect();
              return r.left < p.left - 1 || r.right > p.right + 1; };
            for (const e of document.querySelectorAll('main svg, main table, main figure, main pre, .ladder')) {
              if (e.closest('.ladder') && e.tagName.toLowerCase() === 'svg') continue;
              if (e.closest('details:not([open])')) continue;
              const name = e.tagName + (e.id ? '#' + e.id : '') + ' in ' + (e.closest('figure') || e.closest('section')).id
                + ' (' + Math.round(e.getBoundingClientRect().width) + ' px)';
              if (outside(e, e.parentElement.closest('section') || e.parentElement)) bad.push('outside its box: ' + name);
              if (!e.classList.contains('ladder') && e.scrollWidth > e.clientWidth + 1 && e.tagName !== 'svg')
                bad.push('scrolls: ' + name);
            }
            for (const box of document.querySelectorAll('.ladder')) {
              box.scrollTop = 300;
              const head = box.querySelector('.lifelines').getBoundingClientRect().top;
              if (Math.abs(head - box.getBoundingClientRect().top) > 2) bad.push('lifelines scrolled away in ' + box.parentElement.id);
              box.scrollTop = 0;
            }
            document.body.setAttribute('data-layout', bad.length ? bad.join(' | ') : 'fits');
            </script>""";

    @Test
    void whatIfPageFitsAt1400And900PixelsAndPrintsEveryChart() throws Exception {
        int code = ccsim.cli.Ccsim.commandLine().execute("run", "../scenarios/what-if-gvp-vs-stream-manager.yaml",
                "--out", tmp.resolve("w").toString(), "--replications", "3", "--set", "run.horizon=1h");
        assertEquals(0, code, "ccsim run of the what-if sample");
        Path page = tmp.resolve("w").resolve("report.html");
        Path probed = tmp.resolve("w").resolve("probed.html");
        Files.writeString(probed, Files.readString(page).replace("</body>", LAYOUT_PROBE + "</body>"));
        for (int width : new int[] {1400, 900}) {
            String dom = String.join("\n", chromium("--window-size=" + width + ",1200", "--dump-dom",
                    probed.toUri().toString()));
            assertTrue(dom.contains("data-layout=\"fits\""), () -> "at " + width + " px: "
                    + dom.replaceAll("(?s).*data-layout=\"([^\"]*)\".*", "$1"));
            Path shot = Path.of("target", "what-if-" + width + ".png").toAbsolutePath();
            chromium("--window-size=" + width + ",1200", "--screenshot=" + shot, page.toUri().toString());
        }
        Path pdf = Path.of("target", "what-if.pdf").toAbsolutePath();
        chromium("--no-pdf-header-footer", "--print-to-pdf=" + pdf, page.toUri().toString());
        boolean poppler = Stream.of(System.getenv("PATH").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "pdftotext")));
        if (System.getenv("CI") != null) {
            assertTrue(poppler, "pdftotext is missing in CI: .ci/run should have installed poppler-utils");
        }
        Assumptions.assumeTrue(poppler, "pdftotext not installed (apt-get install poppler-utils); .ci/run installs it");
        // the first printed page as a picture, for a person to look at (target/what-if-pdf-1.png)
        Process page1 = new ProcessBuilder("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile",
                pdf.toString(), Path.of("target", "what-if-pdf-1").toAbsolutePath().toString()).redirectErrorStream(true)
                .start();
        page1.getInputStream().readAllBytes();
        assertTrue(page1.waitFor(60, TimeUnit.SECONDS) && page1.exitValue() == 0, "pdftoppm failed");
        Process text = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-").redirectErrorStream(true).start();
        String printed = new String(text.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        assertTrue(text.waitFor(60, TimeUnit.SECONDS));
        java.util.regex.Matcher figure = java.util.regex.Pattern.compile(
                "<figure id=\"chart-([^\"]+)\">.*?<figcaption>(.*?) — ", java.util.regex.Pattern.DOTALL)
                .matcher(Files.readString(page));
        int charts = 0;
        while (figure.find()) {
            String title = figure.group(2).replace("&gt;", ">").replace("&lt;", "<").replace("&amp;", "&");
            // once in the caption, once drawn in the chart itself: a chart cut from the print loses the second
            int seen = printed.split(java.util.regex.Pattern.quote(title), -1).length - 1;
            assertTrue(seen >= 2, figure.group(1) + " not in the printed PDF (title seen " + seen + " times)");
            charts++;
        }
        assertTrue(charts >= 20, "charts found in the page: " + charts);
    }
}
