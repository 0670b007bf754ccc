package org.castpb.plugin.allowance.grade.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.castpb.api.workers.Allowance;
import org.castpb.api.workers.AssessedWorker;
import org.castpb.api.workers.WorkerGrade;
import org.castpb.api.workers.WorkerKind;
import org.junit.Test;

public class GradeSplitTest {

    private static final GradeSplit SPLIT = new GradeSplit(new GradeWeights(3, 2, 1, new BigDecimal("0.5")));

    private static AssessedWorker worker(long id, WorkerKind kind, WorkerGrade grade) {
        return new AssessedWorker(id, 100 + id, kind, grade);
    }

    private static BigDecimal total(List<Allowance> allowances) {
        return allowances.stream().map(Allowance::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal amount(List<Allowance> allowances, long workerId) {
        return allowances.stream().filter(a -> a.workerId() == workerId).map(Allowance::amount).findFirst().orElse(BigDecimal.ZERO);
    }

    @Test
    public void aBudgetThatDividesEvenlyIsPaidInFullByWeight() {
        List<Allowance> a = SPLIT.split(new BigDecimal("6000"), List.of(worker(1, WorkerKind.FULL_TIME, WorkerGrade.EXCELLENT),
                worker(2, WorkerKind.FULL_TIME, WorkerGrade.COMPETENT), worker(3, WorkerKind.FULL_TIME, WorkerGrade.BASICALLY_COMPETENT)));
        assertEquals(new BigDecimal("3000.00"), amount(a, 1));
        assertEquals(new BigDecimal("2000.00"), amount(a, 2));
        assertEquals(new BigDecimal("1000.00"), amount(a, 3));
    }

    @Test
    public void thirdsRoundDownAndTheLeftoverYuanGoToTheLargestFractionsNeverExceedingTheBudget() {
        // three equal weights share 1000: 333.33 each; 999 paid in whole yuan, the last yuan goes to the lowest id among equals
        List<Allowance> a = SPLIT.split(new BigDecimal("1000"), List.of(worker(1, WorkerKind.FULL_TIME, WorkerGrade.COMPETENT),
                worker(2, WorkerKind.FULL_TIME, WorkerGrade.COMPETENT), worker(3, WorkerKind.FULL_TIME, WorkerGrade.COMPETENT)));
        assertEquals(new BigDecimal("334.00"), amount(a, 1));
        assertEquals(new BigDecimal("333.00"), amount(a, 2));
        assertEquals(new BigDecimal("333.00"), amount(a, 3));
        assertEquals(0, total(a).compareTo(new BigDecimal("1000")));
    }

    @Test
    public void fenInTheBudgetAreNeverPaidOut() {
        List<Allowance> a = SPLIT.split(new BigDecimal("100.99"), List.of(worker(1, WorkerKind.FULL_TIME, WorkerGrade.COMPETENT),
                worker(2, WorkerKind.FULL_TIME, WorkerGrade.COMPETENT)));
        assertEquals(new BigDecimal("100.00"), total(a));
        a.forEach(x -> assertTrue(x.amount() + " is not whole yuan", x.amount().stripTrailingZeros().scale() <= 0));
    }

    @Test
    public void anIncompetentWorkerIsPaidNothingAndAPartTimeWorkerHalf() {
        List<Allowance> a = SPLIT.split(new BigDecimal("4000"), List.of(worker(1, WorkerKind.FULL_TIME, WorkerGrade.EXCELLENT),
                worker(2, WorkerKind.PART_TIME, WorkerGrade.EXCELLENT), worker(3, WorkerKind.FULL_TIME, WorkerGrade.INCOMPETENT)));
        // weights 3 and 1.5 of 4.5: 2666.67 and 1333.33, floored to 3999, the last yuan to the larger fraction (0.67)
        assertEquals(new BigDecimal("2667.00"), amount(a, 1));
        assertEquals(new BigDecimal("1333.00"), amount(a, 2));
        assertEquals(2, a.size());
        assertEquals(0, amount(a, 3).signum());
        assertEquals(0, total(a).compareTo(new BigDecimal("4000")));
    }

    @Test
    public void nobodyWithWeightMeansNoAllowances() {
        assertTrue(SPLIT.split(new BigDecimal("5000"), List.of(worker(1, WorkerKind.FULL_TIME, WorkerGrade.INCOMPETENT))).isEmpty());
        assertTrue(SPLIT.split(new BigDecimal("5000"), List.of()).isEmpty());
    }

    @Test
    public void aBudgetTooSmallForAWholeYuanEachPaysOnlyThoseTheYuanReach() {
        List<Allowance> a = SPLIT.split(new BigDecimal("2"), List.of(worker(1, WorkerKind.FULL_TIME, WorkerGrade.COMPETENT),
                worker(2, WorkerKind.FULL_TIME, WorkerGrade.COMPETENT), worker(3, WorkerKind.FULL_TIME, WorkerGrade.COMPETENT)));
        assertEquals(2, a.size());
        assertEquals(0, total(a).compareTo(new BigDecimal("2")));
    }

    @Test
    public void randomBudgetsAndWorkforcesNeverExceedTheBudgetAndLeaveLessThanOneYuanPerWorker() {
        Random rng = new Random(15);
        WorkerGrade[] grades = WorkerGrade.values();
        for (int round = 0; round < 500; round++) {
            List<AssessedWorker> workers = new ArrayList<>();
            int n = 1 + rng.nextInt(40);
            for (int i = 0; i < n; i++) {
                workers.add(worker(i + 1, rng.nextBoolean() ? WorkerKind.FULL_TIME : WorkerKind.PART_TIME, grades[rng.nextInt(grades.length)]));
            }
            BigDecimal budget = BigDecimal.valueOf(rng.nextInt(10_000_000), 2);
            List<Allowance> a = SPLIT.split(budget, workers);
            BigDecimal total = total(a);
            assertTrue("round " + round + ": " + total + " > " + budget, total.compareTo(budget) <= 0);
            boolean anyWeight = workers.stream().anyMatch(w -> w.grade() != WorkerGrade.INCOMPETENT);
            if (anyWeight) {
                assertTrue("round " + round + ": " + total + " leaves a yuan or more of " + budget,
                        budget.subtract(total).compareTo(BigDecimal.ONE) < 0);
            }
            a.forEach(x -> assertTrue(x.amount().signum() > 0 && x.explanation() != null && !x.explanation().isBlank()));
        }
    }
}
