package org.castpb.records.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.castpb.api.sheets.SheetFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The society sheet as an Excel workbook (.xlsx): the same columns as the CSV, counts, years and dates as typed cells,
 * so officials can keep their ledgers in Excel and sum them there. Only the first sheet is read.
 */
final class Xlsx {

    static final String MEDIA_TYPE = SheetFiles.XLSX_MEDIA_TYPE;

    private static final Logger LOG = LoggerFactory.getLogger(Xlsx.class);

    private Xlsx() {
    }

    /** The first sheet's rows as text, numbered as Excel numbers them; blank rows are skipped. */
    static List<Csv.Row> read(InputStream in, long maxBytes) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > maxBytes) {
            throw Csv.fileError("FILE_TOO_LARGE", "the file is larger than the limit of " + maxBytes / (1024 * 1024) + " MB; split it");
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            throw Csv.fileError("NOT_XLSX", "the file is not an Excel workbook (.xlsx); an old .xls must be saved as .xlsx first");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw Csv.fileError("EMPTY_FILE", "the workbook has no sheet");
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<Csv.Row> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(text(row.getCell(c), formatter));
                }
                if (cells.stream().anyMatch(s -> !s.isBlank())) {
                    rows.add(new Csv.Row(row.getRowNum() + 1, cells));
                }
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof org.castpb.api.ValidationException v) {
                throw v;
            }
            // POI's messages name its own and XMLBeans' classes: the caller learns what to do, the log keeps the detail
            LOG.debug("an uploaded workbook could not be read: {}", String.valueOf(e));
            throw Csv.fileError("NOT_XLSX", "the workbook cannot be read: it is damaged, protected, or not an Excel workbook "
                    + "(.xlsx); open it in Excel or WPS and save it again as .xlsx");
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        if (type == CellType.NUMERIC) {
            double v = cell.getNumericCellValue();
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        }
        return formatter.formatCellValue(cell).strip();
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
