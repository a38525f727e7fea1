package ccsim.model;

import ccsim.core.engine.Engine;
import ccsim.core.experiment.Progress;
import ccsim.core.message.Message;
import ccsim.core.message.SipUri;
import ccsim.core.network.Address;
import ccsim.core.network.Endpoint;
import ccsim.core.network.Network;
import ccsim.core.network.Node;
import ccsim.core.random.Distribution;
import ccsim.core.random.RandomStreams;
import ccsim.core.resource.CountedPool;
import ccsim.core.stats.IntervalAccumulator;
import ccsim.core.stats.IntervalGrid;
import ccsim.core.stats.ReplicationResult;
import ccsim.core.trace.Trace;
import ccsim.model.agents.AgentPhone;
import ccsim.model.caller.CallLedger;
import ccsim.model.caller.MediaGateway;
import ccsim.model.caller.ServiceLevelRule;
import ccsim.model.costs.DayCost;
import ccsim.model.config.AgentGroupConfig;
import ccsim.model.config.CallTypeConfig;
import ccsim.model.config.DnConfig;
import ccsim.model.config.DnType;
import ccsim.model.config.GvpMode;
import ccsim.model.config.IpcsConfig;
import ccsim.model.config.LinkConfig;
import ccsim.model.config.FaultConfig;
import ccsim.model.config.Mode;
import ccsim.model.config.OverloadPolicyConfig;
import ccsim.model.config.Queuing;
import ccsim.model.config.RunSettings;
import ccsim.model.config.Scenario;
import ccsim.model.config.StreamManagerFull;
import ccsim.model.config.TransferMethod;
import ccsim.model.config.VirtualSwitchConfig;
import ccsim.model.faults.HighAvailability;
import ccsim.model.faults.Outages;
import ccsim.model.gvp.Ipcs;
import ccsim.model.gvp.ResourceManager;
import ccsim.model.ivr.IvrServer;
import ccsim.model.ivr.IvrServerInFront;
import ccsim.model.media.StreamManager;
import ccsim.model.routing.StatServer;
import ccsim.model.routing.Urs;
import ccsim.model.sip.OptionValues;
import ccsim.model.sip.OverloadControl;
import ccsim.model.sip.SipEntity;
import ccsim.model.sip.SipServer;
import ccsim.model.sip.SipServerOption;
import ccsim.model.sip.SwitchDns;
import ccsim.model.sip.TrunkDirectory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import umontreal.ssj.rng.RandomStream;

/**
 * One replication's world: the engine, the network and the entities of a scenario, wired together.
 * Build one per replication; run it once.
 */
public final class ContactCenter {
    /** Where URS listens for T-Library messages (not in scenario files: it carries no SIP). */
    public static final Address URS_ADDRESS = new Address("172.21.11.40", 7000);
    /** Where Stat Server listens. */
    public static final Address STAT_SERVER_ADDRESS = new Address("172.21.11.41", 7010);

    private final Scenario scenario;
    private final Engine engine;
    private final Network network;
    private final MediaGateway gateway;
    private final SipServer sipServer;
    private final Endpoint sipServerEndpoint;
    private final ResourceManager resourceManager;
    private final List<Ipcs> ipcs = new ArrayList<>();
    private final StreamManager streamManager;
    private final StatServer statServer;
    private final Urs urs;
    private final IvrServer ivrServer;
    private final IvrServerInFront ivrServerInFront;
    private final List<AgentPhone> agents = new ArrayList<>();
    private final Map<String, CountedPool> agentsBusy = new LinkedHashMap<>();
    private final Map<String, CountedPool> agentsStaffed = new LinkedHashMap<>();
    private final IntervalGrid intervals;
    private final Outages outages;
    private double sipMessagesPerSecond = Double.NaN;
    private double ctiMessagesPerSecond = Double.NaN;
    private double sipServerMeanWait = Double.NaN;
    private long overloadRefused;
    /** SIP retransmissions in each reporting interval: counted at each interval's end. */
    private final double[] retransmissionsPerInterval;
    private long retransmissionsSoFar;
    /** What the deployment counts as it runs, reported over the observed window (warm-up end to horizon). */
    private enum Count {
        RM_REFUSALS, RM_STATE_RACES, RM_NO_CAPABLE_IPCS, IPCS_REFUSALS, NO_APPLICATION,
        /** In-Front's ISCC failures: no Access Resource, unmatched at IVR Server, unmatched on the External Routing Point. */
        NO_ACCESS_RESOURCE, UNMATCHED_AT_IVR_SERVER, UNMATCHED_ON_EXTERNAL_ROUTING_POINT,
        /** The conferences agents asked to bring GVP back: asked, refused by GVP, held. */
        CONFERENCES_ASKED, CONFERENCES_REFUSED, CONFERENCES_HELD,
        SIP_RETRANSMISSIONS, STREAM_MANAGER_REFUSALS
    }

    private final EnumMap<Count, Long> countsAtStart = new EnumMap<>(Count.class);
    private final EnumMap<Count, Long> countsObserved = new EnumMap<>(Count.class);
    /** Per call type, applications that failed on an IPCS without a capability they need: at warm-up end, then in the window. */
    private long[] capabilityFailuresAtStart;
    private long[] capabilityFailuresObserved;
    private boolean ran;

