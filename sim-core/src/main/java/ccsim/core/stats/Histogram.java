package ccsim.core.stats;

import java.util.Arrays;
import java.util.List;

/**
 * Counts of a measure's values in equal bins from zero; the last bin also holds every larger value.
 * Replications' histograms of the same measure pool by adding their counts.
 */
public record Histogram(String measure, String unit, double binWidth, long[] counts) implements java.io.Serializable {

    public Histogram {
        if (!(binWidth > 0) || counts.length < 1) {
            throw new IllegalArgumentException("need a bin width > 0 and at least one bin");
        }
        counts = counts.clone();
    }

    /** An empty histogram of {@code bins} bins of {@code binWidth}. */
    public static Histogram empty(String measure, String unit, double binWidth, int bins) {
        return new Histogram(measure, unit, binWidth, new long[bins]);
    }

    /** A copy with {@code value} counted. */
    public Histogram with(double value) {
        long[] c = counts.clone();
        c[bin(value)]++;
        return new Histogram(measure, unit, binWidth, c);
    }

    public int bin(double value) {
        return (int) Math.min(counts.length - 1, Math.max(0, Math.floor(value / binWidth)));
    }

    public long total() {
        return Arrays.stream(counts).sum();
    }

    @Override
    public long[] counts() {
        return counts.clone();
    }

    /** The histograms of the replications added up, in replication order. */
    public static Histogram pool(List<Histogram> histograms) {
        Histogram first = histograms.get(0);
        long[] c = new long[first.counts.length];
        for (Histogram h : histograms) {
            if (!h.measure.equals(first.measure) || h.counts.length != c.length || h.binWidth != first.binWidth) {
                throw new IllegalArgumentException("histograms of " + h.measure + " and " + first.measure + " differ");
            }
            for (int i = 0; i < c.length; i++) {
                c[i] += h.counts[i];
            }
        }
        return new Histogram(first.measure, first.unit, first.binWidth, c);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Histogram h && h.measure.equals(measure) && h.unit.equals(unit) && h.binWidth == binWidth
                && Arrays.equals(h.counts, counts);
    }

    @Override
    public int hashCode() {
        return measure.hashCode() * 31 + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "Histogram[" + measure + ", bin " + binWidth + " " + unit + ", " + Arrays.toString(counts) + "]";
    }
}
