package org.castpb.records.internal;

import java.io.InputStream;
import java.util.List;
import org.castpb.api.ValidationException;
import org.castpb.api.csv.CsvCells;
import org.castpb.api.csv.CsvText;

/** The society files' CSV: read by {@link CsvText} (UTF-8, strict), written by {@link CsvCells}. */
final class Csv {

    /** One parsed record and the line of the file it starts on (1-based). */
    record Row(int line, List<String> cells) {
    }

    private Csv() {
    }

    /** Reads at most {@code maxBytes} and parses them; a UTF-8 byte-order mark is skipped. */
    static List<Row> read(InputStream in, long maxBytes) {
        return rows(CsvText.read(in, maxBytes, "society"));
    }

    static List<Row> parse(String text) {
        return rows(CsvText.parse(text));
    }

    /** The rows {@link CsvText} or {@link org.castpb.api.csv.Xlsx} read, as this bundle's rows. */
    static List<Row> rows(List<CsvText.Row> rows) {
        return rows.stream().map(r -> new Row(r.line(), r.cells())).toList();
    }

    /** Appends one record, neutralising and quoting cells as {@link CsvCells} does for every castpb CSV, ending with CRLF. */
    static void write(StringBuilder out, List<String> cells) {
        CsvCells.record(out, cells);
    }

    static ValidationException fileError(String code, String message) {
        return CsvText.fileError(code, message);
    }
}
