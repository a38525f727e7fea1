package ccsim.model.gvp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ccsim.core.engine.Engine;
import ccsim.core.message.DialogInfo;
import ccsim.core.message.NameAddr;
import ccsim.core.message.SipMethod;
import ccsim.core.message.SipRequest;
import ccsim.core.message.SipResponse;
import ccsim.core.network.Address;
import ccsim.core.network.Network;
import ccsim.core.random.Distribution;
import ccsim.core.random.RandomStreams;
import ccsim.core.trace.Trace;
import ccsim.model.config.SelectionPolicy;
import ccsim.model.sip.Dialog;
import ccsim.model.sip.SipEntity;
import java.util.ArrayList;
import java.util.List;
import ccsim.core.message.SipUri;
import ccsim.model.sip.TrunkDirectory;
import org.junit.jupiter.api.Test;

/**
 * The Resource Manager's answers to a scripted SIP Server: two IPCS of two ports each; three calls
 * (each 302 followed by the NOTIFY taking the port), one NOTIFY freeing a port on the first IPCS,
 * then three more calls.
 */
class ResourceManagerPolicyTest {
    private static final Address A = new Address("172.21.11.15", 5060);
    private static final Address B = new Address("172.21.11.16", 5060);

    /** Stands in for SIP Server: sends what the test says and records what comes back. */
    static final class ScriptedSipServer extends SipEntity {
        final List<String> answers = new ArrayList<>();
        private final Address rm;
        private Dialog subscription;
        private long calls;
        private long firstCallId;

        ScriptedSipServer(Engine engine, Address rm) {
            super(engine, new Address("172.21.11.10", 5060), "SIP Server");
            this.rm = rm;
        }

        void invite() {
            long call = ++calls;
            SipUri uri = new SipUri("2801", rm);
            Dialog d = Dialog.caller(call, newCallId(), rm, NameAddr.of(SipUri.parse("sip:ani@x")).withTag(newTag()),
                    NameAddr.of(uri), uri, uri("gvp"));
            if (call == 1) {
                firstCallId = d.callId();
            }
            send(rm, d.invite(newBranch(), null));
        }

        void notifyTerminated(String trunk) {
            // the first call's dialog: both policies sent it to the first IPCS
            send(rm, subscription.request(SipMethod.NOTIFY, newBranch(), new DialogInfo(trunk, DialogInfo.TERMINATED,
                    firstCallId)));
        }

        @Override
        protected void onRequest(SipRequest q, Address from) {
            if (q.method() == SipMethod.SUBSCRIBE) {
                subscription = Dialog.callee(q, from, newTag(), uri("GVP"));
                send(from, subscription.respond(q, 200, null));
            }
        }

        @Override
        protected void onResponse(SipResponse r, Address from) {
            if (r.headers().cseqMethod() == SipMethod.INVITE) {
                answers.add(r.status() == 302 ? r.headers().contact().toString() : String.valueOf(r.status()));
                if (r.status() == 302) {
                    // as SIP Server does: INVITE the IPCS named, and tell the RM the port is being taken
                    String trunk = TrunkDirectory.ipcsTrunkName(r.headers().contact().host());
                    send(rm, subscription.request(SipMethod.NOTIFY, newBranch(), new DialogInfo(trunk,
                            DialogInfo.TRYING, r.headers().callId())));
                }
            }
        }
    }

    private static List<String> answersUnder(SelectionPolicy policy) {
        Engine e = new Engine();
        Network n = new Network(e, new Distribution.Constant(0.001), new RandomStreams(1, 0).stream("l"), Trace.OFF);
        Address rmAddress = new Address("techpubs4", 5090);
        ScriptedSipServer ss = new ScriptedSipServer(e, rmAddress);
        ss.bind(n.attach(ss));
        ResourceManager rm = new ResourceManager(e, rmAddress, ss.address(),
                List.of(new ResourceManager.IpcsView(A, 2, List.of()), new ResourceManager.IpcsView(B, 2, List.of())), policy);
        rm.bind(n.attach(rm));
        rm.start();
        for (int i = 0; i < 3; i++) {
            e.schedule(1 + i, ss::invite);
        }
        e.schedule(5, () -> ss.notifyTerminated("172211115"));
        for (int i = 0; i < 3; i++) {
            e.schedule(6 + i, ss::invite);
        }
        e.runUntilEmpty();
        return ss.answers;
    }

    @Test
    void roundRobinTakesTheNextIpcsWithAFreePort() {
        assertEquals(List.of("sip:2801@" + A, "sip:2801@" + B, "sip:2801@" + A,
                "sip:2801@" + B, "sip:2801@" + A, "503"), answersUnder(SelectionPolicy.ROUND_ROBIN));
    }

    @Test
    void leastBusyTakesTheIpcsWithFewestBusyPortsFirstListedOnATie() {
        assertEquals(List.of("sip:2801@" + A, "sip:2801@" + B, "sip:2801@" + A,
                "sip:2801@" + A, "sip:2801@" + B, "503"), answersUnder(SelectionPolicy.LEAST_BUSY));
    }
}
