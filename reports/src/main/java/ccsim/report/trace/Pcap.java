package ccsim.report.trace;

import ccsim.core.message.SipRequest;
import ccsim.core.message.SipResponse;
import ccsim.core.message.SipText;
import ccsim.core.network.Delivery;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the SIP messages of a trace as a libpcap file of raw IPv4/UDP datagrams (link type 101),
 * one per message, stamped with the simulated time it was sent. Wireshark and tshark decode it.
 */
public final class Pcap {
    private static final int LINKTYPE_RAW = 101;
    private static final int SNAPLEN = 65535;

    private Pcap() {
    }

    /** Writes the SIP deliveries among {@code deliveries} to {@code out}; returns how many. */
    public static int write(List<Delivery> deliveries, HostAddresses hosts, OutputStream out) throws IOException {
        DataOutputStream o = new DataOutputStream(out);
        ByteBuffer header = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(SNAPLEN)
                .putInt(LINKTYPE_RAW);
        o.write(header.array());
        int written = 0;
        int id = 0;
        for (Delivery d : deliveries) {
            if (!(d.message() instanceof SipRequest) && !(d.message() instanceof SipResponse)) {
                continue;
            }
            String requester = (d.message() instanceof SipRequest ? d.from() : d.to()).toString();
            byte[] payload = SipText.render(d.message(), requester).getBytes(StandardCharsets.UTF_8);
            byte[] packet = udp(hosts.of(d.from().host()), d.from().port(), hosts.of(d.to().host()), d.to().port(),
                    payload, ++id);
            long micros = Math.round(d.sentAt() * 1e6);
            ByteBuffer record = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
            record.putInt((int) (micros / 1_000_000)).putInt((int) (micros % 1_000_000)).putInt(packet.length)
                    .putInt(packet.length);
            o.write(record.array());
            o.write(packet);
            written++;
        }
        o.flush();
        return written;
    }

    /** An IPv4 header (with its checksum) and a UDP header (checksum 0: none, allowed on IPv4) before the payload. */
    static byte[] udp(byte[] src, int srcPort, byte[] dst, int dstPort, byte[] payload, int id) {
        int udpLength = 8 + payload.length;
        int total = 20 + udpLength;
        if (total > SNAPLEN) {
            throw new IllegalArgumentException("SIP message of " + payload.length + " bytes does not fit a datagram");
        }
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.BIG_ENDIAN);
        b.put((byte) 0x45).put((byte) 0).putShort((short) total).putShort((short) id).putShort((short) 0)
                .put((byte) 64).put((byte) 17).putShort((short) 0).put(src).put(dst);
        b.putShort(10, checksum(b.array(), 20));
        b.putShort((short) srcPort).putShort((short) dstPort).putShort((short) udpLength).putShort((short) 0);
        b.put(payload);
        return b.array();
    }

    private static short checksum(byte[] data, int length) {
        long sum = 0;
        for (int i = 0; i < length; i += 2) {
            sum += ((data[i] & 0xff) << 8) | (data[i + 1] & 0xff);
        }
        while ((sum >> 16) != 0) {
            sum = (sum & 0xffff) + (sum >> 16);
        }
        return (short) ~sum;
    }
}
