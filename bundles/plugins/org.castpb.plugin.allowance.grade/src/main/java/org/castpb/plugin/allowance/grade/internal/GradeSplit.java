package org.castpb.plugin.allowance.grade.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.castpb.api.workers.Allowance;
import org.castpb.api.workers.AssessedWorker;

/**
 * Shares a budget among workers in proportion to their weight, in whole yuan: each share rounded down, then the whole
 * yuan left over handed out one each to the largest fractions (lowest worker id first among equals). The total is
 * therefore never above the budget and less than one yuan below its whole-yuan part. Stateless.
 */
final class GradeSplit {

    private static final MathContext PRECISION = new MathContext(34);

    private final GradeWeights weights;

    GradeSplit(GradeWeights weights) {
        this.weights = weights;
    }

    List<Allowance> split(BigDecimal budget, List<AssessedWorker> workers) {
        List<Share> shares = new ArrayList<>();
        BigDecimal totalWeight = BigDecimal.ZERO;
        for (AssessedWorker w : workers.stream().sorted(Comparator.comparingLong(AssessedWorker::workerId)).toList()) {
            BigDecimal weight = weights.weight(w.kind(), w.grade());
            if (weight.signum() > 0) {
                shares.add(new Share(w, weight));
                totalWeight = totalWeight.add(weight);
            }
        }
        if (shares.isEmpty() || budget.signum() <= 0) {
            return List.of();
        }
        BigDecimal paid = BigDecimal.ZERO;
        for (Share s : shares) {
            s.exact = budget.multiply(s.weight).divide(totalWeight, PRECISION);
            s.yuan = s.exact.setScale(0, RoundingMode.DOWN);
            paid = paid.add(s.yuan);
        }
        int leftover = budget.subtract(paid).setScale(0, RoundingMode.DOWN).intValueExact();
        List<Share> byFraction = new ArrayList<>(shares);
        byFraction.sort(Comparator.comparing((Share s) -> s.exact.subtract(s.yuan)).reversed()
                .thenComparingLong(s -> s.worker.workerId()));
        for (int i = 0; i < leftover && i < byFraction.size(); i++) {
            byFraction.get(i).yuan = byFraction.get(i).yuan.add(BigDecimal.ONE);
            byFraction.get(i).roundedUp = true;
        }
        List<Allowance> allowances = new ArrayList<>();
        for (Share s : shares) {
            if (s.yuan.signum() > 0) {
                allowances.add(new Allowance(s.worker.workerId(), s.yuan.setScale(2), explain(s, totalWeight, budget)));
            }
        }
        return List.copyOf(allowances);
    }

    private static String explain(Share s, BigDecimal totalWeight, BigDecimal budget) {
        return "Grade " + s.worker.grade() + " (" + s.worker.kind() + "), weight " + s.weight.stripTrailingZeros().toPlainString()
                + " of a total weight " + totalWeight.stripTrailingZeros().toPlainString() + ": " + s.weight.stripTrailingZeros().toPlainString()
                + "/" + totalWeight.stripTrailingZeros().toPlainString() + " of the budget " + budget.toPlainString() + " is "
                + s.exact.setScale(2, RoundingMode.DOWN).toPlainString() + ", " + (s.roundedUp
                ? "rounded down to whole yuan and given one of the yuan left over (largest fractions first)"
                : "rounded down to whole yuan") + ": " + s.yuan.toPlainString() + ".";
    }

    private static final class Share {
        final AssessedWorker worker;
        final BigDecimal weight;
        BigDecimal exact;
        BigDecimal yuan;
        boolean roundedUp;

        Share(AssessedWorker worker, BigDecimal weight) {
            this.worker = worker;
            this.weight = weight;
        }
    }
}
