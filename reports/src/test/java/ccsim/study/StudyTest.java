package ccsim.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.cli.Ccsim;
import ccsim.report.chart.ReportChart;
import ccsim.scenario.ScenarioException;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** The API notebooks use, and the command line runs through: the same numbers, whatever the threads. */
class StudyTest {
    private static final String SAMPLE = "../scenarios/standalone-sample.yaml";

    @TempDir
    Path tmp;

    @Test
    void aStudyGivesWhatCcsimRunWritesForTheSameScenarioAndSeed() throws Exception {
        Path out = tmp.resolve("cli");
        int code = Ccsim.commandLine().setOut(new PrintWriter(new StringWriter())).setErr(new PrintWriter(
                new StringWriter())).execute("run", SAMPLE, "--replications", "3", "--set", "ipcs[0].ports=26",
                "--out", out.toString());
        assertEquals(0, code);
        Results r = Study.load(SAMPLE).replications(3).set("ipcs[0].ports", 26).threads(1).run();
        Path api = r.write(tmp.resolve("api").toString());
        assertEquals(Files.readString(out.resolve("summary.csv")), Files.readString(api.resolve("summary.csv")));
        Table written = Table.read().csv(out.resolve("summary.csv").toFile());
        int row = written.stringColumn("measure").indexOf("blocking probability");
        assertEquals(written.doubleColumn("mean").get(row), r.mean("blocking probability"));
    }

    @Test
    void aBadFieldNamesTheChangeThatMadeIt() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> Study.load(SAMPLE).set("ipcs[0].ports", 0));
        assertTrue(e.getMessage().contains("set(\"ipcs[0].ports\", 0)"), e.getMessage());
        assertTrue(e.getMessage().contains("must be at least 1"), e.getMessage());
    }

    @Test
    void chartsLaddersAndMessagesOfATracedCall() {
        Results r = Study.load("../scenarios/behind-stream-manager-queuing.yaml").replications(2).set("run.horizon", "1h")
                .run();
        assertTrue(r.charts().contains("ipcs-busy-ports"), r.charts().toString());
        BufferedImage chart = r.chart("ipcs-busy-ports");
        assertEquals(ReportChart.WIDTH, chart.getWidth());
        assertTrue(r.ladder("support").startsWith("<svg"), "the ladder is SVG");
        Table messages = r.messages("support");
        assertTrue(messages.rowCount() > 20, "a call through GVP to an agent has many messages: " + messages.rowCount());
        assertEquals("INVITE", messages.stringColumn("message").get(0));
        assertTrue(r.toString().contains("service level"), "prints as ccsim run does");
    }

    /** A sweep runs each value on the same callers: each point equals the study run with that value alone. */
    @Test
    void aSweepGivesEachPointsMeasuresAsItsOwnRunWould() {
        Study study = Study.load(SAMPLE).replications(2).set("run.horizon", "1h");
        Table sweep = study.sweep("ipcs[0].ports", 20, 40);
        Table at20 = sweep.where(sweep.stringColumn("ipcs[0].ports").isEqualTo("20")
                .and(sweep.stringColumn("measure").isEqualTo("blocking probability")));
        Table at40 = sweep.where(sweep.stringColumn("ipcs[0].ports").isEqualTo("40")
                .and(sweep.stringColumn("measure").isEqualTo("blocking probability")));
        assertEquals(study.set("ipcs[0].ports", 20).run().mean("blocking probability"), at20.doubleColumn("mean").get(0));
        assertEquals(study.set("ipcs[0].ports", 40).run().mean("blocking probability"), at40.doubleColumn("mean").get(0));
        assertTrue(at20.doubleColumn("mean").get(0) > at40.doubleColumn("mean").get(0), "more ports block less");
    }
}
