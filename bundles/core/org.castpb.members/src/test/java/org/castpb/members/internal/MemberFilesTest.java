package org.castpb.members.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.castpb.api.ImportError;
import org.castpb.api.LeaderRole;
import org.castpb.api.ValidationException;
import org.castpb.api.csv.CsvText;
import org.castpb.api.csv.Xlsx;
import org.castpb.api.members.Affiliation;
import org.castpb.api.members.CitizenIds;
import org.castpb.api.members.MemberDraft;
import org.castpb.api.members.MemberExchangeService;
import org.castpb.api.members.MemberStatus;
import org.castpb.api.members.Masks;
import org.castpb.api.members.SocietyPosition;
import org.castpb.api.sheets.SheetFiles;
import org.junit.Test;

/** The member files as Excel workbooks: what an export writes reads back as the same member; bad rows name their column. */
public class MemberFilesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private static final String ID = "33010619900101123X";
    private static final String PHONE = "13812345678";

    private static MemberDraft valid() {
        return MemberRules.validate(MemberRulesTest.draft(ID, LocalDate.of(1990, 1, 1), LocalDate.of(2015, 7, 1),
                SocietyPosition.LEADER, LeaderRole.PRESIDENT, Affiliation.BELONGS, null, PHONE), TODAY);
    }

    private static MemberEntity entity(MemberDraft draft) {
        return new MemberEntity(draft, MemberStatus.ACTIVE, LocalDate.of(2025, 3, 1), "sec-a", Instant.parse("2025-03-01T02:00:00Z"));
    }

    private static byte[] export(boolean full, MemberEntity... members) {
        List<List<Object>> rows = new ArrayList<>();
        for (MemberEntity m : members) {
            rows.add(MemberFiles.exportRow(m.toDto(full)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MemberFiles.write(rows, true, out);
        return out.toByteArray();
    }

    private static byte[] sheet(List<String> header, List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetFiles.write("members", header, rows, true, out);
        return out.toByteArray();
    }

    private static List<CsvText.Row> read(byte[] xlsx) {
        return Xlsx.read(new ByteArrayInputStream(xlsx), MemberFiles.MAX_BYTES);
    }

    @Test
    public void anExportedWorkbookImportsBackAsTheSameMember() {
        MemberDraft draft = valid();
        List<CsvText.Row> rows = read(export(true, entity(draft)));
        assertEquals(MemberFiles.EXPORT_HEADER, rows.get(0).cells());
        Map<String, Integer> columns = MemberFiles.columns(rows.get(0));
        List<ImportError> errors = new ArrayList<>();
        MemberDraft back = MemberFiles.validRow(rows.get(1), columns, TODAY, errors);
        assertEquals(List.of(), errors);
        assertEquals(draft, back);
    }

    @Test
    public void idsAndDatesAreTypedCellsAndTheCitizenIdAndPhoneStayText() throws Exception {
        byte[] bytes = export(true, entity(valid()));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertEquals("members", workbook.getSheetName(0));
            Row row = workbook.getSheetAt(0).getRow(1);
            int organisation = MemberFiles.EXPORT_HEADER.indexOf("党组织编号");
            assertEquals(CellType.NUMERIC, row.getCell(organisation).getCellType());
            assertEquals(7.0, row.getCell(organisation).getNumericCellValue(), 0.0);
            int born = MemberFiles.EXPORT_HEADER.indexOf("出生日期");
            assertTrue(DateUtil.isCellDateFormatted(row.getCell(born)));
            assertEquals(LocalDate.of(1990, 1, 1), row.getCell(born).getLocalDateTimeCellValue().toLocalDate());
            // an 18-digit number would lose its last digits in a numeric cell
            assertEquals(CellType.STRING, row.getCell(MemberFiles.EXPORT_HEADER.indexOf("公民身份号码")).getCellType());
            assertEquals(CellType.STRING, row.getCell(MemberFiles.EXPORT_HEADER.indexOf("联系电话")).getCellType());
        }
    }

    @Test
    public void aMaskedExportHoldsNoFullIdNorPhoneAndDoesNotImportAsAMember() {
        byte[] masked = export(false, entity(valid()));
        List<CsvText.Row> rows = read(masked);
        List<String> cells = rows.get(1).cells();
        assertEquals(Masks.citizenId(ID), cells.get(MemberFiles.EXPORT_HEADER.indexOf("公民身份号码")));
        assertEquals(Masks.phone(PHONE), cells.get(MemberFiles.EXPORT_HEADER.indexOf("联系电话")));
        assertFalse(cells.contains(ID));
        assertFalse(cells.contains(PHONE));
        assertFalse(String.join(",", cells), String.join(",", cells).contains(ID.substring(6, 14)));
        List<ImportError> errors = new ArrayList<>();
        assertNull(MemberFiles.validRow(rows.get(1), MemberFiles.columns(rows.get(0)), TODAY, errors));
        assertTrue(errors.toString(), errors.stream().anyMatch(e -> "公民身份号码".equals(e.column())));

        List<String> full = read(export(true, entity(valid()))).get(1).cells();
        assertEquals(ID, full.get(MemberFiles.EXPORT_HEADER.indexOf("公民身份号码")));
        assertEquals(PHONE, full.get(MemberFiles.EXPORT_HEADER.indexOf("联系电话")));
    }

    @Test
    public void badRowsNameTheirExcelRowAndTheColumnHeader() {
        String other = "33010619880818112";
        String good = other + CitizenIds.checkCharacter(other);
        char wrong = good.charAt(17) == '0' ? '1' : '0';
        List<String> header = MemberExchangeService.HEADER;
        List<List<String>> rows = List.of(
                row("许导入", "女", "1988-08-18", good, "2012-06-01"),
                row("许日期", "女", "1988-02-30", good, "2012-06-01"),
                List.of(),
                row("许错误", "男", "1988-08-18", other + wrong, "2012-06-01"),
                row("许性别", "未知", "1988-08-18", good, "2012-06-01"));
        List<CsvText.Row> read = read(sheet(header, rows));
        Map<String, Integer> columns = MemberFiles.columns(read.get(0));
        List<ImportError> errors = new ArrayList<>();
        List<MemberDraft> drafts = new ArrayList<>();
        for (CsvText.Row row : read.subList(1, read.size())) {
            MemberDraft draft = MemberFiles.validRow(row, columns, TODAY, errors);
            if (draft != null) {
                drafts.add(draft);
            }
        }
        assertEquals(1, drafts.size());
        assertEquals("许导入", drafts.get(0).name());
        // the blank fourth row is skipped and the rows keep the numbers Excel shows
        assertEquals(List.of(3, 5, 6), errors.stream().map(ImportError::row).toList());
        assertEquals(List.of("出生日期", "公民身份号码", "性别"), errors.stream().map(ImportError::column).toList());
        assertTrue(errors.get(1).reason(), errors.get(1).reason().contains(String.valueOf(good.charAt(17))));
    }

    @Test
    public void aWorkbookWithoutARequiredColumnIsRefusedAsAWhole() {
        List<String> header = MemberExchangeService.HEADER.stream().filter(h -> !h.equals("入党日期")).toList();
        List<CsvText.Row> read = read(sheet(header, List.of(header)));
        try {
            MemberFiles.columns(read.get(0));
            throw new AssertionError("accepted a header without 入党日期");
        } catch (ValidationException e) {
            assertEquals("MISSING_COLUMN", e.errors().get(0).code());
            assertTrue(e.errors().get(0).message().contains("入党日期"));
        }
    }

    @Test
    public void aCsvFileIsNotTakenForAWorkbook() {
        try {
            Xlsx.read(new ByteArrayInputStream("党组织编号,姓名\r\n7,张三\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)), 1 << 20);
            throw new AssertionError("read CSV as a workbook");
        } catch (ValidationException e) {
            assertEquals("NOT_XLSX", e.errors().get(0).code());
        }
    }

    /** A row of {@link MemberExchangeService#HEADER}: organisation 7, Han, master's degree, staff, formal, belongs here. */
    private static List<String> row(String name, String gender, String born, String citizenId, String joined) {
        List<String> cells = new ArrayList<>(List.of("7", name, gender, "汉族", born, citizenId, "硕士研究生", "工作人员", "", joined,
                "正式党员", "13900001111", "隶属本组织", ""));
        assertNotNull(cells);
        return cells;
    }
}
