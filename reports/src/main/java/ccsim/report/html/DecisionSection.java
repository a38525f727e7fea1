package ccsim.report.html;

import static ccsim.report.html.Page.esc;

import ccsim.core.stats.Estimate;
import ccsim.report.chart.ReportChart;
import ccsim.report.chart.TimeChart;
import ccsim.scenario.ScenarioRun;
import ccsim.scenario.Variant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The first screen of a what-if report: under the question (the scenario's description, in the page's
 * header), each variant's verdict on every target, then one chart per key measure with every variant
 * side by side, then the same measures over the day with one line per variant.
 */
final class DecisionSection {
    private DecisionSection() {
    }

    /** {@code svgs}: the markup of {@code charts}, in their order. */
    static void append(StringBuilder b, List<Variant> variants, List<ScenarioRun> runs, List<ReportChart> charts,
                       List<String> svgs) {
        b.append("<section id=\"decision\"><h2>The variants at a glance</h2>");
        verdicts(b, variants, runs);
        b.append("<div class=\"grid\">");
        for (int i = 0; i < charts.size(); i++) {
            ReportChart c = charts.get(i);
            b.append("<figure id=\"chart-").append(c.id()).append("\">").append(svgs.get(i))
                    .append("<figcaption>").append(esc(c.title())).append(" — mean over replications with its 95% ")
                    .append(c instanceof TimeChart ? "band" : "interval").append("; data in charts/").append(c.id())
                    .append(".csv");
            if (c instanceof TimeChart t) {
                t.coinciding().forEach(n -> b.append(". ").append(esc(n)));
            }
            b.append("</figcaption></figure>\n");
        }
        b.append("</div></section>\n");
    }

    /** Each variant's verdict on every target of the scenario, with the reason where it is qualified. */
    private static void verdicts(StringBuilder b, List<Variant> variants, List<ScenarioRun> runs) {
        Set<String> measures = new LinkedHashSet<>();
        runs.forEach(r -> r.scenario().targets().forEach(t -> measures.add(t.measure())));
        if (measures.isEmpty()) {
            b.append("<p class=\"note\">The scenario sets no target, so no variant is judged: add targets to have ")
                    .append("each variant's verdict here.</p>");
            return;
        }
        b.append("<table><tr><th>target</th>");
        variants.forEach(v -> b.append("<th>").append(esc(v.name())).append("</th>"));
        b.append("</tr>\n");
        for (String measure : measures) {
            b.append("<tr><th>").append(esc(measure)).append("</th>");
            for (ScenarioRun r : runs) {
                Estimate e = r.summary().stream().filter(x -> x.measure().equals(measure)).findFirst().orElse(null);
                String verdict = e == null ? "" : HtmlReport.target(e, r.scenario(), r.summary());
                b.append("<td>").append(e == null ? "not measured in this variant"
                        : verdict + "<br><span class=\"note\">" + Page.estimate(e.mean(), e.halfWidth(), false)
                        + "</span>").append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</table><p class=\"note\">Met: the whole 95% interval meets the target; missed: none of it does; ")
                .append("undecided: the interval straddles it (run more replications to decide).</p>");
    }

}
