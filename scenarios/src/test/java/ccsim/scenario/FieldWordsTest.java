package ccsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ccsim.model.config.Scenario;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fields are named as a planner says them, with the names the scenario gives its groups and hosts. */
class FieldWordsTest {
    private final Scenario s = new ScenarioLoader().load(Path.of("behind-stream-manager-queuing.yaml"), List.of());

    private String words(String path) {
        return FieldWords.of(FieldPath.parse(path), s);
    }

    @Test
    void listItemsAreNamedAfterTheScenariosNames() {
        assertEquals("agents in group " + s.agentGroups().get(0).name(), words("agentGroups[0].agents"));
        assertEquals("agents in every group", words("agentGroups[*].agents"));
        assertEquals("ports of every IPCS", words("ipcs[*].ports"));
        assertEquals("ports of IPCS 172.21.11.15", words("ipcs[0].ports"));
        assertEquals("calls per hour of call type " + s.callTypes().get(0).name(), words("callTypes[0].callsPerHour"));
    }

    @Test
    void objectFieldsAreWordsSplitAtTheCapitals() {
        assertEquals("Stream Manager ports", words("streamManager.ports"));
        assertEquals("routing transfer method", words("routing.transferMethod"));
        assertEquals("run horizon", words("run.horizon"));
    }
}
