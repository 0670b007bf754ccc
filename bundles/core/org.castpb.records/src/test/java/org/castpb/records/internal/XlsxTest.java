package org.castpb.records.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.castpb.api.LedgerDraft;
import org.castpb.api.NoOrganisationReason;
import org.junit.Test;

public class XlsxTest {

    private static final LedgerDraft LEDGER = LedgerRulesTest.complete(false, NoOrganisationReason.OTHER, "正在与挂靠单位协商");

    private static byte[] export(List<String> row) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Xlsx.write(SocietyCsv.header(), SocietyCsv.cellKinds(), rows -> rows.accept(row), out);
        return out.toByteArray();
    }

    private static int column(String header) {
        return SocietyCsv.header().indexOf(header);
    }

    @Test
    public void countsYearsAndDatesAreTypedCellsAndCodesStayText() throws Exception {
        byte[] bytes = export(SocietyCsv.exportRow(SocietyCsvTest.SOCIETY, LEDGER));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Row row = workbook.getSheetAt(0).getRow(1);
            assertEquals(CellType.NUMERIC, row.getCell(column("成立年份")).getCellType());
            assertEquals(1935.0, row.getCell(column("成立年份")).getNumericCellValue(), 0.0);
            assertEquals(CellType.NUMERIC, row.getCell(column("正式党员数")).getCellType());
            assertTrue(DateUtil.isCellDateFormatted(row.getCell(column("入会日期"))));
            assertEquals(LocalDate.of(1958, 9, 1), row.getCell(column("入会日期")).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("yyyy-mm-dd", row.getCell(column("入会日期")).getCellStyle().getDataFormatString());
            // codes keep their digits as written: a region code or a USCC is not a number to sum
            assertEquals(CellType.STRING, row.getCell(column("行政区划代码")).getCellType());
            assertEquals(CellType.STRING, row.getCell(column("统一社会信用代码")).getCellType());
            assertEquals(CellType.STRING, row.getCell(column("联系电话")).getCellType());
        }
    }

    @Test
    public void headerRowIsFrozenAndColumnsAreAsWideAsTheirCells() throws Exception {
        List<String> row = SocietyCsv.exportRow(SocietyCsvTest.SOCIETY, LEDGER);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export(row)))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
            int name = column("英文名称");
            assertTrue(sheet.getColumnWidth(name) / 256 >= "Chinese Mathematical Society".length());
            assertTrue(sheet.getColumnWidth(column("名称")) / 256 >= org.castpb.api.sheets.SheetFiles.displayWidth("中国数学会"));
            assertTrue(sheet.getColumnWidth(column("未建原因说明")) / 256 >= org.castpb.api.sheets.SheetFiles.displayWidth("正在与挂靠单位协商"));
        }
        assertEquals(10, org.castpb.api.sheets.SheetFiles.displayWidth("中国数学会"));
        assertEquals(3, org.castpb.api.sheets.SheetFiles.displayWidth("abc\nab"));
    }

    @Test
    public void anExportedWorkbookReadsBackAsTheSameCells() {
        List<String> row = SocietyCsv.exportRow(SocietyCsvTest.SOCIETY, LEDGER);
        List<Csv.Row> read = Xlsx.read(new ByteArrayInputStream(export(row)), 1 << 20);
        assertEquals(SocietyCsv.header(), read.get(0).cells());
        assertEquals(row, read.get(1).cells());
    }

    @Test
    public void formulaLikeTextIsWrittenAsTextEvenInANumberColumn() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Xlsx.write(List.of("名称", "成立年份"), List.of(Xlsx.CellKind.TEXT, Xlsx.CellKind.INTEGER),
                rows -> rows.accept(List.of("=1+1", "=2+2")), out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row row = book.getSheetAt(0).getRow(1);
            assertEquals(CellType.STRING, row.getCell(0).getCellType());
            assertEquals("=1+1", row.getCell(0).getStringCellValue());
            assertEquals(CellType.STRING, row.getCell(1).getCellType());
        }
        assertEquals(List.of("=1+1", "=2+2"), Xlsx.read(new ByteArrayInputStream(out.toByteArray()), 1 << 20).get(1).cells());
    }
}
