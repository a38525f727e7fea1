package ccsim.model.routing;

import ccsim.core.message.CtiMessage;
import ccsim.core.message.KvList;
import ccsim.core.network.Address;
import ccsim.model.cti.Cti;
import ccsim.model.cti.CtiClient;
import it.unimi.dsi.fastutil.objects.ObjectLinkedOpenHashSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stat Server: follows the DN events of its T-Servers (SIP Server; in In-Front mode also IVR Server,
 * the T-Server of GVP's virtual switch) as a monitoring client and tells its subscribers (URS) when an
 * agent becomes ready or not ready and when a Voice Treatment Port becomes free.
 */
public final class StatServer extends CtiClient {
    /** A subscriber asks for the states of the DNs it routes to with this request. */
    public static final String REQUEST_OPEN_STAT = "RequestOpenStat";

    private final List<Address> tServers;
    private final Set<String> voiceTreatmentPorts;
    private final List<Address> subscribers = new ArrayList<>();
    /** Agents ready, in the order they became so; insertion-ordered without an entry object per member. */
    private final Set<String> readyAgents = new ObjectLinkedOpenHashSet<>();

    public StatServer(Address address, List<Address> tServers, Set<String> voiceTreatmentPorts) {
        super(address, "Stat Server");
        this.tServers = List.copyOf(tServers);
        this.voiceTreatmentPorts = new HashSet<>(voiceTreatmentPorts);
    }

    /** Registers with each T-Server as a monitor of its DNs, of the events it counts. */
    public void start() {
        for (Address t : tServers) {
            send(t, Cti.message(Cti.REQUEST_REGISTER_CLIENT, KvList.of(Cti.ROLE, Cti.ROLE_MONITOR)));
            // the events that change what Stat Server reports; it asks for no others
            send(t, Cti.inputMask(Cti.EVENT_RINGING, Cti.EVENT_RELEASED, Cti.EVENT_AGENT_READY,
                    Cti.EVENT_AGENT_NOT_READY));
        }
    }

    @Override
    protected void onCti(CtiMessage m, Address from) {
        String dn = Cti.thisDn(m);
        switch (m.name()) {
            case REQUEST_OPEN_STAT -> {
                subscribers.add(from);
                // the statistic's current value first: agents ready now, longest idle first
                for (String agent : readyAgents) {
                    send(from, Cti.message(Cti.EVENT_INFO, KvList.of(Cti.THIS_DN, agent, Cti.STATE, Cti.STATE_READY)));
                }
            }
            case Cti.EVENT_AGENT_READY -> {
                readyAgents.add(dn);
                publish(m, dn, Cti.STATE_READY);
            }
            case Cti.EVENT_AGENT_NOT_READY -> {
                readyAgents.remove(dn);
                publish(m, dn, Cti.STATE_NOT_READY);
            }
            case Cti.EVENT_RELEASED -> {
                if (voiceTreatmentPorts.contains(dn)) {
                    publish(m, dn, Cti.STATE_FREE);
                }
            }
            case Cti.EVENT_RINGING -> readyAgents.remove(dn);
            default -> throw new IllegalStateException("Stat Server does not handle " + m.name() + " from " + from);
        }
    }

    private void publish(CtiMessage cause, String dn, String state) {
        for (Address s : subscribers) {
            send(s, Cti.message(Cti.EVENT_INFO, cause.connId(), cause.call(), KvList.of(Cti.THIS_DN, dn, Cti.STATE, state)));
        }
    }
}
