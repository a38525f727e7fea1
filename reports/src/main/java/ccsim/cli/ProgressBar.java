package ccsim.cli;

import java.io.PrintStream;
import java.util.function.DoubleConsumer;

/**
 * A progress bar on stderr, shown only once the work has lasted more than a second. One bar serves a
 * whole experiment: a search whose runs come one after another moves it to each run with
 * {@link #next} and clears it while a result line is printed in its place.
 */
final class ProgressBar implements DoubleConsumer {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private final long started = System.nanoTime();
    private String label;
    private long stepStarted = started;
    private boolean shown;
    private int drawn;

    ProgressBar(PrintStream out, String label) {
        this.out = out;
        this.label = label;
    }

    /** Draws the bar at {@code fraction} of the current step; the time left is the step's. */
    @Override
    public synchronized void accept(double fraction) {
        long now = System.nanoTime();
        double elapsed = (now - started) / 1e9;
        if (elapsed < 1) {
            return;
        }
        double stepElapsed = (now - stepStarted) / 1e9;
        int filled = (int) Math.round(fraction * WIDTH);
        String eta = fraction > 0.01 ? String.format(" ~%.0fs left", stepElapsed * (1 - fraction) / fraction) : "";
        String line = String.format("%s [%s%s] %3.0f%% %.0fs%s", label, "#".repeat(filled), "-".repeat(WIDTH - filled),
                fraction * 100, elapsed, eta);
        out.print("\r" + line + " ".repeat(Math.max(3, drawn - line.length())));
        out.flush();
        drawn = line.length();
        shown = true;
    }

    /** Starts the next step of the experiment under {@code nextLabel}: the bar starts again from empty. */
    synchronized void next(String nextLabel) {
        label = nextLabel;
        stepStarted = System.nanoTime();
    }

    /** Erases the bar's line so that a result can take its place; the next update draws it again. */
    synchronized void clear() {
        if (shown) {
            out.print("\r" + " ".repeat(drawn + 3) + "\r");
            out.flush();
            shown = false;
        }
    }

    /** Ends the bar's line if it is shown, leaving it on the screen. */
    synchronized void finish() {
        if (shown) {
            out.println();
        }
    }
}
