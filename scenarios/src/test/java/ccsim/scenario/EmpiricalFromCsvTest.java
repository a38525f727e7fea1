package ccsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.core.random.Distribution;
import ccsim.model.config.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code {dist: empirical, file, column}} draws the observed values of a CSV column, found beside the scenario. */
class EmpiricalFromCsvTest {
    @Test
    void theColumnsValuesBecomeTheDistribution() throws Exception {
        Scenario s = new ScenarioLoader().load(Path.of("behind-stream-manager-queuing.yaml"), List.of(FieldOverride.parse(
                "agentGroups[0].talkTime={dist: empirical, file: call-records.csv, column: talk_seconds}")));
        Distribution.Empirical talk = assertInstanceOf(Distribution.Empirical.class, s.agentGroups().get(0).talkTime());
        List<String> rows = Files.readAllLines(Path.of("call-records.csv"));
        double sum = rows.subList(1, rows.size()).stream().mapToDouble(r -> Double.parseDouble(r.split(",")[1])).sum();
        assertEquals(rows.size() - 1, talk.size());
        assertEquals(sum / (rows.size() - 1), talk.mean(), 1e-9);
        assertTrue(ModelAssumptions.describe(talk).startsWith("empirical, 2000 observed values"));
    }

    @Test
    void aWeibullIsWrittenWithItsShapeAndScale() {
        Scenario s = new ScenarioLoader().load(Path.of("behind-stream-manager-queuing.yaml"), List.of(FieldOverride.parse(
                "callTypes[0].patience={dist: weibull, shape: 0.8, scale: 150s}")));
        assertEquals(new Distribution.Weibull(0.8, 150), s.callTypes().get(0).patience());
        ScenarioException e = assertThrows(ScenarioException.class, () -> new ScenarioLoader().load(
                Path.of("behind-stream-manager-queuing.yaml"), List.of(FieldOverride.parse(
                        "agentGroups[0].talkTime={dist: empirical, file: call-records.csv, column: nope}"))));
        assertTrue(e.getMessage().contains("call-records.csv:1") && e.getMessage().contains("no column 'nope'"),
                e.getMessage());
    }
}
