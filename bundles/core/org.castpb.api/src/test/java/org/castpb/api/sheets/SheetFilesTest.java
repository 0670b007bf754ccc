package org.castpb.api.sheets;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.Test;

public class SheetFilesTest {

    private static final List<String> HEADER = List.of("编号", "姓名", "缺少学时", "任职日期", "离任日期");
    private static final List<List<Object>> ROWS = List.of(Arrays.asList(7L, "=HYPERLINK(\"x\")", new BigDecimal("30.5"),
            LocalDate.of(2020, 3, 1), null));

    @Test
    public void aWorkbookHasTypedNumbersAndDatesAndFormulaLikeTextStaysText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetFiles.write("党务工作者", HEADER, ROWS, true, out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheet("党务工作者");
            assertEquals("缺少学时", sheet.getRow(0).getCell(2).getStringCellValue());
            Row row = sheet.getRow(1);
            assertEquals(CellType.NUMERIC, row.getCell(0).getCellType());
            assertEquals(7, (long) row.getCell(0).getNumericCellValue());
            assertEquals(CellType.STRING, row.getCell(1).getCellType());
            assertEquals("=HYPERLINK(\"x\")", row.getCell(1).getStringCellValue());
            assertEquals(30.5, row.getCell(2).getNumericCellValue(), 0);
            assertEquals(LocalDate.of(2020, 3, 1), row.getCell(3).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(null, row.getCell(4));
        }
    }

    @Test
    public void aCsvHasAByteOrderMarkChineseHeadersAndNeutralisedFormulas() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetFiles.write("党务工作者", HEADER, ROWS, false, out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertTrue(csv, csv.startsWith("\uFEFF编号,姓名,缺少学时,任职日期,离任日期\r\n"));
        assertTrue(csv, csv.contains("7,\"'=HYPERLINK(\"\"x\"\")\",30.5,2020-03-01,\r\n"));
    }

    @Test
    public void theHeaderIsFrozenAndColumnsAreAsWideAsTheirWidestCell() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetFiles.write("党务工作者", HEADER, List.of(Arrays.asList(1L, "中国科学技术协会学会党委党务工作者", null, null, null)), true, out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
            // the words are in the shared strings table, where Excel keeps them, not inline in the sheet
            assertTrue(book.getSharedStringSource().getUniqueCount() >= HEADER.size() + 1);
            assertTrue(sheet.getColumnWidth(1) / 256 >= SheetFiles.displayWidth("中国科学技术协会学会党委党务工作者"));
            assertTrue(sheet.getColumnWidth(2) / 256 >= SheetFiles.displayWidth("缺少学时"));
        }
        // any zip reader reads it, the JDK's too (no Zip64 data descriptors it would refuse)
        int parts = 0;
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertTrue(e.getName(), zip.readAllBytes().length >= 0);
                parts++;
            }
        }
        assertTrue("parts: " + parts, parts >= 5);
        assertEquals(10, SheetFiles.displayWidth("中国数学会"));
        assertEquals(3, SheetFiles.displayWidth("abc\nab"));
    }
}
