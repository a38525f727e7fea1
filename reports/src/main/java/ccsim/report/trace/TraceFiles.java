package ccsim.report.trace;

import ccsim.core.message.CtiMessage;
import ccsim.core.message.IvrMessage;
import ccsim.core.message.MediaEvent;
import ccsim.core.message.Message;
import ccsim.core.message.SipRequest;
import ccsim.core.message.SipResponse;
import ccsim.core.network.Delivery;
import ccsim.core.trace.CallTrace;
import ccsim.report.OutputFolder;
import ccsim.report.ResultFiles;
import ccsim.report.ladder.LadderDiagram;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The files of a trace: every message ({@code messages.csv}), a ladder diagram per call
 * ({@code call-N.svg} and {@code .png}), the SIP messages as a capture a SIP tool opens ({@code calls.pcap}) and the
 * T-Library, IVR Server and media messages ({@code cti.csv}).
 */
public final class TraceFiles {
    private TraceFiles() {
    }

    public static void write(CallTrace trace, OutputFolder out) throws IOException {
        List<Delivery> deliveries = trace.deliveries();
        ResultFiles.trace(deliveries).write().csv(out.file("messages.csv").toFile());
        for (long call : trace.calls()) {
            String title = "Call " + call;
            Files.writeString(out.file("call-" + call + ".svg"), LadderDiagram.svg(title, trace.of(call),
                    trace.names()));
            ImageIO.write(LadderDiagram.png(title, trace.of(call), trace.names()), "png",
                    out.file("call-" + call + ".png").toFile());
        }
        Set<String> hosts = new HashSet<>();
        for (Delivery d : deliveries) {
            hosts.add(d.from().host());
            hosts.add(d.to().host());
        }
        try (OutputStream pcap = Files.newOutputStream(out.file("calls.pcap"))) {
            Pcap.write(deliveries, new HostAddresses(hosts), pcap);
        }
        cti(deliveries).write().csv(out.file("cti.csv").toFile());
    }

    /** The messages that are not SIP: one row each, attributes and user data as key=value lists. */
    public static Table cti(List<Delivery> deliveries) {
        List<Delivery> rows = deliveries.stream().filter(d -> !(d.message() instanceof SipRequest)
                && !(d.message() instanceof SipResponse)).toList();
        return Table.create("cti",
                LongColumn.create("call", rows.stream().mapToLong(d -> d.message().call()).toArray()),
                DoubleColumn.create("sent_at", rows.stream().mapToDouble(Delivery::sentAt)),
                DoubleColumn.create("delivered_at", rows.stream().mapToDouble(Delivery::deliveredAt)),
                StringColumn.create("protocol", rows.stream().map(d -> protocol(d.message())).toList()),
                StringColumn.create("from", rows.stream().map(d -> d.from().toString()).toList()),
                StringColumn.create("to", rows.stream().map(d -> d.to().toString()).toList()),
                StringColumn.create("message", rows.stream().map(d -> d.message().label()).toList()),
                StringColumn.create("attributes", rows.stream().map(d -> attributes(d.message())).toList()),
                StringColumn.create("user_data", rows.stream().map(d -> d.message() instanceof CtiMessage c
                        ? keyValues(c.userData()) : "").toList()));
    }

    private static String protocol(Message m) {
        if (m instanceof CtiMessage) {
            return "T-Library";
        }
        if (m instanceof IvrMessage) {
            return "IVR Server";
        }
        return "RTP";
    }

    private static String attributes(Message m) {
        if (m instanceof CtiMessage c) {
            return keyValues(c.attributes());
        }
        if (m instanceof IvrMessage i) {
            return keyValues(i.fields());
        }
        if (m instanceof MediaEvent e) {
            return e.now().toString();
        }
        return "";
    }

    private static String keyValues(Map<String, String> map) {
        return new TreeMap<>(map).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(";"));
    }
}
