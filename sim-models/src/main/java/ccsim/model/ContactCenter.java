package ccsim.model;

import ccsim.core.engine.Engine;
import ccsim.core.experiment.Progress;
import ccsim.core.network.Address;
import ccsim.core.network.Endpoint;
import ccsim.core.network.Network;
import ccsim.core.random.RandomStreams;
import ccsim.core.stats.ReplicationResult;
import ccsim.core.trace.Trace;
import ccsim.model.caller.CallLedger;
import ccsim.model.caller.MediaGateway;
import ccsim.model.config.CallTypeConfig;
import ccsim.model.config.IpcsConfig;
import ccsim.model.config.LinkConfig;
import ccsim.model.config.Mode;
import ccsim.model.config.Scenario;
import ccsim.model.gvp.Ipcs;
import ccsim.model.gvp.ResourceManager;
import ccsim.model.sip.SipServer;
import ccsim.model.sip.TrunkDirectory;
import java.util.ArrayList;
import java.util.List;

/**
 * One replication's world: the engine, the network and the entities of a scenario, wired together.
 * Build one per replication; run it once.
 */
public final class ContactCenter {
    private final Scenario scenario;
    private final Engine engine;
    private final Network network;
    private final MediaGateway gateway;
    private final SipServer sipServer;
    private final Endpoint sipServerEndpoint;
    private final ResourceManager resourceManager;
    private final List<Ipcs> ipcs = new ArrayList<>();
    private double sipServerMessagesPerSecond = Double.NaN;
    private double sipServerMeanWait = Double.NaN;
    private boolean ran;

    private ContactCenter(Scenario s, int replication, Progress progress, Trace trace) {
        if (s.mode() != Mode.STAND_ALONE) {
            throw new IllegalArgumentException("mode " + s.mode() + " is not modelled yet");
        }
        this.scenario = s;
        RandomStreams streams = new RandomStreams(s.run().seed(), replication);
        engine = new Engine(s.run().eventList());
        network = new Network(engine, s.network().latency(), streams.stream("network:latency"), trace);
        for (LinkConfig link : s.network().links()) {
            network.setLatency(link.between(), link.and(), link.latency());
        }
        Address sipServerAddress = Address.parse(s.sipServer().address());
        sipServer = new SipServer(engine, sipServerAddress, new TrunkDirectory(s.sipServer().dns()));
        sipServerEndpoint = network.attach(sipServer, s.sipServer().processing(),
                streams.stream("processing:sip-server"));
        sipServer.bind(sipServerEndpoint);

        List<ResourceManager.IpcsView> views = new ArrayList<>();
        for (IpcsConfig c : s.ipcs()) {
            Address a = Address.parse(c.address());
            Ipcs node = new Ipcs(engine, a, c.ports(), c.answerDelay(), streams.stream("ipcs:answer:" + a));
            node.bind(network.attach(node));
            ipcs.add(node);
            views.add(new ResourceManager.IpcsView(a, c.ports()));
        }
        resourceManager = new ResourceManager(engine, Address.parse(s.resourceManager().address()),
                sipServerAddress, views, s.resourceManager().policy());
        resourceManager.bind(network.attach(resourceManager, s.resourceManager().processing(),
                streams.stream("processing:resource-manager")));

        List<MediaGateway.CallerStreams> callerStreams = new ArrayList<>();
        for (CallTypeConfig ct : s.callTypes()) {
            callerStreams.add(new MediaGateway.CallerStreams(streams.stream("arrivals:" + ct.name()),
                    streams.stream("self-service:" + ct.name())));
        }
        gateway = new MediaGateway(engine, Address.parse(s.gateway().address()), sipServerAddress, s.callTypes(),
                callerStreams, s.gateway().aniPrefix(), s.run().warmUpSeconds(), s.run().horizonSeconds(),
                progress);
        gateway.bind(network.attach(gateway));
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
        double warmUp = scenario.run().warmUpSeconds();
        double horizon = scenario.run().horizonSeconds();
        engine.schedule(warmUp, this::startObservation);
        engine.schedule(horizon, this::endObservation);
        resourceManager.start();
        gateway.start();
        engine.runUntilEmpty();
        return measures(replication);
    }

    private void startObservation() {
        for (Ipcs i : ipcs) {
            i.ports().startObservation();
        }
        sipServerEndpoint.resetCounts();
    }

    private void endObservation() {
        for (Ipcs i : ipcs) {
            i.ports().endObservation();
        }
        double span = scenario.run().horizonSeconds() - scenario.run().warmUpSeconds();
        sipServerMessagesPerSecond = sipServerEndpoint.received() / span;
        if (sipServerEndpoint.processing() != null) {
            sipServerMeanWait = sipServerEndpoint.processing().meanWait();
        }
    }

    private ReplicationResult measures(int replication) {
        CallLedger ledger = gateway.ledger();
        ReplicationResult.Builder b = new ReplicationResult.Builder();
        long offered = ledger.offered();
        b.add("offered calls", "calls", offered);
        for (CallOutcome o : CallOutcome.values()) {
            b.add("calls " + o.label(), "calls", ledger.count(o));
        }
        b.add("blocking probability", "ratio", offered == 0 ? 0 : (double) ledger.count(CallOutcome.BLOCKED) / offered);
        b.add("post-dial delay", "s", ledger.meanPostDialDelay());
        b.add("SIP Server messages per second", "msg/s", sipServerMessagesPerSecond);
        if (sipServerEndpoint.processing() != null) {
            b.add("SIP Server processing wait", "s", sipServerMeanWait);
        }
        for (Ipcs i : ipcs) {
            String name = i.name();
            b.add(name + " busy ports", "ports", i.ports().meanBusy());
            b.add(name + " port utilization", "ratio", i.ports().meanBusy() / i.ports().capacity());
            b.add(name + " peak busy ports", "ports", i.ports().peakBusy());
        }
        return b.build(replication);
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

    public ResourceManager resourceManager() {
        return resourceManager;
    }

    public List<Ipcs> ipcs() {
        return List.copyOf(ipcs);
    }
}
