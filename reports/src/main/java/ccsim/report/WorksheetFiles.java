package ccsim.report;

import ccsim.worksheet.Worksheet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** A scenario's integration worksheet as worksheet.md and worksheet.csv. */
public final class WorksheetFiles {
    private WorksheetFiles() {
    }

    public static void write(Worksheet w, String scenarioName, OutputFolder out) {
        try {
            Files.writeString(out.file("worksheet.md"), w.markdown(scenarioName));
            Table t = Table.create(w.seedTable(),
                    StringColumn.create("section", w.rows().stream().map(Worksheet.Row::section)),
                    StringColumn.create("field", w.rows().stream().map(Worksheet.Row::field)),
                    StringColumn.create("value", w.rows().stream().map(Worksheet.Row::value)),
                    StringColumn.create("guide_sample", w.rows().stream().map(Worksheet.Row::seedSample)),
                    StringColumn.create("description", w.rows().stream().map(Worksheet.Row::description)));
            t.write().csv(out.file("worksheet.csv").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the worksheet into " + out.path(), e);
        }
    }
}
