package ccsim.model.config;

import java.time.Duration;
import java.util.List;

/** A forecast: the calls expected in each interval of the day, from the start of the horizon. */
public record ArrivalProfileConfig(Duration interval, List<Double> calls) {

    public ArrivalProfileConfig {
        calls = calls == null ? List.of() : List.copyOf(calls);
    }
}
