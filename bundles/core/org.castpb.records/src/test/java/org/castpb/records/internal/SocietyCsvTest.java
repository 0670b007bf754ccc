package org.castpb.records.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.castpb.api.Discipline;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.ImportError;
import org.castpb.api.LedgerDraft;
import org.castpb.api.NoOrganisationReason;
import org.castpb.api.RegistrationStatus;
import org.castpb.api.Society;
import org.castpb.api.SocietyDraft;
import org.castpb.api.SocietyKind;
import org.castpb.api.SocietyLevel;
import org.castpb.api.ValidationException;
import org.castpb.api.text.Labels;
import org.junit.Test;

public class SocietyCsvTest {

    static final Society SOCIETY = new Society(7, "中国数学会", "Chinese Mathematical Society", SocietyValidatorTest.VALID_USCC, false,
            SocietyKind.SOCIETY, SocietyLevel.NATIONAL, "100000", Discipline.SCIENCE, "中国科学技术协会", GroupMemberStatus.MEMBER,
            LocalDate.of(1958, 3, 1), LocalDate.of(1958, 9, 1), RegistrationStatus.ACTIVE, 1935, "张三", "010-68888888",
            "office@cms.org.cn", true, 3, Instant.EPOCH, Instant.EPOCH);

    @Test
    public void exportedRowReadsBackAsTheSameSocietyAndLedger() {
        LedgerDraft ledger = LedgerRulesTest.complete(false, NoOrganisationReason.OTHER, "正在与挂靠单位协商");
        Csv.Row header = new Csv.Row(1, SocietyCsv.header());
        Csv.Row row = new Csv.Row(2, SocietyCsv.exportRow(SOCIETY, ledger));
        List<ImportError> errors = new ArrayList<>();
        SocietyCsv.Parsed parsed = SocietyCsv.parse(row, SocietyCsv.index(header), errors);
        assertEquals(List.of(), errors);
        SocietyDraft society = SocietyValidator.validate(parsed.society());
        assertEquals("中国数学会", society.name());
        assertEquals(LocalDate.of(1958, 9, 1), society.groupMemberAdmittedOn());
        assertEquals(Boolean.TRUE, society.partyBuildingInCharter());
        assertTrue(JpaLedgerService.sameContent(ledger, parsed.ledger()));
    }

    @Test
    public void rowWithoutLedgerCellsLeavesTheLedgerAlone() {
        Csv.Row header = new Csv.Row(1, SocietyCsv.header().subList(0, SocietyCsv.FIRST_LEDGER_COLUMN));
        Csv.Row row = new Csv.Row(2, SocietyCsv.exportRow(SOCIETY, null).subList(0, SocietyCsv.FIRST_LEDGER_COLUMN));
        SocietyCsv.Parsed parsed = SocietyCsv.parse(row, SocietyCsv.index(header), new ArrayList<>());
        assertNull(parsed.ledger());
    }

    @Test
    public void badCellsAreNamedByLineAndColumn() {
        Map<String, Integer> index = SocietyCsv.index(new Csv.Row(1, SocietyCsv.header()));
        List<String> cells = new ArrayList<>(SocietyCsv.exportRow(SOCIETY, null));
        cells.set(5, "国家级");
        cells.set(13, "一九三五");
        cells.set(28, "王小明,理事长");
        List<ImportError> errors = new ArrayList<>();
        assertNull(SocietyCsv.read(new Csv.Row(9, cells), index, errors));
        assertEquals(List.of("级别", "成立年份", "负责人"), errors.stream().map(ImportError::column).toList());
        assertTrue(errors.stream().allMatch(e -> e.row() == 9));
    }

    @Test
    public void aRowWithAnUnreadableCellStillHasItsOtherErrorsReported() {
        Map<String, Integer> index = SocietyCsv.index(new Csv.Row(1, SocietyCsv.header()));
        List<String> cells = new ArrayList<>(SocietyCsv.exportRow(SOCIETY, null));
        cells.set(5, "国家级");
        cells.set(2, cells.get(2).substring(0, 17) + (cells.get(2).charAt(17) == '0' ? '1' : '0'));
        List<ImportError> errors = new ArrayList<>();
        assertNull(SocietyCsv.read(new Csv.Row(4, cells), index, errors));
        // the level that cannot be read is named once (not again as missing), the wrong check character beside it
        assertEquals(List.of("级别", "统一社会信用代码"), errors.stream().map(ImportError::column).toList());
    }

