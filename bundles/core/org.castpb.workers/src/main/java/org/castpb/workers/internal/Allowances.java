package org.castpb.workers.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.castpb.api.workers.Allowance;

/** The rules every allowance scheme's answer must keep before anything is recorded. */
final class Allowances {

    static final int MAX_EXPLANATION = 1000;
    private static final int SHOWN = 5;

    private Allowances() {
    }

    /** What is wrong with the allowances, at most a few problems; empty when they may be recorded. */
    static List<String> problems(List<Allowance> allowances, Set<Long> workers, BigDecimal budget) {
        if (allowances == null) {
            return List.of("it answered nothing (null)");
        }
        List<String> problems = new ArrayList<>();
        Set<Long> paid = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        int i = 0;
        for (Allowance a : allowances) {
            i++;
            if (a == null) {
                problems.add("allowance " + i + " is null");
                continue;
            }
            String who = "allowance " + i + " (worker " + a.workerId() + ")";
            if (!workers.contains(a.workerId())) {
                problems.add(who + ": the worker was not given to the scheme");
            } else if (!paid.add(a.workerId())) {
                problems.add(who + ": a second allowance for the same worker");
            }
            if (a.amount() == null || a.amount().signum() <= 0) {
                problems.add(who + ": the amount must be positive, not " + a.amount());
            } else if (a.amount().stripTrailingZeros().scale() > 2) {
                problems.add(who + ": the amount " + a.amount().toPlainString() + " has more than two decimals");
            } else {
                total = total.add(a.amount());
            }
            if (a.explanation() == null || a.explanation().isBlank()) {
                problems.add(who + ": no explanation");
            } else if (a.explanation().length() > MAX_EXPLANATION) {
                problems.add(who + ": the explanation is longer than " + MAX_EXPLANATION + " characters");
            }
        }
        if (total.compareTo(budget) > 0) {
            problems.add("the allowances total " + total.toPlainString() + " yuan, over the budget of " + budget.toPlainString());
        }
        return problems.size() > SHOWN ? List.copyOf(problems.subList(0, SHOWN)) : problems;
    }
}
