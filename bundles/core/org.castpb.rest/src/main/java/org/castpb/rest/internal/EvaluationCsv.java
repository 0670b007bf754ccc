package org.castpb.rest.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.IntFunction;
import javax.ws.rs.core.StreamingOutput;
import org.castpb.api.Page;
import org.castpb.api.csv.CsvCells;
import org.castpb.api.evaluation.Allocation;
import org.castpb.api.evaluation.Award;
import org.castpb.api.evaluation.SocietyEvaluation;
import org.castpb.api.text.Labels;
import org.castpb.api.text.Languages;

/**
 * A campaign's results and a funding allocation as CSV sheets, with the coverage sheets' conventions (UTF-8 with BOM,
 * CRLF, cells through {@link CsvCells}, values in Chinese): the reasons, veto reasons included, and the awards'
 * explanations in Chinese where the engine and the plugins gave them so.
 */
final class EvaluationCsv {

    private EvaluationCsv() {
    }

    /**
     * Writes every result: {@code first} is the page already read (so a missing campaign is refused before the
     * sheet starts), {@code next} reads the page starting at an offset.
     */
    static void results(Page<SocietyEvaluation> first, IntFunction<Page<SocietyEvaluation>> next, OutputStream out)
            throws IOException {
        out.write("\uFEFFID,名称,行政区划代码,结果,得分,等级,一票否决,原因\r\n".getBytes(StandardCharsets.UTF_8));
        Page<SocietyEvaluation> page = first;
        int offset = first.offset();
        while (true) {
            StringBuilder text = new StringBuilder();
            for (SocietyEvaluation result : page.items()) {
                SocietyEvaluation e = result.in(Languages.CHINESE);
                CsvCells.record(text, Arrays.asList(e.societyId(), e.societyName(), e.regionCode(), Labels.of(e.outcome()), number(e.score()),
                        Labels.of(e.grade()), e.vetoed() ? "是" : "否", String.join("; ", e.reasons())));
            }
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
            offset += page.items().size();
            if (page.items().isEmpty() || offset >= page.total()) {
                return;
            }
            page = next.apply(offset);
        }
    }

    static StreamingOutput allocation(Allocation allocation) {
        return out -> {
            StringBuilder text = new StringBuilder("\uFEFF学会ID,资助渠道,金额(元),说明\r\n");
            for (Award a : allocation.in(Languages.CHINESE).awards()) {
                CsvCells.record(text, Arrays.asList(a.societyId(), Labels.of(a.channel()), number(a.amount()), a.explanation()));
            }
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        };
    }

    /** Plain digits, never 1E+5, so that spreadsheets read the number as written. */
    private static String number(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
