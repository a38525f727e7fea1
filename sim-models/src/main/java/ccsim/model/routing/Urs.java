package ccsim.model.routing;

import ccsim.core.engine.Engine;
import ccsim.core.message.CtiMessage;
import ccsim.core.message.KvList;
import ccsim.core.network.Address;
import ccsim.model.cti.Cti;
import ccsim.model.cti.CtiClient;
import it.unimi.dsi.fastutil.longs.Long2ObjectMap;
import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.objects.ObjectLinkedOpenHashSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ccsim.core.stats.IntervalAccumulator;
import ccsim.core.stats.IntervalGrid;
import umontreal.ssj.rng.RandomStream;
import umontreal.ssj.simevents.Accumulate;
import ccsim.model.config.PortSelection;
import ccsim.model.config.StreamManagerFull;

/**
 * Universal Routing Server with the strategies of a Behind deployment (guide ch.1 and ch.2, Figure 14):
 *
 * <ul>
 *   <li>on an inbound Routing Point, optionally a PlayApplication treatment asking the Resource
 *       Manager (GSIP_APP_ID 501), then a free port of the Place Group named by
 *       GSIP_APPDATA_RM_IPCSID; without the RM, a free port of any IPCS;</li>
 *   <li>on the agent Routing Point, the longest-idle ready agent of the first group, in the dialed
 *       number's overflow order, that has one; or a Music treatment while the call waits. An agent
 *       who becomes ready takes the call that has waited longest among those its group serves.</li>
 * </ul>
 *
 * It learns agent and port states from Stat Server and counts a target busy from the moment it
 * routes a call there until Stat Server reports it ready or free again.
 */
public final class Urs extends CtiClient {
    /** The routing-relevant configuration URS reads from Configuration Server. */
    public record Strategy(Set<String> inboundRoutingPoints, Set<String> agentRoutingPoints, String resourceManagerUri,
                           Map<String, List<String>> placeGroups, Map<String, List<String>> agentGroups,
                           Map<String, List<String>> groupsByDialedNumber, PortSelection portSelection,
                           StreamManagerFull whenTreatmentRefused, double waitForPortSeconds) {

        public Strategy(Set<String> inboundRoutingPoints, Set<String> agentRoutingPoints, String resourceManagerUri,
                        Map<String, List<String>> placeGroups, Map<String, List<String>> agentGroups,
                        Map<String, List<String>> groupsByDialedNumber, PortSelection portSelection) {
            this(inboundRoutingPoints, agentRoutingPoints, resourceManagerUri, placeGroups, agentGroups,
                    groupsByDialedNumber, portSelection, StreamManagerFull.KEEP_WAITING, 0);
        }
    }

    private final Engine engine;
    private final RandomStream portChoice;
    private final Address sipServer;
    private final Address statServer;
    private final Strategy strategy;
    /** A call waiting for an agent, with its place in the one first-come order of all queues. */
    private record Waiting(long connId, long order) {
    }

    // the free ports and ready agents come and go with every call: insertion-ordered open-addressing sets,
    // which make no entry object per member as LinkedHashSet does

    /** A Place Group's ports that are free, in the order they became free. */
    private record PlaceGroup(ObjectLinkedOpenHashSet<String> free) {
    }

    /**
     * An agent group: its ready agents (in the order they became ready, longest idle first) and the
     * queues of the dialed numbers it serves, in the strategy's order.
     */
    private record AgentGroup(ObjectLinkedOpenHashSet<String> ready, List<ArrayDeque<Waiting>> queues) {
    }

    /** A route request in progress: the T-Server that asked, on which Routing Point, for which call. */
    private record Request(Address server, String routingPoint, long call) {
    }

