package ccsim.report.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.core.message.SipRequest;
import ccsim.core.message.SipResponse;
import ccsim.core.message.SipText;
import ccsim.core.network.Delivery;
import ccsim.model.config.Scenario;
import ccsim.report.OutputFolder;
import ccsim.scenario.FieldOverride;
import ccsim.scenario.ScenarioLoader;
import ccsim.scenario.ScenarioRun;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * tshark (installed by .ci/run) reads the trace's pcap without a malformed packet, and the SIP
 * methods and status codes it decodes per Call-ID are the simulator's, in the same order.
 */
class PcapTsharkTest {
    @TempDir
    Path tmp;

    private static List<String> tshark(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tshark"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "tshark did not finish");
        assertEquals(0, p.exitValue(), () -> "tshark failed: " + new String(out, StandardCharsets.UTF_8));
        return new String(out, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }

    /** CI installs tshark and must run this test; elsewhere it is skipped when tshark is missing. */
    @BeforeAll
    static void needTshark() {
        boolean present = Stream.of(System.getenv("PATH").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "tshark")));
        if (System.getenv("CI") != null) {
            assertTrue(present, "tshark is missing in CI: .ci/run should have installed it");
        }
        Assumptions.assumeTrue(present, "tshark not installed (apt-get install tshark); .ci/run installs it");
    }

    @ParameterizedTest
    @ValueSource(strings = {"standalone-sample.yaml", "behind-stream-manager-queuing.yaml", "behind-gvp-queuing.yaml",
        "infront-sample.yaml", "behind-asr-gvp75.yaml"})
    void tsharkDecodesWhatTheSimulatorSent(String file) throws Exception {
        Scenario s = new ScenarioLoader().load(Path.of("..", "scenarios", file),
                List.of(FieldOverride.parse("run.replications=1"), FieldOverride.parse("run.horizon=1h")));
        ScenarioRun run = ScenarioRun.execute(s, 1, 5, null);
        List<Delivery> traced = run.trace().deliveries();
        OutputFolder.write(tmp, "run", out -> TraceFiles.write(run.trace(), out));
        Path pcap = tmp.resolve("calls.pcap");

        assertEquals(List.of(), tshark("-r", pcap.toString(), "-Y", "_ws.malformed"), "malformed packets");
        Map<String, List<String>> decoded = new LinkedHashMap<>();
        for (String line : tshark("-r", pcap.toString(), "-T", "fields", "-E", "separator=|", "-e", "sip.Call-ID",
                "-e", "sip.Method", "-e", "sip.Status-Code")) {
            String[] f = line.split("\\|", -1);
            decoded.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f[2].isEmpty() ? f[1] : f[2]);
        }
        Map<String, List<String>> simulated = new LinkedHashMap<>();
        for (Delivery d : traced) {
            if (d.message() instanceof SipRequest q) {
                simulated.computeIfAbsent(SipText.callId(q.headers().callId()), k -> new ArrayList<>())
                        .add(q.method().name());
            } else if (d.message() instanceof SipResponse r) {
                simulated.computeIfAbsent(SipText.callId(r.headers().callId()), k -> new ArrayList<>())
                        .add(String.valueOf(r.status()));
            }
        }
        assertTrue(simulated.size() >= 10, "too few dialogs traced: " + simulated.keySet());
        assertEquals(simulated, decoded);
    }
}
