package ccsim.report.html;

import static ccsim.report.html.Page.esc;

import ccsim.scenario.ModelAssumptions;
import ccsim.scenario.ModelAssumptions.Assumption;
import ccsim.scenario.Variant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's "Model assumptions": each choice the integration guide leaves open, the field that sets
 * it, the value in force (per variant where they differ) and what it makes the model do.
 */
final class AssumptionsSection {
    private AssumptionsSection() {
    }

    static void append(StringBuilder b, List<Variant> variants) {
        // field → each variant's assumption on it (null where it does not apply to that variant)
        Map<String, List<Assumption>> byField = new LinkedHashMap<>();
        for (int v = 0; v < variants.size(); v++) {
            for (Assumption a : ModelAssumptions.of(variants.get(v).scenario())) {
                List<Assumption> row = byField.computeIfAbsent(a.field(), f -> new ArrayList<>());
                while (row.size() < v) {
                    row.add(null);
                }
                row.add(a);
            }
        }
        b.append("<section id=\"assumptions\"><h2>Model assumptions</h2><p class=\"note\">What the integration ")
                .append("guide leaves open, as this run assumed it. Each is a scenario field: set it to model your ")
                .append("deployment otherwise.</p><table><tr><th>field</th><th>value</th><th>what it means</th></tr>\n");
        for (Map.Entry<String, List<Assumption>> e : byField.entrySet()) {
            List<Assumption> row = e.getValue();
            while (row.size() < variants.size()) {
                row.add(null);
            }
            Assumption first = row.stream().filter(a -> a != null).findFirst().orElseThrow();
            boolean same = row.stream().allMatch(a -> a != null && a.value().equals(first.value()));
            b.append("<tr><td><code>").append(esc(e.getKey())).append("</code></td><td>");
            if (same) {
                b.append(esc(first.value())).append("</td><td>").append(esc(first.meaning()));
            } else {
                List<String> values = new ArrayList<>();
                List<String> meanings = new ArrayList<>();
                for (int v = 0; v < variants.size(); v++) {
                    Assumption a = row.get(v);
                    String name = variants.get(v).name();
                    values.add(name + ": " + (a == null ? "does not apply" : a.value()));
                    if (a != null && !meanings.contains(a.meaning())) {
                        meanings.add(a.meaning());
                    }
                }
                b.append(esc(String.join("; ", values))).append("</td><td>").append(esc(String.join(" / ", meanings)));
            }
            b.append("</td></tr>\n");
        }
        b.append("</table></section>\n");
    }
}
