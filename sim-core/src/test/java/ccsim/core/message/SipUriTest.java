package ccsim.core.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SipUriTest {

    @Test
    void parsesTheFormsTheGuideUses() {
        assertEquals(new SipUri(null, "techpubs4", 5090), SipUri.parse("sip:techpubs4:5090"));
        assertEquals(new SipUri("2801", "172.21.11.15", 5060), SipUri.parse("<sip:2801@172.21.11.15:5060>"));
        assertEquals(new SipUri("gvp", "host", 5060), SipUri.parse("sip:gvp@host;transport=udp"));
    }

    @Test
    void refusesWhatIsNotASipUri() {
        assertThrows(IllegalArgumentException.class, () -> SipUri.parse("http://x"));
        assertThrows(IllegalArgumentException.class, () -> SipUri.parse("sip:host:port"));
        assertThrows(IllegalArgumentException.class, () -> SipUri.parse("sip:"));
    }
}
