package ccsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.core.experiment.Progress;
import ccsim.core.message.SipMethod;
import ccsim.core.message.SipRequest;
import ccsim.core.network.Delivery;
import ccsim.core.queueing.Erlang;
import ccsim.core.random.Distribution;
import ccsim.core.trace.CallTrace;
import ccsim.model.config.AgentGroupConfig;
import ccsim.model.config.CallTypeConfig;
import ccsim.model.config.Scenario;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.junit.jupiter.api.Test;

/**
 * Overflow between agent groups. A primary group of two agents that passes on every call finding
 * both busy, to a large group that nearly always has someone ready, is an Erlang loss system: the
 * share of calls the primary group answers is 1 - B(2, a), whatever the talk time distribution.
 */
class OverflowTest {
    private static final int REPLICATIONS = 8;
    private static final double CALLS_PER_HOUR = 200;
    private static final double AGENT_SHARE = 0.9;
    private static final double MEAN_TALK = 60;

    /** sales (2 agents, lists 5000) first, then general (10 agents, skill billing); callers never give up. */
    private static Scenario overflowCenter() {
        Scenario s = BehindFixture.scenario(30, 2, CALLS_PER_HOUR, AGENT_SHARE, new Distribution.Exponential(30),
                new Distribution.Lognormal(MEAN_TALK, 1.5 * MEAN_TALK), null, new Distribution.Lognormal(0.004, 0.003),
                Duration.ofHours(4), Duration.ZERO, REPLICATIONS);
        AgentGroupConfig billing = s.agentGroups().get(0);
        AgentGroupConfig general = new AgentGroupConfig("general", 10, "7101", List.of(), billing.talkTime(), null,
                null, null, List.of("billing"));
        CallTypeConfig t = s.callTypes().get(0);
        CallTypeConfig asksSkill = new CallTypeConfig(t.name(), t.dialedNumber(), t.callsPerHour(), null,
                t.selfService(), t.agentShare(), t.patience(), null, "billing", List.of("sales", "general"));
        return new Scenario(s.name(), s.description(), s.mode(), s.run(), s.network(), s.gateway(), s.sipServer(),
                s.resourceManager(), s.ipcs(), s.routing(), s.ivrServer(), s.streamManager(),
                List.of(billing, general), List.of(asksSkill), s.targets());
    }

    @Test
    void primaryGroupAnswersTheShareErlangBLeavesIt() {
        Scenario s = overflowCenter();
        double[] primaryShare = new double[REPLICATIONS];
        for (int r = 0; r < REPLICATIONS; r++) {
            CallTrace trace = new CallTrace(1_000_000);
            ContactCenter cc = ContactCenter.build(s, r, new Progress(), trace);
            cc.run(r);
            List<String> agentsOffered = trace.deliveries().stream()
                    .filter(OverflowTest::isNewCallToAnAgent)
                    .map(d -> ((SipRequest) d.message()).requestUri().toString().replaceAll("^sip:(\\d+)@.*", "$1")).toList();
            long primary = agentsOffered.stream().filter(dn -> dn.startsWith("70")).count();
            long overflow = agentsOffered.stream().filter(dn -> dn.startsWith("71")).count();
            assertEquals(agentsOffered.size(), primary + overflow, "only the two groups take these calls");
            assertTrue(overflow > 0, "the second group takes the calls the first cannot");
            primaryShare[r] = (double) primary / agentsOffered.size();
        }
        double mean = Arrays.stream(primaryShare).average().orElseThrow();
        TDistribution t = new TDistribution(REPLICATIONS - 1);
        double halfWidth999 = t.inverseCumulativeProbability(0.9995) * new StandardDeviation().evaluate(primaryShare)
                / Math.sqrt(REPLICATIONS);
        double erlangs = CALLS_PER_HOUR * AGENT_SHARE / 3600 * MEAN_TALK;
        double theory = 1 - Erlang.b(2, erlangs);
        System.out.printf("primary group share %.4f ± %.4f (99.9%%), 1 - B(2, %.1f) = %.4f%n", mean, halfWidth999,
                erlangs, theory);
        assertTrue(Math.abs(mean - theory) <= halfWidth999,
                () -> String.format("1 - Erlang B %.4f outside simulated %.4f ± %.4f", theory, mean, halfWidth999));
        assertTrue(halfWidth999 < 0.1 * theory, "interval too wide to mean anything: ±" + halfWidth999);
    }

    private static boolean isNewCallToAnAgent(Delivery d) {
        return d.message() instanceof SipRequest q && q.method() == SipMethod.INVITE && !q.headers().to().tagged()
                && q.requestUri().toString().matches("sip:7\\d{3}@.*");
    }
}
