package ccsim.cli;

import ccsim.core.stats.PairedDifference;
import ccsim.report.OutputFolder;
import ccsim.report.ResultFiles;
import ccsim.report.TerminalTable;
import ccsim.scenario.JointSearch;
import ccsim.scenario.ScenarioRun;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * ccsim size --every-variant: each variant sized on its own (its files in a folder named after it), then
 * their answers run again on the same callers and the same replications, so that the cheapest choice comes
 * with the paired difference of its cost against the first variant's (comparison.csv).
 */
final class EveryVariantSize {
    private final List<JointSize> searches;
    private final List<String> names;
    private final List<String> fields;
    private final PrintWriter o;
    private final Path dir;

    EveryVariantSize(List<JointSize> searches, List<String> names, List<String> fields, PrintWriter o,
                     Path dir) {
        this.searches = searches;
        this.names = names;
        this.fields = fields;
        this.o = o;
        this.dir = dir;
    }

    int run() {
        List<JointSearch.Result> results = new ArrayList<>();
        for (int v = 0; v < searches.size(); v++) {
            o.println("Variant " + names.get(v) + ":");
            o.flush();
            results.add(searches.get(v).search());
            o.println();
        }
        // the answers again, on the same replications: replication r of each sees the same callers
        int n = results.stream().filter(r -> r.answer() != null).mapToInt(r -> r.answer().replications()).max()
                .orElse(0);
        List<ScenarioRun> answers = new ArrayList<>();
        for (int v = 0; v < searches.size(); v++) {
            JointSearch.Run a = results.get(v).answer();
            answers.add(a == null ? null : searches.get(v).runAt(a.values(), n, null));
        }
        Table comparison = comparison(results, answers);
        List<Path> removed = OutputFolder.writeOrFail(dir, "size", folder -> {
            for (int v = 0; v < searches.size(); v++) {
                searches.get(v).write(folder.folder(names.get(v)), results.get(v));
            }
            ResultFiles.writeCsv(comparison, folder);
        });
        o.println("Each variant's answer on the same " + n + " replications:");
        for (int r = 0; r < comparison.rowCount(); r++) {
            o.println(String.format(Locale.ROOT, "  %-28s %s", comparison.stringColumn("variant").get(r),
                    comparison.stringColumn("answer").get(r)));
        }
        o.println("Each variant's runs are in its folder under " + dir + "; the comparison in "
                + dir.resolve("comparison.csv"));
        OutputFolder.tellRemoved(o, removed);
        o.flush();
        return results.stream().allMatch(r -> r.answer() != null) ? 0 : 3;
    }

    /** One row per variant: its answer, its cost, and the paired difference against the first variant's. */
    private Table comparison(List<JointSearch.Result> results, List<ScenarioRun> answers) {
        Table t = Table.create("comparison", StringColumn.create("variant"));
        fields.forEach(f -> t.addColumns(IntColumn.create(f)));
        t.addColumns(DoubleColumn.create("cost_per_day"), DoubleColumn.create("cost_ci95_half_width"),
                DoubleColumn.create("difference_to_first"), DoubleColumn.create("difference_ci95_half_width"),
                StringColumn.create("answer"));
        for (int v = 0; v < results.size(); v++) {
            JointSearch.Run a = results.get(v).answer();
            t.stringColumn("variant").append(names.get(v));
            ScenarioRun run = answers.get(v);
            for (int i = 0; i < fields.size(); i++) {
                if (a == null) {
                    t.intColumn(fields.get(i)).appendMissing();
                } else {
                    t.intColumn(fields.get(i)).append(a.values().get(i));
                }
            }
            var cost = run == null ? null : run.summary().stream().filter(e -> e.measure().equals("cost per day"))
                    .findFirst().orElse(null);
            PairedDifference d = run == null || answers.get(0) == null || v == 0 ? null
                    : PairedDifference.of(answers.get(0).replications(), run.replications()).stream()
                    .filter(x -> x.measure().equals("cost per day")).findFirst().orElse(null);
            t.doubleColumn("cost_per_day").append(cost == null ? Double.NaN : cost.mean());
            t.doubleColumn("cost_ci95_half_width").append(cost == null ? Double.NaN : cost.halfWidth());
            t.doubleColumn("difference_to_first").append(d == null ? Double.NaN : d.mean());
            t.doubleColumn("difference_ci95_half_width").append(d == null ? Double.NaN : d.halfWidth());
            String text = a == null ? "no configuration meets every target"
                    : String.join(", ", java.util.stream.IntStream.range(0, fields.size())
                            .mapToObj(i -> fields.get(i) + " = " + a.values().get(i)).toList())
                    + (cost == null ? "" : "; cost per day " + TerminalTable.number(cost.mean()) + " ± "
                    + TerminalTable.number(cost.halfWidth()))
                    + (d == null ? "" : "; " + (d.mean() > 0 ? "+" : "") + TerminalTable.number(d.mean()) + " ± "
                    + TerminalTable.number(d.halfWidth()) + " against " + names.get(0)
                    + (d.significant() ? "" : " (the interval includes no difference)"));
            t.stringColumn("answer").append(text);
        }
        return t;
    }
}
