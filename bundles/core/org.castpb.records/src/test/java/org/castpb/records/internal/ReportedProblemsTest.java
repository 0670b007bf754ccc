package org.castpb.records.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Comparator;
import java.util.Map;
import org.castpb.api.ImportError;
import org.junit.Test;

public class ReportedProblemsTest {

    @Test
    public void keepsTheFirstProblemsAndCountsThemAllPerCode() {
        ReportedProblems problems = new ReportedProblems(2);
        for (int line = 2; line < 1_000_002; line++) {
            problems.add(new ImportError(line, "统一社会信用代码", "wrong check character", "INVALID_USCC"));
        }
        problems.add(new ImportError(7, "学科", "not a discipline"));
        assertEquals(2, problems.size());
        assertEquals(1_000_001, problems.count());
        assertEquals(Map.of("INVALID_USCC", 1_000_000, ImportError.INVALID_VALUE, 1), problems.counts());
        problems.sort(Comparator.comparingInt(ImportError::row).reversed());
        assertEquals(3, problems.get(0).row());
    }

    @Test
    public void isEmptyOnlyWhenNothingWasFound() {
        ReportedProblems problems = new ReportedProblems(1);
        assertTrue(problems.isEmpty());
        problems.add(new ImportError(2, null, "the row has more cells than the header has columns", "TOO_MANY_CELLS"));
        assertEquals(1, problems.count());
        assertTrue(!problems.isEmpty());
    }
}
