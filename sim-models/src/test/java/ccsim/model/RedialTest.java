package ccsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.core.experiment.Progress;
import ccsim.core.random.Distribution;
import ccsim.core.stats.ReplicationResult;
import ccsim.core.trace.Trace;
import ccsim.model.caller.CallLedger;
import ccsim.model.config.CallTypeConfig;
import ccsim.model.config.RedialConfig;
import ccsim.model.config.Scenario;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Blocked callers try again: attempts = first attempts + redials, and a redial is no new caller. */
class RedialTest {

    private static Scenario overloaded(RedialConfig redial) {
        Scenario s = StandAloneFixture.scenario(new int[] {8}, 400, new Distribution.Exponential(120),
                new Distribution.Constant(0.002), Duration.ofHours(3), Duration.ZERO, 1);
        CallTypeConfig ct = s.callTypes().get(0);
        CallTypeConfig withRedial = new CallTypeConfig(ct.name(), ct.dialedNumber(), ct.callsPerHour(), null,
                ct.selfService(), ct.agentShare(), ct.patience(), redial);
        return new Scenario(s.name(), s.description(), s.mode(), s.run(), s.network(), s.gateway(), s.sipServer(),
                s.resourceManager(), s.ipcs(), s.routing(), s.ivrServer(), s.streamManager(), s.agentGroups(),
                List.of(withRedial), s.targets());
    }

    @Test
    void redialsAreCountedApartFromCallers() {
        ContactCenter with = ContactCenter.build(overloaded(new RedialConfig(0.7, new Distribution.Exponential(60))), 0,
                new Progress(), Trace.OFF);
        ReplicationResult r = with.run(0);
        ReplicationResult without = ContactCenter.replicate(overloaded(null), 0, new Progress());
        CallLedger ledger = with.gateway().ledger();

        assertTrue(r.value("redial attempts") > 50, "the pool was chosen to block: " + r.value("redial attempts"));
        // the same callers arrive either way: redials add attempts, never callers
        assertEquals(without.value("offered calls"), r.value("offered calls"));
        assertEquals(r.value("offered calls") + r.value("redial attempts"), ledger.attemptsAllTime());
        assertEquals(ledger.attemptsAllTime(), ledger.endedAllTime(), "every attempt ends once");
        double outcomes = 0;
        for (CallOutcome o : CallOutcome.values()) {
            outcomes += r.value("calls " + o.label());
        }
        assertEquals(r.value("offered calls") + r.value("redial attempts"), outcomes);
        assertTrue(r.value("blocking probability") > without.value("blocking probability"),
                "redials load the pool further");
    }
}
