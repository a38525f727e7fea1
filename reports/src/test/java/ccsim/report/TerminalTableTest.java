package ccsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.core.stats.Estimate;
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
        assertEquals("2.000e-05", TerminalTable.number(0.00002));
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
}