    // Each port, agent and dialed number leads straight to the state routing reads and changes, and
    // each request's facts are one entry: a busy day routes 1.4 million times and hears 940,000
    // statistics, and every lookup saved is a cache miss or two on state last touched seconds ago.
    private final Map<String, PlaceGroup> placeGroups = new LinkedHashMap<>();
    private final Map<String, PlaceGroup> placeGroupOfPort = new HashMap<>();
    private final Map<String, AgentGroup> groupOfAgent = new HashMap<>();
    /** Waiting calls per dialed number. */
    private final Map<String, ArrayDeque<Waiting>> queues = new HashMap<>();
    /** The agent groups of each dialed number, in overflow order. */
    private final Map<String, List<AgentGroup>> groupsOfDialed = new HashMap<>();
    private final Long2ObjectMap<ArrayDeque<Waiting>> queuedIn = new Long2ObjectOpenHashMap<>();
    private long arrivalOrder;
    private final Long2ObjectMap<Request> requests = new Long2ObjectOpenHashMap<>();
    /** Calls waiting on their Routing Point for a port (routing.waitForPort); null when calls do not wait. */
    private final PortQueue portQueue;
    private final Accumulate queueLength;
    private IntervalAccumulator queuePerInterval;
    private int queued;
    private int peakQueued;
    private double observedMeanQueue = Double.NaN;
    private int observedPeakQueue;
    private long agentRequests;
    private long waitedRequests;
    private long rmViewBehind;

    /** @param portChoice draws the port when the strategy picks one at random */
    public Urs(Engine engine, Address address, Address sipServer, Address statServer, Strategy strategy,
               RandomStream portChoice) {
        super(address, "URS");
        this.engine = engine;
        this.portChoice = portChoice;
        this.sipServer = sipServer;
        this.statServer = statServer;
        this.strategy = strategy;
        strategy.placeGroups().forEach((name, ports) -> {
            PlaceGroup group = new PlaceGroup(new ObjectLinkedOpenHashSet<>(ports));
            placeGroups.put(name, group);
            ports.forEach(p -> placeGroupOfPort.put(p, group));
        });
        Map<String, AgentGroup> agentGroups = new HashMap<>();
        strategy.agentGroups().forEach((name, agents) -> {
            AgentGroup group = new AgentGroup(new ObjectLinkedOpenHashSet<>(), new ArrayList<>());
            agentGroups.put(name, group);
            agents.forEach(a -> groupOfAgent.put(a, group));
        });
        strategy.groupsByDialedNumber().forEach((dialed, groups) -> {
            ArrayDeque<Waiting> queue = new ArrayDeque<>();
            queues.put(dialed, queue);
            groups.forEach(g -> agentGroups.get(g).queues().add(queue));
            groupsOfDialed.put(dialed, groups.stream().map(agentGroups::get).toList());
        });
        queueLength = new Accumulate(engine.simulator(), "calls waiting for an agent");
        queueLength.init(0);
        portQueue = strategy.waitForPortSeconds() > 0 ? new PortQueue(engine, strategy.waitForPortSeconds(),
                w -> rejectCall(w.connId, w.call, w.routingPoint)) : null;
    }

    /** Registers as the router of SIP Server's Routing Points and opens the statistics it routes on. */
    public void start() {
        send(sipServer, Cti.message(Cti.REQUEST_REGISTER_CLIENT, KvList.of(Cti.ROLE, Cti.ROLE_ROUTER)));
        send(statServer, Cti.message(StatServer.REQUEST_OPEN_STAT, KvList.of()));
    }

    @Override
    protected void onCti(CtiMessage m, Address from) {
        switch (m.name()) {
            case Cti.EVENT_ROUTE_REQUEST -> {
                // answer the T-Server that asked: SIP Server for its Routing Points, IVR Server for the VRP
                Request r = new Request(from, Cti.thisDn(m), m.call());
                requests.put(m.connId(), r);
                onRouteRequest(m, r);
            }
            case Cti.EVENT_TREATMENT_END -> onTreatmentEnd(m);
            case Cti.EVENT_TREATMENT_NOT_APPLIED -> onTreatmentNotApplied(m);
            case Cti.EVENT_ABANDONED -> {
                dequeue(m.connId());
                if (portQueue != null) {
                    portQueue.abandon(m.connId());
                }
                forget(m.connId());
            }
            case Cti.EVENT_INFO -> onStatistic(m);
            case Cti.EVENT_ERROR -> onRouteFailed(m);
            default -> throw new IllegalStateException("URS does not handle " + m.name() + " from " + from);
        }
    }

