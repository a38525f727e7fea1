package ccsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.core.experiment.Experiment;
import ccsim.core.experiment.Progress;
import ccsim.core.random.Distribution;
import ccsim.core.stats.ReplicationResult;
import ccsim.core.trace.Trace;
import ccsim.model.config.CallTypeConfig;
import ccsim.model.config.IpcsConfig;
import ccsim.model.config.NoCapableIpcs;
import ccsim.model.config.PortSelection;
import ccsim.model.config.ResourceManagerConfig;
import ccsim.model.config.RoutingConfig;
import ccsim.model.config.Scenario;
import ccsim.model.config.SelectionPolicy;
import java.time.Duration;
import ccsim.model.gvp.Ipcs;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;

/**
 * IPCS selection by capability (guide ch.1 "GVP Resource Manager" and the note on Behind steps 3 to
 * 6): the RM names only an IPCS with every capability a call's application needs; a strategy choosing
 * ports itself does not look, and calls land where their application fails.
 */
class CapabilityTest {
    private static final String ASR_IPCS = "172.21.11.15:5060";

    /** Stand-Alone: IPCS .15 has ASR, .16 has not; speech calls need ASR, touch-tone calls nothing. */
    private static Scenario standAlone(NoCapableIpcs whenNone) {
        Scenario s = StandAloneFixture.scenario(new int[] {4, 4}, 200, new Distribution.Exponential(120),
                new Distribution.Lognormal(0.003, 0.002), Duration.ofHours(4), Duration.ZERO, 1);
        CallTypeConfig t = s.callTypes().get(0);
        return new Scenario(s.name(), s.description(), s.mode(), s.run(), s.network(), s.gateway(), s.sipServer(),
                new ResourceManagerConfig(s.resourceManager().address(), SelectionPolicy.ROUND_ROBIN, null, whenNone),
                List.of(new IpcsConfig(ASR_IPCS, 4, null, null, null, List.of("asr", "tts")),
                        new IpcsConfig("172.21.11.16:5060", 4, null, null, null, List.of("tts"))),
                s.routing(), s.ivrServer(), s.streamManager(), s.agentGroups(), List.of(
                        new CallTypeConfig("speech", "2801", 60.0, null, t.selfService(), 0.0, null, null, null, null,
                                List.of("asr")),
                        new CallTypeConfig("touch-tone", "2802", 120.0, null, t.selfService(), 0.0, null, null, null,
                                null, List.of())),
                s.targets());
    }

    @Test
    void withTheRmNoAsrCallReachesAnIpcsWithoutAsr() {
        for (int r = 0; r < 5; r++) {
            ContactCenter cc = ContactCenter.build(standAlone(NoCapableIpcs.BLOCK), r, new Progress(), Trace.OFF);
            ReplicationResult result = cc.run(r);
            Conservation.assertNothingLost(cc, 500);
            for (Ipcs ipcs : cc.ipcs()) {
                assertEquals(Map.of(), ipcs.capabilityFailures(), ipcs.name());
            }
            assertEquals(0, result.value("capability failures speech"));
            assertEquals(0, result.value("calls failed"));
            // the ASR IPCS fills up at times, and then speech calls are refused although .16 has ports
            assertTrue(result.value("Resource Manager calls with no capable IPCS") > 0);
            assertTrue(result.value("asr pool blocking probability") > result.value("blocking probability"));
        }
    }

    @Test
    void sentAnywayTheApplicationFails() {
        ContactCenter cc = ContactCenter.build(standAlone(NoCapableIpcs.ANY_IPCS), 0, new Progress(), Trace.OFF);
        ReplicationResult result = cc.run(0);
        Conservation.assertNothingLost(cc, 500);
        double failures = result.value("capability failures speech");
        assertTrue(failures > 0);
        assertEquals(failures, result.value("calls failed"));
        assertEquals(failures, result.value("asr pool capability failures"));
        assertEquals(failures, result.value("Resource Manager calls with no capable IPCS"));
    }

    /**
     * Behind without the RM, the strategy picks any free port at random: nA = 4 ports with ASR, nB = 4
     * without, every call needs ASR and fails at once where it is missing (at zero latency and answer
     * delay it holds its port for no time). So the non-ASR ports are always free and, with k of the ASR
     * ports busy, a call fails with probability nB / (nA − k + nB). k is a birth–death chain (births at
     * λ (nA − k) / (nA − k + nB), deaths at k μ); by PASTA the failure share is the stationary mean of
     * that probability, computed here from the chain alone.
     */
    @Test
    void withoutTheRmTheAsrFailureShareIsTheShareOfNonAsrPortsAmongFreeOnes() {
        int nA = 4;
        int nB = 4;
        double mean = 120;
        double lambda = 3.0 / mean; // 3 Erlangs offered
        Scenario base = BehindFixture.scenario(nA, 1, lambda * 3600, 0, new Distribution.Exponential(mean),
                new Distribution.Constant(60), null, new Distribution.Constant(0), Duration.ofHours(10),
                Duration.ofHours(1), 20);
        RoutingConfig r = base.routing();
        Scenario s = base.withRouting(new RoutingConfig(false, r.queuing(), r.agentRoutingPoint(), r.transferMethod(),
                        r.virtualRoutingPoint(), r.serviceLevelThreshold(), PortSelection.RANDOM, null))
                .withIpcs(List.of(new IpcsConfig(ASR_IPCS, nA, "2011", null, BehindFixture.TABLE_5, List.of("asr")),
                        new IpcsConfig("172.21.11.16:5060", nB, "2021", null, BehindFixture.TABLE_5, List.of())))
                .withCallTypes(List.of(withAsr(base.callTypes().get(0))));

        double[] pi = new double[nA + 1];
        pi[0] = 1;
        for (int k = 0; k < nA; k++) {
            pi[k + 1] = pi[k] * lambda * (nA - k) / (nA - k + nB) / ((k + 1) / mean);
        }
        double norm = Arrays.stream(pi).sum();
        double expected = 0;
        for (int k = 0; k <= nA; k++) {
            expected += pi[k] / norm * nB / (nA - k + nB);
        }
        double theory = expected;

        List<ReplicationResult> reps = Experiment.run(20, 2, (rep, p) -> ContactCenter.replicate(s, rep, p), null);
        SummaryStatistics share = new SummaryStatistics();
        for (ReplicationResult rep : reps) {
            assertEquals(0, rep.value("calls blocked"), "a port without ASR is always free");
            share.addValue(rep.value("capability failures main") / rep.value("offered calls"));
        }
        // one check: a 99% interval
        double halfWidth = new TDistribution(19).inverseCumulativeProbability(0.995) * share.getStandardDeviation()
                / Math.sqrt(20);
        assertTrue(Math.abs(share.getMean() - theory) <= halfWidth,
                () -> String.format("theory %.4f outside %.4f ± %.4f", theory, share.getMean(), halfWidth));
        assertTrue(halfWidth < 0.05 * theory, "interval too wide: ±" + halfWidth);
    }

    private static CallTypeConfig withAsr(CallTypeConfig t) {
        return new CallTypeConfig(t.name(), t.dialedNumber(), t.callsPerHour(), t.profile(), t.selfService(),
                t.agentShare(), t.patience(), t.redial(), t.skill(), t.overflow(), List.of("asr"));
    }
}
