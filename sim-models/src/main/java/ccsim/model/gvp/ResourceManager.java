package ccsim.model.gvp;

import ccsim.core.engine.Engine;
import ccsim.core.message.DialogInfo;
import ccsim.core.message.NameAddr;
import ccsim.core.message.SipMethod;
import ccsim.core.message.SipRequest;
import ccsim.core.message.SipResponse;
import ccsim.core.message.SipStatus;
import ccsim.core.message.SipUri;
import ccsim.core.network.Address;
import ccsim.model.config.NoCapableIpcs;
import ccsim.model.config.SelectionPolicy;
import ccsim.model.sip.Dialog;
import ccsim.model.sip.Sip;
import ccsim.model.sip.SipEntity;
import ccsim.model.sip.TrunkDirectory;
import it.unimi.dsi.fastutil.longs.Long2IntMap;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import it.unimi.dsi.fastutil.longs.LongSet;
import it.unimi.dsi.fastutil.objects.Object2IntMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The GVP Resource Manager as SIP redirect server (guide ch.1 "GVP Resource Manager"): it keeps the
 * port states of the IPCS instances and answers each INVITE with a 302 naming an IPCS that has a
 * free port, or with 503 when none has. It learns the port states only from SIP Server's NOTIFYs
 * (one subscription {@code GVP} for all ports, guide Tables 5 and 10): a port is busy from the NOTIFY
 * that SIP Server is INVITing it until the one that its dialog ended. Its view lags by the network:
 * a port it names may have been taken meanwhile.
 */
public final class ResourceManager extends SipEntity {
    /**
     * What the RM knows of one IPCS: where it is, its Max Channels, the DNs SIP Server reports its
     * calls on (its Trunk DN, Stand-Alone and In-Front; its Voice Treatment Port DNs, Behind), and the
     * capabilities its ports offer.
     */
    public record IpcsView(Address address, int ports, List<String> portDns, Set<String> capabilities) {
        public IpcsView {
            portDns = List.copyOf(portDns);
            capabilities = Set.copyOf(capabilities);
        }

        public IpcsView(Address address, int ports, List<String> portDns) {
            this(address, ports, portDns, Set.of());
        }

        public String trunkName() {
            return TrunkDirectory.ipcsTrunkName(address.host());
        }
    }

    /** {@link #indexByDn} of a DN no IPCS has. */
    private static final int NOT_GVP = -1;
    private final Address sipServer;
    private final List<IpcsView> ipcs;
    private final SelectionPolicy policy;
    private final Map<String, Set<String>> requiredByDnis;
    private final NoCapableIpcs whenNoCapableIpcs;
    private final int[] busy;
    private final Object2IntMap<String> indexByDn = new Object2IntOpenHashMap<>();
    private int lastChosen = -1;
    private long rejected;
    /** Dialogs SIP Server reported INVITEd and not yet ended; and those whose end came first. */
    private final LongSet busyDialogs = new LongOpenHashSet();
    private final LongSet endedBeforeStart = new LongOpenHashSet();
    private long noCapableIpcs;
    private Dialog subscription;
    /** IPCS that did not answer the last OPTIONS: named to no call until one answers again. */
    private final boolean[] unreachable;
    private final Long2IntMap probeByCallId = new Long2IntOpenHashMap();
    private final List<Dialog> probes = new ArrayList<>();
    private double probeEvery = Double.NaN;
    private double probeUntil;

    /** An RM for applications that need no particular capability. */
    public ResourceManager(Engine engine, Address address, Address sipServer, List<IpcsView> ipcs,
                           SelectionPolicy policy) {
        this(engine, address, sipServer, ipcs, policy, Map.of(), NoCapableIpcs.BLOCK);
    }

    /**
     * @param requiredByDnis    the capabilities each application (by its DNIS) needs
     * @param whenNoCapableIpcs what to do when no IPCS with a free port has them all
     */
    public ResourceManager(Engine engine, Address address, Address sipServer, List<IpcsView> ipcs,
                           SelectionPolicy policy, Map<String, Set<String>> requiredByDnis,
                           NoCapableIpcs whenNoCapableIpcs) {
        super(engine, address, "Resource Manager");
        this.sipServer = sipServer;
        this.ipcs = List.copyOf(ipcs);
        this.policy = policy;
        this.requiredByDnis = Map.copyOf(requiredByDnis);
        this.whenNoCapableIpcs = whenNoCapableIpcs;
        this.busy = new int[ipcs.size()];
        this.unreachable = new boolean[ipcs.size()];
        indexByDn.defaultReturnValue(NOT_GVP);
        for (int i = 0; i < ipcs.size(); i++) {
            indexByDn.put(ipcs.get(i).trunkName(), i);
            for (String dn : ipcs.get(i).portDns()) {
                indexByDn.put(dn, i);
            }
        }
    }

    /** Subscribes to SIP Server for the state of the DNs whose subscription-id is GVP. */
    public void start() {
        SipUri requestUri = new SipUri(Sip.GVP_SUBSCRIPTION_ID, sipServer);
        subscription = Dialog.caller(0, newCallId(), sipServer,
                NameAddr.of(uri(Sip.GVP_SUBSCRIPTION_ID)).withTag(newTag()), NameAddr.of(requestUri), requestUri,
                uri(Sip.GVP_SUBSCRIPTION_ID));
        send(sipServer, subscription.request(SipMethod.SUBSCRIBE, newBranch(), null));
        if (!Double.isNaN(probeEvery)) {
            for (IpcsView v : ipcs) {
                SipUri target = new SipUri(null, v.address());
                Dialog d = Dialog.caller(0, newCallId(), v.address(),
                        NameAddr.of(uri("rm")).withTag(newTag()), NameAddr.of(target), target, uri("rm"));
                probeByCallId.put(d.callId(), probes.size());
                probes.add(d);
            }
            engine.schedule(probeEvery, this::probe);
        }
    }

