package ccsim.scenario;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every assumption the model makes is documented in the README, and every one a sample makes is a known field. */
class ModelAssumptionsTest {

    @Test
    void theReadmeDocumentsEveryAssumption() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        for (String field : ModelAssumptions.FIELDS) {
            assertTrue(readme.contains("| `" + field + "` |"), "README's Model assumptions table lacks " + field);
        }
    }

    @Test
    void everySampleStatesItsAssumptionsByKnownFields() throws IOException {
        List<Path> files = ShippedScenarios.files();
        ScenarioLoader loader = new ScenarioLoader();
        for (Path f : files) {
            for (Variant v : loader.loadVariants(f, List.of())) {
                List<ModelAssumptions.Assumption> all = ModelAssumptions.of(v.scenario());
                assertTrue(all.size() >= 2, f + " lists no assumption");
                for (ModelAssumptions.Assumption a : all) {
                    String field = a.field().replaceAll("\\[\\d+]", "[]");
                    assertTrue(ModelAssumptions.FIELDS.contains(field), f + ": " + field + " is not in FIELDS");
                    assertTrue(!a.value().isBlank() && !a.meaning().isBlank(), f + ": " + a);
                }
            }
        }
    }
}