    private ContactCenter(Scenario s, int replication, Progress progress, Trace trace) {
        this.scenario = s;
        boolean behind = s.mode() == Mode.BEHIND;
        boolean inFront = s.mode() == Mode.IN_FRONT;
        VirtualSwitchConfig virtualSwitch = s.ivrServer().virtualSwitch();
        RandomStreams streams = new RandomStreams(s.run().seed(), replication);
        engine = new Engine(s.run().eventList());
        network = new Network(engine, s.network().latency(), streams.fastStream("network:latency"), trace);
        for (LinkConfig link : s.network().links()) {
            network.setLatency(link.between(), link.and(), link.latency());
        }
        Address sipServerAddress = Address.parse(s.sipServer().address());
        Address ivrServerAddress = Address.parse(s.ivrServer().address());

        SwitchDns dns = new SwitchDns(new TrunkDirectory(s.sipServer().dns()));
        for (DnConfig dn : s.sipServer().dns()) {
            if (dn.type() == DnType.ROUTING_POINT) {
                dns.routingPoint(dn.name());
            } else if (dn.type() == DnType.VIRTUAL_ROUTING_POINT) {
                dns.virtualRoutingPoint(dn.name());
            }
        }
        // guide ch.2 "Creating Voice Treatment Port DNs": one per port, numbered from ChannelIDStart; Behind
        // on the SIP Server switch, one Place Group per IPCS; In-Front on the virtual switch (ch.3), one Place Group
        Map<String, List<String>> portsByIpcs = new LinkedHashMap<>();
        Map<String, List<String>> placeGroups = new LinkedHashMap<>();
        SwitchDns.RemoteSwitch gvpSwitch = inFront ? new SwitchDns.RemoteSwitch(virtualSwitch.name(), ivrServerAddress,
                virtualSwitch.accessCode()) : null;
        for (IpcsConfig c : s.ipcs()) {
            Address a = Address.parse(c.address());
            List<String> ports = behind || inFront ? SwitchDns.numbered(c.channelIdStart(), c.portDnCount())
                    : List.of();
            portsByIpcs.put(TrunkDirectory.ipcsTrunkName(a.host()), ports);
            for (String port : ports) {
                if (inFront) {
                    dns.remote(port, gvpSwitch);
                } else {
                    // guide Table 5: the contact where SIP Server sends the port's calls, the IPCS unless set
                    String contact = c.portOptions().get(SipServerOption.CONTACT.key());
                    dns.voiceTreatmentPort(port, contact != null ? SipUri.parse(contact) : new SipUri(null, a),
                            new OptionValues(c.portOptions()));
                }
            }
            if (!inFront) {
                placeGroups.put(TrunkDirectory.ipcsTrunkName(a.host()), ports);
            }
        }
        Set<String> virtualPorts = new LinkedHashSet<>();
        if (inFront) {
            portsByIpcs.values().forEach(virtualPorts::addAll);
            placeGroups.put(virtualSwitch.name(), List.copyOf(virtualPorts));
            if (virtualSwitch.externalRoutingPoint() != null) {
                dns.externalRoutingPoint(virtualSwitch.externalRoutingPoint());
            }
        }
        Map<String, List<String>> agentDns = new LinkedHashMap<>();
        List<Address> agentAddresses = new ArrayList<>();
        for (AgentGroupConfig g : s.agentGroups()) {
            List<String> groupDns = SwitchDns.numbered(g.firstDn(), g.agents());
            agentDns.put(g.name(), groupDns);
            for (String dn : groupDns) {
                Address a = agentAddress(agentAddresses.size());
                agentAddresses.add(a);
                dns.extension(dn, new SipUri(null, a));
            }
        }

        streamManager = s.streamManager() == null ? null
                : new StreamManager(engine, Address.parse(s.streamManager().address()), s.streamManager().ports());
        sipServer = new SipServer(engine, sipServerAddress, dns, new OptionValues(s.sipServer().options()),
                streamManager == null ? null : streamManager.address(), s.sipServer().redirectRetries(),
                conferenceEntry(s), s.resourceManager() != null);
        sipServerEndpoint = network.attach(sipServer, s.sipServer().processing(),
                streams.stream("processing:sip-server"));
        sipServer.bind(sipServerEndpoint);
        OverloadPolicyConfig overload = s.sipServer().overload();
        if (overload != null && sipServerEndpoint.processing() != null) {
            sipServerEndpoint.processing().admit(new OverloadControl(overload.queueLimit(),
                    Math.round(RunSettings.seconds(overload.retryAfter())), (to, m) -> sipServerEndpoint.send(to,
                    (Message) m)));
        }
        if (streamManager != null) {
            streamManager.bind(network.attach(streamManager));
        }

        Ipcs.AgentHandoff handoff = behind ? handoff(s, sipServerAddress, ivrServerAddress)
                : inFront ? inFrontHandoff(s, sipServerAddress, ivrServerAddress) : new Ipcs.AgentHandoff.None();
        Ipcs.IvrClient ivrClient = inFront ? new Ipcs.IvrClient.InFront(ivrServerAddress)
                : behind && s.ivrServer().gvpMode() == GvpMode.BEHIND ? new Ipcs.IvrClient.Behind(ivrServerAddress)
                : new Ipcs.IvrClient.None();
        Set<String> applications = new HashSet<>();
        Map<String, Set<String>> requiredByDnis = new HashMap<>();
        for (CallTypeConfig ct : s.callTypes()) {
            applications.add(ct.dialedNumber());
            requiredByDnis.put(ct.dialedNumber(), Set.copyOf(ct.requires()));
        }
        List<ResourceManager.IpcsView> views = new ArrayList<>();
        for (IpcsConfig c : s.ipcs()) {
            Address a = Address.parse(c.address());
            List<String> portDns = portsByIpcs.get(TrunkDirectory.ipcsTrunkName(a.host()));
            // GVP runs the call types' applications, and those the scenario adds for other DNIS (ch.3's Tip)
            Set<String> gvpApplications = new HashSet<>(applications);
            gvpApplications.addAll(c.applications());
            Ipcs node = new Ipcs(engine, a, c.ports(), c.answerDelay(), streams.stream("ipcs:answer:" + a),
                    new HashSet<>(portDns), gvpApplications, ivrClient, handoff, Set.copyOf(c.capabilities()),
                    requiredByDnis, s.gvpRelease());
            node.bind(network.attach(node));
            ipcs.add(node);
            views.add(new ResourceManager.IpcsView(a, c.ports(), portDns, Set.copyOf(c.capabilities())));
        }
        if (s.resourceManager() != null) {
            resourceManager = new ResourceManager(engine, Address.parse(s.resourceManager().address()),
                    sipServerAddress, views, s.resourceManager().policy(), requiredByDnis,
                    s.resourceManager().whenNoCapableIpcs());
            resourceManager.bind(network.attach(resourceManager, s.resourceManager().processing(),
                    streams.stream("processing:resource-manager")));
        } else {
            resourceManager = null;
        }

        Map<String, List<String>> groupsByDialedNumber = new HashMap<>();
        Map<String, Distribution> talkByDialedNumber = new HashMap<>();
        for (CallTypeConfig ct : s.callTypes()) {
            List<AgentGroupConfig> groups = s.groupsFor(ct);
            if (!groups.isEmpty()) {
                groupsByDialedNumber.put(ct.dialedNumber(), groups.stream().map(AgentGroupConfig::name).toList());
                // the caller's need, drawn on arrival so that variants share it: the first group's talk time
                talkByDialedNumber.put(ct.dialedNumber(), groups.get(0).talkTime());
            }
        }
        for (AgentGroupConfig g : s.agentGroups()) {
            CountedPool busy = new CountedPool(engine, "agents " + g.name() + " busy", g.agents());
            CountedPool staffed = new CountedPool(engine, "agents " + g.name() + " logged in", g.agents());
            agentsBusy.put(g.name(), busy);
            agentsStaffed.put(g.name(), staffed);
            List<String> groupDns = agentDns.get(g.name());
            for (int k = 0; k < groupDns.size(); k++) {
                String dn = groupDns.get(k);
                AgentPhone agent = new AgentPhone(engine, agentAddresses.get(agents.size()), dn, sipServerAddress,
                        g.answerDelay(), g.afterCallWork(), streams.stream("agent:" + dn), busy, staffed, g.dutyOf(k),
                        g.hold(), g.transferOnward(), g.transferOnward() != null
                        && g.transferOnward().routingPoint() != null ? g.transferOnward().routingPoint()
                        : s.routing().agentRoutingPoint(), g.conferenceGvp());
                agent.bind(network.attach(agent));
                agents.add(agent);
            }
        }
        if (behind || inFront) {
            statServer = new StatServer(STAT_SERVER_ADDRESS, inFront ? List.of(sipServerAddress, ivrServerAddress)
                    : List.of(sipServerAddress), inFront ? virtualPorts : dns.voiceTreatmentPorts());
            statServer.bind(network.attach(statServer));
            Set<String> agentRoutingPoints = new HashSet<>();
            if (s.routing().agentRoutingPoint() != null) {
                agentRoutingPoints.add(s.routing().agentRoutingPoint());
            }
            if (s.routing().virtualRoutingPoint() != null) {
                agentRoutingPoints.add(s.routing().virtualRoutingPoint());
            }
            // In-Front: the strategy targets the Place Group; the Trunk Group DN's contact reaches the RM (guide ch.3)
            boolean askRm = behind && s.routing().useResourceManager() && s.resourceManager() != null;
            urs = new Urs(engine, URS_ADDRESS, sipServerAddress, STAT_SERVER_ADDRESS, new Urs.Strategy(applications,
                    agentRoutingPoints, askRm ? "sip:" + s.resourceManager().address() : null,
                    placeGroups, agentDns, groupsByDialedNumber, s.routing().portSelection(),
                    s.streamManager() == null ? StreamManagerFull.KEEP_WAITING : s.streamManager().whenFull(),
                    RunSettings.seconds(s.routing().waitForPort())),
                    streams.stream("routing:port-choice"));
            urs.bind(network.attach(urs));
        } else {
            statServer = null;
            urs = null;
        }
        if (behind) {
            ivrServer = new IvrServer(ivrServerAddress, sipServerAddress, URS_ADDRESS, dns.voiceTreatmentPorts());
            ivrServer.bind(network.attach(ivrServer));
        } else {
            ivrServer = null;
        }
        if (inFront) {
            ivrServerInFront = new IvrServerInFront(ivrServerAddress, sipServerAddress, URS_ADDRESS, virtualPorts,
                    virtualSwitch.accessResources(), virtualSwitch.dnisTail());
            ivrServerInFront.bind(network.attach(ivrServerInFront));
        } else {
            ivrServerInFront = null;
        }

        // forecast uncertainty: one gamma factor of mean 1 for the whole day of this replication
        double day = s.run().forecastCv() > 0 ? new Distribution.Gamma(1, s.run().forecastCv())
                .sample(streams.stream("forecast:day")) : 1;
        List<MediaGateway.CallerSource> sources = new ArrayList<>();
        for (CallTypeConfig ct : s.callTypes()) {
            sources.add(new MediaGateway.CallerSource(ct, ct.arrivalRate().scaled(day),
                    talkByDialedNumber.get(ct.dialedNumber()),
                    streams.stream("arrivals:" + ct.name()), streams.stream("self-service:" + ct.name()),
                    streams.stream("agent-choice:" + ct.name()), streams.stream("patience:" + ct.name()),
                    streams.stream("talk:" + ct.name()), streams.stream("redial:" + ct.name())));
        }
        intervals = IntervalGrid.covering(s.run().horizonSeconds(), s.run().intervalSeconds());
        retransmissionsPerInterval = new double[intervals.count()];
        gateway = new MediaGateway(engine, Address.parse(s.gateway().address()), sipServerAddress, sources,
                s.gateway().aniPrefix(), s.run().warmUpSeconds(), s.run().horizonSeconds(), intervals,
                new ServiceLevelRule(s.routing().serviceLevelDefinition(),
                        RunSettings.seconds(s.routing().serviceLevelThreshold()),
                        RunSettings.seconds(s.routing().shortAbandon())), RunSettings.seconds(s.gateway().silenceTimeout()),
                RunSettings.seconds(s.gateway().noAnswerTimeout()), RunSettings.seconds(s.routing().waitForPort()) > 0,
                progress);
        pools().forEach(p -> p.trackIntervals(intervals));
        if (urs != null) {
            urs.trackIntervals(intervals);
        }
        gateway.bind(network.attach(gateway));
        network.attach(gateway.rtpReceiver());
        for (Node n : network.nodes()) {
            if (n instanceof SipEntity e) {
                e.useTransport(s.network().sip());
                if (!s.faults().isEmpty()) {
                    e.expectLosses();
                }
            }
        }
        if (resourceManager != null && s.resourceManager().ipcsMonitor() != null) {
            resourceManager.monitorIpcs(RunSettings.seconds(s.resourceManager().ipcsMonitor()),
                    s.run().horizonSeconds());
        }
        List<RandomStream> faultStreams = new ArrayList<>();
        for (int k = 0; k < s.faults().size(); k++) {
            faultStreams.add(streams.stream("faults:" + k));
        }
        outages = faultTargets(s, faultStreams);
    }

