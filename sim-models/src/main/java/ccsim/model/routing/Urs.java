package ccsim.model.routing;

import ccsim.core.engine.Engine;
import ccsim.core.message.CtiMessage;
import ccsim.core.message.KvList;
import ccsim.core.network.Address;
import ccsim.model.cti.Cti;
import ccsim.model.cti.CtiClient;
import it.unimi.dsi.fastutil.longs.Long2LongMap;
import it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap;
import it.unimi.dsi.fastutil.longs.Long2ObjectMap;
import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ccsim.core.stats.IntervalAccumulator;
import ccsim.core.stats.IntervalGrid;
import umontreal.ssj.rng.RandomStream;
import umontreal.ssj.simevents.Accumulate;
import ccsim.model.config.PortSelection;

/**
 * Universal Routing Server with the strategies of a Behind deployment (seed ch.1 and ch.2, Figure 14):
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
                           Map<String, List<String>> groupsByDialedNumber, PortSelection portSelection) {
    }

    private final Engine engine;
    private final RandomStream portChoice;
    private final Address sipServer;
    private final Address statServer;
    private final Strategy strategy;
    private final Map<String, LinkedHashSet<String>> freePorts = new LinkedHashMap<>();
    private final Map<String, String> placeGroupOfPort = new HashMap<>();
    private final Map<String, LinkedHashSet<String>> readyAgents = new HashMap<>();
    private final Map<String, String> groupOfAgent = new HashMap<>();
    /** A call waiting for an agent, with its place in the one first-come order of all queues. */
    private record Waiting(long connId, long order) {
    }

    /** Waiting calls per dialed number. */
    private final Map<String, ArrayDeque<Waiting>> queues = new HashMap<>();
    /** The queues of the dialed numbers each agent group serves, in the strategy's order. */
    private final Map<String, List<ArrayDeque<Waiting>>> queuesOfGroup = new HashMap<>();
    private final Long2ObjectMap<String> queuedIn = new Long2ObjectOpenHashMap<>();
    private long arrivalOrder;
    private final Long2ObjectMap<Address> routingServer = new Long2ObjectOpenHashMap<>();
    private final Long2ObjectMap<String> routingPointOf = new Long2ObjectOpenHashMap<>();
    private final Long2LongMap callOf = new Long2LongOpenHashMap();
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
        strategy.placeGroups().forEach((group, ports) -> {
            freePorts.put(group, new LinkedHashSet<>(ports));
            ports.forEach(p -> placeGroupOfPort.put(p, group));
        });
        strategy.agentGroups().forEach((group, agents) -> {
            readyAgents.put(group, new LinkedHashSet<>());
            queuesOfGroup.put(group, new ArrayList<>());
            agents.forEach(a -> groupOfAgent.put(a, group));
        });
        strategy.groupsByDialedNumber().forEach((dialed, groups) -> {
            ArrayDeque<Waiting> queue = new ArrayDeque<>();
            queues.put(dialed, queue);
            groups.forEach(g -> queuesOfGroup.get(g).add(queue));
        });
        queueLength = new Accumulate(engine.simulator(), "calls waiting for an agent");
        queueLength.init(0);
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
                routingServer.put(m.connId(), from);
                routingPointOf.put(m.connId(), Cti.thisDn(m));
                callOf.put(m.connId(), m.call());
                onRouteRequest(m);
            }
            case Cti.EVENT_TREATMENT_END -> onTreatmentEnd(m);
            case Cti.EVENT_TREATMENT_NOT_APPLIED -> onTreatmentNotApplied(m);
            case Cti.EVENT_ABANDONED -> {
                dequeue(m.connId());
                forget(m.connId());
            }
            case Cti.EVENT_INFO -> onStatistic(m);
            case Cti.EVENT_ERROR -> onRouteFailed(m);
            default -> throw new IllegalStateException("URS does not handle " + m.name() + " from " + from);
        }
    }

    private void onRouteRequest(CtiMessage m) {
        String rp = Cti.thisDn(m);
        if (strategy.inboundRoutingPoints().contains(rp)) {
            if (strategy.resourceManagerUri() != null) {
                // seed ch.2, RM interaction tip step 1: PlayApplication with GSIP_APP_ID 501 and GSIP_RM_URI
                send(routingServer.get(m.connId()), new CtiMessage(Cti.REQUEST_APPLY_TREATMENT, m.connId(),
                        KvList.of(Cti.THIS_DN, rp, Cti.TREATMENT_TYPE, Cti.TREATMENT_PLAY_APPLICATION),
                        KvList.of(Cti.GSIP_APP_ID, Cti.GSIP_APP_ID_RESOURCE_MANAGER,
                                Cti.GSIP_RM_URI, strategy.resourceManagerUri()), m.call()));
            } else {
                // seed ch.1, note on steps 3 to 6: the strategy selects a port directly
                routeToPort(m, freePorts.keySet());
            }
        } else if (strategy.agentRoutingPoints().contains(rp)) {
            agentRequests++;
            String dialed = m.attributes().get(Cti.DNIS);
            List<String> groups = strategy.groupsByDialedNumber().get(dialed);
            String agent = groups == null ? null : longestIdleAgent(groups);
            if (groups == null) {
                reject(m);
            } else if (agent != null) {
                route(m.connId(), m.call(), rp, agent);
            } else {
                waitedRequests++;
                enqueue(dialed, m.connId());
                // seed ch.1, queuing step 2-3: the strategy selects the treatment to play while the caller waits
                send(routingServer.get(m.connId()), Cti.message(Cti.REQUEST_APPLY_TREATMENT, m.connId(), m.call(),
                        KvList.of(Cti.THIS_DN, rp, Cti.TREATMENT_TYPE, Cti.TREATMENT_MUSIC)));
            }
        } else {
            reject(m);
        }
    }

    /**
     * seed ch.2, RM interaction tip steps 4-5 and Figure 17: target the Place Group the RM named. When it
     * has no free port, the RM's view lagged behind calls routed meanwhile: the call cannot be placed.
     */
    private void onTreatmentEnd(CtiMessage m) {
        String group = m.userData().getOrDefault(Cti.GSIP_APPDATA_RM_IPCSID, "");
        LinkedHashSet<String> free = freePorts.get(group);
        if (free != null && free.isEmpty()) {
            rmViewBehind++;
        }
        routeToPort(m, List.of(group));
    }

    /** Calls the Resource Manager sent to an IPCS whose Place Group had no free port left. */
    public long rmViewBehind() {
        return rmViewBehind;
    }

    private void onTreatmentNotApplied(CtiMessage m) {
        if (queuedIn.containsKey(m.connId())) {
            // no Stream Manager port for the treatment: the call cannot wait
            dequeue(m.connId());
        }
        reject(m);
    }

    private void routeToPort(CtiMessage m, Iterable<String> groups) {
        if (strategy.portSelection() == PortSelection.RANDOM) {
            List<String> free = new ArrayList<>();
            for (String group : groups) {
                LinkedHashSet<String> ports = freePorts.get(group);
                if (ports != null) {
                    free.addAll(ports);
                }
            }
            if (free.isEmpty()) {
                reject(m);
                return;
            }
            String port = free.get((int) (portChoice.nextDouble() * free.size()));
            freePorts.get(placeGroupOfPort.get(port)).remove(port);
            route(m.connId(), m.call(), Cti.thisDn(m), port);
            return;
        }
        for (String group : groups) {
            LinkedHashSet<String> free = freePorts.get(group);
            if (free != null && !free.isEmpty()) {
                Iterator<String> it = free.iterator();
                String port = it.next();
                it.remove();
                route(m.connId(), m.call(), Cti.thisDn(m), port);
                return;
            }
        }
        reject(m);
    }

    private void onStatistic(CtiMessage m) {
        String dn = Cti.thisDn(m);
        String state = m.attributes().get(Cti.STATE);
        if (Cti.STATE_FREE.equals(state)) {
            portFree(dn);
        } else if (Cti.STATE_NOT_READY.equals(state)) {
            String group = groupOfAgent.get(dn);
            if (group != null) {
                readyAgents.get(group).remove(dn);
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
        String group = placeGroupOfPort.get(dn);
        if (group != null) {
            freePorts.get(group).add(dn);
        }
    }

    /** The longest-idle ready agent of the first group in overflow order that has one, taken; null if none. */
    private String longestIdleAgent(List<String> groups) {
        for (String group : groups) {
            Iterator<String> ready = readyAgents.get(group).iterator();
            if (ready.hasNext()) {
                String agent = ready.next();
                ready.remove();
                return agent;
            }
        }
        return null;
    }

    /** The call that has waited longest among the dialed numbers {@code group} serves; null if none. */
    private Waiting longestWaiting(String group) {
        Waiting first = null;
        for (ArrayDeque<Waiting> queue : queuesOfGroup.get(group)) {
            Waiting head = queue.peekFirst();
            if (head != null && (first == null || head.order() < first.order())) {
                first = head;
            }
        }
        return first;
    }

    private void agentReady(String dn) {
        String group = groupOfAgent.get(dn);
        if (group == null) {
            return;
        }
        Waiting waiting = longestWaiting(group);
        if (waiting != null) {
            // seed ch.1, queuing step 4/5: an agent is ready, route the first waiting call
            long connId = waiting.connId();
            dequeue(connId);
            route(connId, callOf.get(connId), routingPointOf.get(connId), dn);
        } else {
            // appended last: the set keeps agents in the order they became ready, longest idle first
            readyAgents.get(group).add(dn);
        }
    }

    private void route(long connId, long call, String rp, String target) {
        send(routingServer.get(connId), new CtiMessage(Cti.REQUEST_ROUTE_CALL, connId, KvList.of(Cti.THIS_DN, rp,
                Cti.OTHER_DN, target), KvList.of(), call));
        forget(connId);
    }

    private void reject(CtiMessage m) {
        Address server = routingServer.getOrDefault(m.connId(), sipServer);
        send(server, Cti.message(Cti.REQUEST_ROUTE_CALL, m.connId(), m.call(), KvList.of(Cti.THIS_DN,
                m.attributes().getOrDefault(Cti.THIS_DN, ""), Cti.ROUTE_TYPE, Cti.ROUTE_TYPE_REJECT)));
        forget(m.connId());
    }

    private void forget(long connId) {
        routingServer.remove(connId);
        routingPointOf.remove(connId);
        callOf.remove(connId);
    }

    private void enqueue(String dialed, long connId) {
        queues.get(dialed).addLast(new Waiting(connId, arrivalOrder++));
        queuedIn.put(connId, dialed);
        queued++;
        peakQueued = Math.max(peakQueued, queued);
        queueLength.update(queued);
        recordInterval();
    }

    private void dequeue(long connId) {
        String dialed = queuedIn.remove(connId);
        if (dialed != null) {
            ArrayDeque<Waiting> queue = queues.get(dialed);
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
}
