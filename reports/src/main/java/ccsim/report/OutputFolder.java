package ccsim.report;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The folder a command writes its results into, written so that it holds one complete run or the
 * previous one. Every file goes first into a hidden staging folder inside it ({@code .ccsim-<command>.writing},
 * so that nothing is written outside the folder); {@link #finish} then moves each into place (a rename,
 * which needs no space on a full disk) and removes the files that the command's previous run wrote and
 * this run did not: the ladder diagrams of calls 6 to 20 after a run traced 5, a comparison.csv after the
 * variants were dropped. A planner who takes a chart or a CSV from the folder then never takes one of an
 * earlier run. Only files ccsim listed are removed: {@code .ccsim-<command>} holds the list, so a folder
 * given with {@code --out} keeps everything else in it, and each command keeps its own files.
 *
 * <p>Interrupted (SIGINT, SIGTERM) while writing, the staging folder is removed and the previous run
 * stays whole; interrupted while moving into place, the move is completed first. A write that fails (a
 * full disk) leaves the previous run whole too: see {@link #abandon}.
 */
public final class OutputFolder {
    private final Session session;
    private final Path relative;

    private enum State { WRITING, COMMITTED, ABANDONED }

    /** One command's writing into one folder: shared by the folder and its sub-folders. */
    private static final class Session {
        final Path root;
        final String list;
        final Set<Path> written = ConcurrentHashMap.newKeySet();
        final Path stage;
        State state = State.WRITING;
        final Thread onExit;
        /** Whether the folder did not exist before this run: an abandoned run removes it if it stays empty. */
        final boolean newFolder;

        Session(Path root, String list) {
            this.root = root;
            this.list = list;
            this.stage = root.resolve(list + ".writing");
            this.newFolder = !Files.exists(root);
            // what a run killed outright (SIGKILL) left half-written; never results
            deleteTree(stage);
            this.onExit = new Thread(this::interrupted, "ccsim-output-" + root.getFileName());
            Runtime.getRuntime().addShutdownHook(onExit);
        }

        /** The JVM is going down before the results were moved into place: the previous run stays. */
        private void interrupted() {
            synchronized (this) {
                if (state == State.WRITING) {
                    state = State.ABANDONED;
                    deleteTree(stage);
                }
            }
        }

        void leaveShutdown() {
            try {
                Runtime.getRuntime().removeShutdownHook(onExit);
            } catch (IllegalStateException e) {
                // the JVM is shutting down already: the hook runs, finds the session over and does nothing
                return;
            }
        }
    }

    private OutputFolder(Session session, Path relative) {
        this.session = session;
        this.relative = relative;
    }

    /** The folder {@code root} as {@code command} (run, sweep, size) writes it. */
    public static OutputFolder of(Path root, String command) {
        return new OutputFolder(new Session(root.toAbsolutePath().normalize(), ".ccsim-" + command), Path.of(""));
    }

    /**
     * Why results could not be written into {@code dir}, checked before a run that may take minutes
     * and leaving nothing behind: an empty name, the nearest existing part of the path a file, or a
     * folder in which no file can be made (/proc, /sys, a read-only mount). Empty when it can be written.
     */
    public static Optional<String> problem(Path dir) {
        if (dir.toString().isBlank()) {
            return Optional.of("the folder's name is empty");
        }
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
        try {
            Files.delete(Files.createTempFile(p, ".ccsim-probe", ""));
        } catch (IOException | SecurityException e) {
            return Optional.of("no file can be made in " + p + " (" + reason(e) + ")");
        }
        return Optional.empty();
    }

    private static String reason(Exception e) {
        return e instanceof AccessDeniedException ? "access denied"
                : e instanceof NoSuchFileException ? "it takes no new files"
                : e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** Prints {@link #problem}'s answer for a command's folder on {@code err}, if any; true when there was one. */
    public static boolean refused(Path dir, PrintWriter err) {
        if (dir.toString().isBlank()) {
            err.println("ccsim: --out is empty: give the folder to write the results into; nothing was run or written.");
            return true;
        }
        Optional<String> problem = problem(dir);
        problem.ifPresent(p -> err.println("ccsim: cannot write the results into " + dir + ": " + p
                + "; nothing was run or written. Give another folder with --out."));
        return problem.isPresent();
    }

    /** This folder's path, where its files are once the command finishes. */
    public Path path() {
        return session.root.resolve(relative);
    }

    /** The sub-folder {@code name}, recording into the same list. */
    public OutputFolder folder(String name) {
        return new OutputFolder(session, inside(name));
    }

    private Path inside(String name) {
        Path rel = relative.resolve(name).normalize();
        if (rel.isAbsolute() || rel.startsWith("..") || rel.toString().isEmpty()) {
            throw new IllegalArgumentException(name + " names no place inside " + session.root);
        }
        return rel;
    }

    /**
     * The file {@code name} of this folder, to write: a path in the staging folder (its folder created),
     * recorded as written by this run and moved into place by {@link #finish}.
     */
    public Path file(String name) throws IOException {
        Path rel = inside(name);
        synchronized (session) {
            if (session.state != State.WRITING) {
                throw new IOException("the results for " + session.root + " are no longer being written");
            }
            Path f = session.stage.resolve(rel);
            Files.createDirectories(f.getParent());
            session.written.add(rel);
            return f;
        }
    }

    /**
     * Moves this run's files into place, removes the files the previous run of this command listed and
     * this one did not (and the folders that leaves empty), then lists this run's files for the next.
     * Returns the files removed, relative to the folder, in the order listed.
     */
    public List<Path> finish() throws IOException {
        Session s = session;
        synchronized (s) {
            if (s.state != State.WRITING) {
                throw new IOException("the results for " + s.root + " were abandoned");
            }
            // the list is written first, while a failure (a full disk) can still leave the previous run whole
            Path listFile = s.root.resolve(s.list);
            Path stagedList = s.stage.resolve(s.list);
            Files.createDirectories(s.stage);
            List<Path> previous = Files.isRegularFile(listFile) ? Files.readAllLines(listFile).stream()
                    .filter(line -> !line.isBlank()).map(line -> Path.of(line).normalize()).toList() : List.of();
            Files.write(stagedList, s.written.stream().map(p -> p.toString().replace(File.separatorChar, '/')).sorted()
                    .toList());
            s.state = State.COMMITTED;
            for (Path rel : s.written.stream().sorted().toList()) {
                Path target = s.root.resolve(rel);
                Files.createDirectories(target.getParent());
                Files.move(s.stage.resolve(rel), target, StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
            List<Path> removed = new ArrayList<>();
            for (Path rel : previous) {
                // a line edited to point outside the folder, or at the folder itself, names nothing ccsim wrote
                if (rel.isAbsolute() || rel.startsWith("..") || rel.toString().isEmpty() || s.written.contains(rel)) {
                    continue;
                }
                Path f = s.root.resolve(rel);
                if (Files.isRegularFile(f)) {
                    Files.delete(f);
                    removed.add(rel);
                    removeEmptyFolders(f.getParent());
                }
            }
            Files.move(stagedList, listFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(s.stage);
            s.leaveShutdown();
            return removed;
        }
    }

    /** A line on {@code o} naming the files a command's writing removed (see {@link #finish()}), if any. */
    public static void tellRemoved(PrintWriter o, List<Path> removed) {
        String notice = removedNotice(removed, 3);
        if (!notice.isEmpty()) {
            o.println(notice);
        }
    }

    /** {@link #write}, a failure told as the folder it concerns; returns the files removed. */
    public static List<Path> writeOrFail(Path root, String command, Writer writer) {
        try {
            return write(root, command, writer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the results into " + root, e);
        }
    }

    /**
     * Gives up writing (a write failed): the staging folder goes, the previous run's files stay as they
     * were, and the folder is removed if this run made it and it is empty.
     */
    public void abandon() {
        Session s = session;
        synchronized (s) {
            if (s.state != State.WRITING) {
                return;
            }
            s.state = State.ABANDONED;
            deleteTree(s.stage);
            s.leaveShutdown();
            if (s.newFolder) {
                try (Stream<Path> entries = Files.list(s.root)) {
                    if (entries.findAny().isEmpty()) {
                        Files.delete(s.root);
                    }
                } catch (NoSuchFileException e) {
                    // never made: nothing to remove
                    return;
                } catch (IOException e) {
                    System.err.println("ccsim: could not remove the empty folder " + s.root + " (" + e.getMessage() + ")");
                }
            }
        }
    }

    /**
     * Writes with {@code writer} into {@code root} as {@code command}, then moves the files into place; a
     * failure on the way leaves the previous run whole. Returns the files removed (see {@link #finish()}).
     */
    public static List<Path> write(Path root, String command, Writer writer) throws IOException {
        OutputFolder out = of(root, command);
        try {
            writer.write(out);
            return out.finish();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (RuntimeException e) {
            // a library that writes (Tablesaw's CSV writer) wraps a full disk in an unchecked exception of its own
            for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                if (c instanceof IOException io) {
                    throw io;
                }
            }
            throw e;
        } finally {
            out.abandon();
        }
    }

    /** What a command writes into its folder. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputFolder out) throws IOException;
    }

    private void removeEmptyFolders(Path folder) throws IOException {
        Path root = session.root;
        for (Path d = folder; d != null && d.startsWith(root) && !d.equals(root); d = d.getParent()) {
            try (Stream<Path> entries = Files.list(d)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(d);
        }
    }

    /** Deletes {@code dir} and everything in it, as far as it can: a staging folder, never results. */
    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            System.err.println("ccsim: could not remove the staging folder " + dir + " (" + e.getMessage()
                    + "); it holds no results and may be deleted");
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
