package org.castpb.plugin.funding.award.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.castpb.api.evaluation.Grade;

/** The scheme's configuration, checked; component names are the property names, so a refusal names what to fix. */
record FundingRules(BigDecimal awardShare, BigDecimal duesSupportShare, BigDecimal servicePurchaseShare, int excellentWeight,
                    int goodWeight, int qualifiedWeight, BigDecimal duesSupportCapYuan, BigDecimal servicePriceYuan) {

    FundingRules {
        share("awardShare", awardShare);
        share("duesSupportShare", duesSupportShare);
        share("servicePurchaseShare", servicePurchaseShare);
        BigDecimal shares = awardShare.add(duesSupportShare).add(servicePurchaseShare);
        if (shares.compareTo(BigDecimal.ONE) > 0) {
            throw invalid("awardShare + duesSupportShare + servicePurchaseShare must be at most 1, got " + shares.toPlainString());
        }
        atMost("qualifiedWeight", qualifiedWeight, "goodWeight", goodWeight);
        atMost("goodWeight", goodWeight, "excellentWeight", excellentWeight);
        positive("duesSupportCapYuan", duesSupportCapYuan);
        positive("servicePriceYuan", servicePriceYuan);
    }

    static FundingRules from(AwardScheme.Config c) {
        return new FundingRules(decimal("awardShare", c.awardShare()), decimal("duesSupportShare", c.duesSupportShare()),
                decimal("servicePurchaseShare", c.servicePurchaseShare()), c.excellentWeight(), c.goodWeight(), c.qualifiedWeight(),
                BigDecimal.valueOf(c.duesSupportCapYuan()).setScale(2), BigDecimal.valueOf(c.servicePriceYuan()).setScale(2));
    }

    /** A channel's part of the budget, in fen rounded down. */
    static BigDecimal part(BigDecimal budget, BigDecimal share) {
        return budget.multiply(share).setScale(2, RoundingMode.DOWN);
    }

    /** The award weight of a passing society's grade; 0 for none. */
    int weight(Grade grade) {
        if (grade == null) {
            return 0;
        }
        return switch (grade) {
            case EXCELLENT -> excellentWeight;
            case GOOD -> goodWeight;
            case QUALIFIED -> qualifiedWeight;
            case UNQUALIFIED -> 0;
        };
    }

    private static BigDecimal decimal(String property, double value) {
        if (!Double.isFinite(value)) {
            throw invalid(property + " must be a number from 0 to 1, got " + value);
        }
        return BigDecimal.valueOf(value);
    }

    private static void share(String property, BigDecimal value) {
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw invalid(property + " must be from 0 to 1, got " + value.toPlainString());
        }
    }

    private static void atMost(String property, int value, String limitProperty, int limit) {
        if (value < 0 || value > limit) {
            throw invalid(property + " must be 0 to " + limitProperty + " (" + limit + "), got " + value);
        }
    }

    private static void positive(String property, BigDecimal value) {
        if (value.signum() <= 0) {
            throw invalid(property + " must be a positive number of yuan, got " + value.toBigInteger());
        }
    }

    private static IllegalArgumentException invalid(String message) {
        return new IllegalArgumentException("configuration " + AwardScheme.PID + ": " + message);
    }
}