    /**
     * The nodes faults may take down. guide ch.1 "High Availability": a backup takes over only where SIP
     * Server and the Resource Manager stand on separate hosts; on one host neither high-availability
     * service works, and a fault of that host keeps both down until its repair.
     */
    private Outages faultTargets(Scenario s, List<RandomStream> faultStreams) {
        boolean oneHost = HighAvailability.sharedHost(s);
        List<Outages.Target> targets = new ArrayList<>();
        Map<String, Distribution> failover = new HashMap<>();
        targets.add(new Outages.Target(FaultConfig.SIP_SERVER, sipServer, true, s.sipServer().backup() != null
                && !oneHost));
        if (s.sipServer().backup() != null) {
            failover.put(FaultConfig.SIP_SERVER, s.sipServer().backup().failover());
        }
        if (resourceManager != null) {
            targets.add(new Outages.Target(FaultConfig.RESOURCE_MANAGER, resourceManager, false,
                    s.resourceManager().backup() != null && !oneHost));
            if (s.resourceManager().backup() != null) {
                failover.put(FaultConfig.RESOURCE_MANAGER, s.resourceManager().backup().failover());
            }
        }
        if (streamManager != null) {
            targets.add(new Outages.Target(FaultConfig.STREAM_MANAGER, streamManager, false, false));
        }
        for (int k = 0; k < ipcs.size(); k++) {
            targets.add(new Outages.Target("ipcs[" + k + "]", ipcs.get(k), false, false));
        }
        double aftermath = 64 * RunSettings.seconds(s.network().sip().t1())
                + RunSettings.seconds(s.gateway().silenceTimeout()) + RunSettings.seconds(s.gateway().noAnswerTimeout()) + 1;
        return new Outages(engine, s.faults(), targets, failover, faultStreams, gateway.losses(),
                s.run().horizonSeconds(), aftermath);
    }

