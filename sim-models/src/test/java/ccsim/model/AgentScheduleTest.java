package ccsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.core.experiment.Progress;
import ccsim.core.message.SipMethod;
import ccsim.core.message.SipRequest;
import ccsim.core.network.Delivery;
import ccsim.core.random.Distribution;
import ccsim.core.stats.IntervalObservation;
import ccsim.core.stats.ReplicationResult;
import ccsim.core.trace.CallTrace;
import ccsim.model.config.AgentGroupConfig;
import ccsim.model.config.BreakConfig;
import ccsim.model.config.Scenario;
import ccsim.model.config.ShiftConfig;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Agents work their shifts: nobody of a group whose shift has ended is offered a call. */
class AgentScheduleTest {

    private static Scenario withShifts(List<ShiftConfig> shifts) {
        Scenario s = BehindFixture.scenario(20, 8, 150, 0.9, new Distribution.Exponential(30),
                new Distribution.Exponential(150), new Distribution.Exponential(120),
                new Distribution.Lognormal(0.004, 0.003), Duration.ofHours(4), Duration.ZERO, 1);
        AgentGroupConfig g = s.agentGroups().get(0);
        AgentGroupConfig scheduled = new AgentGroupConfig(g.name(), g.agents(), g.firstDn(), g.dialedNumbers(),
                g.talkTime(), g.afterCallWork(), g.answerDelay(), shifts);
        return new Scenario(s.name(), s.description(), s.mode(), s.run(), s.network(), s.gateway(), s.sipServer(),
                s.resourceManager(), s.ipcs(), s.routing(), s.ivrServer(), s.streamManager(), List.of(scheduled),
                s.callTypes(), s.targets());
    }

    @Test
    void noCallReachesAGroupAfterItsShiftEnds() {
        // all 8 agents from the start to 2 h, with a 15-minute break at 1 h for the first 4
        Scenario s = withShifts(List.of(
                new ShiftConfig(4, Duration.ZERO, Duration.ofHours(2), List.of(new BreakConfig(Duration.ofHours(1),
                        Duration.ofMinutes(15)))),
                new ShiftConfig(4, Duration.ZERO, Duration.ofHours(2), null)));
        CallTrace trace = new CallTrace(1_000_000);
        ContactCenter cc = ContactCenter.build(s, 0, new Progress(), trace);
        ReplicationResult r = cc.run(0);

        List<Delivery> toAgents = trace.deliveries().stream()
                .filter(d -> d.to().host().startsWith("172.22.") && d.message() instanceof SipRequest q
                        && q.method() == SipMethod.INVITE).toList();
        assertTrue(toAgents.size() > 100, "agents took calls while on duty: " + toAgents.size());
        double shiftEnd = 2 * 3600;
        assertTrue(toAgents.stream().allMatch(d -> d.sentAt() < shiftEnd), "a call was offered after the shift");
        // during the break only the second half of the group is offered calls
        List<String> onBreak = List.of("172.22.0.1", "172.22.0.2", "172.22.0.3", "172.22.0.4");
        assertTrue(toAgents.stream().filter(d -> d.sentAt() > 3600 + 1 && d.sentAt() < 3600 + 900)
                .noneMatch(d -> onBreak.contains(d.to().host())), "a call was offered to an agent on a break");
        // callers after the shift get no agent: they wait and give up, and the conservation holds
        assertEquals(cc.gateway().ledger().attemptsAllTime(), cc.gateway().ledger().endedAllTime());
        assertTrue(cc.agents().stream().noneMatch(a -> a.busy()));
        List<IntervalObservation> loggedIn = r.intervals().stream()
                .filter(o -> o.measure().equals("agents logged in sales")).toList();
        assertEquals(8.0, loggedIn.get(0).value(), 1e-9, "all 8 in the first quarter hour");
        // agents in a call when the break or the shift ends finish it first, so they leave a little later
        double duringBreak = loggedIn.get(4).value();
        assertTrue(duringBreak >= 4 && duringBreak < 8, "about 4 during the break (1:00-1:15): " + duringBreak);
        assertTrue(loggedIn.get(12).value() < 2, "nobody after 2 h but those finishing: " + loggedIn.get(12).value());
        assertEquals(0.0, loggedIn.get(15).value(), 1e-9, "nobody at all in the last quarter hour");
    }
}
