package ccsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.core.experiment.Experiment;
import ccsim.core.experiment.Progress;
import ccsim.core.queueing.Erlang;
import ccsim.core.queueing.ErlangA;
import ccsim.core.random.Distribution;
import ccsim.core.stats.ReplicationResult;
import ccsim.core.trace.Trace;
import ccsim.model.config.GatewayConfig;
import ccsim.model.config.RoutingConfig;
import ccsim.model.config.Scenario;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * routing.waitForPort: a call finding no free Voice Treatment Port waits on its Routing Point, its
 * caller's patience running, until a port frees. With exponential self-service (the port's holding
 * time), exponential patience and no agents, the port pool is then M/M/c+M, whose exact chain is Erlang
 * A; with waitForPort 0 it is a loss system, Erlang B, as before.
 *
 * <p>Each check uses a 99.9% interval (Bonferroni over the six checks of the two Erlang A cases).
 */
class PortWaitTest {
    private static final int REPLICATIONS = 20;
    private static final double SELF_SERVICE = 60;

    private static Scenario pool(int portsPerIpcs, double erlangs, double meanPatience, Duration waitForPort) {
        Scenario base = BehindFixture.scenario(portsPerIpcs, 1, erlangs / SELF_SERVICE * 3600, 0,
                new Distribution.Exponential(SELF_SERVICE), new Distribution.Constant(60),
                new Distribution.Exponential(meanPatience), new Distribution.Constant(0), Duration.ofHours(12),
                Duration.ofHours(1), REPLICATIONS);
        RoutingConfig r = base.routing();
        // the strategy picks a port itself (guide ch.1, note on steps 3 to 6): one pool of 2 × portsPerIpcs
        return base.withRouting(new RoutingConfig(false, r.queuing(), r.agentRoutingPoint(), r.transferMethod(),
                r.virtualRoutingPoint(), r.serviceLevelThreshold(), r.portSelection(), waitForPort))
                .withGateway(new GatewayConfig(null, null, null, Duration.ofHours(2)));
    }


    @ParameterizedTest(name = "{0} ports, {1} Erlangs, mean patience {2} s")
    @CsvSource({
            "10, 10.0, 90",
            "20, 19.0, 60",
    })
    void thePortPoolAgreesWithErlangA(int ports, double erlangs, double meanPatience) {
        Scenario s = pool(ports / 2, erlangs, meanPatience, Duration.ofHours(1));
        List<ReplicationResult> reps = Experiment.run(REPLICATIONS, 2, (r, p) -> ContactCenter.replicate(s, r, p), null);
        ErlangA theory = ErlangA.of(ports, erlangs / SELF_SERVICE, 1 / SELF_SERVICE, 1 / meanPatience);
        Agreement.assertCovers(Agreement.estimate(reps, "probability of waiting for a port"), theory.probabilityOfWaiting(), "P(wait)");
        Agreement.assertCovers(Agreement.estimate(reps, "probability of abandoning while waiting for a port"),
                theory.probabilityOfAbandoning(), "P(abandon)");
        // Little's law on the queue: E[W] = Lq/λ over all calls, so over those that waited it is E[W]/P(wait)
        Agreement.assertCovers(Agreement.estimate(reps, "mean wait for a port"), theory.meanWait() / theory.probabilityOfWaiting(),
                "E[wait | wait]");
        assertEquals(0, Agreement.estimate(reps, "calls blocked").mean(), "no call waits an hour: none is blocked");
    }

    /** waitForPort 0, the default: a call finding no port is rejected at once, and the pool is Erlang B. */
    @Test
    void noWaitIsErlangB() {
        int ports = 10;
        double erlangs = 8;
        Scenario s = pool(ports / 2, erlangs, 90, Duration.ZERO);
        List<ReplicationResult> reps = Experiment.run(REPLICATIONS, 2, (r, p) -> ContactCenter.replicate(s, r, p), null);
        Agreement.assertCovers(Agreement.estimate(reps, "blocking probability at entry"), Erlang.b(ports, erlangs), "blocking");
        assertTrue(reps.get(0).observations().stream().noneMatch(o -> o.measure().contains("for a port")),
                "no port-wait measures without waiting");
    }

    /** A short wait: calls no port takes in time are blocked; callers that hang up ringing abandon; all end once. */
    @Test
    void aCallNoPortTakesInTimeIsBlocked() {
        Scenario s = pool(5, 11, 90, Duration.ofSeconds(20));
        ContactCenter cc = ContactCenter.build(s, 0, new Progress(), Trace.OFF);
        ReplicationResult r = cc.run(0);
        Conservation.assertNothingLost(cc, 1000);
        assertTrue(r.value("calls no port took within waitForPort") > 20, "some waits run out");
        assertTrue(r.value("callers lost waiting for a port") > 5, "some callers hang up ringing");
        assertTrue(r.value("calls blocked") >= r.value("calls no port took within waitForPort") - 5,
                "a call no port took is blocked");
    }
}
