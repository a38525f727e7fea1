package ccsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.core.experiment.Progress;
import ccsim.core.stats.IntervalObservation;
import ccsim.core.stats.Observation;
import ccsim.core.stats.ReplicationResult;
import ccsim.model.ContactCenter;
import ccsim.model.MeasureCatalogue;
import ccsim.model.config.RunSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One catalogue defines every measure: each that any shipped sample reports (every variant, waiting for
 * ports too) is an entry, with its unit, and its key names it alone in the run.
 */
class MeasureCatalogueTest {

    @Test
    void everyMeasureOfEverySampleIsDefinedOnce() throws IOException {
        List<Path> files = ShippedScenarios.files();
        ScenarioLoader loader = new ScenarioLoader();
        int checked = 0;
        for (Path f : files) {
            List<FieldOverride> waiting = loader.load(f).mode() == ccsim.model.config.Mode.STAND_ALONE ? List.of()
                    : List.of(FieldOverride.parse("routing.waitForPort=30s"));
            for (Variant v : loader.loadVariants(f, waiting)) {
                RunSettings r = v.scenario().run();
                ReplicationResult rep = ContactCenter.replicate(v.scenario().withRun(new RunSettings(
                        Duration.ofMinutes(40), Duration.ZERO, r.interval(), 1, r.seed(), null)), 0, new Progress());
                Set<String> keys = new HashSet<>();
                for (Observation o : rep.observations()) {
                    MeasureCatalogue.Defined d = MeasureCatalogue.define(o.measure()).orElseThrow(() ->
                            new AssertionError(f + ": '" + o.measure() + "' is not in the measure catalogue"));
                    // a cost is in the scenario's own currency, which the catalogue calls "currency"
                    assertEquals(d.entry().unit().equals("currency") ? v.scenario().costs().currency()
                            : d.entry().unit(), o.unit(), o.measure());
                    assertTrue(keys.add(d.key()), f + ": key " + d.key() + " names two measures");
                    checked++;
                }
                for (IntervalObservation o : rep.intervals()) {
                    MeasureCatalogue.Defined d = MeasureCatalogue.define(o.measure()).orElseThrow(() ->
                            new AssertionError(f + ": interval measure '" + o.measure() + "' is not in the catalogue"));
                    assertEquals(d.entry().unit(), o.unit(), o.measure());
                }
            }
        }
        assertTrue(checked > 500, "checked " + checked);
    }

    @Test
    void keysAreStableAndLabelsFindTheirEntry() {
        assertEquals("blocking_probability", MeasureCatalogue.define("blocking probability").orElseThrow().key());
        assertEquals("ipcs_172_21_11_15_busy_ports", MeasureCatalogue.define("IPCS 172.21.11.15 busy ports")
                .orElseThrow().key());
        assertEquals("calls_failed_transfer_refused", MeasureCatalogue.define("calls failed: transfer refused")
                .orElseThrow().key());
        assertEquals(MeasureCatalogue.entries().size(), MeasureCatalogue.entries().stream()
                .map(MeasureCatalogue.Entry::key).distinct().count(), "every entry has a key of its own");
    }

    /** The README's table of measures is the catalogue's, entry for entry (the failure prints what it should read). */
    @Test
    void theReadmeListsEveryMeasureAsTheCatalogueDefinesIt() throws IOException {
        StringBuilder table = new StringBuilder("| measure | key | unit | definition |\n|---|---|---|---|\n");
        for (MeasureCatalogue.Entry e : MeasureCatalogue.entries()) {
            table.append("| ").append(e.label()).append(" | `").append(e.key()).append("` | ").append(e.unit())
                    .append(" | ").append(e.definition().replace("|", "\\|")).append(" |\n");
        }
        String readme = Files.readString(Path.of("..", "README.md"));
        String start = "<!-- measures: generated from MeasureCatalogue; MeasureCatalogueTest checks it -->\n";
        int from = readme.indexOf(start);
        int to = readme.indexOf("<!-- /measures -->");
        assertTrue(from >= 0 && to > from, "README has no measures table between its markers");
        assertEquals(table.toString(), readme.substring(from + start.length(), to),
                "README's table of measures is out of date");
    }

    /** A scenario's target may name its measure by key: service_level is service level. */
    @Test
    void aTargetMayNameItsMeasureByKey() throws IOException {
        String text = Files.readString(Path.of("behind-gvp-queuing.yaml")).replace("measure: service level",
                "measure: service_level");
        assertTrue(text.contains("measure: service_level"), "the sample has a service level target");
        ccsim.model.config.Scenario s = new ScenarioLoader().parse(Path.of("x.yaml"), text, List.of());
        assertEquals("service level", s.targets().stream().filter(t -> t.measure().startsWith("service"))
                .findFirst().orElseThrow().measure());
    }
}
