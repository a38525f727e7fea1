package ccsim.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PageTest {

    /** Each number is kept whole (no break inside 0.0009422); a difference carries its sign. */
    @Test
    void anEstimateBreaksOnlyAtItsPlusMinus() {
        assertEquals("<span class=\"n\">+0.0002887</span> ± <span class=\"n\">0.0009422</span>",
                Page.estimate(2.887e-4, 9.422e-4, true));
        assertEquals("<span class=\"n\">-2.537</span> ± <span class=\"n\">0.9092</span>",
                Page.estimate(-2.537, 0.9092, true));
        // four significant figures, as on the terminal
        assertEquals("<span class=\"n\">0.8000</span> ± <span class=\"n\">0.02000</span>", Page.estimate(0.8, 0.02, false));
        // the same in every replication: a peak of 8 ports in each, a total 300.0000000000001 from rounding
        assertEquals("<span class=\"n\">8.000</span>", Page.estimate(8, 0, false));
        assertEquals("<span class=\"n\">300.0</span>", Page.estimate(300, 4e-14, false));
        assertEquals("<span class=\"n\">300.0</span> ± <span class=\"n\">0.001000</span>", Page.estimate(300, 1e-3, false));
        assertEquals(".n{white-space:nowrap}", Page.STYLE.lines().filter(l -> l.strip().startsWith(".n{"))
                .findFirst().orElseThrow().strip());
    }
}
