package ccsim.cli;

import ccsim.fit.Fit;
import ccsim.fit.FitCharts;
import ccsim.fit.Patience;
import ccsim.report.OutputFolder;
import ccsim.report.ResultFiles;
import ccsim.report.TerminalTable;
import ccsim.scenario.CsvException;
import ccsim.scenario.CsvTable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** ccsim fit: the distributions a scenario can draw, fitted to call records. */
@Command(name = "fit", mixinStandardHelpOptions = true,
        header = "Fits the distributions a scenario can draw to a column of call records.",
        description = {
            "Fits exponential, lognormal, gamma and Weibull distributions to one column of a CSV file (durations in",
            "seconds, one call a row) by maximum likelihood, ranks them by the Bayesian information criterion, gives",
            "each one's Kolmogorov-Smirnov statistic and p-value, and prints the line to paste into the scenario. It writes fit.csv, the histogram with the fitted",
            "densities and a Q-Q plot of the best fit (charts/fit-*.png, .svg, .csv). For example:",
            "  ./ccsim fit scenarios/call-records.csv --column talk_seconds",
            "With --patience, the waits of callers who abandoned or were answered (--abandoned-column says which):",
            "an answered caller's patience is only known to be longer than the wait (censored). It estimates the",
            "patience with them counted: the Kaplan-Meier curve, and maximum likelihood for the exponential (with its",
            "95% interval) and the Weibull; it says how many waits were censored and what the naive mean of the",
            "abandons alone would have said:",
            "  ./ccsim fit scenarios/call-records.csv --patience --column wait_seconds --abandoned-column abandoned"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:fitted", "2:bad file or options"})
final class FitCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file of call records (a header row).")
    Path file;

    @Option(names = "--column", paramLabel = "NAME",
            description = "The column of durations in seconds; with --patience, the waits (default: wait_seconds).")
    String column;

    @Option(names = "--patience", description = "Estimate callers' patience from waits, abandoned or answered.")
    boolean patience;

    @Option(names = "--abandoned-column", paramLabel = "NAME", defaultValue = "abandoned",
            description = "With --patience: the column saying whether the caller abandoned (1/0, true/false, yes/no, "
                    + "abandoned/answered; default: ${DEFAULT-VALUE}).")
    String abandonedColumn;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: out/fit-<file name>).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (column == null && !patience) {
            err.println("ccsim: say which column holds the durations: --column NAME (e.g. --column talk_seconds)");
            return 2;
        }
        column = column != null ? column : "wait_seconds";
        Path dir = out != null ? out : Path.of("out", "fit-" + file.getFileName().toString().replaceFirst("\\.csv$", ""));
        try {
            CsvTable t = CsvTable.read(file);
            double[] x = t.numbers(column, "a duration in seconds");
            if (OutputFolder.refused(dir, err)) {
                return 2;
            }
            return patience ? patience(o, dir, x, t.flags(abandonedColumn, "abandoned", "answered"))
                    : fit(o, dir, x);
        } catch (CsvException e) {
            err.println(e.where());
            err.println("ccsim: nothing was fitted or written.");
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("ccsim: " + file + ", column " + column + ": " + e.getMessage() + ". Nothing was written.");
            return 2;
        }
    }

    private int fit(PrintWriter o, Path dir, double[] x) {
        List<Fit> fits = Fit.all(x);
        double mean = java.util.Arrays.stream(x).average().orElseThrow();
        o.println(String.format(Locale.ROOT, "%s, column %s: %,d values, mean %s s", file, column, x.length,
                TerminalTable.number(mean)));
        o.println(String.format(Locale.ROOT, "  %-12s %10s %10s %12s  %s", "family", "BIC", "KS", "KS p-value",
                "in the scenario"));
        for (Fit f : fits) {
            o.println(String.format(Locale.ROOT, "  %-12s %10.1f %10.4f %12.4f  %s", f.family(), f.bic(x.length), f.ks(),
                    f.pValue(), f.yaml()));
        }
        o.println("Best fit (lowest BIC: the likelihood, a parameter costing ln n): " + fits.get(0).family()
                + ". Paste it as the column's distribution:");
        o.println("  " + fits.get(0).yaml());
        o.println("or draw the observed values themselves: {dist: empirical, file: " + file.getFileName() + ", column: "
                + column + "}");
        o.println("(The p-values are optimistic: each fit's parameters come from the same values it is tested on.)");
        Table table = Table.create("fit", StringColumn.create("family", fits.stream().map(Fit::family).toList()),
                DoubleColumn.create("ks", fits.stream().mapToDouble(Fit::ks)),
                DoubleColumn.create("p_value", fits.stream().mapToDouble(Fit::pValue)),
                DoubleColumn.create("log_likelihood", fits.stream().mapToDouble(Fit::logLikelihood)),
                DoubleColumn.create("bic", fits.stream().mapToDouble(f -> f.bic(x.length))),
                DoubleColumn.create("mean_s", fits.stream().mapToDouble(f -> f.distribution().mean())),
                StringColumn.create("yaml", fits.stream().map(Fit::yaml).toList()));
        List<Path> removed = OutputFolder.writeOrFail(dir, "fit", folder -> {
            ResultFiles.writeCsv(table, folder);
            OutputFolder charts = folder.folder("charts");
            FitCharts.histogram(x, fits, column).write(charts);
            FitCharts.qq(x, fits.get(0), column).write(charts);
        });
        o.println("Written to " + dir.resolve("fit.csv") + " and " + dir.resolve("charts"));
        OutputFolder.tellRemoved(o, removed);
        o.flush();
        return 0;
    }

    private int patience(PrintWriter o, Path dir, double[] waits, boolean[] abandoned) {
        Patience p = Patience.of(waits, abandoned);
        o.println(String.format(Locale.ROOT, "%s: %,d waits, %,d abandoned, %,d answered first (censored: %.0f%%)",
                file, p.observations(), p.abandoned(), p.censored(), 100.0 * p.censored() / p.observations()));
        o.println(String.format(Locale.ROOT, "  exponential patience, mean %s s (95%% interval %s to %s s)",
                TerminalTable.number(p.exponentialMean()), TerminalTable.number(p.meanLow()),
                TerminalTable.number(p.meanHigh())));
        o.println(String.format(Locale.ROOT, "  Weibull patience, shape %s, scale %s s (shape 1 is the exponential)",
                TerminalTable.number(p.weibullShape()), TerminalTable.number(p.weibullScale())));
        o.println(String.format(Locale.ROOT, "  the mean wait of the abandons alone, %s s, leaves out every censored "
                + "caller's patience: it is not the patience", TerminalTable.number(p.naiveMean())));
        o.println("Paste as the call type's patience:");
        o.println("  patience: " + p.yaml());
        Table table = Table.create("patience",
                StringColumn.create("estimate", List.of("exponential mean (s)", "exponential mean 95% low (s)",
                        "exponential mean 95% high (s)", "weibull shape", "weibull scale (s)", "naive mean of abandons (s)",
                        "waits", "abandoned", "censored")),
                DoubleColumn.create("value", new double[] {p.exponentialMean(), p.meanLow(), p.meanHigh(),
                        p.weibullShape(), p.weibullScale(), p.naiveMean(), p.observations(), p.abandoned(),
                        p.censored()}));
        List<Path> removed = OutputFolder.writeOrFail(dir, "fit", folder -> {
            ResultFiles.writeCsv(table, folder);
            FitCharts.survival(p).write(folder.folder("charts"));
        });
        o.println("Written to " + dir.resolve("patience.csv") + " and " + dir.resolve("charts"));
        OutputFolder.tellRemoved(o, removed);
        o.flush();
        return 0;
    }
}
