package ccsim.report.ladder;

import ccsim.core.message.CtiMessage;
import ccsim.core.message.IvrMessage;
import ccsim.core.message.MediaEvent;
import ccsim.core.message.Message;
import ccsim.core.message.SipRequest;
import ccsim.core.network.Address;
import ccsim.core.network.Delivery;
import ccsim.core.trace.CallTrace;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * A ladder (sequence) diagram of one call: one column per entity in the order a call meets them,
 * one arrow per message, labelled with the SIP method or status, CTI event or IVR Server message and
 * the simulated time since the call's first message. SIP arrows are solid, T-Library dashed blue,
 * IVR Server dashed green, media dotted grey.
 */
public final class LadderDiagram {
    /** Columns are ordered by the role of the entity, then by name. */
    private static final List<String> ROLE_ORDER = List.of("Media Gateway", "SIP Server", "Resource Manager", "IPCS",
            "IVR Server", "URS", "Stat Server", "Stream Manager", "Agent");
    /** The narrowest column; a column widens so that every arrow's label fits between its lifelines. */
    private static final int COLUMN = 150;
    /** Room left between a label and the lifelines it sits between. */
    private static final int PAD = 8;
    private static final int ROW = 26;
    private static final int TOP = 60;
    private static final int MARGIN = 40;
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Font HEADER = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    private static final Color SIP = new Color(0x20, 0x20, 0x20);
    private static final Color TLIB = new Color(0x1f, 0x5f, 0xbf);
    private static final Color IVR = new Color(0x2e, 0x8b, 0x57);
    private static final Color RTP = new Color(0x80, 0x80, 0x80);

    private LadderDiagram() {
    }