    /** What GVP does with a caller who asks for an agent: the scenario's queuing choice and transfer method. */
    private static Ipcs.AgentHandoff handoff(Scenario s, Address sipServer, Address ivrServer) {
        if (s.routing().queuing() == Queuing.GVP) {
            return new Ipcs.AgentHandoff.QueueOnGvp(ivrServer, s.routing().virtualRoutingPoint());
        }
        String rp = s.routing().agentRoutingPoint();
        if (rp == null) {
            return new Ipcs.AgentHandoff.None();
        }
        return switch (s.routing().transferMethod()) {
            case IVR_SERVER -> new Ipcs.AgentHandoff.IvrServerTransfer(ivrServer, rp);
            case BRIDGED -> new Ipcs.AgentHandoff.Bridged(sipServer, new SipUri(rp, sipServer));
            case REFER -> new Ipcs.AgentHandoff.Refer(new SipUri(rp, sipServer));
        };
    }

    /**
     * In-Front delivery to an agent (guide ch.1, "Call Delivery from GVP to an Agent"): a bridged transfer;
     * a Routing Point of the virtual switch, asked through IVR Server, whose strategy's choice GVP then
     * transfers the call to (queuing on GVP with a Routing Point); or a REFER to a Routing Point of SIP
     * Server (IPCC, queuing there on Stream Manager).
     */
    private static Ipcs.AgentHandoff inFrontHandoff(Scenario s, Address sipServer, Address ivrServer) {
        String rp = s.routing().agentRoutingPoint();
        if (rp == null) {
            return new Ipcs.AgentHandoff.None();
        }
        if (s.routing().transferMethod() == TransferMethod.BRIDGED) {
            return new Ipcs.AgentHandoff.Bridged(sipServer, new SipUri(rp, sipServer));
        }
        if (s.ivrServer().virtualSwitch().routingPoints().contains(rp)) {
            return new Ipcs.AgentHandoff.QueueOnGvp(ivrServer, rp);
        }
        return new Ipcs.AgentHandoff.Refer(new SipUri(rp, sipServer));
    }

