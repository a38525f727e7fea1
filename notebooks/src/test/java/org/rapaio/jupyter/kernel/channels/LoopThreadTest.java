package org.rapaio.jupyter.kernel.channels;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The corrected LoopThread runs its body after every start, and goes on after a body that throws: the
 * kernel's channels depend on both. With the original start(), which set the running flag after the
 * thread started, some of these starts left the loop before running the body at all; with the original
 * run(), the first exception ended the loop.
 */
class LoopThreadTest {

    @Test
    void everyStartedLoopRunsItsBody() throws InterruptedException {
        int starts = 2000;
        int ran = 0;
        for (int k = 0; k < starts; k++) {
            CountDownLatch body = new CountDownLatch(1);
            LoopThread t = new LoopThread("loop-" + k, 1, body::countDown);
            t.start();
            if (body.await(5, TimeUnit.SECONDS)) {
                ran++;
            }
            t.shutdown();
            t.join(5000);
        }
        assertTrue(ran == starts, ran + " of " + starts + " started loops ran their body");
    }

    /** The shell loop's body throws when a request comes before the kernel has set its handlers. */
    @Test
    void aBodyThatThrowsDoesNotEndTheLoop() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch afterFailures = new CountDownLatch(1);
        LoopThread t = new LoopThread("throwing", 1, () -> {
            if (runs.incrementAndGet() <= 3) {
                throw new NullPointerException("handlers not set yet");
            }
            afterFailures.countDown();
        });
        t.start();
        boolean ranOn = afterFailures.await(5, TimeUnit.SECONDS);
        t.shutdown();
        t.join(5000);
        assertTrue(ranOn, "the loop ran its body " + runs.get() + " times and stopped after the failures");
    }
}
