package ccsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.core.experiment.Progress;
import ccsim.core.random.Distribution;
import ccsim.core.stats.ReplicationResult;
import ccsim.model.config.AgentGroupConfig;
import ccsim.model.config.RoutingConfig;
import ccsim.model.config.Scenario;
import ccsim.model.config.ServiceLevelDefinition;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * routing.serviceLevelDefinition: the same callers, counted over three bases. Callers an agent answered
 * within the threshold are the numerator of all three, so SL × base is the same count whichever the
 * definition; leaving abandons out (all, or the short ones) can only raise it.
 */
class ServiceLevelDefinitionTest {

    private static ReplicationResult run(ServiceLevelDefinition definition) {
        Scenario base = BehindFixture.scenario(40, 7, 150, 0.8, new Distribution.Lognormal(45, 30),
                new Distribution.Lognormal(180, 120), new Distribution.Exponential(40),
                new Distribution.Lognormal(0.004, 0.003), Duration.ofHours(3), Duration.ofMinutes(20), 1);
        // agents let the phone ring 1-4 s: some callers hang up then, the abandons that capped service level
        AgentGroupConfig g = base.agentGroups().get(0);
        RoutingConfig r = base.routing();
        Scenario s = base.withAgentGroups(List.of(new AgentGroupConfig(g.name(), g.agents(), g.firstDn(),
                        g.dialedNumbers(), g.talkTime(), g.afterCallWork(), new Distribution.Uniform(1, 4))))
                .withRouting(new RoutingConfig(r.useResourceManager(), r.queuing(), r.agentRoutingPoint(),
                        r.transferMethod(), r.virtualRoutingPoint(), r.serviceLevelThreshold(), r.portSelection(),
                        r.waitForPort(), definition, Duration.ofSeconds(5)));
        return ContactCenter.replicate(s, 0, new Progress());
    }

    @Test
    void theThreeDefinitionsCountTheSameAnsweredCallersOverTheirOwnBase() {
        ReplicationResult all = run(ServiceLevelDefinition.ANSWERED_AND_ABANDONED);
        ReplicationResult answered = run(ServiceLevelDefinition.ANSWERED);
        ReplicationResult shortOut = run(ServiceLevelDefinition.SHORT_ABANDONS_EXCLUDED);
        double a = all.value("calls served by agent");
        double b = all.value("calls abandoned");
        assertTrue(b > 20, "callers should abandon: " + b);
        assertEquals(a, answered.value("calls served by agent"), "the same callers in every run");
        double within = all.value("service level") * (a + b);
        assertEquals(within, answered.value("service level") * a, 1e-6, "answered within the threshold, either way");
        double sl = all.value("service level");
        double slShort = shortOut.value("service level");
        double slAnswered = answered.value("service level");
        assertTrue(sl < slShort && slShort < slAnswered, sl + " < " + slShort + " < " + slAnswered);
        double shortAbandons = a + b - within / slShort;
        assertTrue(shortAbandons >= 1 && shortAbandons < b, "some abandons, not all, are short: " + shortAbandons);
        assertEquals(Math.rint(shortAbandons), shortAbandons, 1e-6, "a whole number of callers left out");
    }
}