    /** Where SIP Server calls GVP to bring it back into a conversation: the RM, else the first IPCS. */
    private static SipUri conferenceEntry(Scenario s) {
        if (s.resourceManager() != null) {
            return SipUri.parse("sip:" + s.resourceManager().address());
        }
        return s.ipcs().isEmpty() ? null : SipUri.parse("sip:" + s.ipcs().get(0).address());
    }

    /** Agent phones get addresses of their own, in 172.22.0.0/16. */
    private static Address agentAddress(int k) {
        return new Address("172.22." + (k / 250) + "." + (k % 250 + 1), 5060);
    }

    /** Builds the world of replication {@code replication} of {@code scenario}. */
    public static ContactCenter build(Scenario scenario, int replication, Progress progress, Trace trace) {
        return new ContactCenter(scenario, replication, progress, trace);
    }

    /** Builds and runs replication {@code replication} without a trace. */
    public static ReplicationResult replicate(Scenario scenario, int replication, Progress progress) {
        return build(scenario, replication, progress, Trace.OFF).run(replication);
    }

    /** Runs until every call has ended, and returns the measures of the observed window. */
    public ReplicationResult run(int replication) {
        if (ran) {
            throw new IllegalStateException("a ContactCenter runs once; build another for the next replication");
        }
        ran = true;
        engine.schedule(scenario.run().warmUpSeconds(), this::startObservation);
        engine.schedule(scenario.run().horizonSeconds(), this::endObservation);
        outages.start();
        for (int k = 0; k < intervals.count(); k++) {
            int interval = k;
            engine.schedule(Math.min(intervals.start(k) + intervals.length(), scenario.run().horizonSeconds()), () -> {
                long now = retransmissions();
                retransmissionsPerInterval[interval] = now - retransmissionsSoFar;
                retransmissionsSoFar = now;
            });
        }
        if (statServer != null) {
            statServer.start();
            urs.start();
        }
        if (ivrServer != null) {
            ivrServer.start();
        }
        if (resourceManager != null) {
            resourceManager.start();
        }
        for (AgentPhone a : agents) {
            a.start();
        }
        gateway.start();
        engine.runUntilEmpty();
        return measures(replication);
    }

    private List<CountedPool> pools() {
        List<CountedPool> pools = new ArrayList<>();
        for (Ipcs i : ipcs) {
            pools.add(i.ports());
            pools.add(i.selfServicePorts());
            pools.add(i.queuePorts());
            pools.add(i.bridgedPorts());
        }
        if (streamManager != null) {
            pools.add(streamManager.ports());
        }
        pools.addAll(agentsBusy.values());
        pools.addAll(agentsStaffed.values());
        return pools;
    }

