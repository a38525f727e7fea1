package ccsim.report.chart;

import ccsim.core.stats.IntervalEstimate;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * A chart of measures over the reporting intervals: one line per measure (its mean across
 * replications), and optional horizontal lines for capacities (a pool's size). The chart is drawn
 * from its table, which is also written as CSV, so the picture and the numbers cannot disagree.
 *
 * @param data       the numbers the chart shows: interval start in hours, then each measure's mean and
 *                   half-width
 * @param capacities the capacity lines, labelled, in the caller's order
 */
public record TimeChart(String id, String title, String yLabel, Table data, Map<String, Double> capacities,
                        double warmUpHours) implements ReportChart {
    public TimeChart {
        // in the caller's order: Map.copyOf's order changes from one JVM to the next, and with it the labels
        capacities = Collections.unmodifiableMap(new LinkedHashMap<>(capacities));
    }

    public TimeChart(String id, String title, String yLabel, Table data, Map<String, Double> capacities) {
        this(id, title, yLabel, data, capacities, 0);
    }

    /** The same chart with the first {@code hours} of the day shaded as the warm-up no key figure counts. */
    public TimeChart withWarmUp(double hours) {
        return new TimeChart(id, title, yLabel, data, capacities, hours);
    }

    /**
     * The chart of {@code measures} (named as in intervals.csv) over the intervals, or null when none
     * of them was measured.
     */
    public static TimeChart of(String id, String title, String yLabel, List<IntervalEstimate> intervals,
                               List<String> measures, Map<String, Double> capacities) {
        Map<String, List<IntervalEstimate>> byMeasure = new LinkedHashMap<>();
        for (String m : measures) {
            List<IntervalEstimate> series = intervals.stream().filter(e -> e.measure().equals(m)).toList();
            if (!series.isEmpty()) {
                byMeasure.put(m, series);
            }
        }
        if (byMeasure.isEmpty()) {
            return null;
        }
        List<IntervalEstimate> first = byMeasure.values().iterator().next();
        Table t = Table.create(id, DoubleColumn.create("start_h", first.stream().mapToDouble(e -> e.start() / 3600)));
        byMeasure.forEach((m, series) -> {
            t.addColumns(DoubleColumn.create(m, series.stream().mapToDouble(IntervalEstimate::mean)));
            t.addColumns(DoubleColumn.create(m + " ci95", series.stream().mapToDouble(IntervalEstimate::halfWidth)));
        });
        return new TimeChart(id, title, yLabel, t, capacities);
    }

    /** The measures drawn as lines, in order. */
    public List<String> measures() {
        return ReportChart.lines(data, "start_h");
    }

    @Override
    public JFreeChart chart() {
        XYSeriesCollection dataset = new XYSeriesCollection();
        DoubleColumn x = data.doubleColumn("start_h");
        for (String m : measures()) {
            XYSeries series = new XYSeries(m, false, true);
            DoubleColumn y = data.doubleColumn(m);
            for (int i = 0; i < data.rowCount(); i++) {
                if (!Double.isNaN(y.getDouble(i))) {
                    series.add(x.getDouble(i), y.getDouble(i));
                }
            }
            dataset.addSeries(series);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, "hours since start of day", yLabel, dataset,
                PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = ReportChart.styled(chart);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < dataset.getSeriesCount(); i++) {
            ReportChart.styleLine(renderer, i, 5);
        }
        plot.setRenderer(renderer);
        if (warmUpHours > 0) {
            IntervalMarker warmUp = new IntervalMarker(0, warmUpHours, new Color(0xee, 0xee, 0xee));
            warmUp.setLabel("warm-up: not counted");
            warmUp.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            warmUp.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            warmUp.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addDomainMarker(warmUp, org.jfree.chart.ui.Layer.BACKGROUND);
        }
        double top = capacities.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        if (top * 1.1 > plot.getRangeAxis().getUpperBound()) {
            // keep the capacity lines in view: how far the load is from them is the point of the chart
            plot.getRangeAxis().setUpperBound(top * 1.1);
        }
        // one line per capacity value, labelled with every pool of that size
        Map<Double, List<String>> byValue = new java.util.TreeMap<>();
        capacities.forEach((label, value) -> byValue.computeIfAbsent(value, v -> new ArrayList<>()).add(label));
        for (Map.Entry<Double, List<String>> c : byValue.entrySet()) {
            ValueMarker marker = new ValueMarker(c.getKey());
            marker.setPaint(new Color(0x55, 0x55, 0x55));
            marker.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                    new float[] {6, 4}, 0));
            marker.setLabel(String.join(" / ", c.getValue()));
            marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
            marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
            plot.addRangeMarker(marker);
        }
        return chart;
    }
}
