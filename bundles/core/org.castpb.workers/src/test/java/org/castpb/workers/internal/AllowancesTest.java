package org.castpb.workers.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.castpb.api.workers.Allowance;
import org.junit.Test;

public class AllowancesTest {

    private static final BigDecimal BUDGET = new BigDecimal("1000.00");

    @Test
    public void allowancesWithinTheBudgetForGivenWorkersMayBeRecorded() {
        assertTrue(Allowances.problems(List.of(new Allowance(1, new BigDecimal("600"), "a"), new Allowance(2, new BigDecimal("400.00"), "b")),
                Set.of(1L, 2L), BUDGET).isEmpty());
    }

    @Test
    public void aTotalOverTheBudgetIsRefusedEvenByOneFen() {
        List<String> p = Allowances.problems(List.of(new Allowance(1, new BigDecimal("600"), "a"), new Allowance(2, new BigDecimal("400.01"), "b")),
                Set.of(1L, 2L), BUDGET);
        assertEquals(1, p.size());
        assertTrue(p.get(0), p.get(0).contains("over the budget"));
    }

    @Test
    public void unknownOrTwicePaidWorkersFractionsOfFenAndMissingExplanationsAreEachNamed() {
        List<String> p = Allowances.problems(List.of(new Allowance(9, BigDecimal.ONE, "a"), new Allowance(1, BigDecimal.ONE, "a"),
                new Allowance(1, BigDecimal.ONE, "a"), new Allowance(2, new BigDecimal("0.001"), " ")), Set.of(1L, 2L), BUDGET);
        assertEquals(4, p.size());
        assertTrue(p.get(0).contains("not given"));
        assertTrue(p.get(1).contains("second allowance"));
        assertTrue(p.get(2).contains("two decimals"));
        assertTrue(p.get(3).contains("no explanation"));
    }

    @Test
    public void aNullAnswerIsRefused() {
        assertEquals(1, Allowances.problems(null, Set.of(), BUDGET).size());
    }
}
