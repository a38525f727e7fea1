package ccsim.report.chart;

import ccsim.report.OutputFolder;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import tech.tablesaw.api.Table;

/** A chart of the report, drawn from its table, written as PNG, SVG and the CSV of that table. */
public interface ReportChart {
    int WIDTH = 820;
    int HEIGHT = 360;

    String id();

    String title();

    /** The numbers the chart shows. */
    Table data();

    JFreeChart chart();

    /** The house palette, one colour per line in order. */
    List<Color> PALETTE = List.of(new Color(0x1f, 0x77, 0xb4), new Color(0xd6, 0x27, 0x28),
            new Color(0x2c, 0xa0, 0x2c), new Color(0xff, 0x7f, 0x0e), new Color(0x94, 0x67, 0xbd),
            new Color(0x8c, 0x56, 0x4b));

    /** The columns of {@code data} drawn as lines: all but {@code x} and the half-widths ({@code <line> ci95}). */
    static List<String> lines(Table data, String x) {
        return data.columnNames().stream().filter(c -> !c.equals(x) && !c.endsWith(" ci95")).toList();
    }

    /** Line {@code i} of {@code r} in the house style: its palette colour, 2 px wide, dots {@code dot} px across. */
    static void styleLine(XYLineAndShapeRenderer r, int i, double dot) {
        r.setSeriesPaint(i, PALETTE.get(i % PALETTE.size()));
        r.setSeriesStroke(i, new BasicStroke(2f));
        r.setSeriesShape(i, new Ellipse2D.Double(-dot / 2, -dot / 2, dot, dot));
    }

    /** The house style: white background, bold title, light grid. */
    static XYPlot styled(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        return plot;
    }

    /** The chart as SVG markup. */
    default String svg() {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        // JFreeSVG names clip paths after the clock by default: the chart's id keeps a report byte-identical
        // from one run of a seed to the next, and unique among the charts inlined in one page
        g.setDefsKeyPrefix(id() + "-");
        chart().draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        // with a viewBox the page scales the chart to its width rather than cropping it
        return g.getSVGElement(null, true, new ViewBox(0, 0, WIDTH, HEIGHT), null, null);
    }

    /**
     * Writes {@code id}.png, {@code id}.svg and {@code id}.csv into {@code dir}, and returns the SVG markup
     * written, for a page to inline without drawing the chart again.
     */
    default String write(OutputFolder dir) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            chart().draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        } finally {
            g.dispose();
        }
        ImageIO.write(image, "png", dir.file(id() + ".png").toFile());
        String svg = svg();
        Files.writeString(dir.file(id() + ".svg"), svg);
        data().write().csv(dir.file(id() + ".csv").toFile());
        return svg;
    }
}
