package org.castpb.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.castpb.api.Leader;
import org.castpb.api.LedgerDraft;
import org.castpb.api.SocietyDraft;
import org.castpb.records.internal.RecordsAccess;

/**
 * Writes the generated societies as the import CSV an official would send: UTF-8 with a BOM (as
 * Excel's "CSV UTF-8" saves it), the Chinese headers in the bundle's column order, Chinese labels
 * for every enumeration, 是/否 for booleans, ISO dates, leaders as 姓名|职务|是|否 joined by ;.
 * Cells are put under their header by name, so a reordered column list in the bundle is followed.
 */
final class CsvFile {

    private CsvFile() {
    }

    static void write(Path file, List<SocietyGenerator.Generated> rows, boolean appendInvalidRow) throws IOException {
        List<String> headers = RecordsAccess.csvHeaders();
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file);
             Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            w.write('\uFEFF');
            writeRecord(w, headers);
            for (SocietyGenerator.Generated row : rows) {
                writeRecord(w, cells(headers, row));
            }
            if (appendInvalidRow) {
                // A USCC with a wrong check character: the all-or-nothing import must refuse the file
                // after parsing and validating every row, and write nothing.
                SocietyDraft s = rows.get(0).society();
                String bad = s.uscc().substring(0, 17) + (s.uscc().charAt(17) == '0' ? '1' : '0');
                SocietyGenerator.Generated broken = new SocietyGenerator.Generated(new SocietyDraft(s.name(), s.nameEn(), bad, null,
                        s.kind(), s.level(), s.regionCode(), s.discipline(), s.supervisingUnit(), s.groupMemberStatus(),
                        s.groupMemberAppliedOn(), s.groupMemberAdmittedOn(), s.registrationStatus(), s.foundingYear(),
                        s.contactName(), s.contactPhone(), s.contactEmail(), s.partyBuildingInCharter()), rows.get(0).ledger(), true);
                writeRecord(w, cells(headers, broken));
            }
        }
    }

    /** The cells of one row in header order; columns this benchmark does not know stay empty. */
    private static List<String> cells(List<String> headers, SocietyGenerator.Generated row) {
        SocietyDraft s = row.society();
        LedgerDraft l = row.ledger();
        Map<String, String> byHeader = new HashMap<>(64);
        byHeader.put("名称", s.name());
        byHeader.put("英文名称", s.nameEn());
        byHeader.put("统一社会信用代码", s.uscc());
        byHeader.put("信用代码校验豁免原因", s.usccOverrideReason());
        byHeader.put("类型", label(s.kind()));
        byHeader.put("级别", label(s.level()));
        byHeader.put("行政区划代码", s.regionCode());
        byHeader.put("学科", label(s.discipline()));
        byHeader.put("业务主管单位", s.supervisingUnit());
        byHeader.put("团体会员状态", label(s.groupMemberStatus()));
        byHeader.put("申请入会日期", date(s.groupMemberAppliedOn()));
        byHeader.put("入会日期", date(s.groupMemberAdmittedOn()));
        byHeader.put("登记状态", row.registrationStatusInCsv() ? label(s.registrationStatus()) : null);
        byHeader.put("成立年份", num(s.foundingYear()));
        byHeader.put("联系人", s.contactName());
        byHeader.put("联系电话", s.contactPhone());
        byHeader.put("电子邮箱", s.contactEmail());
        byHeader.put("章程写入党建", bool(s.partyBuildingInCharter()));
        byHeader.put("运行状态", label(l.runningState()));
        byHeader.put("最近年检结果", label(l.lastInspectionResult()));
        byHeader.put("最近年检年度", num(l.lastInspectionYear()));
        byHeader.put("年度活动次数", num(l.activitiesInYear()));
        byHeader.put("专职工作人员数", num(l.fullTimeStaff()));
        byHeader.put("其中党员数", num(l.staffPartyMembers()));
        byHeader.put("正式党员数", num(l.formalMembers()));
        byHeader.put("预备党员数", num(l.probationaryMembers()));
        byHeader.put("组织关系在本会党员数", num(l.relationshipsHere()));
        byHeader.put("组织关系在外党员数", num(l.relationshipsElsewhere()));
        byHeader.put("负责人", leaders(l.leaders()));
        byHeader.put("已建立党组织", bool(l.partyOrganisationEstablished()));
        byHeader.put("未建党组织原因", label(l.noOrganisationReason()));
        byHeader.put("未建原因说明", l.noOrganisationText());
        List<String> cells = new ArrayList<>(headers.size());
        for (String h : headers) {
            String v = byHeader.get(h);
            cells.add(v == null ? "" : v);
        }
        return cells;
    }

    /** The headers this writer fills; the benchmark checks them against the bundle's before it starts. */
    static final List<String> KNOWN_HEADERS = List.of("名称", "英文名称", "统一社会信用代码", "信用代码校验豁免原因", "类型", "级别",
            "行政区划代码", "学科", "业务主管单位", "团体会员状态", "申请入会日期", "入会日期", "登记状态", "成立年份", "联系人", "联系电话",
            "电子邮箱", "章程写入党建", "运行状态", "最近年检结果", "最近年检年度", "年度活动次数", "专职工作人员数", "其中党员数", "正式党员数",
            "预备党员数", "组织关系在本会党员数", "组织关系在外党员数", "负责人", "已建立党组织", "未建党组织原因", "未建原因说明");

    static String leaders(List<Leader> leaders) {
        StringBuilder b = new StringBuilder();
        for (Leader l : leaders) {
            if (b.length() > 0) {
                b.append(';');
            }
            b.append(l.name()).append('|').append(label(l.role())).append('|').append(l.principal() ? "是" : "否")
                    .append('|').append(l.partyMember() ? "是" : "否");
        }
        return b.toString();
    }

    /** RFC 4180: quote a cell holding a comma, quote or line break; double the quotes inside. */
    private static void writeRecord(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            String c = cells.get(i);
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                w.write('"');
                w.write(c.replace("\"", "\"\""));
                w.write('"');
            } else {
                w.write(c);
            }
        }
        w.write("\r\n");
    }

    private static String label(Enum<?> value) {
        return value == null ? null : RecordsAccess.label(value);
    }

    private static String num(Integer n) {
        return n == null ? null : n.toString();
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static String bool(Boolean b) {
        return b == null ? null : b ? "是" : "否";
    }
}
