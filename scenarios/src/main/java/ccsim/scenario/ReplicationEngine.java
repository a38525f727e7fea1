package ccsim.scenario;

import ccsim.core.stats.ReplicationResult;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * Where replications run other than the embedded thread pool (Apache Spark, say). The unit of work is one
 * replication of one point; a point travels as the scenario's text and its overrides, never as model
 * objects, and each replication's random streams come from its index, so the results are those of the
 * embedded pool whatever runs them. Engines are found with {@link java.util.ServiceLoader} through
 * {@link Provider}.
 */
public interface ReplicationEngine extends AutoCloseable {

    /** One point: a scenario file's text, the overrides that make the point, and which variant it is. */
    record Point(String file, String text, List<FieldOverride> overrides, int variant) implements Serializable {
        public Point {
            overrides = List.copyOf(overrides);
        }

        /** The point's scenario, as the embedded engine loads it. */
        public ccsim.model.config.Scenario scenario() {
            return new ScenarioLoader().parseVariants(Path.of(file), text, overrides).get(variant).scenario();
        }
    }

    /**
     * Runs replications 0..{@code replications}−1 of every point, returning point by point, each in
     * replication order; {@code progress} (may be null) hears the share of replications done.
     */
    List<List<ReplicationResult>> run(List<Point> points, int replications, DoubleConsumer progress);

    /** Stops the engine's resources (a Spark context, say). */
    @Override
    void close();

    /** Makes engines of one kind, named on the command line ({@code --engine spark}). */
    interface Provider {
        String name();

        /** An engine on {@code master} (the engine's own notion: a Spark master URL); an error sentence if it cannot start. */
        ReplicationEngine start(String master);
    }
}
