package ccsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The timing wheel must run events in exactly the order SSJ's BinaryTree does: time, then priority,
 * then scheduling order. A random model schedules, cancels and reschedules across the wheel's
 * window (delays of 0, of microseconds, of seconds, and far beyond 4 s) and both lists must give the
 * same log.
 */
class EventWheelTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void runsEventsInTheSameOrderAsSsjBinaryTree(long seed) {
        List<String> wheel = randomModel(EventListKind.WHEEL, seed);
        List<String> tree = randomModel(EventListKind.BINARY_TREE, seed);
        assertTrue(tree.size() >= 20_000, "the model ran " + tree.size() + " events and cancellations");
        assertEquals(tree.size(), wheel.size());
        assertEquals(tree, wheel);
    }

    @Test
    void aCrowdedBucketRunsInTheSameOrderAsSsjBinaryTree() {
        assertEquals(crowd(EventListKind.BINARY_TREE), crowd(EventListKind.WHEEL));
    }

    /**
     * 3,000 events within 1/1024 s in the open bucket and 3,000 within a later bucket (sorted when the
     * clock reaches it), a third of them at one instant, scheduled out of order.
     */
    private static List<String> crowd(EventListKind kind) {
        Engine e = new Engine(kind);
        SplittableRandom random = new SplittableRandom(11);
        List<String> log = new ArrayList<>();
        e.schedule(1.0, () -> {
            for (int i = 0; i < 6000; i++) {
                int n = i;
                double delay = (i % 2 == 0 ? 0 : 0.5) + (i % 3 == 0 ? 0.0002 : random.nextDouble() / 1024);
                e.schedule(delay, () -> log.add(n + "@" + e.now()));
            }
        });
        e.runUntilEmpty();
        return log;
    }

    @Test
    void aTimerCancelledInTheOpenBucketDoesNotRunAndTheRestKeepTheirOrder() {
        Engine e = new Engine(EventListKind.WHEEL);
        List<String> log = new ArrayList<>();
        List<Engine.Timer> timers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            int n = i;
            timers.add(e.schedule(0.0001 * (i % 3), () -> log.add("t" + n)));
        }
        e.schedule(0, () -> {
            timers.get(4).cancel();
            timers.get(8).cancel();
        });
        e.runUntilEmpty();
        assertEquals(List.of("t0", "t3", "t6", "t9", "t1", "t7", "t2", "t5"), log);
    }

    @Test
    void getFirstThenAnEarlierEventStillRunsFirst() {
        Engine e = new Engine(EventListKind.WHEEL);
        List<String> log = new ArrayList<>();
        e.schedule(100, () -> log.add("far"));
        e.schedule(0, () -> {
            // peeking turns the wheel to the far event's bucket without the clock moving
            assertEquals(100.0, e.simulator().getEventList().getFirst().time());
            e.schedule(1, () -> log.add("near"));
            e.schedule(50, () -> log.add("middle"));
        });
        e.runUntilEmpty();
        assertEquals(List.of("near", "middle", "far"), log);
    }

    @Test
    void iteratesInRunOrderWithoutChangingTheList() {
        Engine e = new Engine(EventListKind.WHEEL);
        Engine.Timer late = e.schedule(10, () -> { });
        Engine.Timer early = e.schedule(0.5, () -> { });
        Engine.Timer far = e.schedule(1000, () -> { });
        List<Object> seen = new ArrayList<>();
        e.simulator().getEventList().forEach(seen::add);
        assertEquals(List.of(early, late, far), seen);
        assertSame(early, e.simulator().getEventList().getFirst());
    }

    /**
     * Events that log themselves and, when run, schedule 0 to 2 more events and cancel a random pending
     * one (a quarter of the time); some get priority 0.5 instead of SSJ's default 1.
     */
    private static List<String> randomModel(EventListKind kind, long seed) {
        Engine engine = new Engine(kind);
        SplittableRandom random = new SplittableRandom(seed);
        List<String> log = new ArrayList<>();
        List<Engine.Timer> pending = new ArrayList<>();
        Map<Engine.Timer, Integer> ids = new IdentityHashMap<>();
        int[] next = {0};
        Runnable[] spawn = new Runnable[1];
        spawn[0] = () -> {
            int id = next[0]++;
            double delay = switch (random.nextInt(6)) {
                case 0 -> 0;
                case 1 -> random.nextDouble() * 1e-5;
                case 2 -> random.nextDouble() * 0.004;
                case 3 -> random.nextDouble() * 3.9;
                case 4 -> 4 + random.nextDouble() * 60;
                default -> Math.floor(random.nextDouble() * 8) * 0.5;
            };
            Engine.Timer[] self = new Engine.Timer[1];
            self[0] = new Engine.Timer(engine, () -> {
                pending.remove(self[0]);
                log.add(id + "@" + engine.now());
                if (next[0] < 20_000) {
                    int children = 1 + random.nextInt(2);
                    for (int c = 0; c < children; c++) {
                        spawn[0].run();
                    }
                }
                if (!pending.isEmpty() && random.nextInt(4) == 0) {
                    Engine.Timer victim = pending.remove(random.nextInt(pending.size()));
                    victim.cancel();
                    log.add("cancel " + ids.get(victim));
                }
            });
            if (random.nextInt(10) == 0) {
                self[0].setPriority(0.5);
            }
            self[0].schedule(delay);
            pending.add(self[0]);
            ids.put(self[0], id);
        };
        for (int i = 0; i < 200; i++) {
            spawn[0].run();
        }
        engine.runUntilEmpty();
        return log;
    }
}
