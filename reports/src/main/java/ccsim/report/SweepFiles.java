package ccsim.report;

import ccsim.core.stats.Estimate;
import ccsim.report.chart.SweepChart;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** The charts of a sweep: each measure against the first field swept over numbers. */
public final class SweepFiles {
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    private SweepFiles() {
    }

    /**
     * One chart per measure of {@code measures} that is not {@link #flat}: x is the first field whose
     * values are all numbers, one line per combination of the other fields' values. None when no field
     * is swept over numbers.
     *
     * @param fields  the swept fields, in --vary order
     * @param points  each point's value of each field, in the same order
     * @param results each point's summary
     */
    public static List<SweepChart> charts(List<String> fields, List<List<String>> points, List<List<Estimate>> results,
                                          List<String> measures) {
        int x = -1;
        for (int f = 0; f < fields.size() && x < 0; f++) {
            final int field = f;
            if (points.stream().allMatch(p -> isNumber(p.get(field)))) {
                x = f;
            }
        }
        if (x < 0) {
            return List.of();
        }
        List<SweepChart> charts = new ArrayList<>();
        for (String m : measures) {
            if (!flat(results, m)) {
                charts.add(chart(fields, points, results, m, x));
            }
        }
        return charts;
    }

    /**
     * Whether {@code measure} has one value at every point, with no interval around it (a blocking
     * probability of 0 wherever the ports were enough): a chart of it would be a straight line on an
     * axis with nothing to scale to.
     */
    public static boolean flat(List<List<Estimate>> results, String measure) {
        List<Estimate> values = results.stream().flatMap(List::stream).filter(e -> e.measure().equals(measure))
                .toList();
        return values.stream().allMatch(e -> e.mean() == values.get(0).mean()
                && (e.halfWidth() == 0 || Double.isNaN(e.halfWidth())));
    }

    private static SweepChart chart(List<String> fields, List<List<String>> points, List<List<Estimate>> results,
                                    String measure, int x) {
        TreeSet<Double> xs = new TreeSet<>();
        Map<String, Map<Double, Estimate>> series = new LinkedHashMap<>();
        for (int p = 0; p < points.size(); p++) {
            double at = Double.parseDouble(points.get(p).get(x));
            xs.add(at);
            List<String> others = new ArrayList<>();
            for (int f = 0; f < fields.size(); f++) {
                if (f != x) {
                    others.add(fields.get(f) + "=" + points.get(p).get(f));
                }
            }
            String name = others.isEmpty() ? measure : String.join(", ", others);
            results.get(p).stream().filter(e -> e.measure().equals(measure)).findFirst()
                    .ifPresent(e -> series.computeIfAbsent(name, k -> new LinkedHashMap<>()).put(at, e));
        }
        String id = "sweep-" + measure.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        Table t = Table.create(id, DoubleColumn.create("x", xs.stream().mapToDouble(Double::doubleValue)));
        String unit = "";
        for (Map.Entry<String, Map<Double, Estimate>> s : series.entrySet()) {
            Map<Double, Estimate> byX = s.getValue();
            t.addColumns(DoubleColumn.create(s.getKey(), xs.stream().mapToDouble(v -> byX.containsKey(v)
                    ? byX.get(v).mean() : Double.NaN)));
            t.addColumns(DoubleColumn.create(s.getKey() + " ci95", xs.stream().mapToDouble(v -> byX.containsKey(v)
                    ? byX.get(v).halfWidth() : Double.NaN)));
            unit = byX.values().iterator().next().unit();
        }
        return new SweepChart(id, measure + " against " + fields.get(x), fields.get(x), measure + " (" + unit + ")", t);
    }

    private static boolean isNumber(String s) {
        return NUMBER.matcher(s).matches();
    }
}
