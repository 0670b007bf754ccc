package org.castpb.records.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.castpb.api.sheets.SheetFiles;

/**
 * The society sheet as an Excel workbook (.xlsx): the same columns as the CSV, counts, years and dates as typed cells,
 * so officials can keep their ledgers in Excel and sum them there. Only the first sheet is read, by castpb's one
 * workbook reader {@link org.castpb.api.csv.Xlsx}.
 */
final class Xlsx {

    static final String MEDIA_TYPE = SheetFiles.XLSX_MEDIA_TYPE;

    private Xlsx() {
    }

    /** The first sheet's rows as text, numbered as Excel numbers them; blank rows are skipped ({@link org.castpb.api.csv.Xlsx}). */
    static List<Csv.Row> read(InputStream in, long maxBytes) {
        return Csv.rows(org.castpb.api.csv.Xlsx.read(in, maxBytes));
    }

    /** What a column's cells are in a workbook: text, or numbers and dates that Excel can sum, sort and filter. */
    enum CellKind {
        TEXT,
        INTEGER,
        DATE
    }

    /**
     * Writes a header row, then the rows {@code rows} hands to its consumer, through castpb's one workbook writer
     * ({@link SheetFiles#xlsx}): numbers and dates of INTEGER and DATE columns as typed cells (a cell that does not read
     * as one stays text), everything else as text, never as a formula. Streams, so a large export needs little memory.
     */
    static void write(List<String> header, List<CellKind> kinds, Consumer<Consumer<List<String>>> rows, OutputStream out) {
        SheetFiles.xlsx("societies", header, typedRows -> rows.accept(row -> {
            List<Object> cells = new ArrayList<>(row.size());
            for (int c = 0; c < row.size(); c++) {
                cells.add(typed(c < kinds.size() ? kinds.get(c) : CellKind.TEXT, row.get(c) == null ? "" : row.get(c)));
            }
            typedRows.accept(cells);
        }), out);
    }

    private static Object typed(CellKind kind, String text) {
        if (!text.isEmpty() && kind == CellKind.INTEGER && text.matches("-?\\d{1,15}")) {
            return Long.parseLong(text);
        }
        if (!text.isEmpty() && kind == CellKind.DATE && text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(text);
        }
        return text;
    }
}
