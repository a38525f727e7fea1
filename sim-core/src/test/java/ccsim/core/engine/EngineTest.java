package ccsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import umontreal.ssj.simevents.Sim;
import umontreal.ssj.simevents.Simulator;

class EngineTest {

    @ParameterizedTest
    @EnumSource(EventListKind.class)
    void eventsRunInTimeOrderAndTiesInSchedulingOrder(EventListKind kind) {
        Engine e = new Engine(kind);
        List<String> log = new ArrayList<>();
        e.schedule(2, () -> log.add("b@" + e.now()));
        for (int i = 0; i < 50; i++) {
            int n = i;
            e.schedule(1, () -> log.add("tie" + n));
        }
        e.schedule(0.5, () -> log.add("a@" + e.now()));
        e.runUntilEmpty();
        List<String> expected = new ArrayList<>();
        expected.add("a@0.5");
        for (int i = 0; i < 50; i++) {
            expected.add("tie" + i);
        }
        expected.add("b@2.0");
        assertEquals(expected, log);
        assertEquals(52, e.eventsExecuted());
    }

    @Test
    void cancelledTimerDoesNotRun() {
        Engine e = new Engine();
        List<String> log = new ArrayList<>();
        Engine.Timer t = e.schedule(1, () -> log.add("cancelled"));
        e.schedule(2, () -> log.add("kept"));
        assertTrue(t.cancel());
        e.runUntilEmpty();
        assertEquals(List.of("kept"), log);
    }

    @Test
    void negativeOrNaNDelayIsRefused() {
        Engine e = new Engine();
        assertThrows(IllegalArgumentException.class, () -> e.schedule(-1, () -> { }));
        assertThrows(IllegalArgumentException.class, () -> e.schedule(Double.NaN, () -> { }));
    }

    @Test
    void staticSsjSimulatorFailsLoudlyOnceAnEngineExists() {
        new Engine();
        assertThrows(IllegalStateException.class, Sim::time);
        assertThrows(IllegalStateException.class, () -> Simulator.getDefaultSimulator().init());
    }

    @Test
    void emptyEngineRunsWithoutError() {
        Engine e = new Engine();
        e.runUntilEmpty();
        assertEquals(0, e.eventsExecuted());
    }
}
