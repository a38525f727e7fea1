package ccsim.model.config;

import ccsim.core.engine.EventListKind;
import java.time.Duration;

/**
 * How long to simulate and how often. Calls arrive during {@code horizon}; those arriving in the
 * {@code warmUp} are simulated but not counted; every call runs to its end after the horizon.
 * Measures are also reported per {@code interval} of the horizon. With {@code forecastCv} > 0 every
 * replication scales all arrival rates by one gamma-distributed factor of mean 1 and that
 * coefficient of variation: the forecast's own uncertainty.
 */
public record RunSettings(Duration horizon, Duration warmUp, Duration interval, Integer replications, Long seed,
                          EventListKind eventList, Double forecastCv) {

    /** Settings without forecast uncertainty. */
    public RunSettings(Duration horizon, Duration warmUp, Duration interval, Integer replications, Long seed,
                       EventListKind eventList) {
        this(horizon, warmUp, interval, replications, seed, eventList, null);
    }
    public static final int DEFAULT_REPLICATIONS = 10;
    public static final long DEFAULT_SEED = 1;

    public RunSettings {
        horizon = horizon == null ? Duration.ofHours(8) : horizon;
        warmUp = warmUp == null ? Duration.ZERO : warmUp;
        interval = interval == null ? Duration.ofMinutes(15) : interval;
        replications = replications == null ? DEFAULT_REPLICATIONS : replications;
        seed = seed == null ? DEFAULT_SEED : seed;
        eventList = eventList == null ? EventListKind.DEFAULT : eventList;
        forecastCv = forecastCv == null ? 0.0 : forecastCv;
    }

    public double horizonSeconds() {
        return seconds(horizon);
    }

    public double warmUpSeconds() {
        return seconds(warmUp);
    }

    /** The length of the reporting intervals (15 minutes unless set), in seconds. */
    public double intervalSeconds() {
        return seconds(interval);
    }

    /** "1 replication" or "10 replications", for titles. */
    public String replicationsText() {
        return replications + (replications == 1 ? " replication" : " replications");
    }

    public static double seconds(Duration d) {
        return d.getSeconds() + d.getNano() / 1e9;
    }
}
