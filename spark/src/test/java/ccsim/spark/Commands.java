package ccsim.spark;

import ccsim.cli.Ccsim;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** The ccsim command line run in process, for the engine's tests: its errors captured, its output dropped. */
final class Commands {
    private Commands() {
    }

    static int ccsim(StringWriter err, List<String> args) {
        CommandLine cl = Ccsim.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args.toArray(String[]::new));
    }

    static List<String> with(List<String> args, String... more) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of(more));
        return all;
    }
}
