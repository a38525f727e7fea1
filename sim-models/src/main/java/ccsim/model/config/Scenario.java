package ccsim.model.config;

import java.util.ArrayList;
import java.util.List;

/**
 * A deployment and its load: everything one simulation run needs, on GVP release {@code gvpRelease}
 * (7.5 or 7.6, default 7.6), with the {@code faults} that take nodes down. Field names are the scenario file's keys; absent optional fields take the
 * defaults set in each record's constructor. With {@code costs}, runs report what the deployment costs.
 */
public record Scenario(String name, String description, Mode mode, RunSettings run, NetworkConfig network,
                       GatewayConfig gateway, SipServerConfig sipServer, ResourceManagerConfig resourceManager,
                       List<IpcsConfig> ipcs, RoutingConfig routing, IvrServerConfig ivrServer,
                       StreamManagerConfig streamManager, List<AgentGroupConfig> agentGroups,
                       List<CallTypeConfig> callTypes, List<TargetConfig> targets, String gvpRelease,
                       List<FaultConfig> faults, CostsConfig costs) {
    /** The GVP releases the guide covers; 7.5 has the limitations of its ch.1 "Limitations for GVP 7.5 Only". */
    public static final List<String> GVP_RELEASES = List.of("7.5", "7.6");

    /** A scenario on GVP 7.6. */
    public Scenario(String name, String description, Mode mode, RunSettings run, NetworkConfig network,
                    GatewayConfig gateway, SipServerConfig sipServer, ResourceManagerConfig resourceManager,
                    List<IpcsConfig> ipcs, RoutingConfig routing, IvrServerConfig ivrServer,
                    StreamManagerConfig streamManager, List<AgentGroupConfig> agentGroups,
                    List<CallTypeConfig> callTypes, List<TargetConfig> targets) {
        this(name, description, mode, run, network, gateway, sipServer, resourceManager, ipcs, routing, ivrServer,
                streamManager, agentGroups, callTypes, targets, null, null, null);
    }

    /** A scenario without costs. */
    public Scenario(String name, String description, Mode mode, RunSettings run, NetworkConfig network,
                    GatewayConfig gateway, SipServerConfig sipServer, ResourceManagerConfig resourceManager,
                    List<IpcsConfig> ipcs, RoutingConfig routing, IvrServerConfig ivrServer,
                    StreamManagerConfig streamManager, List<AgentGroupConfig> agentGroups,
                    List<CallTypeConfig> callTypes, List<TargetConfig> targets, String gvpRelease,
                    List<FaultConfig> faults) {
        this(name, description, mode, run, network, gateway, sipServer, resourceManager, ipcs, routing, ivrServer,
                streamManager, agentGroups, callTypes, targets, gvpRelease, faults, null);
    }

    public Scenario {
        gvpRelease = gvpRelease == null ? "7.6" : gvpRelease;
        faults = faults == null ? List.of() : List.copyOf(faults);
        description = description == null ? "" : description;
        run = run == null ? new RunSettings(null, null, null, null, null, null) : run;
        network = network == null ? new NetworkConfig(null, null) : network;
        gateway = gateway == null ? new GatewayConfig(null, null) : gateway;
        sipServer = sipServer == null ? new SipServerConfig(null, null, null, null, null, null) : sipServer;
        ipcs = ipcs == null ? List.of() : List.copyOf(ipcs);
        routing = routing == null ? new RoutingConfig(null, null, null, null, null, null, null, null) : routing;
        ivrServer = ivrServer == null ? new IvrServerConfig(null, null, null, null) : ivrServer;
        agentGroups = agentGroups == null ? List.of() : List.copyOf(agentGroups);
        callTypes = callTypes == null ? List.of() : List.copyOf(callTypes);
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    /**
     * The agent groups that take calls of {@code type}, in the order they are tried: those its
     * overflow names first, in that order, then the other serving groups in file order.
     */
    public List<AgentGroupConfig> groupsFor(CallTypeConfig type) {
        List<AgentGroupConfig> order = new ArrayList<>();
        for (String name : type.overflow()) {
            agentGroups.stream().filter(g -> name.equals(g.name()) && g.serves(type)).findFirst().ifPresent(order::add);
        }
        agentGroups.stream().filter(g -> g.serves(type) && !order.contains(g)).forEach(order::add);
        return order;
    }

    public Scenario withRun(RunSettings newRun) {
        return new Scenario(name, description, mode, newRun, network, gateway, sipServer, resourceManager, ipcs,
                routing, ivrServer, streamManager, agentGroups, callTypes, targets, gvpRelease, faults, costs);
    }

    public Scenario withSipServer(SipServerConfig newSipServer) {
        return new Scenario(name, description, mode, run, network, gateway, newSipServer, resourceManager, ipcs,
                routing, ivrServer, streamManager, agentGroups, callTypes, targets, gvpRelease, faults, costs);
    }

    public Scenario withRouting(RoutingConfig newRouting) {
        return new Scenario(name, description, mode, run, network, gateway, sipServer, resourceManager, ipcs,
                newRouting, ivrServer, streamManager, agentGroups, callTypes, targets, gvpRelease, faults, costs);
    }

    public Scenario withCallTypes(List<CallTypeConfig> newCallTypes) {
        return new Scenario(name, description, mode, run, network, gateway, sipServer, resourceManager, ipcs,
                routing, ivrServer, streamManager, agentGroups, newCallTypes, targets, gvpRelease, faults, costs);
    }

    public Scenario withIpcs(List<IpcsConfig> newIpcs) {
        return new Scenario(name, description, mode, run, network, gateway, sipServer, resourceManager, newIpcs,
                routing, ivrServer, streamManager, agentGroups, callTypes, targets, gvpRelease, faults, costs);
    }

    public Scenario withAgentGroups(List<AgentGroupConfig> newGroups) {
        return new Scenario(name, description, mode, run, network, gateway, sipServer, resourceManager, ipcs,
                routing, ivrServer, streamManager, newGroups, callTypes, targets, gvpRelease, faults, costs);
    }

    public Scenario withGvpRelease(String release) {
        return new Scenario(name, description, mode, run, network, gateway, sipServer, resourceManager, ipcs,
                routing, ivrServer, streamManager, agentGroups, callTypes, targets, release, faults, costs);
    }

    public Scenario withResourceManager(ResourceManagerConfig newResourceManager) {
        return new Scenario(name, description, mode, run, network, gateway, sipServer, newResourceManager, ipcs,
                routing, ivrServer, streamManager, agentGroups, callTypes, targets, gvpRelease, faults, costs);
    }

    public Scenario withFaults(List<FaultConfig> newFaults) {
        return new Scenario(name, description, mode, run, network, gateway, sipServer, resourceManager, ipcs,
                routing, ivrServer, streamManager, agentGroups, callTypes, targets, gvpRelease, newFaults, costs);
    }

    public Scenario withStreamManager(StreamManagerConfig newStreamManager) {
        return new Scenario(name, description, mode, run, network, gateway, sipServer, resourceManager, ipcs,
                routing, ivrServer, newStreamManager, agentGroups, callTypes, targets, gvpRelease, faults, costs);
    }

    public Scenario withGateway(GatewayConfig newGateway) {
        return new Scenario(name, description, mode, run, network, newGateway, sipServer, resourceManager, ipcs,
                routing, ivrServer, streamManager, agentGroups, callTypes, targets, gvpRelease, faults, costs);
    }
}