    /**
     * Asks each IPCS every {@code every} whether it is alive (an OPTIONS), until {@code until}: one that
     * lets Timer F run out is named to no call until it answers again.
     */
    public void monitorIpcs(double every, double until) {
        probeEvery = every;
        probeUntil = until;
    }

    private void probe() {
        for (Dialog d : probes) {
            send(d.peer(), d.request(SipMethod.OPTIONS, newBranch(), null));
        }
        if (engine.now() + probeEvery < probeUntil) {
            engine.schedule(probeEvery, this::probe);
        }
    }

    /**
     * guide ch.1 "High Availability": the RM's host fails and comes back, or the cluster service moves its
     * virtual IP to the backup. Either way the RM starts knowing of no busy port and learns them anew
     * from SIP Server's NOTIFYs on the same subscription.
     */
    @Override
    protected void forget() {
        Arrays.fill(busy, 0);
        busyDialogs.clear();
        endedBeforeStart.clear();
        lastChosen = -1;
        Arrays.fill(unreachable, false);
    }

    /** Ports the RM believes busy on IPCS {@code i}. */
    public int busy(int i) {
        return busy[i];
    }

    /** INVITEs answered 503 because no IPCS had a free port. */
    public long rejected() {
        return rejected;
    }

    /**
     * INVITEs whose application needed a capability that no IPCS with a free port had: refused (503),
     * or sent to an IPCS without it, as the scenario says.
     */
    public long noCapableIpcs() {
        return noCapableIpcs;
    }

    @Override
    protected void onRequest(SipRequest q, Address from) {
        switch (q.method()) {
            case INVITE -> onInvite(q, from);
            case NOTIFY -> onNotify(q, from);
            case ACK -> { }
            default -> refuse(q, from);
        }
    }

    @Override
    protected void onResponse(SipResponse r, Address from) {
        if (r.cseqMethod() == SipMethod.SUBSCRIBE && r.status() >= 200 && r.status() < 300) {
            subscription.confirm(r);
        } else if (r.cseqMethod() == SipMethod.OPTIONS && !r.provisional()) {
            long callId = r.callId();
            if (probeByCallId.containsKey(callId)) {
                unreachable[probeByCallId.get(callId)] = r.status() == SipStatus.REQUEST_TIMEOUT;
            }
        }
    }

    /**
     * guide ch.1 "GVP Resource Manager": an IPCS with a free port and every feature the application (known
     * by the DNIS, the To user) needs, such as Automatic Speech Recognition.
     */
    private void onInvite(SipRequest invite, Address from) {
        Set<String> required = requiredByDnis.getOrDefault(invite.headers().to().uri().user(), Set.of());
        int chosen = choose(required);
        if (chosen < 0 && !required.isEmpty() && choose(Set.of()) >= 0) {
            noCapableIpcs++;
            chosen = whenNoCapableIpcs == NoCapableIpcs.ANY_IPCS ? choose(Set.of()) : -1;
            if (chosen < 0) {
                send(from, Sip.respond(invite, SipStatus.SERVICE_UNAVAILABLE, newTag(), null, null));
                return;
            }
        }
        if (chosen < 0) {
            rejected++;
            send(from, Sip.respond(invite, SipStatus.SERVICE_UNAVAILABLE, newTag(), null, null));
            return;
        }
        lastChosen = chosen;
        // guide ch.1, Stand-Alone step 4: 302 Moved with the chosen IPCS in Contact
        SipUri contact = new SipUri(invite.requestUri().user(), ipcs.get(chosen).address());
        send(from, Sip.respond(invite, SipStatus.MOVED_TEMPORARILY, newTag(), contact, null));
    }

    private boolean eligible(int i, Set<String> required) {
        return !unreachable[i] && busy[i] < ipcs.get(i).ports() && ipcs.get(i).capabilities().containsAll(required);
    }

    private int choose(Set<String> required) {
        int n = ipcs.size();
        return switch (policy) {
            case ROUND_ROBIN -> {
                for (int k = 1; k <= n; k++) {
                    int i = Math.floorMod(lastChosen + k, n);
                    if (eligible(i, required)) {
                        yield i;
                    }
                }
                yield -1;
            }
            case LEAST_BUSY -> {
                int best = -1;
                for (int i = 0; i < n; i++) {
                    if (eligible(i, required) && (best < 0 || busy[i] < busy[best])) {
                        best = i;
                    }
                }
                yield best;
            }
        };
    }

    private void onNotify(SipRequest notify, Address from) {
        if (notify.body() instanceof DialogInfo info) {
            count(info);
        }
        send(from, subscription.respond(notify, SipStatus.OK, null));
    }

    /** Counts a dialog of a GVP DN as busy from its start to its end, whichever NOTIFY comes first. */
    private void count(DialogInfo info) {
        int i = indexByDn.getInt(info.entity());
        if (i == NOT_GVP) {
            return;
        }
        if (DialogInfo.TRYING.equals(info.state())) {
            // a dialog whose end overtook its start is over already
            if (!endedBeforeStart.remove(info.dialogId())) {
                busyDialogs.add(info.dialogId());
                busy[i]++;
            }
        } else if (DialogInfo.TERMINATED.equals(info.state())) {
            if (busyDialogs.remove(info.dialogId())) {
                busy[i]--;
            } else {
                endedBeforeStart.add(info.dialogId());
            }
        }
    }
}
