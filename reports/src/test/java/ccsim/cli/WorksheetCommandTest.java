package ccsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ccsim worksheet prints the mode's worksheet and writes it as Markdown and CSV; ccsim run adds it to the report. */
class WorksheetCommandTest {
    private static final Path IN_FRONT = Path.of("..", "scenarios", "infront-sample.yaml");

    @TempDir
    Path tmp;

    @Test
    void printsTheWorksheetAndWritesItsFiles() throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineRun.ccsim(out, err, "worksheet", IN_FRONT.toString(), "--out", tmp.toString());
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().startsWith("# Integration Worksheet—In-Front Mode — infront-sample"), out.toString());
        assertTrue(out.toString().contains("| Place Group object | GVP_EE_IP_VIRTUAL | GVP_EE_IP_VIRTUAL |"),
                out.toString());
        List<String> csv = Files.readAllLines(tmp.resolve("worksheet.csv"));
        assertEquals("section,field,value,guide_sample,description", csv.get(0));
        assertEquals(13, csv.size());
        assertTrue(csv.contains("SIP Server Switch Object,Trunk Group DN,4618,4618,SIP Server uses this Trunk Group DN "
                + "to direct inbound calls to GVP."), String.join("\n", csv));
        assertEquals(out.toString().substring(0, out.toString().indexOf("\nWorksheet written")),
                Files.readString(tmp.resolve("worksheet.md")));
    }

    @Test
    void aBrokenScenarioIsRefusedWithItsLine() throws IOException {
        Path broken = tmp.resolve("broken.yaml");
        Files.writeString(broken, Files.readString(IN_FRONT).replace("accessResources: [\"4618\"]",
                "accessResources: [\"4619\"]"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(2, CommandLineRun.ccsim(out, err, "worksheet", broken.toString()));
        assertTrue(err.toString().contains("ivrServer.virtualSwitch.accessResources[0]"), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void runPutsTheWorksheetInTheReport() throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineRun.ccsim(out, err, "run", IN_FRONT.toString(), "--out", tmp.toString(),
                "--replications", "2", "--set", "run.horizon=2h");
        assertEquals(0, code, err.toString());
        String report = Files.readString(tmp.resolve("report.html"));
        assertTrue(report.contains("<section id=\"worksheet\"><h2>Integration Worksheet—In-Front Mode</h2>"));
        assertTrue(report.contains("<th>External Routing Point DN</th><td>4612</td>"), report);
        assertTrue(Files.exists(tmp.resolve("worksheet.csv")));
    }

    /**
     * A scenario with variants: the worksheet fills the first, or the one --variant names, and says which
     * on the error stream, so that the Markdown on standard output stays a worksheet.
     */
    @Test
    void aVariantIsChosenAndNamedOutsideTheMarkdown() throws IOException {
        Path file = tmp.resolve("what-if.yaml");
        Files.writeString(file, Files.readString(Path.of("..", "scenarios", "what-if-gvp-vs-stream-manager.yaml"))
                .replace("set: {routing.queuing: gvp}", "set: {routing.queuing: gvp, \"ipcs[0].ports\": 6}"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, CommandLineRun.ccsim(out, err, "worksheet", file.toString()));
        assertTrue(out.toString().startsWith("# Integration Worksheet—Behind Mode"), out.toString());
        assertTrue(out.toString().contains("| Voice Treatment Port DNs | 2011 to 2018, 2021 to 2028 |"), out.toString());
        assertEquals("The scenario lists 3 variants: filling the first, stream-manager-refer (--variant NAME chooses "
                + "another).\n", err.toString());

        StringWriter gvp = new StringWriter();
        assertEquals(0, CommandLineRun.ccsim(gvp, new StringWriter(), "worksheet", file.toString(), "--variant", "gvp"));
        assertTrue(gvp.toString().contains("| Voice Treatment Port DNs | 2011 to 2016, 2021 to 2028 |"), gvp.toString());

        StringWriter none = new StringWriter();
        assertEquals(2, CommandLineRun.ccsim(new StringWriter(), none, "worksheet", file.toString(), "--variant", "x"));
        assertTrue(none.toString().contains("--variant x: the scenario lists no such variant"), none.toString());
    }
}
