package org.castpb.evaluation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.castpb.api.evaluation.Award;

/** The rules every funding scheme's answer must keep before anything is recorded. */
final class Awards {

    static final int MAX_EXPLANATION = 1000;
    private static final int SHOWN = 5;

    private Awards() {
    }

    /** What is wrong with the awards, at most a few problems, empty when they may be recorded. */
    static List<String> problems(List<Award> awards, Set<Long> societies, BigDecimal budget) {
        List<String> problems = new ArrayList<>();
        if (awards == null) {
            return List.of("it answered nothing (null)");
        }
        BigDecimal total = BigDecimal.ZERO;
        int i = 0;
        for (Award a : awards) {
            i++;
            if (a == null) {
                problems.add("award " + i + " is null");
                continue;
            }
            String who = "award " + i + " (society " + a.societyId() + ")";
            if (!societies.contains(a.societyId())) {
                problems.add(who + ": the society has no result in the campaign");
            }
            if (a.channel() == null) {
                problems.add(who + ": no channel");
            }
            if (a.amount() == null || a.amount().signum() <= 0) {
                problems.add(who + ": the amount must be positive, not " + a.amount());
            } else if (a.amount().stripTrailingZeros().scale() > 2) {
                problems.add(who + ": the amount " + a.amount() + " has more than two decimals");
            } else {
                total = total.add(a.amount());
            }
            if (a.explanation() == null || a.explanation().isBlank()) {
                problems.add(who + ": no explanation");
            } else if (a.explanation().length() > MAX_EXPLANATION) {
                problems.add(who + ": the explanation is longer than " + MAX_EXPLANATION + " characters");
            }
            a.translations().forEach((language, text) -> {
                if (text.length() > MAX_EXPLANATION) {
                    problems.add(who + ": the explanation in " + language + " is longer than " + MAX_EXPLANATION + " characters");
                }
            });
        }
        if (total.compareTo(budget) > 0) {
            problems.add("the awards total " + total.toPlainString() + " yuan, over the budget of " + budget.toPlainString());
        }
        return problems.size() > SHOWN ? List.copyOf(problems.subList(0, SHOWN)) : problems;
    }

    static BigDecimal total(List<Award> awards) {
        return awards.stream().map(Award::amount).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }
}
