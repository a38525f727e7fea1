package ccsim.core.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SipIdTest {

    @Test
    void identifiersOfDifferentNodesNeverCoincide() {
        Set<Long> seen = new HashSet<>();
        for (int node = 0; node < 50; node++) {
            for (long serial = 1; serial <= 200; serial++) {
                long id = SipId.of(node, serial);
                assertNotEquals(SipId.NONE, id);
                assertTrue(seen.add(id), "node " + node + " serial " + serial + " repeats an identifier");
            }
        }
    }

    @Test
    void textNamesTheNodeAndTheSerial() {
        assertEquals("3.1742", SipId.text(SipId.of(3, 1742)));
        assertEquals("0.1", SipId.text(SipId.of(0, 1)));
        assertEquals("1017.1099511627775", SipId.text(SipId.of(1017, (1L << 40) - 1)));
    }

    @Test
    void theWireShowsTheIdentifiers() {
        long callId = SipId.of(2, 7);
        SipHeaders h = new SipHeaders(callId, new NameAddr(SipUri.parse("sip:a@h"), SipId.of(2, 8)),
                NameAddr.of(SipUri.parse("sip:b@h")), 1,
                SipMethod.INVITE, SipId.of(2, 9), null);
        String text = SipText.render(new SipRequest(SipMethod.INVITE, SipUri.parse("sip:b@h:5070"), h, null, 1), "h:5060");
        assertTrue(text.startsWith("INVITE sip:b@h:5070 SIP/2.0\r\n"), text);
        assertTrue(text.contains("Via: SIP/2.0/UDP h:5060;branch=z9hG4bK2.9\r\n"), text);
        assertTrue(text.contains("From: <sip:a@h>;tag=2.8\r\nTo: <sip:b@h>\r\nCall-ID: 2.7@ccsim\r\n"), text);
        assertEquals("2.7@ccsim", SipText.callId(callId));
    }

    @Test
    void aSerialOutOfRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SipId.of(1, 0));
        assertThrows(IllegalArgumentException.class, () -> SipId.of(1, 1L << 40));
        assertThrows(IllegalArgumentException.class, () -> SipId.of(-1, 1));
    }
}
