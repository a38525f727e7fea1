package ccsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {
    @TempDir
    Path tmp;

    private static void write(OutputFolder out, String name) throws IOException {
        Files.writeString(out.file(name), name);
    }

    @Test
    void aSecondRunRemovesOnlyWhatTheFirstWroteAndItDidNot() throws IOException {
        Files.writeString(tmp.resolve("notes.txt"), "the planner's own");
        OutputFolder first = OutputFolder.of(tmp, "run");
        write(first, "summary.csv");
        write(first, "comparison.csv");
        write(first.folder("trace"), "call-1.svg");
        write(first.folder("trace").folder("gvp"), "call-1.svg");
        assertEquals(List.of(), first.finish());

        OutputFolder second = OutputFolder.of(tmp, "run");
        write(second, "summary.csv");
        write(second.folder("trace"), "call-1.svg");
        List<Path> removed = second.finish();

        assertEquals(List.of(Path.of("comparison.csv"), Path.of("trace/gvp/call-1.svg")), removed);
        assertTrue(Files.exists(tmp.resolve("summary.csv")));
        assertTrue(Files.exists(tmp.resolve("trace/call-1.svg")));
        assertFalse(Files.exists(tmp.resolve("trace/gvp")), "the folder the removal left empty goes too");
        assertEquals("the planner's own", Files.readString(tmp.resolve("notes.txt")));
        assertEquals(List.of("summary.csv", "trace/call-1.svg"), Files.readAllLines(tmp.resolve(".ccsim-run")));
    }

    @Test
    void eachCommandRemovesOnlyItsOwnFiles() throws IOException {
        OutputFolder run = OutputFolder.of(tmp, "run");
        write(run, "summary.csv");
        run.finish();
        OutputFolder size = OutputFolder.of(tmp, "size");
        write(size, "size.csv");
        assertEquals(List.of(), size.finish());
        assertTrue(Files.exists(tmp.resolve("summary.csv")));
    }

    @Test
    void aListEditedToNameFilesOutsideTheFolderRemovesNothingThere() throws IOException {
        Path outside = Files.writeString(tmp.resolve("keep.csv"), "x");
        Path folder = Files.createDirectories(tmp.resolve("out"));
        Files.write(folder.resolve(".ccsim-run"), List.of("../keep.csv", outside.toAbsolutePath().toString(), ""));
        assertEquals(List.of(), OutputFolder.of(folder, "run").finish());
        assertTrue(Files.exists(outside));
    }

    @Test
    void theNoticeNamesAFewFilesAndCountsTheRest() {
        assertEquals("", OutputFolder.removedNotice(List.of(), 3));
        assertEquals("Removed 1 file that the previous run here wrote and this one did not: comparison.csv",
                OutputFolder.removedNotice(List.of(Path.of("comparison.csv")), 3));
        assertEquals("Removed 4 files that the previous run here wrote and this one did not: a, b and 2 more",
                OutputFolder.removedNotice(List.of(Path.of("a"), Path.of("b"), Path.of("c"), Path.of("d")), 2));
    }
}
