package ccsim.report;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The folder a command writes its results into. It records every file written (charts are drawn on
 * several threads at once), and when the command is done removes the files that the command's
 * previous run in this folder wrote and this run did not: the ladder diagrams of calls 6 to 20 after
 * a run traced 5, a comparison.csv after the variants were dropped. A planner who takes a chart or a
 * CSV from the folder then never takes one of an earlier run. Only files ccsim listed are removed:
 * {@code .ccsim-<command>} holds the list, so a folder given with {@code --out} keeps everything
 * else in it, and each command keeps its own files.
 */
public final class OutputFolder {
    private final Path root;
    private final String list;
    private final Set<Path> written;
    private final Path dir;

    private OutputFolder(Path root, String list, Set<Path> written, Path dir) {
        this.root = root;
        this.list = list;
        this.written = written;
        this.dir = dir;
    }

    /** The folder {@code root} as {@code command} (run, sweep, size) writes it. */
    public static OutputFolder of(Path root, String command) {
        Path r = root.toAbsolutePath().normalize();
        return new OutputFolder(r, ".ccsim-" + command, ConcurrentHashMap.newKeySet(), r);
    }

    /**
     * Why results could not be written into {@code dir}, checked before a run that may take minutes
     * and creating nothing: the nearest existing part of the path is a file, or is not writable.
     * Empty when the folder can be written (or created).
     */
    public static Optional<String> problem(Path dir) {
        Path p = dir.toAbsolutePath().normalize();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        if (p == null) {
            return Optional.empty();
        }
        if (!Files.isDirectory(p)) {
            return Optional.of(p + " is a file, not a folder");
        }
        if (!Files.isWritable(p)) {
            return Optional.of("the folder " + p + " is not writable");
        }
        return Optional.empty();
    }

    /** Prints {@link #problem}'s answer for a command's folder on {@code err}, if any; true when there was one. */
    public static boolean refused(Path dir, PrintWriter err) {
        Optional<String> problem = problem(dir);
        problem.ifPresent(p -> err.println("ccsim: cannot write the results into " + dir + ": " + p
                + "; nothing was run or written. Give another folder with --out."));
        return problem.isPresent();
    }

    /** This folder's path. */
    public Path path() {
        return dir;
    }

    /** The sub-folder {@code name}, recording into the same list. */
    public OutputFolder folder(String name) {
        return new OutputFolder(root, list, written, dir.resolve(name).normalize());
    }

    /** The file {@code name} in this folder, its folder created, recorded as written by this run. */
    public Path file(String name) throws IOException {
        Path f = dir.resolve(name).normalize();
        Files.createDirectories(f.getParent());
        written.add(root.relativize(f));
        return f;
    }

    /**
     * Removes the files the previous run of this command listed and this one did not write, and the
     * folders that leaves empty, then lists this run's files for the next. Returns the files removed,
     * relative to the folder, in the order listed.
     */
    public List<Path> finish() throws IOException {
        Path listFile = root.resolve(list);
        List<Path> removed = new ArrayList<>();
        if (Files.isRegularFile(listFile)) {
            for (String line : Files.readAllLines(listFile)) {
                Path rel = Path.of(line).normalize();
                // a line edited to point outside the folder, or at the folder itself, names nothing ccsim wrote
                if (line.isBlank() || rel.isAbsolute() || rel.startsWith("..") || written.contains(rel)) {
                    continue;
                }
                Path f = root.resolve(rel);
                if (Files.isRegularFile(f)) {
                    Files.delete(f);
                    removed.add(rel);
                    removeEmptyFolders(f.getParent());
                }
            }
        }
        Files.write(listFile, written.stream().map(p -> p.toString().replace(File.separatorChar, '/')).sorted()
                .toList());
        return removed;
    }

    /** {@link #finish()}, then a line on {@code o} naming the files removed, if any. */
    public void finish(PrintWriter o) {
        try {
            String notice = removedNotice(finish(), 3);
            if (!notice.isEmpty()) {
                o.println(notice);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the files written into " + root, e);
        }
    }

    private void removeEmptyFolders(Path folder) throws IOException {
        for (Path d = folder; d != null && d.startsWith(root) && !d.equals(root); d = d.getParent()) {
            try (Stream<Path> entries = Files.list(d)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(d);
        }
    }

    /** "Removed 3 files ... : a, b and c", naming at most {@code shown} of them; empty when none were. */
    public static String removedNotice(List<Path> removed, int shown) {
        if (removed.isEmpty()) {
            return "";
        }
        List<String> names = removed.stream().limit(shown).map(p -> p.toString().replace(File.separatorChar, '/'))
                .toList();
        String more = removed.size() > shown ? " and " + (removed.size() - shown) + " more" : "";
        return "Removed " + (removed.size() == 1 ? "1 file" : removed.size() + " files")
                + " that the previous run here wrote and this one did not: " + String.join(", ", names) + more;
    }
}