    private void onRouteRequest(CtiMessage m, Request r) {
        String rp = r.routingPoint();
        if (strategy.inboundRoutingPoints().contains(rp)) {
            if (portQueue != null) {
                portQueue.asked();
            }
            if (strategy.resourceManagerUri() != null) {
                // guide ch.2, RM interaction tip step 1: PlayApplication with GSIP_APP_ID 501 and GSIP_RM_URI
                send(r.server(), new CtiMessage(Cti.REQUEST_APPLY_TREATMENT, m.connId(),
                        KvList.of(Cti.THIS_DN, rp, Cti.TREATMENT_TYPE, Cti.TREATMENT_PLAY_APPLICATION),
                        KvList.of(Cti.GSIP_APP_ID, Cti.GSIP_APP_ID_RESOURCE_MANAGER,
                                Cti.GSIP_RM_URI, strategy.resourceManagerUri()), m.call()));
            } else {
                // guide ch.1, note on steps 3 to 6: the strategy selects a port directly
                routeToPort(m, placeGroups.values());
            }
        } else if (strategy.agentRoutingPoints().contains(rp)) {
            agentRequests++;
            String dialed = m.attributes().get(Cti.DNIS);
            List<AgentGroup> groups = groupsOfDialed.get(dialed);
            String agent = groups == null ? null : longestIdleAgent(groups);
            if (groups == null) {
                reject(m);
            } else if (agent != null) {
                route(m.connId(), m.call(), rp, agent);
            } else {
                waitedRequests++;
                enqueue(dialed, m.connId());
                // guide ch.1, queuing step 2-3: the strategy selects the treatment to play while the caller waits
                send(r.server(), Cti.message(Cti.REQUEST_APPLY_TREATMENT, m.connId(), m.call(),
                        KvList.of(Cti.THIS_DN, rp, Cti.TREATMENT_TYPE, Cti.TREATMENT_MUSIC)));
            }
        } else {
            reject(m);
        }
    }

    /**
     * guide ch.2, RM interaction tip steps 4-5 and Figure 17: target the Place Group the RM named. When it
     * has no free port, the RM's view lagged behind calls routed meanwhile: the call cannot be placed.
     */
    private void onTreatmentEnd(CtiMessage m) {
        PlaceGroup group = placeGroups.get(m.userData().getOrDefault(Cti.GSIP_APPDATA_RM_IPCSID, ""));
        if (group != null && group.free().isEmpty()) {
            rmViewBehind++;
        }
        routeToPort(m, group == null ? List.of() : List.of(group));
    }

    /** Calls the Resource Manager sent to an IPCS whose Place Group had no free port left. */
    public long rmViewBehind() {
        return rmViewBehind;
    }

    private void onTreatmentNotApplied(CtiMessage m) {
        if (queuedIn.containsKey(m.connId())) {
            // no Stream Manager port for the treatment: the guide leaves it open (streamManager.whenFull)
            if (strategy.whenTreatmentRefused() == StreamManagerFull.KEEP_WAITING) {
                // the caller keeps its place, without music, until an agent is ready or it gives up
                return;
            }
            dequeue(m.connId());
            reject(m);
            return;
        }
        // the PlayApplication that asks the Resource Manager for an IPCS failed (503: no port free)
        noPort(m);
    }

    /** No port for the call now: it waits on its Routing Point for one (routing.waitForPort), or is rejected. */
    private void noPort(CtiMessage m) {
        if (portQueue != null) {
            portQueue.add(m.connId(), m.call(), Cti.thisDn(m));
        } else {
            reject(m);
        }
    }

