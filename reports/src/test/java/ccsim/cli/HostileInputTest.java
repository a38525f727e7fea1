package ccsim.cli;

import static ccsim.cli.CommandLineRun.ccsim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The inputs a hostile user tried that crashed (a stack trace, exit 1), hung, ran on garbage or said
 * nothing of where: each is now refused with exit 2, a sentence naming the file and line or the --set,
 * no exception, and nothing under --out.
 */
class HostileInputTest {
    private static final String STAND_ALONE = "../scenarios/standalone-sample.yaml";
    private static final String BEHIND = "../scenarios/behind-stream-manager-queuing.yaml";
    private static final String IN_FRONT = "../scenarios/infront-sample.yaml";

    @TempDir
    Path tmp;

    /** A case: its name, the scenario (a sample, or a sample edited: from → to), the extra arguments, what the error names. */
    record Case(String name, String file, String from, String to, List<String> args, String names) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case set(String name, String file, String set, String names) {
        return new Case(name, file, null, null, List.of("--set", set), names);
    }

    private static Case edit(String name, String file, String from, String to, String names) {
        return new Case(name, file, from, to, List.of(), names);
    }

    static Stream<Case> cases() {
        return Stream.of(
                edit("agentShare NaN", BEHIND, "agentShare: 0.75", "agentShare: NaN", "agentShare: must be a finite"),
                edit("target min NaN", STAND_ALONE, "max: 0.02", "max: .nan", ":"),
                set("negative list index", STAND_ALONE, "ipcs[-1].ports=1", "counts from 0"),
                set("ports 2^31-1", STAND_ALONE, "ipcs[0].ports=2147483647", "at most 100,000"),
                new Case("replications 2^31-1", STAND_ALONE, null, null, List.of("--replications", "2147483647"),
                        "at most 10,000"),
                set("forecastCv 15", STAND_ALONE, "run.forecastCv=15", "run.forecastCv"),
                set("interval 1ms", STAND_ALONE, "run.interval=1ms", "at least 1s"),
                set("calls per hour 2^31-1", STAND_ALONE, "callTypes[0].callsPerHour=2147483647", "at most 10,000,000"),
                set("five million agents", BEHIND, "agentGroups[0].agents=5000000", "at most 100,000"),
                set("21-digit first DN", BEHIND, "agentGroups[0].firstDn=\"123456789012345678901\"", "21 digits"),
                set("contact not a URI", STAND_ALONE, "sipServer.dns[0].options.contact=notauri", "not a sip: URI"),
                set("contact blank", STAND_ALONE, "sipServer.dns[0].options.contact=\"\"", "not a sip: URI"),
                set("contact port 99999", STAND_ALONE, "sipServer.dns[0].options.contact=sip:1.2.3.4:99999",
                        "not between 1 and 65535"),
                set("contact of 10,000 characters", STAND_ALONE, "sipServer.dns[0].options.contact=sip:"
                        + "x".repeat(10_000), "a value of 10,004 characters"),
                set("In-Front without an agent Routing Point", IN_FRONT, "routing.agentRoutingPoint=null",
                        "routing.agentRoutingPoint"),
                set("null DN name", STAND_ALONE, "sipServer.dns[0].name=null", "required"),
                set("null dialed number", STAND_ALONE, "callTypes[0].dialedNumber=null", "required"),
                set("null group name", BEHIND, "agentGroups[0].name=null", "required"),
                edit("null list item", STAND_ALONE, "ipcs:\n", "ipcs:\n  - null\n", "an empty list item"),
                edit("octal ports", STAND_ALONE, "ports: 24 ", "ports: 024 ", "base 8"),
                edit("alias", STAND_ALONE, "horizon: 8h", "horizon: *nm", "alias"),
                edit("variant name climbing out", "../scenarios/what-if-gvp-vs-stream-manager.yaml", "name: gvp\n",
                        "name: \"../../../x\"\n", "variants[2].name"),
                edit("a cost without its unit", BEHIND, "ipcsPort: {amount: 480, per: year}", "ipcsPort: 480",
                        "costs.ipcsPort: a cost needs its unit"),
                edit("a port licence per hour", BEHIND, "per: year}    # an IPCS", "per: hour}    # an IPCS",
                        "costs.ipcsPort.per: a port licence is paid per day, month or year"),
                edit("a negative shrinkage", BEHIND, "shrinkage: 0.3", "shrinkage: -0.1",
                        "costs.shrinkage: the share of scheduled time not on the phone"),
                edit("a shrinkage of 1", BEHIND, "shrinkage: 0.3", "shrinkage: 1.0",
                        "costs.shrinkage: the share of scheduled time not on the phone"),
                edit("an agent per day", BEHIND, "agent: {amount: 28, per: hour}", "agent: {amount: 200, per: day}",
                        "costs.agent.per"),
                new Case("overridden file value", STAND_ALONE, "ports: 24 ", "ports: -5 ", List.of("--set",
                        "ipcs[0].ports=10"), "the file's value"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedWithWhereAndNothingWritten(Case c) throws IOException {
        Path file = Path.of(c.file());
        if (c.from() != null) {
            String text = Files.readString(file);
            assertTrue(text.contains(c.from()), c.file() + " lacks " + c.from());
            file = tmp.resolve(file.getFileName());
            Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(c.from()),
                    java.util.regex.Matcher.quoteReplacement(c.to())));
        }
        assertRefused(c.names(), "run", file.toString(), c.args());
    }

    private void assertRefused(String names, String command, String file, List<String> extra) throws IOException {
        Path out = tmp.resolve("out");
        List<String> args = new ArrayList<>(List.of(command, file, "--out", out.toString()));
        if (!extra.contains("--replications")) {
            args.addAll(List.of("--replications", "2"));
        }
        args.addAll(extra);
        StringWriter o = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ccsim(o, err, args.toArray(String[]::new));
        String said = err.toString();
        assertEquals(2, code, said + o);
        assertTrue(said.contains(names), said);
        assertTrue(said.matches("(?s).*(:\\d+:\\d+: line \\d+|--set |ccsim: ).*"), "names a place: " + said);
        assertFalse(said.contains("Exception") || said.contains("\tat "), said);
        assertFalse(Files.exists(out), "nothing written");
    }

    /** Files that are no scenario: a device that never ends, a binary file, a Latin-1 file, 30 MB. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void aFileThatIsNoScenarioIsRefusedAtOnce(String name, byte[] content, String names) throws IOException {
        Path file = tmp.resolve(name + ".yaml");
        Files.write(file, content);
        assertRefused(names, "run", file.toString(), List.of());
    }

    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of("binary", new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xff, (byte) 0xfe, '\n'},
                        "line 1, column 1: not UTF-8"),
                Arguments.of("latin-1", "name: café\nmode: stand-alone\n".getBytes(StandardCharsets.ISO_8859_1),
                        "byte 0xE9 at line 1"),
                Arguments.of("thirty-megabytes", "a".repeat(30 << 20).getBytes(StandardCharsets.US_ASCII),
                        "larger than 1,048,576 bytes"));
    }

    /** /dev/zero never ends: read up to the limit, not into memory whole. */
    @org.junit.jupiter.api.Test
    void aDeviceThatNeverEndsIsRefused() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero here");
        assertRefused("larger than 1,048,576 bytes", "run", "/dev/zero", List.of());
    }

    /** A sweep over the replications, or of a grid no machine finishes, is refused before any run. */
    @org.junit.jupiter.api.Test
    void sweepsThatCannotRunAreRefused() throws IOException {
        assertRefused("give --replications instead", "sweep", STAND_ALONE, List.of("--vary", "run.replications=1,2"));
        assertRefused("at most 10,000", "sweep", STAND_ALONE, List.of("--vary", "ipcs[*].ports=1..10000:1", "--vary",
                "callTypes[0].callsPerHour=1..10000:1"));
    }
}
