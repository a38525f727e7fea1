package ccsim.cli;

import ccsim.core.engine.EventListKind;
import ccsim.core.engine.Engine;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;

/**
 * The yardstick for the benchmark: SSJ alone running {@code pending} self-rescheduling events with
 * exponential delays, the same event-list kind, until {@code events} have run. No messages, no model.
 */
final class BareSsjLoop {
    private BareSsjLoop() {
    }

    /** Runs the loop and returns the seconds it took. */
    static double run(long events, int pending, EventListKind kind) {
        Engine engine = new Engine(kind);
        Simulator ssj = engine.simulator();
        MRG32k3a stream = new MRG32k3a().clone();
        long[] left = {events};
        final class Tick extends Event {
            Tick() {
                super(ssj);
            }

            @Override
            public void actions() {
                if (--left[0] <= 0) {
                    simulator().stop();
                    return;
                }
                schedule(-Math.log1p(-stream.nextDouble()));
            }
        }
        for (int i = 0; i < pending; i++) {
            new Tick().schedule(-Math.log1p(-stream.nextDouble()));
        }
        long t0 = System.nanoTime();
        ssj.start();
        return (System.nanoTime() - t0) / 1e9;
    }
}
