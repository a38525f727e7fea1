package ccsim.cli;

import java.io.PrintStream;
import java.util.function.DoubleConsumer;

/** A progress bar on stderr, shown only once a run has lasted more than a second. */
final class ProgressBar implements DoubleConsumer {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private final String label;
    private final long started = System.nanoTime();
    private boolean shown;

    ProgressBar(PrintStream out, String label) {
        this.out = out;
        this.label = label;
    }

    @Override
    public synchronized void accept(double fraction) {
        double elapsed = (System.nanoTime() - started) / 1e9;
        if (elapsed < 1) {
            return;
        }
        shown = true;
        int filled = (int) Math.round(fraction * WIDTH);
        String eta = fraction > 0.01 ? String.format(" ~%.0fs left", elapsed * (1 - fraction) / fraction) : "";
        out.printf("\r%s [%s%s] %3.0f%% %.0fs%s   ", label, "#".repeat(filled), "-".repeat(WIDTH - filled),
                fraction * 100, elapsed, eta);
        out.flush();
    }

    /** Ends the bar's line if it was shown. */
    synchronized void finish() {
        if (shown) {
            out.println();
        }
    }
}
