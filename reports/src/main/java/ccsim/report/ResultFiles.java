package ccsim.report;

import ccsim.core.network.Delivery;
import ccsim.core.stats.Estimate;
import ccsim.core.stats.IntervalEstimate;
import ccsim.core.stats.Observation;
import ccsim.core.stats.PairedDifference;
import ccsim.core.stats.ReplicationResult;
import ccsim.core.stats.Summary;
import ccsim.model.MeasureCatalogue;
import ccsim.report.trace.TraceFiles;
import ccsim.scenario.ScenarioRun;
import ccsim.scenario.Variant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The CSV files of a run: summary.csv, intervals.csv, replications.csv and, when traced, the trace/ files. */
public final class ResultFiles {
    private ResultFiles() {
    }

    /**
     * One row per measure: mean, half-width of the 95% confidence interval, unit, the replications it
     * rests on, and a note where that is fewer than the run's {@code replications}.
     */
    public static Table summary(List<Estimate> estimates, int replications) {
        return Table.create("summary",
                StringColumn.create("measure", estimates.stream().map(Estimate::measure).toList()),
                StringColumn.create("key", estimates.stream().map(e -> keyOf(e.measure())).toList()),
                DoubleColumn.create("mean", estimates.stream().mapToDouble(Estimate::mean)),
                DoubleColumn.create("ci95_half_width", estimates.stream().mapToDouble(Estimate::halfWidth)),
                StringColumn.create("unit", estimates.stream().map(Estimate::unit).toList()),
                IntColumn.create("replications", estimates.stream().mapToInt(Estimate::replications).toArray()),
                StringColumn.create("note", estimates.stream().map(e -> note(e, replications)).toList()));
    }

    /** The measure's stable key in the catalogue (summary.csv's key column). */
    static String keyOf(String measure) {
        return MeasureCatalogue.define(measure).map(MeasureCatalogue.Defined::key)
                .orElseGet(() -> MeasureCatalogue.keyOf(measure));
    }

    /** Why an estimate rests on fewer replications than the run made; empty when it rests on all. */
    static String note(Estimate e, int replications) {
        if (e.replications() == replications) {
            return "";
        }
        if (e.replications() == 0) {
            return "no value: no replication counted a call towards it";
        }
        return "from " + e.replications() + " of " + replications + " replications: the others counted no call"
                + " towards it";
    }

    /**
     * summary.csv of a comparison: every measure of any variant, for each variant (a variant column
     * first); a measure a variant does not have (only one sets a SIP Server processing capacity) is a row
     * with no value and says so.
     */
    public static Table summary(List<Variant> variants, List<ScenarioRun> runs) {
        List<String> measures = measureUnion(runs);
        List<Table> tables = new ArrayList<>();
        for (ScenarioRun run : runs) {
            Map<String, Estimate> own = new HashMap<>();
            run.summary().forEach(e -> own.put(e.measure(), e));
            List<Estimate> all = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            for (String m : measures) {
                Estimate e = own.get(m);
                all.add(e != null ? e : new Estimate(m, unitOf(runs, m), Double.NaN, Double.NaN, 0));
                notes.add(e != null ? note(e, run.replications().size()) : NOT_IN_VARIANT);
            }
            Table t = summary(all, run.replications().size());
            t.replaceColumn("note", StringColumn.create("note", notes));
            tables.add(t);
        }
        return stacked("summary", variants, tables);
    }

    /** What a comparison's files say of a measure one variant has and another lacks. */
    static final String NOT_IN_VARIANT = "not measured in this variant: its deployment has nothing this measure counts";

    /** Every measure of any of {@code runs}, in one order (see {@link Summary#union}). */
    public static List<String> measureUnion(List<ScenarioRun> runs) {
        return Summary.union(runs.stream().map(r -> r.summary().stream().map(Estimate::measure).toList()).toList());
    }

    private static String unitOf(List<ScenarioRun> runs, String measure) {
        return runs.stream().flatMap(r -> r.summary().stream()).filter(e -> e.measure().equals(measure))
                .map(Estimate::unit).findFirst().orElseThrow();
    }

    /**
     * One row per interval and measure: the interval's start, whether it lies in the warm-up (wholly or in
     * part: its calls are then not in summary.csv, which counts from the warm-up's end), mean, half-width
     * of its 95% interval.
     */
    public static Table intervals(List<IntervalEstimate> estimates, double warmUpSeconds) {
        return Table.create("intervals",
                IntColumn.create("interval", estimates.stream().mapToInt(IntervalEstimate::interval).toArray()),
                DoubleColumn.create("start_s", estimates.stream().mapToDouble(IntervalEstimate::start)),
                BooleanColumn.create("warm_up", estimates.stream().map(e -> e.start() < warmUpSeconds).toList()),
                StringColumn.create("measure", estimates.stream().map(IntervalEstimate::measure).toList()),
                StringColumn.create("key", estimates.stream().map(e -> keyOf(e.measure())).toList()),
                DoubleColumn.create("mean", estimates.stream().mapToDouble(IntervalEstimate::mean)),
                DoubleColumn.create("ci95_half_width", estimates.stream().mapToDouble(IntervalEstimate::halfWidth)),
                StringColumn.create("unit", estimates.stream().map(IntervalEstimate::unit).toList()),
                IntColumn.create("replications", estimates.stream().mapToInt(IntervalEstimate::replications)
                        .toArray()));
    }

    /** intervals.csv of one run. */
    public static Table intervals(ScenarioRun run) {
        return intervals(Summary.intervals(run.replications()), run.scenario().run().warmUpSeconds());
    }

    /** intervals.csv of a comparison: each variant's intervals, a variant column first. */
    public static Table intervals(List<Variant> variants, List<ScenarioRun> runs) {
        return stacked("intervals", variants, runs.stream().map(ResultFiles::intervals).toList());
    }

