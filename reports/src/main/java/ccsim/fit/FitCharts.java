package ccsim.fit;

import ccsim.report.chart.ReportChart;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** The charts of ccsim fit, each drawn from the table written beside it as CSV. */
public final class FitCharts {
    private FitCharts() {
    }

    /** Lines from the first column of {@code data} to each other, with or without markers. */
    record Lines(String id, String title, String xLabel, String yLabel, Table data, boolean markers, boolean steps)
            implements ReportChart {
        @Override
        public JFreeChart chart() {
            XYSeriesCollection dataset = new XYSeriesCollection();
            DoubleColumn x = data.doubleColumn(0);
            for (int c = 1; c < data.columnCount(); c++) {
                XYSeries s = new XYSeries(data.column(c).name(), false, true);
                DoubleColumn y = data.doubleColumn(c);
                for (int i = 0; i < data.rowCount(); i++) {
                    if (!Double.isNaN(y.getDouble(i))) {
                        if (steps && i > 0) {
                            s.add(x.getDouble(i), y.getDouble(i - 1));
                        }
                        s.add(x.getDouble(i), y.getDouble(i));
                    }
                }
                dataset.addSeries(s);
            }
            JFreeChart chart = ChartFactory.createXYLineChart(title, xLabel, yLabel, dataset, PlotOrientation.VERTICAL,
                    true, false, false);
            XYPlot plot = ReportChart.styled(chart);
            XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, markers);
            for (int i = 0; i < dataset.getSeriesCount(); i++) {
                ReportChart.styleLine(r, i, 4);
            }
            if (markers) {
                // the sample's points alone; the diagonal a line
                r.setSeriesLinesVisible(0, false);
                r.setSeriesShapesVisible(1, false);
            }
            plot.setRenderer(r);
            return chart;
        }
    }

    /** The sample's histogram as a density (40 bins to its 99th percentile) with each fit's density. */
    public static ReportChart histogram(double[] x, List<Fit> fits, String column) {
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        double top = sorted[(int) Math.floor(0.99 * (sorted.length - 1))];
        int bins = 40;
        double width = top / bins;
        double[] counts = new double[bins];
        for (double v : sorted) {
            if (v < top) {
                counts[(int) (v / width)]++;
            }
        }
        Table t = Table.create("fit-density", DoubleColumn.create("seconds", bins));
        DoubleColumn observed = DoubleColumn.create("observed", bins);
        for (int b = 0; b < bins; b++) {
            t.doubleColumn("seconds").set(b, (b + 0.5) * width);
            observed.set(b, counts[b] / (sorted.length * width));
        }
        t.addColumns(observed);
        for (Fit f : fits) {
            DoubleColumn d = DoubleColumn.create(f.family(), bins);
            for (int b = 0; b < bins; b++) {
                d.set(b, f.density().density((b + 0.5) * width));
            }
            t.addColumns(d);
        }
        return new Lines("fit-density", "Observed " + column + " and the fitted densities", "seconds",
                "density (per second)", t, false, false);
    }

    /** The sample's quantiles against the fit's: on the diagonal where the fit holds. */
    public static ReportChart qq(double[] x, Fit fit, String column) {
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        int points = Math.min(200, sorted.length);
        Table t = Table.create("fit-qq", DoubleColumn.create(fit.family() + " quantile (s)", points),
                DoubleColumn.create("observed " + column, points), DoubleColumn.create("diagonal", points));
        for (int k = 0; k < points; k++) {
            double p = (k + 0.5) / points;
            double q = fit.density().inverseCumulativeProbability(p);
            t.doubleColumn(0).set(k, q);
            t.doubleColumn(1).set(k, sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))]);
            t.doubleColumn(2).set(k, q);
        }
        return new Lines("fit-qq", "Q–Q plot: observed " + column + " against the " + fit.family() + " fit",
                fit.family() + " quantile (seconds)", "observed quantile (seconds)", t, true, false);
    }

    /** The Kaplan–Meier curve with the exponential fit's survival beside it. */
    public static ReportChart survival(Patience p) {
        int n = p.kaplanMeier().size();
        Table t = Table.create("patience-survival", DoubleColumn.create("seconds", n),
                DoubleColumn.create("Kaplan–Meier (censored waits counted)", n),
                DoubleColumn.create("exponential fit", n));
        for (int i = 0; i < n; i++) {
            double[] point = p.kaplanMeier().get(i);
            t.doubleColumn(0).set(i, point[0]);
            t.doubleColumn(1).set(i, point[1]);
            t.doubleColumn(2).set(i, Math.exp(-point[0] / p.exponentialMean()));
        }
        return new Lines("patience-survival", "Share of callers still willing to wait", "seconds waited",
                "share still waiting", t, false, true);
    }
}
