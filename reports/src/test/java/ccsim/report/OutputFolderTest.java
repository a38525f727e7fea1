package ccsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

    /** Files being written are in the staging folder, not in place, until finish() moves them there. */
    @Test
    void filesAppearOnlyWhenTheRunFinishes() throws IOException {
        OutputFolder out = OutputFolder.of(tmp, "run");
        write(out, "summary.csv");
        assertFalse(Files.exists(tmp.resolve("summary.csv")));
        out.finish();
        assertEquals("summary.csv", Files.readString(tmp.resolve("summary.csv")));
        assertFalse(Files.exists(tmp.resolve(".ccsim-run.writing")), "the staging folder is gone");
    }

    /** A write that fails half way (a full disk) leaves the previous run's files as they were, and no staging. */
    @Test
    void aFailedWriteLeavesThePreviousRunWhole() throws IOException {
        OutputFolder first = OutputFolder.of(tmp, "run");
        write(first, "summary.csv");
        write(first, "report.html");
        first.finish();
        IOException full = new IOException("No space left on device");
        IOException thrown = assertThrows(IOException.class, () -> OutputFolder.write(tmp, "run", out -> {
            Files.writeString(out.file("summary.csv"), "new");
            throw full;
        }));
        assertEquals(full, thrown);
        assertEquals("summary.csv", Files.readString(tmp.resolve("summary.csv")));
        assertEquals("report.html", Files.readString(tmp.resolve("report.html")));
        assertEquals(List.of("report.html", "summary.csv"), Files.readAllLines(tmp.resolve(".ccsim-run")));
        assertFalse(Files.exists(tmp.resolve(".ccsim-run.writing")));
    }

    /** A folder a failed first run made is not left behind empty. */
    @Test
    void aFailedFirstRunLeavesNoFolder() {
        Path folder = tmp.resolve("new");
        assertThrows(IOException.class, () -> OutputFolder.write(folder, "run", out -> {
            Files.writeString(out.file("summary.csv"), "new");
            throw new IOException("No space left on device");
        }));
        assertFalse(Files.exists(folder));
    }

    /** A name that climbs out of the folder writes nothing there. */
    @Test
    void aNameOutsideTheFolderIsRefused() {
        OutputFolder out = OutputFolder.of(tmp.resolve("out"), "run");
        assertThrows(IllegalArgumentException.class, () -> out.folder("trace").folder("../../../x"));
        assertThrows(IllegalArgumentException.class, () -> out.file("../x.csv"));
    }

    /** /proc and /sys take no new files, an empty name is no folder: refused before any run. */
    @Test
    void foldersNoFileCanBeMadeInAreRefused() {
        assertTrue(OutputFolder.problem(Path.of("/proc/ccsim-out")).isPresent());
        assertTrue(OutputFolder.problem(Path.of("/sys/x")).isPresent());
        assertTrue(OutputFolder.problem(Path.of("")).isPresent());
        assertEquals(java.util.Optional.empty(), OutputFolder.problem(tmp.resolve("a/b")));
        assertFalse(Files.exists(tmp.resolve("a")), "checking creates nothing");
    }
}