    @Test
    public void headerMustHoldTheRequiredColumns() {
        try {
            SocietyCsv.index(new Csv.Row(1, List.of("名称", "统一社会信用代码", "备注")));
            fail();
        } catch (ValidationException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("missing required columns: 类型, 级别, 行政区划代码, 学科, 团体会员状态"));
            assertTrue(e.getMessage(), e.getMessage().contains("the headers of columns 3 (C) are not castpb's"));
        }
    }

    @Test
    public void aRefusedHeaderNeverEchoesTheFilesContent() {
        String passwd = "root:x:0:0:root:/root:/bin/bash";
        try {
            SocietyCsv.index(Csv.parse(passwd + "\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n").get(0));
            fail();
        } catch (ValidationException e) {
            assertFalse(e.getMessage(), e.getMessage().contains("root") || e.getMessage().contains("/bin/bash"));
            assertTrue(e.getMessage(), e.getMessage().contains("missing required columns"));
        }
        assertEquals(List.of("A", "Z", "AA", "AF", "BA"), List.of(0, 25, 26, 31, 52).stream().map(SocietyCsv::columnLetters).toList());
    }

    @Test
    public void englishEnumNamesAreAcceptedBesideChineseLabels() {
        assertEquals(SocietyLevel.PROVINCIAL, Labels.parse(SocietyLevel.class, "provincial"));
        assertEquals(SocietyLevel.PROVINCIAL, Labels.parse(SocietyLevel.class, "省级"));
        assertNull(Labels.parse(SocietyLevel.class, "国家级"));
    }

    @Test
    public void foundationsFederationsAndPromotionAssociationsAreWrittenAndReadByTheirChineseWords() {
        Map<SocietyKind, String> words = Map.of(SocietyKind.FOUNDATION, "基金会", SocietyKind.FEDERATION, "联合会",
                SocietyKind.PROMOTION_ASSOCIATION, "促进会");
        Map<String, Integer> index = SocietyCsv.index(new Csv.Row(1, SocietyCsv.header()));
        words.forEach((kind, word) -> {
            assertEquals(word, Labels.of(kind));
            List<String> cells = new ArrayList<>(SocietyCsv.exportRow(SOCIETY, null));
            cells.set(4, word);
            List<ImportError> errors = new ArrayList<>();
            SocietyCsv.Parsed parsed = SocietyCsv.parse(new Csv.Row(2, cells), index, errors);
            assertEquals(List.of(), errors);
            assertEquals(kind, parsed.society().kind());
            assertEquals(kind, Labels.parse(SocietyKind.class, kind.name().toLowerCase(java.util.Locale.ROOT)));
        });
    }

    @Test
    public void formulaLikeCellsAreNeutralisedInTheExportAndImportBackAsTyped() {
        Society hostile = new Society(8, "=HYPERLINK(\"http://evil.example\",\"点击\")", "@SUM(A1)", SocietyValidatorTest.VALID_USCC, false,
                SocietyKind.SOCIETY, SocietyLevel.NATIONAL, "100000", Discipline.SCIENCE, "-2+3+cmd|' /C calc'!A0", GroupMemberStatus.MEMBER,
                null, null, RegistrationStatus.ACTIVE, null, "\t=1+1", "+86 10 6888 8888", null, null, 1, Instant.EPOCH, Instant.EPOCH);
        StringBuilder text = new StringBuilder();
        Csv.write(text, SocietyCsv.header());
        Csv.write(text, SocietyCsv.exportRow(hostile, null));
        String sheet = text.toString();
        for (String neutralised : new String[] {"\"'=HYPERLINK(", ",'@SUM(A1),", ",'-2+3+cmd|' /C calc'!A0,", ",'\t=1+1,", ",'+86 10 6888 8888,"}) {
            assertTrue(neutralised + " in " + sheet, sheet.contains(neutralised));
        }
        List<Csv.Row> rows = Csv.parse(sheet);
        List<ImportError> errors = new ArrayList<>();
        SocietyDraft back = SocietyCsv.parse(rows.get(1), SocietyCsv.index(rows.get(0)), errors).society();
        assertEquals(List.of(), errors);
        assertEquals(hostile.name(), back.name());
        assertEquals(hostile.nameEn(), back.nameEn());
        assertEquals(hostile.supervisingUnit(), back.supervisingUnit());
        assertEquals("=1+1", back.contactName());
        assertEquals(hostile.contactPhone(), back.contactPhone());
    }

    @Test
    public void anImportKeepsFormulaLikeTextAsTyped() {
        List<String> cells = new ArrayList<>(SocietyCsv.exportRow(SOCIETY, null));
        cells.set(1, "=1+1");
        cells.set(15, "'abc");
        List<ImportError> errors = new ArrayList<>();
        SocietyDraft parsed = SocietyCsv.parse(new Csv.Row(2, cells), SocietyCsv.index(new Csv.Row(1, SocietyCsv.header())), errors).society();
        assertEquals(List.of(), errors);
        assertEquals("=1+1", parsed.nameEn());
        assertEquals("'abc", parsed.contactPhone());
    }
}
