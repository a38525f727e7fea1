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

    /**
     * The house palette, one colour per line in order: the Okabe–Ito colours, distinct to colour-blind
     * readers, ordered so that neighbours differ in lightness too; with {@link #DASHES} and {@link #SHAPES}
     * the lines stay apart on a greyscale print.
     */
    List<Color> PALETTE = List.of(new Color(0x00, 0x3f, 0x7f), new Color(0xe6, 0x9f, 0x00),
            new Color(0x00, 0x9e, 0x73), new Color(0xd5, 0x5e, 0x00), new Color(0x56, 0xb4, 0xe9),
            new Color(0xcc, 0x79, 0xa7), new Color(0x33, 0x33, 0x33));

    /** One dash pattern per line in order (null: solid). */
    List<float[]> DASHES = java.util.Arrays.asList(null, new float[] {8, 4}, new float[] {2, 3},
            new float[] {10, 3, 2, 3}, new float[] {4, 4}, new float[] {12, 2, 2, 2, 2, 2});

    /** One marker per line in order. */
    List<java.awt.Shape> SHAPES = List.of(new Ellipse2D.Double(-1, -1, 2, 2), new Rectangle2D.Double(-1, -1, 2, 2),
            new java.awt.Polygon(new int[] {0, 1, -1}, new int[] {-1, 1, 1}, 3),
            new java.awt.Polygon(new int[] {0, 1, 0, -1}, new int[] {-1, 0, 1, 0}, 4));

    /** The columns of {@code data} drawn as lines: all but {@code x} and the half-widths ({@code <line> ci95}). */
    static List<String> lines(Table data, String x) {
        return data.columnNames().stream().filter(c -> !c.equals(x) && !c.endsWith(" ci95")).toList();
    }

    /**
     * Line {@code i} of {@code r} in the house style: its palette colour, dash pattern and marker, 2 px wide,
     * markers {@code dot} px across.
     */
    static void styleLine(XYLineAndShapeRenderer r, int i, double dot) {
        r.setSeriesPaint(i, PALETTE.get(i % PALETTE.size()));
        float[] dash = DASHES.get(i % DASHES.size());
        r.setSeriesStroke(i, dash == null ? new BasicStroke(2f)
                : new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, dash, 0));
        java.awt.geom.AffineTransform scale = java.awt.geom.AffineTransform.getScaleInstance(dot / 2, dot / 2);
        r.setSeriesShape(i, scale.createTransformedShape(SHAPES.get(i % SHAPES.size())));
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
