package ccsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.core.experiment.Progress;
import ccsim.core.stats.IntervalObservation;
import ccsim.model.ContactCenter;
import ccsim.model.config.Scenario;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A staffing profile logs in, interval by interval, the agents it lists: the group's time-average says so. */
class StaffingProfileTest {
    private static Scenario load(String... sets) {
        return new ScenarioLoader().load(Path.of("behind-stream-manager-queuing.yaml"),
                java.util.Arrays.stream(sets).map(FieldOverride::parse).toList());
    }

    @Test
    void theAgentsLoggedInFollowTheProfile() {
        // nobody asks for an agent, so no call keeps an agent past its log-out: the time-average is the profile
        Scenario s = load("run.horizon=1h", "run.interval=20m", "callTypes[0].agentShare=0", "agentGroups[0].agents=null",
                "agentGroups[0].staffing={interval: 20m, agents: [3, 0, 5]}");
        assertEquals(5, s.agentGroups().get(0).agents(), "the phones default to the profile's peak");
        List<Double> loggedIn = ContactCenter.replicate(s, 0, new Progress()).intervals().stream()
                .filter(o -> o.measure().equals("agents logged in " + s.agentGroups().get(0).name()))
                .map(IntervalObservation::value).toList();
        assertEquals(List.of(3.0, 0.0, 5.0), loggedIn);
    }

    @Test
    void aProfileThatDoesNotCoverTheHorizonOrExceedsThePhonesIsRefused() {
        ScenarioException short_ = assertThrows(ScenarioException.class, () -> load("run.horizon=1h",
                "agentGroups[0].staffing={interval: 20m, agents: [3, 4]}"));
        assertTrue(short_.getMessage().contains("2 intervals of 20m cover 40m, but the horizon is 1h"), short_.getMessage());
        ScenarioException many = assertThrows(ScenarioException.class, () -> load("run.horizon=1h",
                "agentGroups[0].agents=4", "agentGroups[0].staffing={interval: 30m, agents: [3, 9]}"));
        assertTrue(many.getMessage().contains("9 agents logged in, but the group has 4"), many.getMessage());
    }

    /** A roster exported per interval reads like a forecast: start, then the agents of each group. */
    @Test
    void aRosterCanComeFromACsvFile(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        java.nio.file.Files.writeString(tmp.resolve("roster.csv"), "start,support\n08:00,3\n08:20,0\n08:40,5\n");
        Path scenario = tmp.resolve("s.yaml");
        java.nio.file.Files.writeString(scenario, java.nio.file.Files.readString(Path.of("behind-stream-manager-queuing.yaml")));
        Scenario s = new ScenarioLoader().load(scenario, java.util.Arrays.stream(new String[] {"run.horizon=1h",
                "agentGroups[0].agents=null", "agentGroups[0].staffing={file: roster.csv}"}).map(FieldOverride::parse).toList());
        assertEquals(List.of(3, 0, 5), s.agentGroups().get(0).staffing().agents());
        assertEquals(java.time.Duration.ofMinutes(20), s.agentGroups().get(0).staffing().interval());
        java.nio.file.Files.writeString(tmp.resolve("roster.csv"), "start,support\n08:00,3\n08:20,2.5\n08:40,5\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> new ScenarioLoader().load(scenario,
                java.util.Arrays.stream(new String[] {"run.horizon=1h", "agentGroups[0].staffing={file: roster.csv}"})
                        .map(FieldOverride::parse).toList()));
        assertTrue(e.getMessage().contains("a roster counts whole agents"), e.getMessage());
    }
}