    /** One row per replication, one column per measure. */
    public static Table replications(List<ReplicationResult> reps) {
        return replicationsOf(reps, reps.get(0).observations().stream().map(Observation::measure).toList());
    }

    /** One row per replication, one column per measure of {@code measures}: empty where a run has no such measure. */
    private static Table replicationsOf(List<ReplicationResult> reps, List<String> measures) {
        Table t = Table.create("replications",
                IntColumn.create("replication", reps.stream().mapToInt(ReplicationResult::replication).toArray()));
        for (String m : measures) {
            t.addColumns(DoubleColumn.create(m, reps.stream().mapToDouble(r -> valueOrNaN(r, m))));
        }
        return t;
    }

    private static double valueOrNaN(ReplicationResult r, String measure) {
        for (Observation o : r.observations()) {
            if (o.measure().equals(measure)) {
                return o.value();
            }
        }
        return Double.NaN;
    }

    /**
     * replications.csv of a comparison: a column for every measure of any variant (empty in the rows of
     * a variant that has no such measure; summary.csv says why), a variant column first.
     */
    public static Table replications(List<Variant> variants, List<ScenarioRun> runs) {
        List<String> measures = measureUnion(runs);
        return stacked("replications", variants, runs.stream().map(r -> replicationsOf(r.replications(), measures))
                .toList());
    }

    /** Every traced message: call, times, endpoints and label, in the order sent. */
    public static Table trace(List<Delivery> deliveries) {
        return Table.create("messages",
                LongColumn.create("call", deliveries.stream().mapToLong(d -> d.message().call()).toArray()),
                DoubleColumn.create("sent_at", deliveries.stream().mapToDouble(Delivery::sentAt)),
                DoubleColumn.create("delivered_at", deliveries.stream().mapToDouble(Delivery::deliveredAt)),
                StringColumn.create("from", deliveries.stream().map(d -> d.from().toString()).toList()),
                StringColumn.create("to", deliveries.stream().map(d -> d.to().toString()).toList()),
                StringColumn.create("message", deliveries.stream().map(d -> d.message().label()).toList()));
    }

    /**
     * The paired difference of each variant against the first, measure by measure: the mean and 95%
     * half-width of replication-by-replication differences, and whether that interval excludes zero.
     */
    public static Table comparison(List<Variant> variants, List<ScenarioRun> runs) {
        List<String> variant = new ArrayList<>();
        List<String> measure = new ArrayList<>();
        List<String> unit = new ArrayList<>();
        List<Double> diff = new ArrayList<>();
        List<Double> half = new ArrayList<>();
        List<Boolean> significant = new ArrayList<>();
        for (int v = 1; v < runs.size(); v++) {
            for (PairedDifference d : PairedDifference.of(runs.get(0).replications(), runs.get(v).replications())) {
                variant.add(variants.get(v).name());
                measure.add(d.measure());
                unit.add(d.unit());
                diff.add(d.mean());
                half.add(d.halfWidth());
                significant.add(d.significant());
            }
        }
        return Table.create("comparison",
                StringColumn.create("variant", variant),
                StringColumn.create("reference", java.util.Collections.nCopies(variant.size(), variants.get(0).name())),
                StringColumn.create("measure", measure),
                DoubleColumn.create("mean_difference", diff.stream().mapToDouble(Double::doubleValue)),
                DoubleColumn.create("ci95_half_width", half.stream().mapToDouble(Double::doubleValue)),
                StringColumn.create("unit", unit),
                BooleanColumn.create("significant", significant));
    }

    /** Tables of several variants stacked, with the variant's name as first column. */
    public static Table stacked(String name, List<Variant> variants, List<Table> tables) {
        Table out = null;
        for (int v = 0; v < tables.size(); v++) {
            Table t = tables.get(v).copy();
            t.insertColumn(0, StringColumn.create("variant", java.util.Collections.nCopies(t.rowCount(),
                    variants.get(v).name())));
            out = out == null ? t : out.append(t);
        }
        return out.setName(name);
    }

    /**
     * Writes the files of a comparison into {@code dir}: summary, intervals and replications of every
     * variant (a variant column first), comparison.csv, and per variant trace/&lt;variant&gt;/.
     */
    public static void writeVariants(List<Variant> variants, List<ScenarioRun> runs, OutputFolder out,
                                     int tracedCalls) {
        try {
            writeCsv(summary(variants, runs), out);
            writeCsv(intervals(variants, runs), out);
            writeCsv(replications(variants, runs), out);
            writeCsv(comparison(variants, runs), out);
            for (int v = 0; v < runs.size(); v++) {
                if (tracedCalls > 0 && runs.get(v).trace() != null) {
                    TraceFiles.write(runs.get(v).trace().firstCalls(tracedCalls),
                            out.folder("trace").folder(variants.get(v).name()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results to " + out.path(), e);
        }
    }

    /** Writes {@code table} as {@code <its name>.csv} in {@code out}; returns the file. */
    public static Path writeCsv(Table table, OutputFolder out) {
        Path file = out.path().resolve(table.name() + ".csv");
        try {
            table.write().csv(out.file(table.name() + ".csv").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }

    /** Writes the run's files into {@code out}, with trace/ files for the first {@code tracedCalls}. */
    public static void write(ScenarioRun run, OutputFolder out, int tracedCalls) {
        writeCsv(summary(run.summary(), run.replications().size()), out);
        writeCsv(replications(run.replications()), out);
        writeCsv(intervals(run), out);
        if (tracedCalls > 0 && run.trace() != null) {
            try {
                TraceFiles.write(run.trace().firstCalls(tracedCalls), out.folder("trace"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the trace into " + out.path().resolve("trace"), e);
            }
        }
    }
}
