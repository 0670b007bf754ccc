package org.castpb.shell.internal;

import static org.junit.Assert.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.castpb.api.ImportError;
import org.castpb.api.ImportReport;
import org.junit.Test;

public class ImportReportsTest {

    @Test
    public void printsTheCountsThenEveryErrorWithLineAndColumn() {
        ImportReport report = new ImportReport(3, 0, 0, 0, false, List.of(
                new ImportError(2, "统一社会信用代码", "check character is 'B' but GB 32100 gives 'A'"),
                new ImportError(2, "学科", "'物理' is not one of ..."),
                new ImportError(4, null, "the row has more cells than the header has columns")));

        assertEquals(String.join("\n",
                "3 rows read from a.csv: 0 created, 0 updated, 0 unchanged, 2 refused",
                "line 2, column 统一社会信用代码: check character is 'B' but GB 32100 gives 'A'",
                "line 2, column 学科: '物理' is not one of ...",
                "line 4: the row has more cells than the header has columns",
                "Nothing was written: correct the rows above, or import with --valid-rows to write the valid rows only", ""),
                print(report));
    }

    @Test
    public void aCleanImportPrintsOnlyTheCounts() {
        assertEquals("105 rows read from a.csv: 0 created, 0 updated, 105 unchanged, 0 refused\n",
                print(new ImportReport(105, 0, 0, 105, false, List.of())));
    }

    @Test
    public void warningsFollowTheCountsByLineAndColumn() {
        ImportReport report = new ImportReport(2, 2, 0, 0, true, List.of(), List.of(
                new ImportError(3, "名称", "society 7 (USCC 51100000D000000015) is active under the same name: check ...")));
        assertEquals(String.join("\n",
                "2 rows read from a.csv: 2 created, 0 updated, 0 unchanged, 0 refused",
                "warning: line 3, column 名称: society 7 (USCC 51100000D000000015) is active under the same name: check ...", ""),
                print(report));
    }

    private static String print(ImportReport report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImportReports.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), "a.csv", report);
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }
}