    /** {@code c} since the start of the run. */
    private long count(Count c) {
        return switch (c) {
            case RM_REFUSALS -> resourceManager == null ? 0 : resourceManager.rejected();
            case RM_STATE_RACES -> sipServer.redirectRaces() + (urs == null ? 0 : urs.rmViewBehind());
            case RM_NO_CAPABLE_IPCS -> resourceManager == null ? 0 : resourceManager.noCapableIpcs();
            case IPCS_REFUSALS -> ipcs.stream().mapToLong(Ipcs::rejected).sum();
            case NO_APPLICATION -> ipcs.stream().mapToLong(Ipcs::unknownApplication).sum();
            case NO_ACCESS_RESOURCE -> ivrServerInFront == null ? 0 : ivrServerInFront.noAccessResource();
            case UNMATCHED_AT_IVR_SERVER -> ivrServerInFront == null ? 0 : ivrServerInFront.unmatched();
            case UNMATCHED_ON_EXTERNAL_ROUTING_POINT -> sipServer.isccMatchFailures();
            case CONFERENCES_ASKED -> sipServer.conferences()[0];
            case CONFERENCES_REFUSED -> sipServer.conferences()[1];
            case CONFERENCES_HELD -> sipServer.conferences()[2];
            case SIP_RETRANSMISSIONS -> retransmissions();
            case STREAM_MANAGER_REFUSALS -> streamManager == null ? 0 : streamManager.rejected();
        };
    }

    /** {@code c} in the observed window. */
    private long observed(Count c) {
        return countsObserved.get(c);
    }

    private long retransmissions() {
        return network.nodes().stream().filter(n -> n instanceof SipEntity).mapToLong(n -> ((SipEntity) n)
                .retransmissions()).sum();
    }

    private long[] capabilityFailuresByType() {
        long[] out = new long[scenario.callTypes().size()];
        for (int t = 0; t < out.length; t++) {
            String dnis = scenario.callTypes().get(t).dialedNumber();
            for (Ipcs i : ipcs) {
                out[t] += i.capabilityFailures().getOrDefault(dnis, 0L);
            }
        }
        return out;
    }

    private void startObservation() {
        for (Count c : Count.values()) {
            countsAtStart.put(c, count(c));
        }
        capabilityFailuresAtStart = capabilityFailuresByType();
        pools().forEach(CountedPool::startObservation);
        if (urs != null) {
            urs.startObservation();
        }
        sipServerEndpoint.resetCounts();
    }

    private void endObservation() {
        for (Count c : Count.values()) {
            countsObserved.put(c, count(c) - countsAtStart.get(c));
        }
        long[] failures = capabilityFailuresByType();
        capabilityFailuresObserved = new long[failures.length];
        for (int t = 0; t < failures.length; t++) {
            capabilityFailuresObserved[t] = failures[t] - capabilityFailuresAtStart[t];
        }
        pools().forEach(CountedPool::endObservation);
        pools().forEach(p -> p.intervals().closeAt(engine.now()));
        if (urs != null) {
            urs.queueIntervals().closeAt(engine.now());
        }
        if (urs != null) {
            urs.endObservation();
        }
        double span = scenario.run().horizonSeconds() - scenario.run().warmUpSeconds();
        sipMessagesPerSecond = (sipServerEndpoint.received() - sipServerEndpoint.ctiReceived()) / span;
        ctiMessagesPerSecond = (sipServerEndpoint.ctiSent() + sipServerEndpoint.ctiReceived()) / span;
        if (sipServerEndpoint.processing() != null) {
            sipServerMeanWait = sipServerEndpoint.processing().meanWait();
            overloadRefused = sipServerEndpoint.processing().refused();
        }
    }

