package ccsim.report.chart;

import ccsim.core.stats.Estimate;
import ccsim.model.MeasureCatalogue;
import ccsim.model.config.TargetConfig;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * One key measure of a what-if comparison, every variant side by side with its 95% interval (the bar's
 * whisker) and the scenario's target as a line: the decision at a glance. Its table is the variants' rows
 * of summary.csv for the measure.
 */
public record VariantChart(String id, String title, String unit, Table data, Double target) implements ReportChart {

    /**
     * The chart of {@code measure} over the variants {@code names} with their summaries; null when no
     * variant has a value for it.
     */
    public static VariantChart of(String measure, List<String> names, List<List<Estimate>> summaries,
                                  List<TargetConfig> targets) {
        List<String> variant = new ArrayList<>();
        List<Double> mean = new ArrayList<>();
        List<Double> half = new ArrayList<>();
        String unit = "";
        for (int v = 0; v < names.size(); v++) {
            Estimate e = summaries.get(v).stream().filter(x -> x.measure().equals(measure)).findFirst().orElse(null);
            if (e == null || Double.isNaN(e.mean())) {
                continue;
            }
            variant.add(names.get(v));
            mean.add(e.mean());
            half.add(Double.isNaN(e.halfWidth()) ? 0 : e.halfWidth());
            unit = e.unit();
        }
        if (variant.isEmpty()) {
            return null;
        }
        Double target = targets.stream().filter(t -> t.measure().equals(measure))
                .map(t -> t.max() != null ? t.max() : t.min()).findFirst().orElse(null);
        String key = MeasureCatalogue.define(measure).map(MeasureCatalogue.Defined::key)
                .orElse(MeasureCatalogue.keyOf(measure));
        Table t = Table.create("variants-" + key, StringColumn.create("variant", variant),
                DoubleColumn.create("mean", mean.stream().mapToDouble(Double::doubleValue)),
                DoubleColumn.create("ci95_half_width", half.stream().mapToDouble(Double::doubleValue)));
        return new VariantChart("variants-" + key.replace('_', '-'), measure + " by variant", unit, t, target);
    }

    @Override
    public JFreeChart chart() {
        DefaultStatisticalCategoryDataset dataset = new DefaultStatisticalCategoryDataset();
        for (int r = 0; r < data.rowCount(); r++) {
            // the whisker is the 95% half-width, drawn where the renderer draws a standard deviation
            dataset.add(data.doubleColumn("mean").get(r), data.doubleColumn("ci95_half_width").get(r), "mean",
                    data.stringColumn("variant").get(r));
        }
        CategoryAxis x = new CategoryAxis("variant");
        NumberAxis y = new NumberAxis(unit.equals("ratio") ? "share" : unit);
        StatisticalBarRenderer bars = new StatisticalBarRenderer();
        bars.setSeriesPaint(0, PALETTE.get(0));
        bars.setErrorIndicatorPaint(Color.BLACK);
        bars.setShadowVisible(false);
        bars.setMaximumBarWidth(0.12);
        CategoryPlot plot = new CategoryPlot(dataset, x, y, bars);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        if (target != null) {
            ValueMarker line = new ValueMarker(target, new Color(0xd6, 0x27, 0x28), new BasicStroke(1.5f,
                    BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
            line.setLabel("target " + target);
            line.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            line.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
            plot.addRangeMarker(line);
            y.setAutoRangeIncludesZero(true);
        }
        JFreeChart chart = new JFreeChart(title + " (95% interval)", new Font(Font.SANS_SERIF, Font.BOLD, 14), plot,
                false);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }
}