    private void routeToPort(CtiMessage m, Iterable<PlaceGroup> groups) {
        if (strategy.portSelection() == PortSelection.RANDOM) {
            List<String> free = new ArrayList<>();
            for (PlaceGroup group : groups) {
                free.addAll(group.free());
            }
            if (free.isEmpty()) {
                noPort(m);
                return;
            }
            String port = free.get((int) (portChoice.nextDouble() * free.size()));
            placeGroupOfPort.get(port).free().remove(port);
            route(m.connId(), m.call(), Cti.thisDn(m), port);
            return;
        }
        for (PlaceGroup group : groups) {
            if (!group.free().isEmpty()) {
                Iterator<String> it = group.free().iterator();
                String port = it.next();
                it.remove();
                route(m.connId(), m.call(), Cti.thisDn(m), port);
                return;
            }
        }
        noPort(m);
    }

    private void onStatistic(CtiMessage m) {
        String dn = Cti.thisDn(m);
        String state = m.attributes().get(Cti.STATE);
        if (Cti.STATE_FREE.equals(state)) {
            portFree(dn);
        } else if (Cti.STATE_NOT_READY.equals(state)) {
            AgentGroup group = groupOfAgent.get(dn);
            if (group != null) {
                group.ready().remove(dn);
            }
        } else {
            agentReady(dn);
        }
    }

    /**
     * A call URS routed did not get there. A port that refused it or never saw it is free again (no
     * call ever rang on it). An agent is free again unless it refused the call itself (logged out, busy):
     * such an agent tells Stat Server when it is ready; one the call never reached (gone, or not matched
     * on its way by ISCC) does not know of it.
     */
    private void onRouteFailed(CtiMessage m) {
        String target = m.attributes().get(Cti.OTHER_DN);
        if (placeGroupOfPort.containsKey(target)) {
            portFree(target);
        } else if (!Cti.REASON_REFUSED.equals(m.attributes().get(Cti.REASON))) {
            agentReady(target);
        }
    }

    private void portFree(String dn) {
        PlaceGroup group = placeGroupOfPort.get(dn);
        if (group == null) {
            return;
        }
        if (portQueue != null && !portQueue.isEmpty()) {
            // a call waits on its Routing Point: it takes the port at once, without asking the RM again
            PortQueue.Waiter w = portQueue.takeFirst();
            route(w.connId, w.call, w.routingPoint, dn);
            return;
        }
        group.free().add(dn);
    }

    /** The longest-idle ready agent of the first group in overflow order that has one, taken; null if none. */
    private String longestIdleAgent(List<AgentGroup> groups) {
        for (AgentGroup group : groups) {
            Iterator<String> ready = group.ready().iterator();
            if (ready.hasNext()) {
                String agent = ready.next();
                ready.remove();
                return agent;
            }
        }
        return null;
    }

    /** The call that has waited longest among the dialed numbers {@code group} serves; null if none. */
    private Waiting longestWaiting(AgentGroup group) {
        Waiting first = null;
        for (ArrayDeque<Waiting> queue : group.queues()) {
            Waiting head = queue.peekFirst();
            if (head != null && (first == null || head.order() < first.order())) {
                first = head;
            }
        }
        return first;
    }

    private void agentReady(String dn) {
        AgentGroup group = groupOfAgent.get(dn);
        if (group == null) {
            return;
        }
        Waiting waiting = longestWaiting(group);
        if (waiting != null) {
            // guide ch.1, queuing step 4/5: an agent is ready, route the first waiting call
            long connId = waiting.connId();
            dequeue(connId);
            Request r = requests.get(connId);
            route(connId, r.call(), r.routingPoint(), dn);
        } else {
            // appended last: the set keeps agents in the order they became ready, longest idle first
            group.ready().add(dn);
        }
    }

    private void route(long connId, long call, String rp, String target) {
        send(requests.get(connId).server(), new CtiMessage(Cti.REQUEST_ROUTE_CALL, connId, KvList.of(Cti.THIS_DN, rp,
                Cti.OTHER_DN, target), KvList.of(), call));
        forget(connId);
    }

    private void reject(CtiMessage m) {
        rejectCall(m.connId(), m.call(), m.attributes().getOrDefault(Cti.THIS_DN, ""));
    }

