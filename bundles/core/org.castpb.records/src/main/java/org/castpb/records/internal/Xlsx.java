package org.castpb.records.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The society sheet as an Excel workbook (.xlsx): the same columns and cell texts as the CSV, so
 * officials can keep their ledgers in Excel. Only the first sheet is read.
 */
final class Xlsx {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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

    /** Writes a header row, then the rows {@code rows} hands to its consumer, as text cells; streams, so a large export needs little memory. */
    static void write(List<String> header, java.util.function.Consumer<java.util.function.Consumer<List<String>>> rows, OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            Sheet sheet = workbook.createSheet("societies");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                Cell cell = first.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(c, Math.min(60, Math.max(10, header.get(c).length() * 2 + 4)) * 256);
            }
            sheet.createFreezePane(0, 1);
            int[] next = {1};
            rows.accept(row -> {
                Row line = sheet.createRow(next[0]++);
                for (int c = 0; c < row.size(); c++) {
                    line.createCell(c).setCellValue(row.get(c) == null ? "" : row.get(c));
                }
            });
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException e) {
                // the temporary files are already disposed
            }
        }
    }
}