    /**
     * @param names the entity name of each address; a name ending in " RTP" is drawn on the column of
     *              the entity it belongs to
     */
    public static String svg(String title, List<Delivery> call, Map<Address, String> names) {
        Layout layout = Layout.of(call, names);
        int width = layout.width();
        int height = height(call);
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        // named after the call, not the clock (JFreeSVG's default), so that the same seed writes the same file
        g.setDefsKeyPrefix("ladder-" + Integer.toUnsignedString(Objects.hash(title, call.isEmpty() ? 0
                : call.get(0).message().call()), 36) + "-");
        draw(g, title, call, names, layout);
        // a viewBox lets the page scale the diagram to its width instead of cropping its right side (the
        // transfer to the agent, where the queuing choices differ)
        return g.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null);
    }

    /** The same diagram as a PNG image. */
    public static BufferedImage png(String title, List<Delivery> call, Map<Address, String> names) {
        Layout layout = Layout.of(call, names);
        BufferedImage image = new BufferedImage(layout.width(), height(call), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            draw(g, title, call, names, layout);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The columns, in order, and how wide each is. */
    record Layout(List<String> lanes, int laneWidth) {
        /**
         * Columns wide enough for every label between the lifelines its arrow joins (a 302 Moved
         * Temporarily between neighbours needs more than the narrowest column) and for every header.
         */
        static Layout of(List<Delivery> call, Map<Address, String> names) {
            List<String> columns = LadderDiagram.columns(call, names);
            Graphics2D scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
            try {
                FontMetrics label = scratch.getFontMetrics(LABEL);
                FontMetrics header = scratch.getFontMetrics(HEADER);
                int column = COLUMN;
                for (String c : columns) {
                    column = Math.max(column, header.stringWidth(c) + 2 * PAD);
                }
                for (Delivery d : call) {
                    int span = Math.abs(columns.indexOf(LadderDiagram.column(d.to(), names))
                            - columns.indexOf(LadderDiagram.column(d.from(), names)));
                    if (span > 0) {
                        int needed = label.stringWidth(label(d, call)) + 2 * PAD;
                        column = Math.max(column, (needed + span - 1) / span);
                    }
                }
                return new Layout(columns, column);
            } finally {
                scratch.dispose();
            }
        }

        int width() {
            return MARGIN * 2 + laneWidth * Math.max(1, lanes.size());
        }

        int x(int lane) {
            return MARGIN + laneWidth / 2 + laneWidth * lane;
        }
    }

    /** An arrow's label: the message, and its time since the call's first message. */
    private static String label(Delivery d, List<Delivery> call) {
        return d.message().label() + String.format(Locale.ROOT, "  %.3f s", d.sentAt() - call.get(0).sentAt());
    }

    private static int height(List<Delivery> call) {
        return TOP + ROW * (call.size() + 1) + MARGIN;
    }

    private static void draw(Graphics2D g, String title, List<Delivery> call, Map<Address, String> names,
                             Layout layout) {
        List<String> columns = layout.lanes();
        drawLifelines(g, title, layout, height(call));
        g.setFont(LABEL);
        for (int row = 0; row < call.size(); row++) {
            Delivery d = call.get(row);
            int from = columns.indexOf(column(d.from(), names));
            int to = columns.indexOf(column(d.to(), names));
            int y = TOP + ROW * (row + 1);
            Message m = d.message();
            g.setColor(color(m));
            g.setStroke(stroke(m));
            arrow(g, layout.x(from), layout.x(to), y);
            String label = label(d, call);
            int left = Math.min(layout.x(from), layout.x(to));
            int span = Math.abs(layout.x(to) - layout.x(from));
            FontMetrics fm = g.getFontMetrics();
            int lx = span == 0 ? layout.x(from) + 6 : left + (span - fm.stringWidth(label)) / 2;
            g.drawString(label, lx, y - 4);
        }
    }

    /** The title, one header per column and the lifelines down to {@code height}, on white. */
    private static void drawLifelines(Graphics2D g, String title, Layout layout, int height) {
        List<String> columns = layout.lanes();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, layout.width(), height);
        g.setColor(SIP);
        g.setFont(HEADER);
        g.drawString(title, MARGIN, 20);
        for (int i = 0; i < columns.size(); i++) {
            int x = layout.x(i);
            FontMetrics fm = g.getFontMetrics();
            g.drawString(columns.get(i), x - fm.stringWidth(columns.get(i)) / 2, TOP - 14);
            g.setColor(new Color(0xc0, 0xc0, 0xc0));
            g.setStroke(new BasicStroke(1));
            g.drawLine(x, TOP - 8, x, height - MARGIN);
            g.setColor(SIP);
        }
    }

    /**
     * The diagram's top band alone (title and column headers, as wide as the diagram), for a page to keep
     * in view while the diagram scrolls beneath it.
     */
    public static String lifelines(String title, List<Delivery> call, Map<Address, String> names) {
        Layout layout = Layout.of(call, names);
        SVGGraphics2D g = new SVGGraphics2D(layout.width(), TOP);
        g.setDefsKeyPrefix("lifelines-" + Integer.toUnsignedString(Objects.hash(title, call.isEmpty() ? 0
                : call.get(0).message().call()), 36) + "-");
        drawLifelines(g, title, layout, TOP + MARGIN);
        return g.getSVGElement(null, true, new ViewBox(0, 0, layout.width(), TOP), null, null);
    }

    /** How wide the diagram of {@code call} is drawn, in pixels. */
    public static int width(List<Delivery> call, Map<Address, String> names) {
        return Layout.of(call, names).width();
    }

    /** The column a message from or to {@code a} is drawn on. */
    public static String lane(Address a, Map<Address, String> names) {
        return column(a, names);
    }

    private static void arrow(Graphics2D g, int x1, int x2, int y) {
        if (x1 == x2) {
            g.drawLine(x1, y, x1 + 30, y);
            g.drawLine(x1 + 30, y, x1 + 30, y + 8);
            g.drawLine(x1 + 30, y + 8, x1, y + 8);
            return;
        }
        g.drawLine(x1, y, x2, y);
        int dir = x2 > x1 ? -1 : 1;
        g.setStroke(new BasicStroke(1.2f));
        g.fillPolygon(new int[] {x2, x2 + dir * 8, x2 + dir * 8}, new int[] {y, y - 4, y + 4}, 3);
    }

    private static Color color(Message m) {
        if (m instanceof CtiMessage) {
            return TLIB;
        }
        if (m instanceof IvrMessage) {
            return IVR;
        }
        return m instanceof MediaEvent ? RTP : SIP;
    }

    private static Stroke stroke(Message m) {
        if (m instanceof CtiMessage || m instanceof IvrMessage) {
            return new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0);
        }
        if (m instanceof MediaEvent) {
            return new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {2, 3}, 0);
        }
        return new BasicStroke(1.2f);
    }

    private static String column(Address a, Map<Address, String> names) {
        String name = names.getOrDefault(a, a.toString());
        return name.endsWith(" RTP") ? name.substring(0, name.length() - 4) : name;
    }

    /** The entities of the call, ordered by role (gateway first, agents last), then by first appearance. */
    static List<String> columns(List<Delivery> call, Map<Address, String> names) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Delivery d : call) {
            seen.putIfAbsent(column(d.from(), names), seen.size());
            seen.putIfAbsent(column(d.to(), names), seen.size());
        }
        List<String> columns = new ArrayList<>(seen.keySet());
        columns.sort((a, b) -> {
            int ra = rank(a);
            int rb = rank(b);
            return ra != rb ? Integer.compare(ra, rb) : Integer.compare(seen.get(a), seen.get(b));
        });
        return columns;
    }

    private static int rank(String name) {
        for (int i = 0; i < ROLE_ORDER.size(); i++) {
            if (name.startsWith(ROLE_ORDER.get(i))) {
                return i;
            }
        }
        return ROLE_ORDER.size();
    }

    /** The first traced call to {@code dialed} that reached an agent, else the first traced call to it; null if none. */
    public static Long exampleCall(CallTrace trace, String dialed) {
        Long first = null;
        for (long call : trace.calls()) {
            List<Delivery> messages = trace.of(call);
            if (messages.get(0).message() instanceof SipRequest q && dialed.equals(q.requestUri().user())) {
                if (messages.stream().anyMatch(d -> trace.names().getOrDefault(d.to(), "").startsWith("Agent"))) {
                    return call;
                }
                first = first == null ? call : first;
            }
        }
        return first;
    }
}
