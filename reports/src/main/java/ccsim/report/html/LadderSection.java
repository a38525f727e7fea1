package ccsim.report.html;

import static ccsim.report.html.Page.esc;

import ccsim.core.message.SipRequest;
import ccsim.core.message.SipResponse;
import ccsim.core.message.SipText;
import ccsim.core.network.Address;
import ccsim.core.network.Delivery;
import ccsim.core.trace.CallTrace;
import ccsim.model.config.CallTypeConfig;
import ccsim.model.config.Scenario;
import ccsim.report.ladder.LadderDiagram;
import ccsim.scenario.ScenarioRun;
import ccsim.scenario.Variant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "One call, message by message": one ladder per variant and call type, so that the queuing choices read
 * side by side. On screen a ladder keeps a legible size and scrolls inside its box under its lifeline
 * headers, which stay in view; on paper it scales to the page width. Below it, every message of the
 * call can be opened to its full SIP text.
 */
final class LadderSection {
    /** The narrowest a ladder is drawn on screen, as a share of its natural size: below it labels blur. */
    private static final double LEGIBLE_SCALE = 0.8;

    private LadderSection() {
    }

    static void append(StringBuilder b, Scenario s, List<Variant> variants, List<ScenarioRun> runs) {
        b.append("<section id=\"ladders\"><h2>One call, message by message</h2>");
        for (int v = 0; v < runs.size(); v++) {
            CallTrace trace = runs.get(v).trace();
            String variant = runs.size() > 1 ? variants.get(v).name() : null;
            if (trace == null) {
                b.append("<p class=\"empty\">No call was traced").append(variant == null ? "" : " in " + esc(variant))
                        .append(".</p>\n");
                continue;
            }
            for (CallTypeConfig ct : s.callTypes()) {
                Long call = LadderDiagram.exampleCall(trace, ct.dialedNumber());
                if (call == null) {
                    b.append("<p class=\"empty\">No traced call dialed ").append(esc(ct.dialedNumber()))
                            .append(": trace more calls (--trace N).</p>\n");
                    continue;
                }
                String title = (variant == null ? "" : variant + ": ") + "call " + call + " to " + ct.dialedNumber()
                        + " (" + ct.name() + ")";
                List<Delivery> messages = trace.of(call);
                String size = String.format(Locale.ROOT, "width:100%%;min-width:%dpx",
                        Math.round(LadderDiagram.width(messages, trace.names()) * LEGIBLE_SCALE));
                b.append("<figure id=\"ladder-").append(variant == null || v == 0 ? "" : esc(variant) + "-")
                        .append(esc(ct.name())).append("\"><div class=\"ladder\"><div class=\"lifelines\">")
                        .append(sized(LadderDiagram.lifelines(title, messages, trace.names()), size))
                        .append("</div>").append(sized(LadderDiagram.svg(title, messages, trace.names()), size))
                        .append("</div><figcaption>").append(esc(title))
                        .append(" — SIP solid, T-Library dashed blue, IVR Server dashed green, media dotted; times ")
                        .append("from the call's first message</figcaption>");
                messages(b, messages, trace.names());
                b.append("</figure>\n");
            }
        }
        b.append("</section>\n");
    }

    /** The SVG element with its on-screen size. */
    private static String sized(String svg, String style) {
        return svg.replaceFirst("<svg ", "<svg class=\"ladder-svg\" style=\"" + style + "\" ");
    }

    /** Every message of the call, each one a line that opens to its full text (SIP) when it has one. */
    private static void messages(StringBuilder b, List<Delivery> call, Map<Address, String> names) {
        b.append("<details class=\"messages\"><summary>The ").append(call.size())
                .append(" messages of this call, each opening to its full SIP text</summary><ol>");
        double start = call.get(0).sentAt();
        for (Delivery d : call) {
            String line = String.format(Locale.ROOT, "%.3f s · %s → %s · %s", d.sentAt() - start,
                    LadderDiagram.lane(d.from(), names), LadderDiagram.lane(d.to(), names), d.message().label());
            if (d.message() instanceof SipRequest || d.message() instanceof SipResponse) {
                // the Via names the host that sent the transaction's request, as in the pcap trace
                String requester = (d.message() instanceof SipRequest ? d.from() : d.to()).toString();
                b.append("<li><details><summary>").append(esc(line)).append("</summary><pre>")
                        .append(esc(SipText.render(d.message(), requester))).append("</pre></details></li>");
            } else {
                b.append("<li>").append(esc(line)).append("</li>");
            }
        }
        b.append("</ol></details>");
    }
}
