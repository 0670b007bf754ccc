package org.castpb.shell.internal;

import java.io.PrintStream;
import org.castpb.api.ImportError;
import org.castpb.api.ImportReport;

/** Prints what an import did: the counts, then every refused row with its line and column, then the rows to check. */
final class ImportReports {

    private ImportReports() {
    }

    static void print(PrintStream out, String source, ImportReport report) {
        long refused = report.errors().stream().mapToInt(ImportError::row).distinct().count();
        out.println(report.rows() + " rows read from " + source + ": " + report.created() + " created, " + report.updated()
                + " updated, " + report.unchanged() + " unchanged, " + refused + (report.truncated() ? " or more" : "") + " refused");
        if (report.truncated()) {
            out.println(report.errorCount() + " errors (" + report.errorCounts() + ") and " + report.warningCount()
                    + " warnings; the first " + report.errors().size() + " errors and " + report.warnings().size() + " warnings follow");
        }
        for (ImportError e : report.errors()) {
            out.println("line " + e.row() + (e.column() == null ? "" : ", column " + e.column()) + ": " + e.reason());
        }
        for (ImportError w : report.warnings()) {
            out.println("warning: line " + w.row() + (w.column() == null ? "" : ", column " + w.column()) + ": " + w.reason());
        }
        if (!report.applied() && !report.errors().isEmpty()) {
            out.println("Nothing was written: correct the rows above, or import with --valid-rows to write the valid rows only");
        }
    }
}
