package org.castpb.api.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.castpb.api.csv.CsvCells;

/**
 * Writes a header and rows as UTF-8 CSV (with a byte-order mark, so Excel and WPS read the Chinese, cells safe from
 * formula injection) or as an Excel workbook (.xlsx). In a workbook a {@link Number} is a number cell and a
 * {@link LocalDate} a date cell, so officials can sum, sort and filter them; everything else is text, never a formula
 * (a leading {@code =} stays text); a null is an empty cell. The header row is bold and frozen, and every column is as
 * wide as its widest cell (a Chinese character counts twice).
 */
public final class SheetFiles {

    /** The media type of a workbook. */
    public static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Column widths in characters: at least this, at most {@link #MAX_WIDTH} (longer text wraps in Excel's cell view). */
    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;
    /** Rows a streamed workbook keeps in memory; the rest go to a temporary file. */
    private static final int WINDOW = 200;

    private SheetFiles() {
    }

    /** The rows as CSV, or as a workbook whose one sheet is named {@code sheetName} when {@code xlsx}. */
    public static void write(String sheetName, List<String> header, List<? extends List<?>> rows, boolean xlsx, OutputStream out) {
        if (xlsx) {
            xlsx(sheetName, header, each -> rows.forEach(each), out);
            return;
        }
        try {
            StringBuilder csv = new StringBuilder("\uFEFF");
            CsvCells.record(csv, header);
            rows.forEach(r -> CsvCells.record(csv, r.stream().map(v -> v instanceof BigDecimal d ? d.toPlainString() : v).toList()));
            out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A workbook of one sheet: the header, then the rows {@code rows} hands to its consumer. Streams, so a large export
     * needs little memory.
     */
    public static void xlsx(String sheetName, List<String> header, Consumer<Consumer<List<?>>> rows, OutputStream out) {
        // text in the shared strings table, as Excel itself writes it: inline strings are read by fewer tools
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, WINDOW, false, true);
        // plain zip entries, no Zip64 records: readable by every zip reader (the JDK's ZipInputStream refuses POI's
        // Zip64 data descriptors); an export of castpb stays far below the 4 GB that would need them
        workbook.setZip64Mode(Zip64Mode.Never);
        try {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle day = workbook.createCellStyle();
            day.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            int[] widths = new int[header.size()];
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                Cell cell = first.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(bold);
                widths[c] = displayWidth(header.get(c));
            }
            sheet.createFreezePane(0, 1);
            int[] next = {1};
            rows.accept(values -> {
                Row line = sheet.createRow(next[0]++);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v == null) {
                        continue;
                    }
                    String text = typed(line.createCell(c), v, day);
                    if (c < widths.length) {
                        widths[c] = Math.max(widths[c], displayWidth(text));
                    }
                }
            });
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[c] + 2)) * 256);
            }
            workbook.write(out);
            out.flush();
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

    /** Sets the cell from the value and returns the text it shows, for the column's width. */
    private static String typed(Cell cell, Object v, CellStyle day) {
        if (v instanceof Number n) {
            cell.setCellValue(n.doubleValue());
            return n instanceof BigDecimal d ? d.toPlainString() : n.toString();
        }
        if (v instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(day);
            return "2000-01-01";
        }
        // setCellValue(String) writes text: a leading '=' stays text, never a formula
        String text = v.toString();
        cell.setCellValue(text);
        return text;
    }

    /** How many character widths a text takes in a spreadsheet: a Chinese character takes two; the longest line counts. */
    public static int displayWidth(String text) {
        int width = 0;
        int longest = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n') {
                longest = Math.max(longest, width);
                width = 0;
            } else {
                width += ch >= 0x2E80 ? 2 : 1;
            }
        }
        return Math.max(longest, width);
    }
}
