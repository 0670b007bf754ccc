package org.castpb.rest.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;
import org.castpb.api.FieldError;
import org.castpb.api.Page;
import org.castpb.api.Discipline;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.SocietyLevel;
import org.castpb.api.csv.CsvCells;
import org.castpb.api.coverage.CoverageFigures;
import org.castpb.api.coverage.CoverageReport;
import org.castpb.api.coverage.CoverageRow;
import org.castpb.api.coverage.GroupBy;
import org.castpb.api.coverage.UncoveredSociety;
import org.castpb.api.text.Labels;

/**
 * The coverage report and the uncovered list as CSV sheets for officials' spreadsheets (UTF-8 with BOM); every cell
 * goes through {@link CsvCells}, so text that a spreadsheet would run as a formula is neutralised. Values are in
 * Chinese like the headers (农科, not AGRICULTURE), with the words of {@link Labels}.
 */
final class CoverageCsv {

    static final String MEDIA_TYPE = "text/csv";

    private CoverageCsv() {
    }

    /** Whether {@code format} asks for CSV; anything but json or csv is named as an error. */
    static boolean wanted(List<FieldError> errors, String format) {
        if (format == null || format.isBlank() || format.equalsIgnoreCase("json")) {
            return false;
        }
        if (format.equalsIgnoreCase("csv")) {
            return true;
        }
        errors.add(new FieldError("format", "INVALID_VALUE", "format is json or csv, got '" + format + "'"));
        return false;
    }

    static Response response(StreamingOutput body, String filename) {
        return Response.ok(body, MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }

    static StreamingOutput report(CoverageReport report) {
        return out -> {
            StringBuilder text = new StringBuilder("\uFEFF截至日期,分组,纳入范围学会数,组织覆盖数,组织覆盖率(%),工作覆盖数,工作覆盖率(%)\r\n");
            for (CoverageRow row : report.rows()) {
                line(text, report, groupLabel(report.groupBy(), row.key()), row.figures());
            }
            line(text, report, "合计", report.totals());
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        };
    }

    /** A breakdown key as officials read it: the Chinese word of a level, discipline or membership status; a region code as is. */
    static String groupLabel(GroupBy groupBy, String key) {
        if (groupBy == null || key == null) {
            return key;
        }
        Enum<?> value = switch (groupBy) {
            case LEVEL -> Labels.parse(SocietyLevel.class, key);
            case DISCIPLINE -> Labels.parse(Discipline.class, key);
            case GROUP_MEMBER_STATUS -> Labels.parse(GroupMemberStatus.class, key);
            case REGION, CITY -> null;
        };
        return value == null ? key : Labels.of(value);
    }

    private static void line(StringBuilder text, CoverageReport report, String key, CoverageFigures f) {
        CsvCells.record(text, Arrays.asList(report.asOf(), key, f.inScope(), f.organisationCovered(), f.organisationRate(),
                f.workCovered(), f.workRate()));
    }

    /** Writes every uncovered society, reading the list a page at a time. */
    static void uncovered(IntFunction<Page<UncoveredSociety>> pages, OutputStream out) throws IOException {
        out.write("\uFEFFID,名称,统一社会信用代码,行政区划代码,缺少的覆盖,未建党组织原因,未建原因说明\r\n".getBytes(StandardCharsets.UTF_8));
        int offset = 0;
        while (true) {
            Page<UncoveredSociety> page = pages.apply(offset);
            StringBuilder text = new StringBuilder();
            for (UncoveredSociety u : page.items()) {
                CsvCells.record(text, Arrays.asList(u.societyId(), u.name(), u.uscc(), u.regionCode(), Labels.of(u.lacks()), Labels.of(u.reason()), u.reasonText()));
            }
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
            offset += page.items().size();
            if (page.items().isEmpty() || offset >= page.total()) {
                return;
            }
        }
    }
}
