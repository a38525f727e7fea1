package ccsim.report.html;

import static ccsim.report.html.Page.esc;

import ccsim.core.stats.Estimate;
import ccsim.model.MeasureCatalogue;
import ccsim.report.TerminalTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The report's glossary: each kind of measure the run reports, its key, unit and what it counts. */
final class GlossarySection {
    private GlossarySection() {
    }

    static void append(StringBuilder b, List<List<Estimate>> summaries) {
        // one row per catalogue entry: a family (one per IPCS, group, fault) once, with the labels it covers
        Map<MeasureCatalogue.Entry, String> shown = new LinkedHashMap<>();
        for (List<Estimate> summary : summaries) {
            for (Estimate e : summary) {
                if (!TerminalTable.shown(e.measure(), summaries)) {
                    continue;
                }
                MeasureCatalogue.define(e.measure()).ifPresent(d -> shown.putIfAbsent(d.entry(), d.key()));
            }
        }
        b.append("<section id=\"glossary\"><h2>Measures</h2><p class=\"note\">What each measure counts, ")
                .append("from the end of the warm-up; summary.csv gives each its key.</p><table><tr><th>measure</th>")
                .append("<th>key</th><th>unit</th><th>definition</th></tr>\n");
        shown.forEach((entry, key) -> b.append("<tr><td>").append(esc(entry.label())).append("</td><td><code>")
                .append(esc(entry.family() ? entry.key() : key)).append("</code></td><td>").append(esc(entry.unit()))
                .append("</td><td>").append(esc(entry.definition())).append("</td></tr>\n"));
        b.append("</table></section>\n");
    }
}
