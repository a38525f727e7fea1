package ccsim.report;

import ccsim.core.network.Delivery;
import ccsim.core.stats.Estimate;
import ccsim.core.stats.IntervalEstimate;
import ccsim.core.stats.Observation;
import ccsim.core.stats.PairedDifference;
import ccsim.core.stats.ReplicationResult;
import ccsim.core.stats.Summary;
import ccsim.report.trace.TraceFiles;
import ccsim.scenario.ScenarioRun;
import ccsim.scenario.Variant;
import java.util.ArrayList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
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

    /** One row per measure: mean, half-width of the 95% confidence interval, unit, replications. */
    public static Table summary(List<Estimate> estimates) {
        return Table.create("summary",
                StringColumn.create("measure", estimates.stream().map(Estimate::measure).toList()),
                DoubleColumn.create("mean", estimates.stream().mapToDouble(Estimate::mean)),
                DoubleColumn.create("ci95_half_width", estimates.stream().mapToDouble(Estimate::halfWidth)),
                StringColumn.create("unit", estimates.stream().map(Estimate::unit).toList()),
                IntColumn.create("replications", estimates.stream().mapToInt(Estimate::replications).toArray()));
    }

    /** One row per interval and measure: the interval's start, mean, half-width of its 95% interval. */
    public static Table intervals(List<IntervalEstimate> estimates) {
        return Table.create("intervals",
                IntColumn.create("interval", estimates.stream().mapToInt(IntervalEstimate::interval).toArray()),
                DoubleColumn.create("start_s", estimates.stream().mapToDouble(IntervalEstimate::start)),
                StringColumn.create("measure", estimates.stream().map(IntervalEstimate::measure).toList()),
                DoubleColumn.create("mean", estimates.stream().mapToDouble(IntervalEstimate::mean)),
                DoubleColumn.create("ci95_half_width", estimates.stream().mapToDouble(IntervalEstimate::halfWidth)),
                StringColumn.create("unit", estimates.stream().map(IntervalEstimate::unit).toList()),
                IntColumn.create("replications", estimates.stream().mapToInt(IntervalEstimate::replications)
                        .toArray()));
    }

    /** One row per replication, one column per measure. */
    public static Table replications(List<ReplicationResult> reps) {
        Table t = Table.create("replications",
                IntColumn.create("replication", reps.stream().mapToInt(ReplicationResult::replication).toArray()));
        List<Observation> first = reps.get(0).observations();
        for (int m = 0; m < first.size(); m++) {
            final int index = m;
            t.addColumns(DoubleColumn.create(first.get(m).measure(),
                    reps.stream().mapToDouble(r -> r.observations().get(index).value())));
        }
        return t;
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
            writeCsv(stacked("summary", variants, runs.stream().map(r -> summary(r.summary())).toList()), out);
            writeCsv(stacked("intervals", variants, runs.stream()
                    .map(r -> intervals(Summary.intervals(r.replications()))).toList()), out);
            writeCsv(stacked("replications", variants, runs.stream().map(r -> replications(r.replications()))
                    .toList()), out);
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
            file = out.file(table.name() + ".csv");
            table.write().csv(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }

    /** Writes the run's files into {@code out}, with trace/ files for the first {@code tracedCalls}. */
    public static void write(ScenarioRun run, OutputFolder out, int tracedCalls) {
        writeCsv(summary(run.summary()), out);
        writeCsv(replications(run.replications()), out);
        writeCsv(intervals(Summary.intervals(run.replications())), out);
        if (tracedCalls > 0 && run.trace() != null) {
            try {
                TraceFiles.write(run.trace().firstCalls(tracedCalls), out.folder("trace"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the trace into " + out.path().resolve("trace"), e);
            }
        }
    }
}
