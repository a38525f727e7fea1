package ccsim.report.chart;

import java.awt.BasicStroke;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * One measure of a sweep against the swept value: a line per combination of the other fields' values,
 * each point its mean with the 95% confidence interval as an error bar, so a design review sees where
 * a target is crossed and how sure that is. Drawn from its table, which is also written as CSV.
 *
 * @param data the swept value ({@code x}), then for each series its mean and its half-width
 *             ({@code <series> ci95}); NaN where a series lacks the point
 */
public record SweepChart(String id, String title, String xLabel, String yLabel, Table data, Double target)
        implements ReportChart {
    /** A chart without a target line. */
    public SweepChart(String id, String title, String xLabel, String yLabel, Table data) {
        this(id, title, xLabel, yLabel, data, null);
    }

    /** The series drawn, in order. */
    public List<String> series() {
        return ReportChart.lines(data, "x");
    }

    /**
     * How far sideways series {@code k} of {@code n} is drawn: lines that agree (two queuing choices
     * serving callers alike) would otherwise hide each other's error bars. Spread over a tenth of the
     * {@code closest} two swept values' distance, centred on the true value; the CSV keeps the true values.
     */
    private static double dodge(int k, int n, double closest) {
        return n < 2 || Double.isInfinite(closest) ? 0 : (k - (n - 1) / 2.0) * 0.1 * closest / (n - 1);
    }

    @Override
    public JFreeChart chart() {
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        DoubleColumn x = data.doubleColumn("x");
        double closest = Double.POSITIVE_INFINITY;
        for (int i = 1; i < x.size(); i++) {
            closest = Math.min(closest, x.getDouble(i) - x.getDouble(i - 1));
        }
        List<String> series = series();
        for (int k = 0; k < series.size(); k++) {
            String s = series.get(k);
            YIntervalSeries line = new YIntervalSeries(s, false, true);
            DoubleColumn mean = data.doubleColumn(s);
            DoubleColumn half = data.doubleColumn(s + " ci95");
            double shift = dodge(k, series.size(), closest);
            for (int i = 0; i < data.rowCount(); i++) {
                double m = mean.getDouble(i);
                if (!Double.isNaN(m)) {
                    double h = Double.isNaN(half.getDouble(i)) ? 0 : half.getDouble(i);
                    line.add(x.getDouble(i) + shift, m, m - h, m + h);
                }
            }
            dataset.addSeries(line);
        }
        NumberAxis xAxis = new NumberAxis(xLabel);
        xAxis.setAutoRangeIncludesZero(false);
        if (x.asList().stream().allMatch(v -> v == Math.rint(v))) {
            // ports and agents come whole: no tick at 10.5 agents
            xAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        NumberAxis yAxis = new NumberAxis(yLabel);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDefaultLinesVisible(true);
        renderer.setErrorStroke(new BasicStroke(1.2f));
        for (int i = 0; i < dataset.getSeriesCount(); i++) {
            ReportChart.styleLine(renderer, i, 6);
        }
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT,
                new XYPlot(dataset, xAxis, yAxis, renderer), dataset.getSeriesCount() > 1);
        XYPlot plot = ReportChart.styled(chart);
        if (target != null) {
            org.jfree.chart.plot.ValueMarker line = new org.jfree.chart.plot.ValueMarker(target);
            line.setPaint(new java.awt.Color(0xb3, 0x26, 0x1e));
            line.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4},
                    0));
            line.setLabel("target " + ccsim.report.TerminalTable.number(target));
            line.setLabelFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 11));
            line.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
            line.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
            plot.addRangeMarker(line);
            if (target > plot.getRangeAxis().getUpperBound() || target < plot.getRangeAxis().getLowerBound()) {
                // keep the target in view: how far the runs are from it is the point of the chart
                plot.getRangeAxis().setRange(Math.min(target, plot.getRangeAxis().getLowerBound()),
                        Math.max(target, plot.getRangeAxis().getUpperBound()) * 1.02);
            }
        }
        return chart;
    }
}
