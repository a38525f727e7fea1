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
}
