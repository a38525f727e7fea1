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
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
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
    /** Hours written as h:mm, the way a planner reads a time of day. */
    private static final java.text.NumberFormat CLOCK = new java.text.NumberFormat() {
        @Override
        public StringBuffer format(double hours, StringBuffer to, java.text.FieldPosition pos) {
            return to.append(ccsim.scenario.Durations.clock(hours * 3600));
        }

        @Override
        public StringBuffer format(long hours, StringBuffer to, java.text.FieldPosition pos) {
            return format((double) hours, to, pos);
        }

        @Override
        public Number parse(String source, java.text.ParsePosition pos) {
            throw new UnsupportedOperationException("a chart axis only formats");
        }
    };

    /** Ticks on whole quarters, halves, hours or multiples of them, whichever fits. */
    private static final TickUnits HOURS = new TickUnits();

    static {
        for (double h : new double[] {0.25, 0.5, 1, 2, 3, 4, 6, 12, 24, 48}) {
            HOURS.add(new NumberTickUnit(h, CLOCK));
        }
    }

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

    /**
     * The chart of one measure over the intervals with one line per variant (named as the variants), or
     * null when no variant measured it.
     */
    public static TimeChart ofVariants(String id, String title, String yLabel, String measure, List<String> variants,
                                       List<List<IntervalEstimate>> intervals, Map<String, Double> capacities) {
        Table t = null;
        for (int v = 0; v < variants.size(); v++) {
            List<IntervalEstimate> series = intervals.get(v).stream().filter(e -> e.measure().equals(measure)).toList();
            if (series.isEmpty()) {
                continue;
            }
            if (t == null) {
                t = Table.create(id, DoubleColumn.create("start_h", series.stream().mapToDouble(e -> e.start() / 3600)));
            }
            t.addColumns(DoubleColumn.create(variants.get(v), series.stream().mapToDouble(IntervalEstimate::mean)));
            t.addColumns(DoubleColumn.create(variants.get(v) + " ci95",
                    series.stream().mapToDouble(IntervalEstimate::halfWidth)));
        }
        return t == null ? null : new TimeChart(id, title, yLabel, t, capacities);
    }

    /** For each line drawn exactly over an earlier one (equal in every interval), a sentence saying so. */
    public List<String> coinciding() {
        List<String> lines = measures();
        List<String> notes = new ArrayList<>();
        for (int j = 1; j < lines.size(); j++) {
            for (int i = 0; i < j; i++) {
                if (data.doubleColumn(lines.get(i)).asList().equals(data.doubleColumn(lines.get(j)).asList())) {
                    notes.add(lines.get(j) + "'s line lies under " + lines.get(i) + "'s: they are equal in every interval.");
                    break;
                }
            }
        }
        return notes;
    }

    @Override
    public JFreeChart chart() {
        // each line with its 95% band: a difference between two lines means something only outside the bands
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        DoubleColumn x = data.doubleColumn("start_h");
        boolean share = yLabel.equals("ratio") || yLabel.startsWith("share");
        for (String m : measures()) {
            YIntervalSeries series = new YIntervalSeries(m, false, true);
            DoubleColumn y = data.doubleColumn(m);
            DoubleColumn h = data.doubleColumn(m + " ci95");
            for (int i = 0; i < data.rowCount(); i++) {
                double mean = y.getDouble(i);
                double half = Double.isNaN(h.getDouble(i)) ? 0 : h.getDouble(i);
                if (!Double.isNaN(mean)) {
                    // no measure goes below zero, and no share above one: the band stops where the measure can
                    series.add(x.getDouble(i), mean, Math.max(0, mean - half), share ? Math.min(1, mean + half)
                            : mean + half);
                }
            }
            dataset.addSeries(series);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, "time since the start of the day (h:mm)", yLabel,
                dataset, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = ReportChart.styled(chart);
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        for (int i = 0; i < dataset.getSeriesCount(); i++) {
            ReportChart.styleLine(renderer, i, 5);
            Color c = ReportChart.PALETTE.get(i % ReportChart.PALETTE.size());
            renderer.setSeriesFillPaint(i, new Color(c.getRed(), c.getGreen(), c.getBlue(), 60));
        }
        renderer.setAlpha(1f);
        plot.setRenderer(renderer);
        NumberAxis time = (NumberAxis) plot.getDomainAxis();
        time.setNumberFormatOverride(CLOCK);
        time.setStandardTickUnits(HOURS);
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
