package ccsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.core.stats.Estimate;
import ccsim.core.stats.PairedDifference;
import ccsim.core.stats.ReplicationResult;
import ccsim.core.stats.Summary;
import ccsim.model.config.Queuing;
import ccsim.model.config.TransferMethod;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VariantsTest {
    private static final Path WHAT_IF = Path.of("what-if-gvp-vs-stream-manager.yaml");
    private final ScenarioLoader loader = new ScenarioLoader();

    @Test
    void variantsChangeOnlyTheFieldsTheyName() {
        List<Variant> v = loader.loadVariants(WHAT_IF, List.of());
        assertEquals(List.of("stream-manager-refer", "stream-manager-bridged", "gvp"),
                v.stream().map(Variant::name).toList());
        assertEquals(TransferMethod.BRIDGED, v.get(1).scenario().routing().transferMethod());
        assertEquals(Queuing.GVP, v.get(2).scenario().routing().queuing());
        assertEquals(v.get(0).scenario().callTypes(), v.get(2).scenario().callTypes());
        assertEquals(v.get(0).scenario().ipcs(), v.get(1).scenario().ipcs());
        // command-line overrides apply to every variant
        List<Variant> o = loader.loadVariants(WHAT_IF, List.of(FieldOverride.parse("ipcs[0].ports=10")));
        assertTrue(o.stream().allMatch(x -> x.scenario().ipcs().get(0).ports() == 10));
    }

    /**
     * The command line has the last word: a --set (or a sweep's --vary) on a field a variant sets wins
     * in every variant, and a bad value there is blamed on the option, not on the variant's line.
     */
    @Test
    void anOverrideWinsOverAVariantThatSetsTheSameField() {
        List<Variant> o = loader.loadVariants(WHAT_IF, List.of(FieldOverride.parse("routing.transferMethod=bridged")));
        assertTrue(o.stream().allMatch(x -> x.scenario().routing().transferMethod() == TransferMethod.BRIDGED),
                o.stream().map(x -> x.name() + " " + x.scenario().routing().transferMethod()).toList().toString());
        assertEquals(Queuing.STREAM_MANAGER, o.get(0).scenario().routing().queuing(), "the variant's other fields stay");
        assertEquals(OptionalInt.of(5), loader.intAt(WHAT_IF, List.of(FieldOverride.parse("agentGroups[0].agents=5")), 2,
                FieldPath.parse("agentGroups[0].agents")));

        ScenarioException e = assertThrows(ScenarioException.class, () -> loader.loadVariants(WHAT_IF,
                List.of(FieldOverride.parse("routing.queuing=gpv"))));
        assertTrue(e.errors().stream().allMatch(err -> err.file().toString().equals("--set routing.queuing=gpv")),
                e.getMessage());
    }

    /** One mistake that every variant makes is one error, not one per variant; one only some make names them. */
    @Test
    void anErrorEveryVariantMakesIsToldOnce() throws IOException {
        ScenarioException all = assertThrows(ScenarioException.class, () -> loader.loadVariants(WHAT_IF,
                List.of(FieldOverride.parse("callTypes[0].agentShare=75"))));
        assertEquals(1, all.errors().size(), all.getMessage());
        assertEquals("must be between 0 and 1, was 75.0", all.errors().get(0).message());

        String text = Files.readString(WHAT_IF).replace("routing.transferMethod: bridged}",
                "routing.transferMethod: bridged, \"agentGroups[0].agents\": 0}").replace("set: {routing.queuing: gvp}",
                "set: {routing.queuing: gvp, \"agentGroups[0].agents\": 0}");
        ScenarioException some = assertThrows(ScenarioException.class, () -> loader.parseVariants(WHAT_IF, text,
                List.of()));
        // two variants' own lines: two mistakes, each told at its line and with its variant
        assertEquals(List.of("variant stream-manager-bridged: must be at least 1, was 0",
                "variant gvp: must be at least 1, was 0"), some.errors().stream().map(ScenarioError::message).toList());
        assertTrue(some.errors().get(0).line() < some.errors().get(1).line(), some.getMessage());

        // one line of the file, wrong in two variants only (the first sets it right): told once, naming both
        String base = Files.readString(WHAT_IF).replace("  - name: stream-manager-refer\n    set: {",
                "  - name: stream-manager-refer\n    set: {\"agentGroups[0].agents\": 14, ")
                .replace("    agents: 14\n", "    agents: 0\n");
        ScenarioException two = assertThrows(ScenarioException.class, () -> loader.parseVariants(WHAT_IF, base,
                List.of()));
        assertEquals(List.of("variants stream-manager-bridged, gvp: must be at least 1, was 0"),
                two.errors().stream().map(ScenarioError::message).toList());
        assertEquals(ScenarioText.lineOf(base, "    agents: 0"), two.errors().get(0).line());
    }

    /** Where a sizing search of a variant starts: that variant's own value, unless the command line sets it. */
    @Test
    void aVariantsWholeNumberIsReadFromTheVariant(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("w.yaml"), Files.readString(WHAT_IF)
                .replace("set: {routing.queuing: gvp}", "set: {routing.queuing: gvp, \"agentGroups[0].agents\": 20}"));
        FieldPath agents = FieldPath.parse("agentGroups[0].agents");
        assertEquals(OptionalInt.of(14), loader.intAt(file, List.of(), 0, agents));
        assertEquals(OptionalInt.of(20), loader.intAt(file, List.of(), 2, agents));
        assertEquals(OptionalInt.of(5), loader.intAt(file, List.of(FieldOverride.parse("agentGroups[0].agents=5")), 2,
                agents));
    }

    @Test
    void aBadVariantIsRefusedAtItsOwnLine() throws IOException {
        String text = Files.readString(WHAT_IF).replace("set: {routing.queuing: gvp}", "set: {routing.queuing: gpv}");
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> loader.parseVariants(Path.of("x.yaml"), text, List.of()));
        assertEquals(1, e.errors().size(), e.getMessage());
        ScenarioError err = e.errors().get(0);
        assertEquals(ScenarioText.lineOf(text, "routing.queuing: gpv"), err.line());
        assertTrue(err.message().startsWith("variant gvp: expected one of: gvp, stream-manager"), err.message());

        String noField = Files.readString(WHAT_IF).replace("set: {routing.queuing: gvp}", "set: {routing.queueing: gvp}");
        ScenarioException n = assertThrows(ScenarioException.class,
                () -> loader.parseVariants(Path.of("x.yaml"), noField, List.of()));
        assertTrue(n.errors().get(0).message().contains("unknown field 'queueing'"), n.getMessage());
        assertEquals(ScenarioText.lineOf(noField, "routing.queueing"), n.errors().get(0).line());

        String twice = Files.readString(WHAT_IF).replace("- name: gvp", "- name: stream-manager-refer");
        ScenarioException t = assertThrows(ScenarioException.class,
                () -> loader.parseVariants(Path.of("x.yaml"), twice, List.of()));
        assertTrue(t.errors().get(0).message().contains("names another variant already"), t.getMessage());
    }

    /**
     * Common random numbers at work: the paired differences between two variants vary far less than
     * the difference of two independent runs. Measured on the agents' service level with 20
     * replications each; the ratio of half-widths is printed and must be below one half.
     */
    @Test
    void commonRandomNumbersNarrowTheDifference() {
        List<FieldOverride> shorter = List.of(FieldOverride.parse("run.replications=20"),
                FieldOverride.parse("run.horizon=2h"));
        List<Variant> v = loader.loadVariants(WHAT_IF, shorter);
        List<Variant> pair = List.of(v.get(0), v.get(2));
        List<ScenarioRun> crn = ScenarioRun.executeAll(pair, 2, 0, null);
        String measure = "IPCS 172.21.11.15 busy ports";
        PairedDifference paired = PairedDifference.of(crn.get(0).replications(), crn.get(1).replications()).stream()
                .filter(d -> d.measure().equals(measure)).findFirst().orElseThrow();

        // the second variant again, on other callers (another seed): an independent comparison
        Variant other = new Variant("gvp-other-callers", v.get(2).scenario().withRun(
                new ccsim.model.config.RunSettings(v.get(2).scenario().run().horizon(), v.get(2).scenario().run().warmUp(),
                        null, 20, 987654321L, null)));
        ScenarioRun independent = ScenarioRun.executeAll(List.of(other), 2, 0, null).get(0);
        List<ReplicationResult> a = crn.get(0).replications();
        List<ReplicationResult> b = independent.replications();
        List<ReplicationResult> diffs = new ArrayList<>();
        for (int r = 0; r < a.size(); r++) {
            diffs.add(new ReplicationResult.Builder().add("d", "ports", b.get(r).value(measure) - a.get(r).value(measure))
                    .build(r));
        }
        Estimate unpaired = Summary.of(diffs).get(0);
        double ratio = paired.halfWidth() / unpaired.halfWidth();
        System.out.printf("CRN: paired half-width %.5f, independent %.5f, ratio %.3f%n", paired.halfWidth(),
                unpaired.halfWidth(), ratio);
        assertTrue(ratio < 0.5, "common random numbers should narrow the interval a lot; ratio " + ratio);
        assertTrue(paired.significant(), "GVP queuing holds IPCS ports longer: the difference must show");
    }

    /**
     * A variant's name becomes the folder trace/&lt;name&gt;: one that climbs out of --out (../../../x wrote
     * three folders up) or is too long for a file system is refused at its line.
     */
    @Test
    void aVariantNameThatIsNoFolderNameIsRefused() throws IOException {
        String text = Files.readString(WHAT_IF);
        for (String bad : List.of("../../../x", "a/b", "x".repeat(300), ".hidden")) {
            String edited = text.replace("name: gvp\n", "name: \"" + bad + "\"\n");
            ScenarioException e = assertThrows(ScenarioException.class,
                    () -> loader.parseVariants(WHAT_IF, edited, List.of()), bad);
            assertEquals(1, e.errors().size(), e.errors().toString());
            ScenarioError err = e.errors().get(0);
            assertEquals("variants[2].name", err.field());
            assertEquals(ScenarioText.lineOf(edited, "name: \"" + ScenarioError.shown(bad).substring(0, 3)), err.line());
            assertTrue(err.message().startsWith("letters, digits, '.', '_' or '-'"), err.message());
            assertTrue(err.message().length() < 250, "a long name is not echoed whole: " + err.message());
        }
    }

    /**
     * A variant setting a field inside something that is no mapping (routing written as a number) is told at
     * the variant's line in the file; it named only variants[0].set.routing.queuing (found by the fuzzing suite).
     */
    @Test
    void aVariantFieldThatCannotBeSetIsToldAtItsLine() throws IOException {
        String text = Files.readString(WHAT_IF).replaceFirst("(?m)^routing:\\n(  .*\\n)+", "routing: 7\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> loader.parseVariants(WHAT_IF, text, List.of()));
        ScenarioError first = e.errors().get(0);
        assertEquals(WHAT_IF, first.file());
        assertEquals(ScenarioText.lineOf(text, "set: {routing.queuing: stream-manager"), first.line(), e.errors().toString());
    }
}
