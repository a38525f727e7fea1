package ccsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.core.stats.Estimate;
import ccsim.model.config.TargetConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class TerminalTableTest {

    @Test
    void numbersKeepFourSignificantFigures() {
        assertEquals("3,355", TerminalTable.number(3354.9));
        assertEquals("0.1145", TerminalTable.number(0.11447));
        assertEquals("19.86", TerminalTable.number(19.864));
        assertEquals("0", TerminalTable.number(0));
        assertEquals("-", TerminalTable.number(Double.NaN));
        assertEquals("0.00002000", TerminalTable.number(0.00002));
        assertEquals("0.0006048", TerminalTable.number(6.048e-4), "a planner reads decimals, not 6.048e-04");
        assertEquals("0", TerminalTable.number(4e-15), "floating-point noise is no number");
    }

    @Test
    void tableHasAHeaderAndOneLinePerMeasure() {
        String t = TerminalTable.render("title", List.of(new Estimate("blocking probability", "ratio", 0.1, 0.01, 10),
                new Estimate("offered calls", "calls", 3000, 50, 10)));
        String[] lines = t.split("\n");
        assertEquals("title", lines[0]);
        assertTrue(lines[1].startsWith("measure"));
        assertTrue(lines[3].startsWith("blocking probability") && lines[3].endsWith("ratio"), lines[3]);
        assertEquals(5, lines.length);
    }

    /** Each variant judged on its own interval: 0.85 ± 0.02 meets "at least 0.8", 0.81 ± 0.02 straddles it. */
    @Test
    void targetsAreJudgedPerVariantOnEachInterval() {
        List<TargetConfig> targets = List.of(new TargetConfig("service level", 0.8, null),
                new TargetConfig("abandonment rate", null, 0.05));
        List<List<Estimate>> summaries = List.of(
                List.of(new Estimate("service level", "ratio", 0.85, 0.02, 10),
                        new Estimate("abandonment rate", "ratio", 0.03, 0.01, 10)),
                List.of(new Estimate("service level", "ratio", 0.81, 0.02, 10),
                        new Estimate("abandonment rate", "ratio", 0.07, 0.01, 10)));
        String t = TerminalTable.targets(List.of("refer", "gvp"), List.of(targets, targets), summaries);
        List<String> lines = List.of(t.split("\n"));
        assertEquals("Targets, judged on the 95% confidence interval:", lines.get(0));
        assertEquals(List.of("target", "refer", "gvp"), List.of(lines.get(1).trim().split(" +")));
        assertEquals(List.of("service", "level", "≥", "0.8", "met", "undecided"), List.of(lines.get(2).split(" +")));
        assertEquals(List.of("abandonment", "rate", "≤", "0.05", "met", "missed"), List.of(lines.get(3).split(" +")));

        String one = TerminalTable.targets(List.of("sample"), List.of(targets), summaries.subList(0, 1));
        assertEquals("service level ≥ 0.8      met", one.split("\n")[1]);
        assertEquals("", TerminalTable.targets(List.of("sample"), List.of(List.of()), summaries.subList(0, 1)));
    }

    /** A "-" mean is explained once, under the table, naming each measure that has one in any variant. */
    @Test
    void aMeanWithNoValueIsExplainedUnderTheTable() {
        Estimate blocked = new Estimate("tts pool blocking probability", "ratio", Double.NaN, Double.NaN, 10);
        Estimate offered = new Estimate("offered calls", "calls", 3000, 50, 10);
        String t = TerminalTable.render("title", List.of(offered, blocked));
        assertTrue(t.endsWith("-: no value, since no replication counted a call towards it (a ratio of zero calls): "
                + "tts pool blocking probability.\n"), t);
        assertEquals("", TerminalTable.undefinedNote(List.of(List.of(offered))));

        Estimate defined = new Estimate("tts pool blocking probability", "ratio", 0.01, 0.002, 10);
        String note = TerminalTable.undefinedNote(List.of(List.of(offered, defined), List.of(offered, blocked)));
        assertTrue(note.endsWith(": tts pool blocking probability."), note);
    }
}
