package ccsim.core.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ccsim.core.network.Address;
import org.junit.jupiter.api.Test;

class SipUriTest {

    @Test
    void parsesTheFormsTheGuideUses() {
        assertEquals(new SipUri(null, "techpubs4", 5090), SipUri.parse("sip:techpubs4:5090"));
        assertEquals(new SipUri("2801", "172.21.11.15", 5060), SipUri.parse("<sip:2801@172.21.11.15:5060>"));
        assertEquals(SipUri.atHost("gvp", new Address("host", 5060)), SipUri.parse("sip:gvp@host;transport=udp"));
    }

    @Test
    void writesItselfAsItWasWritten() {
        for (String text : new String[] {"sip:techpubs4:5090", "sip:2801@172.21.11.15:5060", "sip:ani@10.0.0.1"}) {
            assertEquals(text, SipUri.parse(text).toString());
        }
        Address ipcs = new Address("172.21.11.15", 5060);
        assertEquals("sip:2801@172.21.11.15:5060", new SipUri("2801", ipcs).toString());
        assertEquals("sip:2801@172.21.11.15", SipUri.atHost("2801", ipcs).toString());
    }

    @Test
    void aUriWithoutPortReachesTheDefaultPort() {
        assertEquals(new Address("host", SipUri.DEFAULT_PORT), SipUri.parse("sip:gvp@host").address());
    }

    @Test
    void refusesWhatIsNotASipUri() {
        assertThrows(IllegalArgumentException.class, () -> SipUri.parse("http://x"));
        assertThrows(IllegalArgumentException.class, () -> SipUri.parse("sip:host:port"));
        assertThrows(IllegalArgumentException.class, () -> SipUri.parse("sip:"));
    }
}