    private ReplicationResult measures(int replication) {
        CallLedger ledger = gateway.ledger();
        ReplicationResult.Builder b = new ReplicationResult.Builder();
        long offered = ledger.offered();
        b.add("offered calls", "calls", offered);
        b.add("redial attempts", "calls", ledger.redials());
        for (CallOutcome o : CallOutcome.values()) {
            b.add("calls " + o.label(), "calls", ledger.count(o));
        }
        // why calls were lost: a configuration error is failed, with its cause, never blocked
        for (OutcomeReason reason : OutcomeReason.values()) {
            if (reason.outcome() == CallOutcome.BLOCKED || reason.outcome() == CallOutcome.FAILED
                    || reason.outcome() == CallOutcome.ABANDONED) {
                b.add(reason.measure(), "calls", ledger.count(reason));
            }
        }
        long attempts = offered + ledger.redials();
        b.add("blocking probability", "ratio", attempts == 0 ? 0 : (double) ledger.count(CallOutcome.BLOCKED) / attempts);
        b.add("post-dial delay", "s", ledger.meanPostDialDelay());
        if (urs != null) {
            b.add("blocking probability at entry", "ratio", attempts == 0 ? 0 : (double) ledger.refusedAtEntry() / attempts);
            b.add("calls asking for an agent", "calls", ledger.wantedAgent());
            b.add("service level", "ratio", ledger.serviceLevel());
            b.add("average speed of answer", "s", ledger.averageSpeedOfAnswer());
            b.add("abandonment rate", "ratio", ledger.abandonmentRate());
            b.add("probability of waiting", "ratio", urs.probabilityOfWaiting());
            b.add("mean time waiting", "s", ledger.meanTimeWaiting());
            b.add("queue length", "calls", urs.meanQueueLength());
            b.add("peak queue length", "calls", urs.peakQueueLength());
            urs.portWaitMeasures(b);
        }
        b.add("SIP Server SIP messages per second", "msg/s", sipMessagesPerSecond);
        b.add("SIP retransmissions", "messages", observed(Count.SIP_RETRANSMISSIONS));
        if (!scenario.faults().isEmpty()) {
            b.add("messages lost to nodes down", "messages", network.lostToDownNodes());
            outages.measures(b);
        }
        if (urs != null) {
            b.add("SIP Server CTI messages per second", "msg/s", ctiMessagesPerSecond);
        }
        if (sipServerEndpoint.processing() != null) {
            b.add("SIP Server processing wait", "s", sipServerMeanWait);
        }
        if (scenario.sipServer().overload() != null) {
            b.add("SIP Server INVITEs refused by its overload policy (503)", "messages", overloadRefused);
        }
        if (resourceManager != null) {
            b.add("Resource Manager refusals (no free port)", "calls", observed(Count.RM_REFUSALS));
            b.add("Resource Manager state races (port taken before its NOTIFY)", "calls", observed(Count.RM_STATE_RACES));
        }
        b.add("IPCS refusals (every port busy)", "calls", observed(Count.IPCS_REFUSALS));
        b.add("IPCS calls with no application for their DNIS", "calls", observed(Count.NO_APPLICATION));
        capabilityMeasures(b, ledger);
        if (scenario.agentGroups().stream().anyMatch(g -> g.conferenceGvp() != null)) {
            b.add("GVP conferences asked by agents", "calls", observed(Count.CONFERENCES_ASKED));
            b.add("GVP conferences refused by GVP (re-INVITE)", "calls", observed(Count.CONFERENCES_REFUSED));
            b.add("GVP conferences held", "calls", observed(Count.CONFERENCES_HELD));
        }
        if (ivrServerInFront != null) {
            b.add("routings to GVP refused for want of an Access Resource", "calls", observed(Count.NO_ACCESS_RESOURCE));
            b.add("GVP calls IVR Server could not match", "calls", observed(Count.UNMATCHED_AT_IVR_SERVER));
            b.add("calls not matched on the External Routing Point", "calls", observed(Count.UNMATCHED_ON_EXTERNAL_ROUTING_POINT));
        }
        for (Ipcs i : ipcs) {
            addPool(b, i.ports(), i.name(), "ports");
            if (urs != null) {
                b.add(i.name() + " ports in self-service", "ports", i.selfServicePorts().meanBusy());
                b.add(i.name() + " ports holding queued callers", "ports", i.queuePorts().meanBusy());
                b.add(i.name() + " ports in bridged conversations", "ports", i.bridgedPorts().meanBusy());
            }
        }
        if (streamManager != null) {
            addPool(b, streamManager.ports(), "Stream Manager", "ports");
            b.add("Stream Manager refused treatments", "calls", observed(Count.STREAM_MANAGER_REFUSALS));
        }
        agentsBusy.forEach((group, pool) -> b.add("agent occupancy " + group, "ratio",
                ratio(pool.meanBusy(), agentsStaffed.get(group).meanBusy())));
        agentsStaffed.forEach((group, pool) -> b.add("agents logged in " + group, "agents", pool.meanBusy()));
        if (scenario.costs() != null) {
            b.add("trunk minutes", "min", ledger.trunkMinutes());
            double agents = agentsStaffed.values().stream().mapToDouble(pool -> pool.meanBusy()).sum();
            DayCost cost = DayCost.of(scenario, agents, ledger.trunkMinutes(),
                    ledger.count(CallOutcome.SERVED_BY_IVR) + ledger.count(CallOutcome.SERVED_BY_AGENT));
            cost.measures().forEach((label, value) -> b.add(label, scenario.costs().currency(), value));
        }
        perInterval(b, ledger);
        b.addHistogram(ledger.postDialDelayHistogram());
        return b.build(replication);
    }

    /**
     * guide ch.1 "GVP Resource Manager": per call type needing a capability, the applications that failed
     * for it; per capability, its pool of IPCS ports, the blocking of the calls needing it, and their
     * failures. Nothing when no IPCS declares a capability and no call type needs one.
     */
    private void capabilityMeasures(ReplicationResult.Builder b, CallLedger ledger) {
        Set<String> capabilities = new TreeSet<>();
        scenario.ipcs().forEach(c -> capabilities.addAll(c.capabilities()));
        scenario.callTypes().forEach(t -> capabilities.addAll(t.requires()));
        if (capabilities.isEmpty()) {
            return;
        }
        if (resourceManager != null) {
            b.add("Resource Manager calls with no capable IPCS", "calls", observed(Count.RM_NO_CAPABLE_IPCS));
        }
        for (int t = 0; t < scenario.callTypes().size(); t++) {
            if (!scenario.callTypes().get(t).requires().isEmpty()) {
                b.add("capability failures " + scenario.callTypes().get(t).name(), "calls", capabilityFailuresObserved[t]);
            }
        }
        for (String cap : capabilities) {
            double busy = 0;
            for (int i = 0; i < ipcs.size(); i++) {
                if (scenario.ipcs().get(i).capabilities().contains(cap)) {
                    busy += ipcs.get(i).ports().meanBusy();
                }
            }
            long attempts = 0;
            long blocked = 0;
            long failures = 0;
            for (int t = 0; t < scenario.callTypes().size(); t++) {
                if (scenario.callTypes().get(t).requires().contains(cap)) {
                    attempts += ledger.attemptsOfType(t);
                    blocked += ledger.countOfType(t, CallOutcome.BLOCKED);
                    failures += capabilityFailuresObserved[t];
                }
            }
            b.add(cap + " pool busy ports", "ports", busy);
            b.add(cap + " pool blocking probability", "ratio", attempts == 0 ? Double.NaN : (double) blocked / attempts);
            b.add(cap + " pool capability failures", "calls", failures);
        }
    }