    private void rejectCall(long connId, long call, String routingPoint) {
        Request r = requests.get(connId);
        Address server = r == null ? sipServer : r.server();
        send(server, Cti.message(Cti.REQUEST_ROUTE_CALL, connId, call, KvList.of(Cti.THIS_DN, routingPoint,
                Cti.ROUTE_TYPE, Cti.ROUTE_TYPE_REJECT)));
        forget(connId);
    }

    private void forget(long connId) {
        requests.remove(connId);
    }

    private void enqueue(String dialed, long connId) {
        ArrayDeque<Waiting> queue = queues.get(dialed);
        queue.addLast(new Waiting(connId, arrivalOrder++));
        queuedIn.put(connId, queue);
        queued++;
        peakQueued = Math.max(peakQueued, queued);
        queueLength.update(queued);
        recordInterval();
    }

    private void dequeue(long connId) {
        ArrayDeque<Waiting> queue = queuedIn.remove(connId);
        if (queue != null) {
            // an agent takes the longest waiting call, the head, far more often than a caller abandons
            if (!queue.isEmpty() && queue.peekFirst().connId() == connId) {
                queue.pollFirst();
            } else {
                queue.removeIf(waiting -> waiting.connId() == connId);
            }
            queued--;
            queueLength.update(queued);
            recordInterval();
        }
    }

    private void recordInterval() {
        if (queuePerInterval != null) {
            queuePerInterval.update(engine.now(), queued);
        }
    }

    /** Also keeps the queue length's average and peak per interval of {@code grid}. */
    public void trackIntervals(IntervalGrid grid) {
        queuePerInterval = new IntervalAccumulator(grid);
    }

    /** The per-interval queue length, or null when {@link #trackIntervals} was not called. */
    public IntervalAccumulator queueIntervals() {
        return queuePerInterval;
    }

    /** Calls waiting for an agent now. */
    public int queued() {
        return queued;
    }

    /** Restarts the queue statistics at the current time (end of warm-up). */
    public void startObservation() {
        if (portQueue != null) {
            portQueue.startObservation();
        }
        queueLength.init(queued);
        peakQueued = queued;
        agentRequests = 0;
        waitedRequests = 0;
    }

    /** Share of the calls offered to agents since {@link #startObservation()} that found none ready; NaN if none. */
    public double probabilityOfWaiting() {
        return agentRequests == 0 ? Double.NaN : (double) waitedRequests / agentRequests;
    }

    /** Freezes the queue statistics at the current time (end of the horizon). */
    public void endObservation() {
        queueLength.update(queued);
        double span = engine.now() - queueLength.getInitTime();
        observedMeanQueue = span > 0 ? queueLength.sum() / span : queued;
        observedPeakQueue = peakQueued;
    }

    /** Time-average number of calls waiting for an agent over the observed interval. */
    public double meanQueueLength() {
        return observedMeanQueue;
    }

    /** Most calls waiting at once over the observed interval. */
    public int peakQueueLength() {
        return observedPeakQueue;
    }

    /**
     * With routing.waitForPort: the share of calls that had to wait for a port, the mean wait of those, the
     * calls that waited, the callers lost waiting, the calls no port took in time. Empty without.
     */
    public void portWaitMeasures(ccsim.core.stats.ReplicationResult.Builder b) {
        if (portQueue == null) {
            return;
        }
        b.add("probability of waiting for a port", "ratio", portQueue.probabilityOfWaiting());
        b.add("calls that waited for a port", "calls", portQueue.waited());
        b.add("mean wait for a port", "s", portQueue.meanWait());
        b.add("callers lost waiting for a port", "calls", portQueue.abandoned());
        b.add("probability of abandoning while waiting for a port", "ratio", portQueue.probabilityOfAbandoning());
        b.add("calls no port took within waitForPort", "calls", portQueue.timedOut());
    }

    /** Calls waiting on their Routing Point for a port now. */
    public int waitingForPort() {
        return portQueue == null ? 0 : portQueue.waiting();
    }
}
