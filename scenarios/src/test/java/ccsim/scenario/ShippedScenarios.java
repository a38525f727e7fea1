package ccsim.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The scenario files shipped in scenarios/, where the module's tests run. */
public final class ShippedScenarios {
    private ShippedScenarios() {
    }

    /** Every scenarios/*.yaml, sorted by name. */
    public static List<Path> files() {
        try (Stream<Path> s = Files.list(Path.of("."))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the shipped scenarios", e);
        }
    }
}