    /** The measures of each reporting interval: calls by their arrival interval, resources as time averages. */
    private void perInterval(ReplicationResult.Builder b, CallLedger ledger) {
        b.addPerInterval("offered calls", "calls", intervals, ledger.offeredPerInterval());
        b.addPerInterval("calls blocked", "calls", intervals, ledger.blockedPerInterval());
        b.addPerInterval("calls failed", "calls", intervals, ledger.failedPerInterval());
        b.addPerInterval("blocking probability", "ratio", intervals, ledger.blockingPerInterval());
        b.addPerInterval("calls served", "calls", intervals, ledger.servedPerInterval());
        b.addPerInterval("post-dial delay", "s", intervals, ledger.postDialDelayPerInterval());
        b.addPerInterval("SIP retransmissions", "messages", intervals, retransmissionsPerInterval);
        for (Ipcs i : ipcs) {
            b.addPerInterval(i.name() + " busy ports", "ports", intervals, averages(i.ports().intervals()));
            b.addPerInterval(i.name() + " peak busy ports", "ports", intervals, peaks(i.ports().intervals()));
        }
        if (urs == null) {
            return;
        }
        b.addPerInterval("service level", "ratio", intervals, ledger.serviceLevelPerInterval());
        b.addPerInterval("average speed of answer", "s", intervals, ledger.averageSpeedOfAnswerPerInterval());
        b.addPerInterval("abandonment rate", "ratio", intervals, ledger.abandonmentPerInterval());
        b.addPerInterval("queue length", "calls", intervals, averages(urs.queueIntervals()));
        b.addPerInterval("peak queue length", "calls", intervals, peaks(urs.queueIntervals()));
        if (streamManager != null) {
            b.addPerInterval("Stream Manager busy ports", "ports", intervals,
                    averages(streamManager.ports().intervals()));
            b.addPerInterval("Stream Manager peak busy ports", "ports", intervals,
                    peaks(streamManager.ports().intervals()));
        }
        agentsBusy.forEach((group, pool) -> {
            double[] busy = averages(pool.intervals());
            double[] staffed = averages(agentsStaffed.get(group).intervals());
            double[] occupancy = new double[busy.length];
            for (int k = 0; k < occupancy.length; k++) {
                occupancy[k] = ratio(busy[k], staffed[k]);
            }
            b.addPerInterval("agent occupancy " + group, "ratio", intervals, occupancy);
            b.addPerInterval("agents logged in " + group, "agents", intervals, staffed);
        });
    }

    /** Busy over logged-in time; NaN when nobody was logged in. */
    private static double ratio(double busy, double staffed) {
        return staffed > 0 ? busy / staffed : Double.NaN;
    }

    private double[] averages(IntervalAccumulator a) {
        double[] out = new double[intervals.count()];
        for (int k = 0; k < out.length; k++) {
            out[k] = a.average(k);
        }
        return out;
    }

    private double[] peaks(IntervalAccumulator a) {
        double[] out = new double[intervals.count()];
        for (int k = 0; k < out.length; k++) {
            out[k] = a.max(k);
        }
        return out;
    }

    private static void addPool(ReplicationResult.Builder b, CountedPool pool, String name, String unit) {
        b.add(name + " busy " + unit, unit, pool.meanBusy());
        b.add(name + " port utilization", "ratio", pool.meanBusy() / pool.capacity());
        b.add(name + " peak busy " + unit, unit, pool.peakBusy());
    }

    public Engine engine() {
        return engine;
    }

    public Network network() {
        return network;
    }

    public MediaGateway gateway() {
        return gateway;
    }

    public SipServer sipServer() {
        return sipServer;
    }

    /** The Resource Manager, or null in a Behind deployment without one. */
    public ResourceManager resourceManager() {
        return resourceManager;
    }

    public List<Ipcs> ipcs() {
        return List.copyOf(ipcs);
    }

    /** Stream Manager, or null without one. */
    public StreamManager streamManager() {
        return streamManager;
    }

    /** IVR Server as the T-Server of GVP's virtual switch, or null outside In-Front mode. */
    public IvrServerInFront ivrServerInFront() {
        return ivrServerInFront;
    }

    /** URS, or null in Stand-Alone mode. */
    public Urs urs() {
        return urs;
    }

    public List<AgentPhone> agents() {
        return List.copyOf(agents);
    }

    /** Per agent group, the time-weighted count of busy agents. */
    public Map<String, CountedPool> agentsBusy() {
        return Map.copyOf(agentsBusy);
    }
}
