package ccsim.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.core.stats.Histogram;
import ccsim.core.stats.IntervalEstimate;
import ccsim.core.stats.Summary;
import ccsim.model.config.Scenario;
import ccsim.report.OutputFolder;
import ccsim.report.chart.TimeChart;
import ccsim.scenario.FieldOverride;
import ccsim.scenario.ScenarioLoader;
import ccsim.scenario.ScenarioRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class HtmlReportTest {
    private static final Pattern REMOTE = Pattern.compile("(src|href)\\s*=\\s*\"(https?:)?//", Pattern.CASE_INSENSITIVE);

    @TempDir
    Path tmp;

    static ScenarioRun run(String file, String... overrides) {
        List<FieldOverride> o = Arrays.stream(overrides).map(FieldOverride::parse).toList();
        Scenario s = new ScenarioLoader().load(Path.of("..", "scenarios", file), o);
        return ScenarioRun.execute(s, 2, 30, null);
    }

    @Test
    void everyChartIsInTheReportAndItsDataIsItsCsv() throws Exception {
        ScenarioRun r = run("behind-stream-manager-queuing.yaml", "run.replications=3", "run.horizon=2h");
        HtmlReport report = new HtmlReport(r);
        OutputFolder.write(tmp, "run", out -> report.write(out, 1));
        String html = Files.readString(tmp.resolve("report.html"));
        assertFalse(REMOTE.matcher(html).find(), "the report must not fetch anything");
        List<IntervalEstimate> intervals = Summary.intervals(r.replications());
        assertTrue(report.charts().size() >= 6, "charts: " + report.charts().size());
        for (TimeChart c : report.charts().stream().filter(c -> c instanceof TimeChart).map(c -> (TimeChart) c)
                .toList()) {
            assertTrue(html.contains("<figure id=\"chart-" + c.id() + "\"><svg"), "chart " + c.id() + " missing");
            Table csv = Table.read().csv(tmp.resolve("charts").resolve(c.id() + ".csv").toFile());
            XYDataset drawn = c.chart().getXYPlot().getDataset();
            List<String> measures = c.measures();
            for (int series = 0; series < measures.size(); series++) {
                String m = measures.get(series);
                List<IntervalEstimate> expected = intervals.stream().filter(e -> e.measure().equals(m)).toList();
                int point = 0;
                for (int row = 0; row < csv.rowCount(); row++) {
                    double value = csv.numberColumn(m).getDouble(row);
                    // the CSV holds the interval means exactly as intervals.csv has them
                    assertEquals(expected.get(row).mean(), value, 1e-12, c.id() + " " + m + " row " + row);
                    if (!Double.isNaN(value)) {
                        // and the chart draws those numbers, no others
                        assertEquals(value, drawn.getYValue(series, point), 1e-12, c.id() + " " + m);
                        assertEquals(csv.numberColumn("start_h").getDouble(row), drawn.getXValue(series, point), 1e-12);
                        point++;
                    }
                }
                assertEquals(point, drawn.getItemCount(series), c.id() + " " + m + " has extra points");
            }
        }
        assertTrue(html.contains("<figure id=\"ladder-support\"><div class=\"ladder\"><div class=\"lifelines\"><svg"),
                "ladder diagram of the call type, under its lifeline headers");
        // every message of the traced call can be opened, each SIP one to its full text
        Long call = ccsim.report.ladder.LadderDiagram.exampleCall(r.trace(), r.scenario().callTypes().get(0).dialedNumber());
        String list = html.substring(html.indexOf("<details class=\"messages\">"));
        list = list.substring(0, list.indexOf("</ol></details>"));
        assertEquals(r.trace().of(call).size(), list.split("<li>", -1).length - 1, "messages listed");
        long sip = r.trace().of(call).stream().filter(d -> d.message() instanceof ccsim.core.message.SipRequest
                || d.message() instanceof ccsim.core.message.SipResponse).count();
        assertEquals(sip, list.split("<pre>", -1).length - 1, "SIP messages in full");
        assertEquals(sip, list.split("Content-Length: ", -1).length - 1, "each SIP text whole, to its last header");

        // the post-dial delay chart is the pooled histogram of the replications, bin by bin
        Histogram pooled = Histogram.pool(r.replications().stream().map(x -> x.histograms().get(0)).toList());
        Table pdd = Table.read().csv(tmp.resolve("charts").resolve("post-dial-delay.csv").toFile());
        long[] counts = pooled.counts();
        for (int row = 0; row < pdd.rowCount(); row++) {
            assertEquals(counts[row], pdd.numberColumn("count").getDouble(row), 0, "bin " + row);
            assertEquals((double) counts[row] / pooled.total(), pdd.numberColumn("share").getDouble(row), 1e-12);
        }
        assertTrue(html.contains("<figure id=\"chart-post-dial-delay\"><svg"));
        // and each bar spans its bin: [bin_start, bin_end), not centred on bin_start
        IntervalXYDataset bars = (IntervalXYDataset) new HtmlReport(r).charts().stream()
                .filter(c -> c.id().equals("post-dial-delay")).findFirst().orElseThrow().chart().getXYPlot().getDataset();
        for (int row = 0; row < pdd.rowCount(); row++) {
            assertEquals(pdd.numberColumn("bin_start").getDouble(row), bars.getStartXValue(0, row), 1e-12);
            assertEquals(pdd.numberColumn("bin_end").getDouble(row), bars.getEndXValue(0, row), 1e-12);
        }
    }

    @Test
    void theSameRunWritesTheSameReportByteForByteWhateverTheThreadsDrawingIt() throws Exception {
        ScenarioRun r = run("behind-gvp-queuing.yaml", "run.replications=2", "run.horizon=1h");
        OutputFolder.write(tmp.resolve("a"), "run", out -> new HtmlReport(r).write(out, 1));
        OutputFolder.write(tmp.resolve("b"), "run", out -> new HtmlReport(r).write(out, 4));
        assertEquals(Files.readString(tmp.resolve("a").resolve("report.html")),
                Files.readString(tmp.resolve("b").resolve("report.html")));
        List<Path> charts;
        try (var files = Files.list(tmp.resolve("a").resolve("charts"))) {
            charts = files.sorted().toList();
        }
        assertEquals(3 * new HtmlReport(r).charts().size(), charts.size(), "a PNG, an SVG and a CSV per chart");
        for (Path a : charts) {
            Path b = tmp.resolve("b").resolve("charts").resolve(a.getFileName());
            assertTrue(Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b)), a.getFileName() + " differs");
        }
        // pools of one size share a capacity line, labelled in the scenario's order of the pools
        TimeChart ports = (TimeChart) new HtmlReport(r).charts().stream().filter(c -> c.id().equals("ipcs-busy-ports"))
                .findFirst().orElseThrow();
        String expected = String.join(" / ", r.scenario().ipcs().stream()
                .map(c -> "IPCS " + c.address().substring(0, c.address().lastIndexOf(':')) + ": " + c.ports() + " ports")
                .toList());
        assertEquals(expected, ports.chart().getXYPlot().getRangeMarkers(Layer.FOREGROUND).iterator().next()
                .getLabel());
        // busy-day's ten pools of 150: counted, not ten host names running off the chart
        Scenario busy = new ScenarioLoader().load(Path.of("..", "scenarios", "busy-day.yaml"));
        assertEquals(Map.of("10 IPCS: 150 ports each", 150.0), HtmlReport.ipcsCapacities(busy.ipcs()));
        // its forecast as written: 48 half-hours that add up to the day's calls
        assertEquals("500,001 by a forecast of 48 intervals of 30m, self-service mean 60 s, 50% then ask for an agent",
                BriefSection.of(busy).get("Calls to 5000"));
    }

    @Test
    void oneReplicationStandAloneReportSaysWhatItCannotShow() throws Exception {
        ScenarioRun r = run("standalone-sample.yaml", "run.replications=1", "run.horizon=1h", "ipcs[0].ports=200");
        OutputFolder.write(tmp, "run", out -> new HtmlReport(r).write(out, 1));
        String html = Files.readString(tmp.resolve("report.html"));
        assertTrue(html.contains("One replication: no confidence interval can be given"), "one replication");
        assertTrue(html.contains("No call was blocked in any replication."), "zero blocked");
        assertTrue(html.contains("There are no agents in this deployment"), "no agents");
        assertTrue(html.contains("Erlang B, 200 ports"), "the theory check applies to Stand-Alone");
        // with 200 ports nothing is blocked: the target on blocking is met whatever the interval
        assertTrue(html.contains("<span class=\"ok\">met (≤ 0.02)</span>"), "target highlighted");
        assertFalse(html.contains("chart-agent-occupancy"), "no agent chart without agents");
        // the brief as a planner writes a scenario: durations in h/m, counts with thousands grouped
        assertTrue(html.contains("<th>IPCS 172.21.11.15:5060</th><td>200 ports"), "pool size");
        assertTrue(html.contains("<th>Simulated</th><td>1h per replication, its first 30m a warm-up left out of the "
                + "key figures, 1 replication</td>"), "run length");
        ScenarioRun big = run("standalone-sample.yaml", "run.replications=1", "run.horizon=15m", "run.warmUp=0s",
                "ipcs[0].ports=1200", "callTypes[0].callsPerHour=12000");
        OutputFolder.write(tmp, "run", out -> new HtmlReport(big).write(out, 1));
        String brief = Files.readString(tmp.resolve("report.html"));
        assertTrue(brief.contains("<td>1,200 ports"), "ports grouped");
        assertTrue(brief.contains("<td>12,000 per hour"), "calls grouped");
        assertTrue(brief.contains("<th>Simulated</th><td>15m per replication, 1 replication</td>"), "no warm-up");
    }

    /** The measures name faults by their place in the list: the brief says what each one is. */
    @Test
    void theBriefNamesTheBackupsAndEachFault() throws Exception {
        ScenarioRun r = run("ha-failover.yaml", "run.replications=2", "run.horizon=5h");
        OutputFolder.write(tmp, "run", out -> new HtmlReport(r).write(out, 1));
        String html = Files.readString(tmp.resolve("report.html"));
        assertTrue(html.contains("SIP Server backup</th><td>behind NLBS, failover mean 10 s"), "SIP Server backup");
        assertTrue(html.contains("Resource Manager backup</th><td>under the cluster service, failover mean 20 s"),
                "RM backup");
        assertTrue(html.contains("Fault faults[0]</th><td>host 172.21.11.10 fails at 2h; repair mean 1800 s"),
                "fault 0");
        assertTrue(html.contains("Fault faults[2]</th><td>ipcs[0] fails at 4h; repair mean 1200 s"), "fault 2");
        assertTrue(html.contains("calls lost to faults[2] outages"), "the losses of fault 2 are among the figures");
        assertFalse(html.contains("High availability</th>"), "separate hosts: HA works");
        assertTrue(html.contains("<figure id=\"chart-calls-failed\"><svg"), "failed calls per interval are charted");
    }

    @Test
    void aMissedTargetIsHighlighted() throws Exception {
        // 24 ports at 22.5 Erlangs block about 11% of calls, far above the sample's 2% target
        ScenarioRun r = run("standalone-sample.yaml", "run.replications=3", "run.horizon=2h");
        OutputFolder.write(tmp, "run", out -> new HtmlReport(r).write(out, 1));
        assertTrue(Files.readString(tmp.resolve("report.html")).contains("<span class=\"off\">missed (≤ 0.02)</span>"));
    }

    @Test
    void theoryCheckKnowsWhenErlangApplies() {
        ScenarioRun behind = run("behind-gvp-queuing.yaml", "run.replications=2", "run.horizon=1h");
        TheoryCheck.Result notApplicable = TheoryCheck.of(behind.scenario(), behind.summary());
        // no exact reference: the nearest approximation is shown, labelled and not judged, instead of nothing
        assertEquals(2, notApplicable.rows().size(), notApplicable.toString());
        assertTrue(notApplicable.rows().stream().noneMatch(TheoryCheck.Row::exact));
        assertTrue(notApplicable.rows().get(0).model().endsWith("(approximation)"), notApplicable.rows().get(0).model());
        assertTrue(notApplicable.notes().stream().anyMatch(n -> n.contains("exponential talk")), notApplicable.notes()
                .toString());

        ScenarioRun exponential = run("behind-gvp-queuing.yaml", "run.replications=2", "run.horizon=1h",
                "agentGroups[0].talkTime={dist: exponential, mean: 240s}", "agentGroups[0].afterCallWork=0s",
                "agentGroups[0].answerDelay=0s");
        TheoryCheck.Result a = TheoryCheck.of(exponential.scenario(), exponential.summary());
        assertEquals(2, a.rows().size(), a.toString());
        assertTrue(a.rows().get(0).model().startsWith("Erlang A, 12 agents"), a.rows().get(0).model());
        assertNotNull(a.rows().get(1).simulated());
    }

    /**
     * With few IPCS ports and queuing on GVP a waiting caller holds a port, the pool fills and turns callers
     * away: the agents' queue is not Erlang A's, which is then shown as an approximation, not judged. It
     * used to mark the correct simulation "outside the interval" (P(wait) 0.789 analytic, 0.694 simulated).
     */
    @Test
    void erlangAIsOnlyAnApproximationWhenPortsLimitTheQueue() {
        ScenarioRun bound = run("behind-gvp-queuing.yaml", "run.replications=3", "run.horizon=2h",
                "agentGroups[0].talkTime={dist: exponential, mean: 240s}", "agentGroups[0].afterCallWork=0s",
                "agentGroups[0].answerDelay=0s", "ipcs[*].ports=4");
        TheoryCheck.Result r = TheoryCheck.of(bound.scenario(), bound.summary());
        assertEquals(2, r.rows().size(), r.toString());
        assertTrue(r.rows().stream().noneMatch(TheoryCheck.Row::exact), "not judged: " + r);
        assertTrue(r.rows().get(0).model().endsWith("(approximation)"), r.rows().get(0).model());
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("nearest approximation, not judged")), r.notes().toString());
    }

    /** Without callers for agents any mode is a loss system over all ports; capabilities split the pool. */
    @Test
    void erlangBAppliesToSelfServiceOnlyCentersOfEveryModeButNotToCapabilityPools() {
        ScenarioRun inFront = run("infront-sample.yaml", "run.replications=2", "run.horizon=1h",
                "callTypes[0].agentShare=0");
        TheoryCheck.Result b = TheoryCheck.of(inFront.scenario(), inFront.summary());
        assertEquals(1, b.rows().size(), b.toString());
        assertTrue(b.rows().get(0).model().startsWith("Erlang B, 3 ports"), b.rows().get(0).model());

        ScenarioRun asr = run("behind-asr-gvp75.yaml", "run.replications=2", "run.horizon=1h",
                "callTypes[0].agentShare=0", "callTypes[1].agentShare=0");
        TheoryCheck.Result split = TheoryCheck.of(asr.scenario(), asr.summary());
        assertTrue(split.rows().isEmpty());
        assertTrue(split.notes().get(0).contains("capability"), split.notes().toString());
    }

    /**
     * With every time exponential, the same binding ports have an exact reference: the Markov chain of the
     * call path, whose values the simulation's 99% intervals hold.
     */
    @Test
    void theCallPathChainIsTheExactReferenceWhenPortsLimitTheQueue() {
        ScenarioRun bound = run("behind-gvp-queuing.yaml", "run.replications=8", "run.horizon=8h",
                "agentGroups[0].talkTime={dist: exponential, mean: 240s}", "agentGroups[0].afterCallWork=0s",
                "agentGroups[0].answerDelay=0s", "ipcs[*].ports=4", "ipcs[*].answerDelay=0s",
                "callTypes[0].selfService={dist: exponential, mean: 90s}", "network.latency=0s");
        TheoryCheck.Result r = TheoryCheck.of(bound.scenario(), bound.summary());
        assertEquals(3, r.rows().size(), r.toString());
        assertTrue(r.rows().get(0).model().startsWith("Markov chain of the call path, 8 ports"), r.rows().get(0).model());
        assertTrue(r.rows().stream().allMatch(TheoryCheck.Row::exact), r.toString());
        assertTrue(r.rows().stream().allMatch(TheoryCheck.Row::agrees), r.toString());
    }

    /** The service level chart draws the scenario's targets as lines, and every time chart shades the warm-up. */
    @Test
    void timeChartsShowTheTargetsAndTheWarmUp() {
        ScenarioRun r = run("behind-stream-manager-queuing.yaml", "run.replications=2", "run.horizon=2h");
        TimeChart sl = (TimeChart) new HtmlReport(r).charts().stream().filter(c -> c.id().equals("service-level"))
                .findFirst().orElseThrow();
        assertEquals(Map.of("target: service level ≥ 0.8", 0.8, "target: abandonment rate ≤ 0.05", 0.05),
                sl.capacities());
        assertEquals(0.5, sl.warmUpHours(), 1e-12, "the sample's 30-minute warm-up");
        org.jfree.chart.plot.XYPlot plot = sl.chart().getXYPlot();
        assertEquals(1, plot.getDomainMarkers(Layer.BACKGROUND).size(), "the warm-up is shaded");
        assertEquals(2, plot.getRangeMarkers(Layer.FOREGROUND).size(), "a line per target");
    }
}
