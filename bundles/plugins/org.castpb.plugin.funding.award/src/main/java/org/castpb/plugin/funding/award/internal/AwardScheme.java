package org.castpb.plugin.funding.award.internal;

import java.util.List;
import org.castpb.api.evaluation.Award;
import org.castpb.spi.FundingContext;
import org.castpb.spi.FundingScheme;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * CAST's funding by result (2016 opinions, art. 11) as a {@link FundingScheme}: the budget is split into an award in
 * lieu of subsidy by grade, dues-funded support for societies that set up a party organisation in the campaign's
 * year, and party-building guidance bought for societies that failed. Immediate, so a wrong configuration fails at
 * start.
 */
@Component(service = FundingScheme.class, immediate = true, configurationPid = AwardScheme.PID,
        property = {
                FundingScheme.SCHEME_ID + "=cast.award",
                FundingScheme.SCHEME_NAME + "=CAST award, dues support and service purchase",
                FundingScheme.REGION + "="})
@Designate(ocd = AwardScheme.Config.class)
public class AwardScheme implements FundingScheme {

    static final String PID = "org.castpb.plugin.funding.award";

    @ObjectClassDefinition(name = "castpb funding scheme (cast.award)",
            description = "How a campaign's budget is split between the three funding channels and shared within each. "
                    + "Amounts are rounded down to whole yuan, so the awards never exceed the budget.")
    public @interface Config {

        @AttributeDefinition(name = "Award share", description = "Share of the budget (0 to 1) for awards in lieu of subsidy, "
                + "shared by the societies that passed in proportion to their grade's weight.")
        double awardShare() default 0.60;

        @AttributeDefinition(name = "Dues support share", description = "Share of the budget (0 to 1) for dues-funded support, "
                + "shared equally by the societies (not vetoed) whose party organisation was established in the campaign's year.")
        double duesSupportShare() default 0.25;

        @AttributeDefinition(name = "Service purchase share", description = "Share of the budget (0 to 1) for party-building "
                + "guidance bought for societies that failed. The three shares together are at most 1.")
        double servicePurchaseShare() default 0.15;

        @AttributeDefinition(name = "EXCELLENT weight", description = "Award weight of a passing society graded EXCELLENT.")
        int excellentWeight() default 3;

        @AttributeDefinition(name = "GOOD weight", description = "Award weight of a passing society graded GOOD.")
        int goodWeight() default 2;

        @AttributeDefinition(name = "QUALIFIED weight", description = "Award weight of a passing society graded QUALIFIED.")
        int qualifiedWeight() default 1;

        @AttributeDefinition(name = "Dues support cap (yuan)", description = "Most dues-funded support one society gets in a campaign.")
        int duesSupportCapYuan() default 5000;

        @AttributeDefinition(name = "Service price (yuan)", description = "Fixed price of the party-building guidance bought for one failing society.")
        int servicePriceYuan() default 3000;
    }

    private final Allocator allocator;

    /** Refuses to start on a wrong configuration, naming the property. */
    @Activate
    public AwardScheme(Config config) {
        this.allocator = new Allocator(FundingRules.from(config));
    }

    @Override
    public List<Award> allocate(FundingContext context) {
        return allocator.allocate(context);
    }
}
