package org.castpb.api.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.castpb.api.ValidationException;

/**
 * Reads an uploaded Excel workbook (.xlsx) into the same rows as {@link CsvText} reads from CSV, so an import takes
 * either with the same checks: only the first sheet, its rows numbered as Excel numbers them, blank rows skipped, dates
 * as {@code 2016-12-31}, whole numbers without a decimal point. Every castpb import of workbooks reads through it
 * ({@link org.castpb.api.sheets.SheetFiles} writes them). Needs Apache POI at run time.
 */
public final class Xlsx {

    private static final System.Logger LOG = System.getLogger(Xlsx.class.getName());

    private Xlsx() {
    }

    /**
     * The first sheet's rows as text.
     *
     * @throws ValidationException on field {@code file} (FILE_TOO_LARGE, NOT_XLSX, EMPTY_FILE) when the workbook cannot be used
     */
    public static List<CsvText.Row> read(InputStream in, long maxBytes) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > maxBytes) {
            throw CsvText.fileError("FILE_TOO_LARGE", "the file is larger than the limit of " + maxBytes / (1024 * 1024) + " MB; split it");
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            throw CsvText.fileError("NOT_XLSX", "the file is not an Excel workbook (.xlsx); an old .xls must be saved as .xlsx first");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw CsvText.fileError("EMPTY_FILE", "the workbook has no sheet");
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<CsvText.Row> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(text(row.getCell(c), formatter));
                }
                if (cells.stream().anyMatch(s -> !s.isBlank())) {
                    rows.add(new CsvText.Row(row.getRowNum() + 1, cells));
                }
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ValidationException v) {
                throw v;
            }
            // POI's messages name its own and XMLBeans' classes: the caller learns what to do, the log keeps the detail
            LOG.log(System.Logger.Level.DEBUG, () -> "an uploaded workbook could not be read: " + e);
            throw CsvText.fileError("NOT_XLSX", "the workbook cannot be read: it is damaged, protected, or not an Excel workbook "
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
}
