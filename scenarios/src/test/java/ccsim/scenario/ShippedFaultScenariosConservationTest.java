package ccsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ccsim.core.stats.ReplicationResult;
import ccsim.model.CallOutcome;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every replication of every variant of the shipped scenarios with faults accounts for every call it
 * observed: first calls and redials add up to the outcomes. ha-failover's one-host variant lost one call
 * in replications 1, 3 and 7 (a caller answered 100 Trying whose final response died with the host
 * waited for ever).
 */
class ShippedFaultScenariosConservationTest {

    static List<Path> scenariosWithFaults() {
        ScenarioLoader loader = new ScenarioLoader();
        return ShippedScenarios.files().stream().filter(f -> !loader.load(f).faults().isEmpty()).toList();
    }

    @ParameterizedTest
    @MethodSource("scenariosWithFaults")
    void everyObservedCallHasExactlyOneOutcome(Path file) {
        List<Variant> variants = new ScenarioLoader().loadVariants(file, List.of());
        assertFalse(variants.isEmpty());
        List<ScenarioRun> runs = ScenarioRun.executeAll(variants, 2, 0, null);
        for (int v = 0; v < runs.size(); v++) {
            for (ReplicationResult r : runs.get(v).replications()) {
                double ended = 0;
                for (CallOutcome o : CallOutcome.values()) {
                    ended += r.value("calls " + o.label());
                }
                assertEquals(r.value("offered calls") + r.value("redial attempts"), ended,
                        file + ", variant " + variants.get(v).name() + ", replication " + r.replication());
            }
        }
    }
}
