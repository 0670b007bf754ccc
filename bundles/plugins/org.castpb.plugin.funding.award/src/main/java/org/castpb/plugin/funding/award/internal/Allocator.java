package org.castpb.plugin.funding.award.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.castpb.api.evaluation.Award;
import org.castpb.api.evaluation.Campaign;
import org.castpb.api.evaluation.FundingChannel;
import org.castpb.api.evaluation.Outcome;
import org.castpb.api.evaluation.SocietyEvaluation;
import org.castpb.api.organisation.OrganisationStatus;
import org.castpb.api.organisation.OrganisationType;
import org.castpb.api.organisation.PartyOrganisation;
import org.castpb.api.text.Bilingual;
import org.castpb.api.text.Labels;
import org.castpb.spi.FundingContext;

/**
 * Splits a budget into the three channels and shares each part out. Every amount is rounded down to whole yuan and
 * no part is overdrawn, so the awards never exceed the budget; awards of nothing are left out. Stateless: the context
 * including the organisations it hands over, decides everything.
 */
final class Allocator {

    /** The scheme's explanations in English and Chinese ({@code explanations_en}, {@code explanations_zh}). */
    private static final Bilingual.Texts TEXTS = Bilingual.texts(Allocator.class, "explanations");

    private static final Comparator<SocietyEvaluation> LOWEST_SCORE_FIRST = Comparator
            .comparing(SocietyEvaluation::score, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingLong(SocietyEvaluation::societyId);

    private final FundingRules rules;

    Allocator(FundingRules rules) {
        this.rules = rules;
    }

    List<Award> allocate(FundingContext context) {
        BigDecimal budget = context.budget();
        if (budget == null || budget.signum() <= 0) {
            return List.of();
        }
        List<SocietyEvaluation> results = context.results().stream()
                .sorted(Comparator.comparingLong(SocietyEvaluation::societyId)).toList();
        List<Award> awards = new ArrayList<>();
        awards.addAll(awards(results, budget));
        awards.addAll(duesSupport(context, results, budget));
        awards.addAll(servicePurchase(results, budget));
        return List.copyOf(awards);
    }

    /** Award in lieu of subsidy: the passing societies share the part in proportion to their grade's weight. */
    private List<Award> awards(List<SocietyEvaluation> results, BigDecimal budget) {
        BigDecimal part = FundingRules.part(budget, rules.awardShare());
        List<SocietyEvaluation> passing = results.stream()
                .filter(r -> r.outcome() == Outcome.PASS && rules.weight(r.grade()) > 0).toList();
        int totalWeight = passing.stream().mapToInt(r -> rules.weight(r.grade())).sum();
        List<Award> awards = new ArrayList<>();
        for (SocietyEvaluation r : passing) {
            int weight = rules.weight(r.grade());
            BigDecimal share = part.multiply(BigDecimal.valueOf(weight));
            BigDecimal amount = wholeYuan(share.divide(BigDecimal.valueOf(totalWeight), 0, RoundingMode.DOWN));
            if (amount.signum() > 0) {
                awards.add(Award.explained(r.societyId(), FundingChannel.AWARD_IN_LIEU_OF_SUBSIDY, amount, TEXTS.of("award",
                        named(r.grade()), weight, totalWeight, passing.size(), part, percent(rules.awardShare()), budget,
                        share.divide(BigDecimal.valueOf(totalWeight), 2, RoundingMode.DOWN), amount)));
            }
        }
        return awards;
    }

    /** Dues-funded support: an equal, capped share for each society (not vetoed) whose organisation is new this year. */
    private List<Award> duesSupport(FundingContext context, List<SocietyEvaluation> results, BigDecimal budget) {
        Campaign campaign = context.campaign();
        BigDecimal part = FundingRules.part(budget, rules.duesSupportShare());
        List<SocietyEvaluation> eligible = new ArrayList<>();
        List<PartyOrganisation> established = new ArrayList<>();
        for (SocietyEvaluation r : results) {
            Optional<PartyOrganisation> o = r.vetoed() ? Optional.empty() : establishedIn(context.organisations(r.societyId()), campaign);
            if (o.isPresent()) {
                eligible.add(r);
                established.add(o.get());
            }
        }
        List<Award> awards = new ArrayList<>();
        if (eligible.isEmpty()) {
            return awards;
        }
        BigDecimal equalShare = part.divide(BigDecimal.valueOf(eligible.size()), 2, RoundingMode.DOWN);
        BigDecimal amount = wholeYuan(equalShare.min(rules.duesSupportCapYuan()));
        if (amount.signum() == 0) {
            return awards;
        }
        for (int i = 0; i < eligible.size(); i++) {
            PartyOrganisation o = established.get(i);
            awards.add(Award.explained(eligible.get(i).societyId(), FundingChannel.DUES_FUNDED_SUPPORT, amount, TEXTS.of("dues",
                    describe(o), o.establishedOn(), campaign.year(), campaign.asOf(), part, percent(rules.duesSupportShare()), budget,
                    eligible.size(), equalShare, rules.duesSupportCapYuan(), amount)));
        }
        return awards;
    }

    /** Service purchase: guidance at a fixed price for failing societies, lowest score (or none) first, while the part lasts. */
    private List<Award> servicePurchase(List<SocietyEvaluation> results, BigDecimal budget) {
        BigDecimal part = FundingRules.part(budget, rules.servicePurchaseShare());
        BigDecimal price = rules.servicePriceYuan();
        List<SocietyEvaluation> failing = results.stream()
                .filter(r -> r.outcome() == Outcome.FAIL).sorted(LOWEST_SCORE_FIRST).toList();
        List<Award> awards = new ArrayList<>();
        BigDecimal left = part;
        for (int i = 0; i < failing.size() && left.compareTo(price) >= 0; i++) {
            SocietyEvaluation r = failing.get(i);
            left = left.subtract(price);
            awards.add(Award.explained(r.societyId(), FundingChannel.SERVICE_PURCHASE, price, TEXTS.of("service",
                    TEXTS.of(r.vetoed() ? "service.veto" : "none"),
                    r.score() == null ? TEXTS.of("service.noScore") : TEXTS.of("service.score", r.score()),
                    i + 1, failing.size(), price, part, percent(rules.servicePurchaseShare()), budget, left)));
        }
        return awards;
    }

    /**
     * The society's earliest own or joint party organisation (not a work group) established in the campaign's year and
     * active on the campaign's day, judged by its recorded dates so that a later dissolution does not change the result.
     */
    private static Optional<PartyOrganisation> establishedIn(List<PartyOrganisation> organisations, Campaign campaign) {
        LocalDate day = campaign.asOf();
        return organisations.stream()
                .filter(o -> o.type() != OrganisationType.WORK_GROUP)
                .filter(o -> o.establishedOn().getYear() == campaign.year() && !o.establishedOn().isAfter(day))
                .filter(o -> o.dissolvedOn() == null ? o.status() == OrganisationStatus.ACTIVE : o.dissolvedOn().isAfter(day))
                .min(Comparator.comparing(PartyOrganisation::establishedOn).thenComparingLong(PartyOrganisation::id));
    }

    private static BigDecimal wholeYuan(BigDecimal yuan) {
        return yuan.setScale(0, RoundingMode.DOWN).setScale(2);
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString() + " %";
    }

    /** An enumeration's constant name in English, its label in Chinese. */
    private static Bilingual named(Enum<?> value) {
        return new Bilingual(value.name(), Labels.of(value, Locale.CHINESE));
    }

    private static Bilingual describe(PartyOrganisation o) {
        return TEXTS.of("organisation", new Bilingual(o.type().name().toLowerCase().replace('_', ' '),
                org.castpb.api.text.Labels.of(o.type(), java.util.Locale.CHINESE)), o.name());
    }
}
