package ccsim.model.cti;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ccsim.core.message.CtiMessage;
import ccsim.core.network.Address;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** T-Library's distribution of DN events: monitors of every DN, registered DNs and input masks. */
class EventListenersTest {
    private static final Address STAT_SERVER = new Address("stat", 7010);
    private static final Address IVR_SERVER = new Address("ivr", 9090);

    private static List<Address> told(EventListeners l, String dn, String event) {
        List<Address> to = new ArrayList<>();
        CtiMessage m = Cti.message(event, 1, 1, Map.of(Cti.THIS_DN, dn));
        l.tell(l.audienceOf(dn), m, (a, sent) -> {
            assertEquals(m, sent);
            to.add(a);
        });
        return to;
    }

    @Test
    void aMonitorHearsOfEveryDnAndARegistrantOnlyOfItsOwn() {
        EventListeners l = new EventListeners();
        l.register("3001", IVR_SERVER);
        l.monitorEveryDn(STAT_SERVER);
        assertEquals(List.of(IVR_SERVER, STAT_SERVER), told(l, "3001", Cti.EVENT_RINGING));
        assertEquals(List.of(STAT_SERVER), told(l, "7001", Cti.EVENT_RINGING));
        assertEquals(List.of(), told(new EventListeners(), "7001", Cti.EVENT_RINGING));
    }

    @Test
    void anInputMaskLetsThroughOnlyTheEventsItNames() {
        EventListeners l = new EventListeners();
        l.monitorEveryDn(STAT_SERVER);
        l.register("3001", IVR_SERVER);
        l.setMask(IVR_SERVER, Cti.inputMask(Cti.EVENT_RINGING, Cti.EVENT_RELEASED));
        assertEquals(List.of(STAT_SERVER, IVR_SERVER), told(l, "3001", Cti.EVENT_RELEASED));
        assertEquals(List.of(STAT_SERVER), told(l, "3001", Cti.EVENT_ESTABLISHED));
        l.setMask(STAT_SERVER, Cti.inputMask(Cti.EVENT_AGENT_READY));
        assertEquals(List.of(), told(l, "3001", Cti.EVENT_ESTABLISHED));
        assertEquals(List.of(STAT_SERVER), told(l, "7001", Cti.EVENT_AGENT_READY));
    }

    @Test
    void anAudienceKeptBeforeClientsRegisteredHearsOfThemToo() {
        EventListeners l = new EventListeners();
        EventListeners.Audience kept = l.audienceOf("3001");
        l.monitorEveryDn(STAT_SERVER);
        l.register("3001", IVR_SERVER);
        List<Address> to = new ArrayList<>();
        l.tell(kept, Cti.message(Cti.EVENT_RINGING, 1, 1, Map.of(Cti.THIS_DN, "3001")), (a, m) -> to.add(a));
        assertEquals(List.of(STAT_SERVER, IVR_SERVER), to);
    }
}
