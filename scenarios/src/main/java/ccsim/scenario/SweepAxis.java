package ccsim.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One axis of a sweep: a field (the --set path syntax, [*] for every list item) and its values,
 * written {@code path=20..60:5} (from, to, step) or {@code path=80,90,100}.
 */
public record SweepAxis(FieldPath path, List<String> values, String text) {

    public static SweepAxis parse(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new IllegalArgumentException("--vary " + text + ": expected path=from..to:step or path=a,b,c");
        }
        FieldPath path;
        try {
            path = FieldPath.parse(text.substring(0, eq).trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--vary " + text + ": " + e.getMessage(), e);
        }
        String spec = text.substring(eq + 1).trim();
        List<String> values = new ArrayList<>();
        if (spec.contains("..")) {
            String[] range = spec.split("\\.\\.|:");
            if (range.length != 3) {
                throw new IllegalArgumentException("--vary " + text + ": a range is from..to:step, e.g. 20..60:5");
            }
            BigDecimal from;
            BigDecimal to;
            BigDecimal step;
            try {
                from = new BigDecimal(range[0].trim());
                to = new BigDecimal(range[1].trim());
                step = new BigDecimal(range[2].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--vary " + text + ": from, to and step must be numbers", e);
            }
            if (step.signum() <= 0 || from.compareTo(to) > 0) {
                throw new IllegalArgumentException("--vary " + text + ": needs from <= to and a step > 0");
            }
            for (BigDecimal v = from; v.compareTo(to) <= 0; v = v.add(step)) {
                values.add(v.stripTrailingZeros().toPlainString());
                if (values.size() > 10_000) {
                    throw new IllegalArgumentException("--vary " + text + ": more than 10,000 values");
                }
            }
        } else {
            for (String v : spec.split(",")) {
                if (!v.isBlank()) {
                    values.add(v.trim());
                }
            }
        }
        if (values.isEmpty()) {
            throw new IllegalArgumentException("--vary " + text + ": no values");
        }
        return new SweepAxis(path, values, text);
    }

    /** The most points a sweep may have: each runs every replication of the scenario. */
    public static final int MAX_POINTS = 10_000;

    /**
     * The axes of the --vary options; two that change the same field are refused (the grid would be
     * ambiguous), as is one of the run's replications (every point of a sweep is compared with the others
     * on the same replications) and a grid of more than {@link #MAX_POINTS} points.
     */
    public static List<SweepAxis> parseAll(List<String> texts) {
        List<SweepAxis> axes = new ArrayList<>();
        long points = 1;
        for (String text : texts) {
            SweepAxis axis = parse(text);
            if (axis.path().equals(FieldPath.parse("run.replications"))) {
                throw new IllegalArgumentException("--vary " + text + ": every point runs the same replications, so "
                        + "that the points are compared on the same callers; give --replications instead");
            }
            points *= axis.values().size();
            if (points > MAX_POINTS) {
                throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "the --vary options make a "
                        + "grid of more than %,d points (%s); at most %,d", MAX_POINTS, texts.stream().map(t -> "--vary "
                        + t).collect(java.util.stream.Collectors.joining(" ")), MAX_POINTS));
            }
            for (SweepAxis earlier : axes) {
                if (earlier.path().overlaps(axis.path())) {
                    throw new IllegalArgumentException("--vary " + earlier.path() + " and --vary " + axis.path()
                            + " change the same field; give its values in one --vary");
                }
            }
            axes.add(axis);
        }
        return axes;
    }

    /** Every combination of the axes' values, first axis slowest, as the overrides that make each point. */
    public static List<List<FieldOverride>> grid(List<SweepAxis> axes) {
        List<List<FieldOverride>> points = new ArrayList<>();
        points.add(List.of());
        for (SweepAxis axis : axes) {
            List<List<FieldOverride>> next = new ArrayList<>();
            for (List<FieldOverride> point : points) {
                for (String v : axis.values()) {
                    List<FieldOverride> p = new ArrayList<>(point);
                    p.add(new FieldOverride(axis.path(), v, "--vary " + axis.path() + "=" + v));
                    next.add(p);
                }
            }
            points = next;
        }
        return points;
    }
}
