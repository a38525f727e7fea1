package ccsim.report.ladder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.core.network.Delivery;
import ccsim.core.trace.CallTrace;
import ccsim.model.config.Scenario;
import ccsim.scenario.FieldOverride;
import ccsim.scenario.ScenarioLoader;
import ccsim.scenario.ScenarioRun;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class LadderDiagramTest {

    private static CallTrace traceOfBehindSample() {
        Scenario s = new ScenarioLoader().load(Path.of("..", "scenarios", "behind-gvp-queuing.yaml"),
                List.of(FieldOverride.parse("run.replications=1"), FieldOverride.parse("run.horizon=1h")));
        return ScenarioRun.execute(s, 1, 1, null).trace();
    }

    /** Well-formed SVG with the entities as columns, in role order, and one label per message, in order. */
    @Test
    void everyMessageIsOneLabelledArrowInOrder() throws Exception {
        CallTrace trace = traceOfBehindSample();
        List<Delivery> call = trace.of(1);
        String svg = LadderDiagram.svg("Call 1", call, trace.names());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        NodeList texts = doc.getElementsByTagName("text");
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            labels.add(texts.item(i).getTextContent());
        }
        List<String> columns = LadderDiagram.columns(call, trace.names());
        assertEquals("Media Gateway", columns.get(0));
        assertEquals("SIP Server", columns.get(1));
        assertEquals(columns, labels.subList(1, 1 + columns.size()), "title, then one header per column");
        List<String> messages = labels.subList(1 + columns.size(), labels.size());
        assertEquals(call.size(), messages.size());
        for (int i = 0; i < call.size(); i++) {
            assertTrue(messages.get(i).startsWith(call.get(i).message().label() + "  "), messages.get(i));
        }
        assertTrue(messages.get(0).endsWith("0.000 s"), "times are counted from the call's first message");
    }

    /**
     * A label never runs over the lifelines its arrow joins: "302 Moved Temporarily  0.003 s" between
     * SIP Server and Resource Manager is wider than the narrowest column, so the columns widen.
     */
    @Test
    void everyLabelFitsBetweenTheLifelinesOfItsArrow() {
        CallTrace trace = traceOfBehindSample();
        List<Delivery> call = trace.of(1);
        LadderDiagram.Layout layout = LadderDiagram.Layout.of(call, trace.names());
        FontMetrics fm = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics()
                .getFontMetrics(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        int widest = 0;
        for (Delivery d : call) {
            int from = layout.lanes().indexOf(trace.names().get(d.from()).replace(" RTP", ""));
            int to = layout.lanes().indexOf(trace.names().get(d.to()).replace(" RTP", ""));
            String label = d.message().label() + String.format(Locale.ROOT, "  %.3f s", d.sentAt() - call.get(0).sentAt());
            if (from != to) {
                assertTrue(fm.stringWidth(label) < Math.abs(layout.x(to) - layout.x(from)), label);
                widest = Math.max(widest, fm.stringWidth(label));
            }
        }
        assertTrue(widest > 150, "the behind call has a label wider than the narrowest column: " + widest);
        assertEquals(layout.width(), LadderDiagram.png("Call 1", call, trace.names()).getWidth());
    }
}
