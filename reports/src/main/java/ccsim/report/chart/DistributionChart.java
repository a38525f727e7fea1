package ccsim.report.chart;

import ccsim.core.stats.Histogram;
import java.awt.Color;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.XYBarDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;

/**
 * The distribution of a measure over all replications: the share of values in each bin.
 *
 * @param data each bin's bounds, its count over all replications and its share of all values
 */
public record DistributionChart(String id, String title, String xLabel, Table data, double binWidth)
        implements ReportChart {

    /** The chart of {@code pooled}, up to its last non-empty bin; null when it holds no value. */
    public static DistributionChart of(String id, String title, String xLabel, Histogram pooled) {
        long[] counts = pooled.counts();
        long total = pooled.total();
        if (total == 0) {
            return null;
        }
        int last = counts.length - 1;
        while (last > 0 && counts[last] == 0) {
            last--;
        }
        int bins = last + 1;
        double w = pooled.binWidth();
        Table t = Table.create(id,
                DoubleColumn.create("bin_start", java.util.stream.IntStream.range(0, bins).mapToDouble(i -> i * w)),
                DoubleColumn.create("bin_end", java.util.stream.IntStream.range(0, bins).mapToDouble(i -> (i + 1) * w)),
                LongColumn.create("count", java.util.Arrays.copyOf(counts, bins)),
                DoubleColumn.create("share", java.util.stream.IntStream.range(0, bins)
                        .mapToDouble(i -> (double) counts[i] / total)));
        return new DistributionChart(id, title, xLabel, t, w);
    }

    @Override
    public JFreeChart chart() {
        XYSeries series = new XYSeries("share of calls", false, true);
        for (int i = 0; i < data.rowCount(); i++) {
            // XYBarDataset centres each bar on its x: the bin's middle, so that the bar spans the bin
            series.add(data.doubleColumn("bin_start").getDouble(i) + binWidth / 2,
                    data.doubleColumn("share").getDouble(i));
        }
        JFreeChart chart = ChartFactory.createXYBarChart(title, xLabel, false, "share of calls",
                new XYBarDataset(new XYSeriesCollection(series), binWidth), PlotOrientation.VERTICAL, false, false,
                false);
        XYPlot plot = ReportChart.styled(chart);
        // the bins start at zero: no axis margin below it (a delay is never negative)
        plot.getDomainAxis().setRange(0, data.doubleColumn("bin_end").max());
        XYBarRenderer renderer = (XYBarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, new Color(0x1f, 0x77, 0xb4));
        return chart;
    }
}
