package org.rapaio.jupyter.kernel.channels;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The corrected LoopThread runs its body after every start: the kernel's channels depend on it. With
 * the original start(), which set the running flag after the thread started, some of these starts
 * left the loop before running the body at all.
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
}
