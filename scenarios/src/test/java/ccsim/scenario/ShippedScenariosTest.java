package ccsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ccsim.model.config.Scenario;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every scenario file shipped in scenarios/ loads, and is named after its file. */
class ShippedScenariosTest {

    @Test
    void everyShippedScenarioLoads() throws IOException {
        List<Path> files = ShippedScenarios.files();
        assertFalse(files.isEmpty(), "no scenario files found in " + Path.of(".").toAbsolutePath());
        ScenarioLoader loader = new ScenarioLoader();
        for (Path f : files) {
            Scenario s = loader.load(f);
            assertEquals(f.getFileName().toString().replace(".yaml", ""), s.name(), f + " is not named after its file");
        }
    }
}
