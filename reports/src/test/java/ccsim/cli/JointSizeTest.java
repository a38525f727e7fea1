package ccsim.cli;

import static ccsim.cli.CommandLineRun.ccsim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * ccsim size with several fields against the scenario's targets on the Behind sample (agents and Stream
 * Manager ports, priced): the answer is the cheapest configuration an exhaustive sweep on the same callers
 * finds meeting every target, the analytic start changes the run count and not the answer, and bad
 * questions are refused before any run.
 */
class JointSizeTest {
    private static final String BEHIND = Path.of("..", "scenarios", "behind-stream-manager-queuing.yaml").toString();
    private static final List<String> SHORT = List.of("--replications", "4", "--set", "run.horizon=2h");

    @TempDir
    Path tmp;

    private List<String> size(String out, String... extra) {
        List<String> args = new ArrayList<>(List.of("size", BEHIND, "--vary", "agentGroups[0].agents", "--vary",
                "streamManager.ports", "--max-replications", "4", "--out", tmp.resolve(out).toString()));
        args.addAll(SHORT);
        args.addAll(List.of(extra));
        return args;
    }

    private static Table answer(Path dir) {
        Table t = Table.read().csv(dir.resolve("size.csv").toFile());
        return t.where(t.booleanColumn("answer").isTrue());
    }

    @Test
    void theAnswerIsTheCheapestTheExhaustiveSweepFindsMeetingEveryTarget() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, ccsim(out, err, size("joint").toArray(String[]::new)), err.toString() + out);
        Table a = answer(tmp.resolve("joint"));
        int agents = a.intColumn("agentGroups[0].agents").get(0);
        int ports = a.intColumn("streamManager.ports").get(0);

        List<String> sweep = new ArrayList<>(List.of("sweep", BEHIND, "--vary", "agentGroups[0].agents=9..15:1",
                "--vary", "streamManager.ports=1..4:1", "--out", tmp.resolve("sweep").toString()));
        sweep.addAll(SHORT);
        assertEquals(0, ccsim(new StringWriter(), err, sweep.toArray(String[]::new)), err.toString());
        Table points = Table.read().csv(tmp.resolve("sweep").resolve("sweep.csv").toFile());
        double best = Double.POSITIVE_INFINITY;
        String cheapest = null;
        for (int n = 9; n <= 15; n++) {
            for (int p = 1; p <= 4; p++) {
                Table at = points.where(points.intColumn("agentGroups[0].agents").isEqualTo(n)
                        .and(points.intColumn("streamManager.ports").isEqualTo(p)));
                double sl = value(at, "service level", false);
                double ab = value(at, "abandonment rate", true);
                double cost = value(at, "cost per day", null);
                if (sl >= 0.8 && ab <= 0.05 && cost < best) {
                    best = cost;
                    cheapest = n + " agents, " + p + " ports";
                }
            }
        }
        assertEquals(cheapest, agents + " agents, " + ports + " ports");
        assertEquals(best, a.doubleColumn("cost").get(0), 1e-9);
        String page = Files.readString(tmp.resolve("joint").resolve("size.html"));
        assertTrue(page.contains("agents in group"), "fields in words on size.html");
        assertEquals("behind-stream-manager-queuing", a.stringColumn("variant").get(0));
    }

    /** The bound of the 95% interval a target is judged on (lower for at-least, upper for at-most), or the mean. */
    private static double value(Table at, String measure, Boolean upper) {
        for (Row r : at) {
            if (r.getString("measure").equals(measure)) {
                double half = r.getDouble("ci95_half_width");
                return upper == null ? r.getDouble("mean") : r.getDouble("mean") + (upper ? half : -half);
            }
        }
        throw new AssertionError(measure + " not in sweep.csv");
    }

    @Test
    void theAnalyticStartChangesTheRunCountNotTheAnswer() throws Exception {
        StringWriter err = new StringWriter();
        assertEquals(0, ccsim(new StringWriter(), err, size("warm").toArray(String[]::new)), err.toString());
        assertEquals(0, ccsim(new StringWriter(), err, size("cold", "--cold-start").toArray(String[]::new)),
                err.toString());
        Table warm = Table.read().csv(tmp.resolve("warm").resolve("size.csv").toFile());
        Table cold = Table.read().csv(tmp.resolve("cold").resolve("size.csv").toFile());
        assertEquals(answer(tmp.resolve("cold")).intColumn("agentGroups[0].agents").get(0),
                answer(tmp.resolve("warm")).intColumn("agentGroups[0].agents").get(0));
        assertEquals(answer(tmp.resolve("cold")).intColumn("streamManager.ports").get(0),
                answer(tmp.resolve("warm")).intColumn("streamManager.ports").get(0));
        assertTrue(warm.rowCount() < cold.rowCount(), "warm " + warm.rowCount() + " rows, cold " + cold.rowCount());
    }

    /**
     * Every variant sized into its own folder, and their answers compared on the same replications: the
     * paired difference's mean is the difference of the two means (the same replications on both sides).
     */
    @Test
    void everyVariantIsSizedAndTheAnswersComparedOnTheSameCallers() throws Exception {
        StringWriter err = new StringWriter();
        String whatIf = Path.of("..", "scenarios", "what-if-gvp-vs-stream-manager.yaml").toString();
        assertEquals(0, ccsim(new StringWriter(), err, "size", whatIf, "--vary", "agentGroups[0].agents",
                "--every-variant", "--replications", "4", "--max-replications", "4", "--set", "run.horizon=2h",
                "--out", tmp.resolve("v").toString()), err.toString());
        Table c = Table.read().csv(tmp.resolve("v").resolve("comparison.csv").toFile());
        List<String> names = List.of("stream-manager-refer", "stream-manager-bridged", "gvp");
        assertEquals(names, c.stringColumn("variant").asList());
        for (int v = 0; v < names.size(); v++) {
            Table own = answer(tmp.resolve("v").resolve(names.get(v)));
            assertEquals(names.get(v), own.stringColumn("variant").get(0));
            assertEquals(own.intColumn("agentGroups[0].agents").get(0), c.intColumn("agentGroups[0].agents").get(v));
            if (v > 0) {
                assertEquals(c.doubleColumn("cost_per_day").get(v) - c.doubleColumn("cost_per_day").get(0),
                        c.doubleColumn("difference_to_first").get(v), 1e-6, names.get(v));
            }
        }
    }

    @Test
    void contradictoryTargetsAndAnUnpricedFieldAreRefusedBeforeAnyRun() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(2, ccsim(out, err, size("c", "--target", "blocking<=0.01", "--target", "blocking>=0.05")
                .toArray(String[]::new)));
        assertTrue(err.toString().contains("contradict"), err.toString());
        err = new StringWriter();
        assertEquals(2, ccsim(out, err, size("p", "--set", "costs.streamManagerPort=null").toArray(String[]::new)));
        assertTrue(err.toString().contains("streamManager.ports has no price"), err.toString());
        assertFalse(Files.exists(tmp.resolve("c")) || Files.exists(tmp.resolve("p")), "nothing written");
    }
}
