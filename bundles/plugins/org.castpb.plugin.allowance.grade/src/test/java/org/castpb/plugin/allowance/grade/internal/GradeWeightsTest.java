package org.castpb.plugin.allowance.grade.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import org.castpb.api.workers.WorkerGrade;
import org.castpb.api.workers.WorkerKind;
import org.junit.Test;

public class GradeWeightsTest {

    @Test
    public void aPartTimeWorkerWeighsTheFactorOfAFullTimeOne() {
        GradeWeights w = new GradeWeights(3, 2, 1, new BigDecimal("0.5"));
        assertEquals(0, w.weight(WorkerKind.PART_TIME, WorkerGrade.EXCELLENT).compareTo(new BigDecimal("1.5")));
        assertEquals(0, w.weight(WorkerKind.FULL_TIME, WorkerGrade.INCOMPETENT).signum());
    }

    @Test
    public void weightsOutOfOrderOrAFactorAboveOneAreRefusedNamingTheProperty() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new GradeWeights(1, 2, 1, BigDecimal.ONE));
        assertTrue(e.getMessage(), e.getMessage().contains("competentWeight"));
        e = assertThrows(IllegalArgumentException.class, () -> new GradeWeights(3, 2, 1, new BigDecimal("1.5")));
        assertTrue(e.getMessage(), e.getMessage().contains("partTimeFactor"));
    }
}
