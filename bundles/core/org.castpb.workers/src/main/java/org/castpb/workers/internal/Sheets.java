package org.castpb.workers.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.castpb.api.csv.CsvCells;

/**
 * The workers' lists as files: CSV (UTF-8 with a byte-order mark, cells safe from formula injection) or an Excel workbook
 * whose numbers and dates are typed cells, text never a formula, the header bold and frozen. The lists are one society
 * or one scope's workers: small enough to build in memory.
 */
final class Sheets {

    private Sheets() {
    }

    static void write(String sheetName, List<String> header, List<List<Object>> rows, boolean xlsx, OutputStream out) {
        try {
            if (xlsx) {
                xlsx(sheetName, header, rows, out);
            } else {
                StringBuilder csv = new StringBuilder("\uFEFF");
                CsvCells.record(csv, header);
                rows.forEach(r -> CsvCells.record(csv, r.stream().map(v -> v instanceof BigDecimal d ? d.toPlainString() : v).toList()));
                out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void xlsx(String sheetName, List<String> header, List<List<Object>> rows, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle day = workbook.createCellStyle();
            day.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                Cell cell = first.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(c, Math.max(10, header.get(c).length() * 3) * 256);
            }
            sheet.createFreezePane(0, 1);
            for (int r = 0; r < rows.size(); r++) {
                Row line = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v == null) {
                        continue;
                    }
                    Cell cell = line.createCell(c);
                    if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(day);
                    } else {
                        // setCellValue(String) writes text: a leading '=' stays text, never a formula
                        cell.setCellValue(v.toString());
                    }
                }
            }
            workbook.write(out);
        }
    }
}
