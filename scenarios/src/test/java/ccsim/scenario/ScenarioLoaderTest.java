package ccsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.core.random.Distribution;
import ccsim.model.config.Mode;
import ccsim.model.config.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioLoaderTest {
    private static final Path SAMPLE = Path.of("standalone-sample.yaml");
    private final ScenarioLoader loader = new ScenarioLoader();

    private static String sample() throws IOException {
        return Files.readString(SAMPLE);
    }

    /** Parses {@code text} expecting exactly one error, and returns it. */
    private ScenarioError onlyError(String text, String... overrides) {
        List<FieldOverride> o = java.util.Arrays.stream(overrides).map(FieldOverride::parse).toList();
        ScenarioException e = assertThrows(ScenarioException.class, () -> loader.parse(Path.of("x.yaml"), text, o));
        assertEquals(1, e.errors().size(), () -> "errors: " + e.errors());
        return e.errors().get(0);
    }


    /**
     * Replaces {@code original} by {@code replacement} in the sample and expects one error, at the
     * line of the replacement's first line, on {@code field}; returns its message.
     */
    private String refusedEdit(String original, String replacement, String field) throws IOException {
        String text = sample().replace(original, replacement);
        ScenarioError e = onlyError(text);
        assertEquals(ScenarioText.lineOf(text, replacement.split("\n")[0]), e.line(), e.toString());
        assertEquals(field, e.field());
        return e.message();
    }

    @Test
    void sampleLoadsAsTheSeedDescribesIt() {
        Scenario s = loader.load(SAMPLE);
        assertEquals("standalone-sample", s.name());
        assertEquals(Mode.STAND_ALONE, s.mode());
        assertEquals(8 * 3600, s.run().horizonSeconds());
        assertEquals(1800, s.run().warmUpSeconds());
        assertEquals("techpubs4:5090", s.resourceManager().address());
        assertEquals("28", s.sipServer().dns().get(0).options().get("prefix"));
        assertEquals("true", s.sipServer().dns().get(0).options().get("straight-forward"));
        assertEquals("172211115", s.sipServer().dns().get(1).name());
        assertEquals(24, s.ipcs().get(0).ports());
        assertEquals(new Distribution.Lognormal(0.002, 0.001), s.network().latency());
        assertEquals(new Distribution.Uniform(0.3, 0.8), s.ipcs().get(0).answerDelay());
    }

    @Test
    void unknownFieldIsRefusedAtItsLineWithTheFieldsExpected() throws IOException {
        String text = sample().replace("run:\n", "run:\n  bogusField: 3\n");
        ScenarioError e = onlyError(text);
        assertEquals(3, e.line());
        assertEquals(3, e.column());
        assertEquals("run.bogusField", e.field());
        assertTrue(e.message().contains("unknown field 'bogusField'"), e.message());
        assertTrue(e.message().contains("horizon") && e.message().contains("warmUp"), e.message());
        assertTrue(e.toString().startsWith("x.yaml:3:3: line 3, column 3: run.bogusField: "), e.toString());
    }

    @Test
    void wrongTypeNamesWhatWasExpected() throws IOException {
        assertEquals("expected a whole number, got 'many'", refusedEdit("ports: 24", "ports: many", "ipcs[0].ports"));
    }

    /** Jackson would take 24.5 ports as 24, and a seed of 1.5 as 1: a typo run silently on other numbers. */
    @Test
    void aFractionWhereAWholeNumberBelongsIsRefusedNotTruncated() throws IOException {
        assertEquals("expected a whole number, got '24.5'", refusedEdit("ports: 24", "ports: 24.5", "ipcs[0].ports"));
        ScenarioError seed = onlyError(sample(), "run.seed=1.5");
        assertEquals("run.seed", seed.field());
        assertEquals("expected a whole number, got '1.5'", seed.message());
    }

    /** RFC 3261: retransmissions start T1 apart and double up to T2, so T2 below T1, or no T1, is a typo. */
    @Test
    void sipTimersOutOfOrderAreRefusedAtTheirLineOrOption() throws IOException {
        String latency = "  latency: {dist: lognormal, mean: 2ms, sd: 1ms}\n";
        String text = sample().replace(latency, latency + "  sip: {t1: 500ms, t2: 100ms}\n");
        ScenarioError t2 = onlyError(text);
        assertEquals("network.sip.t2", t2.field());
        assertEquals(ScenarioText.lineOf(text, "  sip: {t1: 500ms"), t2.line(), t2.toString());
        assertTrue(t2.message().startsWith("must be at least T1 (500ms)"), t2.message());

        ScenarioError t1 = onlyError(sample(), "network.sip.t1=0s");
        assertEquals(Path.of("--set network.sip.t1=0s"), t1.file());
        assertTrue(t1.message().startsWith("must be longer than zero"), t1.message());
    }

    @Test
    void zeroPortsIsRefused() throws IOException {
        assertEquals("must be at least 1, was 0", refusedEdit("ports: 24", "ports: 0", "ipcs[0].ports"));
    }

    @Test
    void negativeArrivalRateAndZeroReplicationsAreBothReported() throws IOException {
        String text = sample().replace("callsPerHour: 150", "callsPerHour: -5").replace("replications: 10",
                "replications: 0");
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> loader.parse(Path.of("x.yaml"), text, List.of()));
        assertEquals(2, e.errors().size(), e.getMessage());
        assertEquals("run.replications", e.errors().get(0).field());
        assertEquals(ScenarioText.lineOf(text, "replications: 0"), e.errors().get(0).line());
        assertEquals("callTypes[1].callsPerHour", e.errors().get(1).field());
        assertEquals(ScenarioText.lineOf(text, "callsPerHour: -5"), e.errors().get(1).line());
    }

    @Test
    void dialedNumberThatMatchesNoTrunkPrefixIsRefused() throws IOException {
        String message = refusedEdit("dialedNumber: \"2802\"", "dialedNumber: \"3902\"", "callTypes[1].dialedNumber");
        assertTrue(message.startsWith("3902 matches the prefix of no Trunk DN"), message);
        assertTrue(message.endsWith("prefixes: 28"), message);
    }

    @Test
    void optionValueOutsideAppendixBIsRefusedWithTheValidValues() throws IOException {
        assertEquals("'sometimes' is not valid; valid values (Appendix B): true, false", refusedEdit(
                "refer-enabled: false", "refer-enabled: sometimes", "sipServer.dns[2].options.refer-enabled"));
    }

    @Test
    void unknownOptionAndOptionAtTheWrongLevelAreRefused() throws IOException {
        String unknown = refusedEdit("override-to-on-divert: false", "override-to-on-divrt: false",
                "sipServer.options.override-to-on-divrt");
        assertTrue(unknown.startsWith("unknown SIP Server option"), unknown);
        String misplaced = refusedEdit("    sip-refer-to-sst-enabled: true", "    straight-forward: true",
                "sipServer.options.straight-forward");
        assertTrue(misplaced.contains("on a DN"), misplaced);
    }

    @Test
    void badDurationAndBadDistributionAreRefused() throws IOException {
        String text = sample().replace("horizon: 8h", "horizon: 8 hours");
        ScenarioError e = onlyError(text);
        assertEquals(3, e.line());
        assertEquals("run.horizon", e.field());
        assertTrue(e.message().contains("90s, 30m, 8h"), e.message());

        String dist = sample().replace("{dist: gamma, mean: 240s, sd: 120s}", "{dist: gamma, mean: 240s}");
        ScenarioError d = onlyError(dist);
        assertEquals("callTypes[1].selfService", d.field());
        assertEquals("gamma needs mean and sd; 'sd' is missing", d.message());
    }

    @Test
    void unknownModeIsRefused() throws IOException {
        assertEquals("expected one of: stand-alone, behind, in-front",
                refusedEdit("mode: stand-alone", "mode: standalone", "mode"));
    }

    @Test
    void yamlSyntaxErrorGivesItsLine() throws IOException {
        String text = sample().replace("  warmUp: 30m", "  warmUp: [30m");
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> loader.parse(Path.of("x.yaml"), text, List.of()));
        assertTrue(e.errors().get(0).line() >= 4, e.getMessage());
        assertTrue(e.errors().get(0).message().startsWith("not valid YAML"), e.getMessage());
    }

    @Test
    void overridesChangeFieldsWithoutEditingTheFile() throws IOException {
        Scenario s = loader.parse(SAMPLE, sample(), List.of(FieldOverride.parse("ipcs[0].ports=12"),
                FieldOverride.parse("run.replications=3"), FieldOverride.parse("callTypes[0].selfService=90s")));
        assertEquals(12, s.ipcs().get(0).ports());
        assertEquals(3, s.run().replications());
        assertEquals(new Distribution.Constant(90), s.callTypes().get(0).selfService());
    }

    @Test
    void badOverridesAreBlamedOnTheOverride() throws IOException {
        ScenarioError e = onlyError(sample(), "ipcs[0].ports=0");
        assertEquals(0, e.line());
        assertEquals(Path.of("--set ipcs[0].ports=0"), e.file());
        assertEquals("must be at least 1, was 0", e.message());

        ScenarioError missing = onlyError(sample(), "ipcs[3].ports=10");
        assertTrue(missing.message().contains("no item [3]"), missing.message());

        ScenarioError unknown = onlyError(sample(), "run.speed=3");
        assertTrue(unknown.message().startsWith("unknown field 'speed'"), unknown.message());
    }

    @Test
    void targetsMustNameAMeasureOfTheScenarioWithOneBound() throws IOException {
        String unknown = refusedEdit("measure: blocking probability, max: 0.02", "measure: blockage, max: 0.02",
                "targets[0].measure");
        assertTrue(unknown.startsWith("'blockage' is no measure of this scenario; its measures: offered calls"),
                unknown);
        String both = refusedEdit("measure: blocking probability, max: 0.02",
                "measure: blocking probability, min: 0.001, max: 0.02", "targets[0]");
        assertEquals("a target has exactly one of min and max", both);
    }

    /** A negative coefficient of variation ran silently as none: the forecast's uncertainty left out. */
    @Test
    void aNegativeForecastCvIsRefused() throws IOException {
        ScenarioError e = onlyError(sample(), "run.forecastCv=-0.1");
        assertEquals("run.forecastCv", e.field());
        assertEquals("must be zero (no forecast error) or more, was -0.1", e.message());
    }

    /** One mistake, one error: a group of -3 agents is not also told that its (absent) shifts staff too many. */
    @Test
    void aGroupWithTooFewAgentsGetsOneError() throws IOException {
        ScenarioError e = onlyError(Files.readString(Path.of("behind-gvp-queuing.yaml")), "agentGroups[0].agents=-3");
        assertEquals("agentGroups[0].agents", e.field());
        assertEquals("must be at least 1, was -3", e.message());
    }

    /** A ratio's bound outside 0..1 is a percentage written as such: it would be met by every run, or by none. */
    @Test
    void aTargetOnARatioBeyondOneIsRefusedSayingWhatWasMeant() throws IOException {
        assertEquals("blocking probability is a ratio from 0 to 1, so a bound of 2 is always met (for 2%, write 0.02)",
                refusedEdit("measure: blocking probability, max: 0.02", "measure: blocking probability, max: 2",
                        "targets[0].max"));
    }

    @Test
    void arrivalProfilesMustCoverTheHorizon() throws IOException {
        assertEquals("the profile is empty: give the calls expected in each interval", refusedEdit(
                "callsPerHour: 150", "profile: {interval: 30m, calls: []}", "callTypes[1].profile.calls"));
        assertEquals("2 intervals of 30m cover 1h, but the horizon is 8h", refusedEdit(
                "callsPerHour: 150", "profile: {interval: 30m, calls: [10, 20]}", "callTypes[1].profile.calls"));
        assertEquals("give either callsPerHour or a profile of calls per interval", refusedEdit(
                "callsPerHour: 150", "callsPerHour: 150\n    profile: {interval: 8h, calls: [1200]}",
                "callTypes[1].callsPerHour"));
        assertEquals("7m does not divide the horizon (8h) into whole intervals",
                refusedEdit("  horizon: 8h", "  interval: 7m\n  horizon: 8h", "run.interval"));
    }

    @Test
    void missingFileIsReported() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> loader.load(Path.of("nope.yaml")));
        assertEquals("no such file", e.errors().get(0).message());
    }

    /** A fault that names no node of the scenario, or lacks what it needs, is refused at its line. */
    @Test
    void faultsAreCheckedAtTheirLine() throws IOException {
        String whole = Files.readString(Path.of("ha-failover.yaml"));
        String text = whole.substring(0, whole.indexOf("variants:"));
        String[][] cases = {
            {"{node: \"ipcs[0]\", at: 4h, downFor: 20m}", "{node: \"ipcs[2]\", at: 4h, downFor: 20m}",
                "faults[2].node", "the scenario lists 2 IPCS (ipcs[0] to ipcs[1])"},
            {"{node: stream-manager, at: 5h, downFor: 10m}", "{node: gateway, at: 5h, downFor: 10m}",
                "faults[3].node", "'gateway' is no node a fault can take down"},
            {"{host: techpubs4, at: 3h, downFor: 30m}", "{host: techpubs9, at: 3h, downFor: 30m}",
                "faults[1].host", "'techpubs9' is the host of no node"},
            {"{node: stream-manager, at: 5h, downFor: 10m}", "{node: stream-manager, at: 5h}",
                "faults[3].downFor", "required"},
            {"{node: stream-manager, at: 5h, downFor: 10m}", "{node: stream-manager, downFor: 10m}",
                "faults[3].at", "required unless 'every' is given"},
            {"{node: stream-manager, at: 5h, downFor: 10m}", "{node: stream-manager, host: techpubs4, at: 5h, downFor: 10m}",
                "faults[3]", "either the node that fails or the host"},
            {"backup: {failover: {dist: uniform, min: 5s, max: 15s}}", "backup: {}",
                "sipServer.backup.failover", "required"},
            {"ipcsMonitor: 10s", "ipcsMonitor: 0s", "resourceManager.ipcsMonitor", "longer than zero"},
        };
        for (String[] c : cases) {
            String edited = text.replace(c[0], c[1]);
            ScenarioError e = onlyError(edited);
            assertEquals(c[2], e.field(), e.toString());
            assertEquals(ScenarioText.lineOf(edited, c[1]), e.line(), e.toString());
            assertTrue(e.message().contains(c[3]), e.message());
        }
    }

    /**
     * A --set that brings in a section the file lacks owns that section's missing fields: the error
     * names the option, not line 1 of a file that has no such section.
     */
    @Test
    void aSectionAnOverrideBringsInIsBlamedOnTheOverride() throws IOException {
        ScenarioError e = onlyError(sample(), "streamManager.ports=4");
        assertEquals(Path.of("--set streamManager.ports=4"), e.file());
        assertEquals("streamManager.address", e.field());
        assertEquals("required: host:port", e.message());
        // a field the file has is still the file's, even beside an override in the same section
        String text = sample().replace("address: 172.21.11.10:5060", "address: sipserver");
        ScenarioError file = onlyError(text, "sipServer.redirectRetries=2");
        assertEquals(ScenarioText.lineOf(text, "address: sipserver"), file.line());
    }

    /** A key written twice in one mapping is refused at the second one; it used to be overwritten silently. */
    @Test
    void aKeyWrittenTwiceIsRefusedAtItsSecondLine() throws IOException {
        String text = sample().replace("    ports: 24", "    ports: 24\n    ports: 12");
        ScenarioError e = onlyError(text);
        assertEquals(ScenarioText.lineOf(text, "    ports: 12"), e.line(), e.toString());
        assertEquals("not valid YAML: Duplicate field 'ports'", e.message());
    }

    /**
     * A --set inside a field refused whole (a distribution's min above its max) is named beside the
     * file's line: the file alone shows a valid distribution.
     */
    @Test
    void anOverrideInsideAFieldRefusedWholeIsNamedBesideTheLine() throws IOException {
        ScenarioError e = onlyError(sample(), "ipcs[0].answerDelay.min=900ms");
        assertEquals(Path.of("x.yaml"), e.file());
        assertEquals(ScenarioText.lineOf(sample(), "    answerDelay:"), e.line(), e.toString());
        assertTrue(e.message().endsWith("(as changed by --set ipcs[0].answerDelay.min=900ms)"), e.message());
    }

    /** YAML 1.1 reads 024 in base 8 (20 ports): refused at its line, with what to write instead. */
    @Test
    void aNumberWithALeadingZeroIsRefusedNotReadInBase8() throws IOException {
        String message = refusedEdit("ports: 24 ", "ports: 024 ", "ipcs[0].ports");
        assertEquals("024 would be read by YAML as a number in base 8 (20): write it without the leading 0 for a "
                + "number, or in quotes (\"024\") for a name", message);
        assertTrue(refusedEdit("ports: 24 ", "ports: 0x18 ", "ipcs[0].ports").contains("base 16 (24)"));
    }

    /** An alias (*nm) used to be read as the text "nm": refused at its line. */
    @Test
    void anAliasIsRefusedNotReadAsItsName() throws IOException {
        String message = refusedEdit("horizon: 8h", "horizon: *nm", "run.horizon");
        assertTrue(message.startsWith("*nm is a YAML alias, which ccsim does not expand"), message);
    }

    /** A --set value is read as the file's would be: 010 is refused there too, naming the --set. */
    @Test
    void aSetValueInBase8IsRefused() throws IOException {
        ScenarioError e = onlyError(sample(), "ipcs[0].ports=010");
        assertEquals("--set ipcs[0].ports=010", e.file().toString());
        assertTrue(e.message().startsWith("010 would be read by YAML as a number in base 8 (8)"), e.message());
    }

    /** YAML 1.1 reads yes, no, on and off as true or false: refused, so that a name or a typo is not a boolean. */
    @Test
    void yesAndNoAreRefusedNotReadAsBooleans() throws IOException {
        ScenarioError e = onlyError(sample(), "ipcs[0].portOptions={subscription-id: GVP, event-ringing-on-100trying: yes}");
        assertEquals("ipcs[0].portOptions.event-ringing-on-100trying", e.field());
        assertTrue(e.message().startsWith("yes would be read by YAML as true"), e.message());
    }

    /** A Voice Treatment Port DN takes the options of the guide's Table 5, with the values they accept. */
    @Test
    void portOptionsAreThoseOfTable5() throws IOException {
        ScenarioError unknown = onlyError(sample().replace("name: standalone-sample", "name: x"),
                "ipcs[0].portOptions={bogus: \"1\"}");
        assertEquals("ipcs[0].portOptions.bogus", unknown.field());
        assertTrue(unknown.message().endsWith("Table 5 lists: contact, event-ringing-on-100trying, subscription-id"),
                unknown.message());
        ScenarioError value = onlyError(sample(), "ipcs[0].portOptions={event-ringing-on-100trying: \"maybe\"}");
        assertEquals("one of true, false; was 'maybe'", value.message());
        ScenarioError contact = onlyError(sample(), "ipcs[0].portOptions={contact: \"not a uri\"}");
        assertEquals("ipcs[0].portOptions.contact", contact.field());
    }
}
