package org.castpb.plugin.funding.award.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.castpb.api.evaluation.Award;
import org.castpb.api.evaluation.Campaign;
import org.castpb.api.evaluation.CampaignStatus;
import org.castpb.api.evaluation.EvaluationKind;
import org.castpb.api.evaluation.FundingChannel;
import org.castpb.api.evaluation.Grade;
import org.castpb.api.evaluation.Outcome;
import org.castpb.api.evaluation.SocietyEvaluation;
import org.castpb.api.organisation.OrganisationStatus;
import org.castpb.api.organisation.OrganisationType;
import org.castpb.api.organisation.PartyOrganisation;
import org.castpb.api.organisation.Secretary;
import org.castpb.api.organisation.SecretarySource;
import org.castpb.spi.FundingContext;
import org.junit.Test;

/**
 * The scheme's amounts by hand. Campaign 2023, day 2023-12-31, budget 100000.00: award part 60000.00, dues part
 * 25000.00, service part 15000.00.
 */
public class AllocatorTest {

    private static final Instant AT = Instant.parse("2024-01-10T02:00:00Z");
    private static final Campaign CAMPAIGN = new Campaign(5, 2023, EvaluationKind.ASSESSMENT, "2023 assessment",
            LocalDate.of(2023, 12, 31), "", CampaignStatus.COMPLETED, "admin", AT, AT, AT, 8, 8, 4, 3, 1, 0, 3);

    /** Societies 101 to 108: four pass (weights 3 + 2 + 1 + 1 = 7), three fail (105 by veto), one incomplete. */
    private static final List<SocietyEvaluation> RESULTS = List.of(
            result(101, Outcome.PASS, "95.0", Grade.EXCELLENT, false),
            result(102, Outcome.PASS, "80.0", Grade.GOOD, false),
            result(103, Outcome.PASS, "65.0", Grade.QUALIFIED, false),
            result(104, Outcome.PASS, "62.5", Grade.QUALIFIED, false),
            result(105, Outcome.FAIL, "40.0", Grade.UNQUALIFIED, true),
            result(106, Outcome.FAIL, "55.0", Grade.UNQUALIFIED, false),
            result(107, Outcome.FAIL, null, Grade.UNQUALIFIED, false),
            result(108, Outcome.INCOMPLETE, null, null, false));

    /** New in 2023 and active on the day: 102's branch and the joint branch of 106 and 107; 105's is new but 105 is vetoed. */
    private final FakeOrganisations organisations = new FakeOrganisations().add(
            organisation(1001, OrganisationType.COMMITTEE, "2010-04-01", null, 101),
            organisation(1002, OrganisationType.BRANCH, "2023-03-01", null, 102),
            organisation(1003, OrganisationType.WORK_GROUP, "2023-05-01", null, 103),
            organisation(1004, OrganisationType.BRANCH, "2023-02-01", "2023-11-30", 104),
            organisation(1005, OrganisationType.BRANCH, "2023-07-01", null, 105),
            organisation(1006, OrganisationType.JOINT_BRANCH, "2023-09-01", null, 106, 107),
            organisation(1008, OrganisationType.BRANCH, "2024-01-15", null, 108));

    @Test
    public void budgetIsSharedByHandComputedAmounts() {
        List<Award> awards = scheme().allocate(context("100000.00"));

        assertEquals(List.of(
                        "101 AWARD_IN_LIEU_OF_SUBSIDY 25714.00", // 60000 x 3/7 = 25714.28
                        "102 AWARD_IN_LIEU_OF_SUBSIDY 17142.00", // 60000 x 2/7 = 17142.85
                        "103 AWARD_IN_LIEU_OF_SUBSIDY 8571.00", // 60000 x 1/7 = 8571.42
                        "104 AWARD_IN_LIEU_OF_SUBSIDY 8571.00",
                        "102 DUES_FUNDED_SUPPORT 5000.00", // 25000 / 3 = 8333.33, capped
                        "106 DUES_FUNDED_SUPPORT 5000.00",
                        "107 DUES_FUNDED_SUPPORT 5000.00",
                        "107 SERVICE_PURCHASE 3000.00", // no score first
                        "105 SERVICE_PURCHASE 3000.00",
                        "106 SERVICE_PURCHASE 3000.00"),
                awards.stream().map(a -> a.societyId() + " " + a.channel() + " " + a.amount()).toList());
        // 59998 + 15000 + 9000
        assertEquals(new BigDecimal("83998.00"), total(awards));
    }

    @Test
    public void explanationsShowTheArithmetic() {
        List<Award> awards = scheme().allocate(context("100000.00"));

        assertEquals("Passed with grade GOOD, weight 2 of a total weight 7 among 4 passing societies: 2/7 of the award part "
                + "60000.00 (60 % of the budget 100000.00) is 17142.85, rounded down to whole yuan: 17142.00.", awards.get(1).explanation());
        assertEquals("joint branch 测试JOINT_BRANCH established on 2023-09-01, in the campaign year 2023, and active on 2023-12-31: "
                + "the dues part 25000.00 (25 % of the budget 100000.00) shared equally among 3 such societies is 8333.33, capped at "
                + "5000.00 per society, rounded down to whole yuan: 5000.00.", awards.get(5).explanation());
        assertEquals("Failed by veto with score 40.0: place 2 of 3 failing societies, lowest score first; party-building guidance "
                + "bought at the fixed price 3000.00 from the service part 15000.00 (15 % of the budget 100000.00), 9000.00 left "
                + "after it.", awards.get(8).explanation());
    }

    @Test
    public void explanationsAreGivenInChineseTooWithTheSameArithmetic() {
        List<Award> awards = scheme().allocate(context("100000.00"));

        assertEquals("评估通过，等级良好，权重 2（4 个通过学会的总权重为 7）：以奖代补部分 60000.00 元（预算 100000.00 元的 60 %）的 2/7 为 "
                + "17142.85 元，向下取整到元：17142.00 元。", awards.get(1).in(java.util.Locale.CHINESE).explanation());
        assertEquals("联合党支部“测试JOINT_BRANCH”于 2023-09-01 成立（在评估年度 2023 年内），2023-12-31 仍存续：党费支持部分 25000.00 元"
                + "（预算 100000.00 元的 25 %）由 3 个此类学会平分，每个 8333.33 元，每个学会以 5000.00 元为上限，向下取整到元：5000.00 元。",
                awards.get(5).translations().get("zh"));
        assertEquals("评估未通过（一票否决），得分 40.0：在 3 个未通过学会中按得分由低到高排第 2 位；从购买服务部分 15000.00 元（预算 100000.00 元的"
                + " 15 %）中以固定价格 3000.00 元购买党建指导服务，其后余 9000.00 元。", awards.get(8).translations().get("zh"));
        for (Award a : awards) {
            assertEquals(a.explanation(), a.translations().get("en"));
        }
    }

    @Test
    public void duesSupportBelowTheCapIsTheEqualShareRoundedDown() {
        List<Award> dues = channel(scheme("duesSupportCapYuan", 10000).allocate(context("100000.00")), FundingChannel.DUES_FUNDED_SUPPORT);

        // 25000 / 3 = 8333.33
        assertEquals(List.of(new BigDecimal("8333.00"), new BigDecimal("8333.00"), new BigDecimal("8333.00")),
                dues.stream().map(Award::amount).toList());
    }

    @Test
    public void servicePurchaseGoesToTheLowestScoresWhileThePartLasts() {
        List<Award> services = channel(scheme("servicePriceYuan", 6000).allocate(context("100000.00")), FundingChannel.SERVICE_PURCHASE);

        // 15000 buys two at 6000: 107 (no score), then 105 (40.0); 106 (55.0) is left out
        assertEquals(List.of(107L, 105L), services.stream().map(Award::societyId).toList());
        assertTrue(services.get(1).explanation().endsWith("3000.00 left after it."));
    }

    @Test
    public void equalScoresAreServedInSocietyOrder() {
        List<SocietyEvaluation> results = List.of(
                result(202, Outcome.FAIL, "50.0", Grade.UNQUALIFIED, false),
                result(201, Outcome.FAIL, "50.0", Grade.UNQUALIFIED, false),
                result(203, Outcome.FAIL, "50.1", Grade.UNQUALIFIED, false));

        List<Award> services = channel(scheme().allocate(context(results, "40000.00")), FundingChannel.SERVICE_PURCHASE);

        // service part 6000.00 buys two
        assertEquals(List.of(201L, 202L), services.stream().map(Award::societyId).toList());
    }

    @Test
    public void smallBudgetLeavesOutAwardsOfNothing() {
        List<Award> awards = scheme().allocate(context("10.00"));

        // award part 6.00: 6 x 3/7 = 2.57 -> 2, 6 x 2/7 = 1.71 -> 1, 6 x 1/7 = 0.85 -> 0 (left out);
        // dues part 2.50 / 3 = 0.83 -> 0; service part 1.50 buys nothing at 3000
        assertEquals(List.of("101 AWARD_IN_LIEU_OF_SUBSIDY 2.00", "102 AWARD_IN_LIEU_OF_SUBSIDY 1.00"),
                awards.stream().map(a -> a.societyId() + " " + a.channel() + " " + a.amount()).toList());
    }

    @Test
    public void awardsNeverExceedTheBudgetAndAreWholePositiveYuan() {
        AwardScheme scheme = scheme("duesSupportCapYuan", 1_000_000, "servicePriceYuan", 1);
        for (int i = 1; i <= 500; i++) {
            BigDecimal budget = new BigDecimal(i).multiply(new BigDecimal("977.31")).add(new BigDecimal("0.07"));
            List<Award> awards = scheme.allocate(context(budget.toPlainString()));

            assertTrue(budget + " overdrawn: " + total(awards), total(awards).compareTo(budget) <= 0);
            for (Award a : awards) {
                assertTrue(a.amount().signum() > 0);
                assertEquals(0, a.amount().remainder(BigDecimal.ONE).signum());
                assertEquals(2, a.amount().scale());
                assertFalse(a.explanation().isBlank());
            }
        }
    }

    @Test
    public void sameContextGivesSameAwardsWhateverTheOrderOfResults() {
        List<SocietyEvaluation> shuffled = new ArrayList<>(RESULTS);
        Collections.reverse(shuffled);

        assertEquals(scheme().allocate(context("123456.78")), scheme().allocate(context("123456.78")));
        assertEquals(scheme().allocate(context("123456.78")), scheme().allocate(context(shuffled, "123456.78")));
    }

    @Test
    public void wrongConfigurationIsRefusedNamingTheProperty() {
        assertRefused("awardShare + duesSupportShare + servicePurchaseShare must be at most 1, got 1.05", "awardShare", 0.65);
        assertRefused("servicePurchaseShare must be from 0 to 1, got -0.1", "servicePurchaseShare", -0.1);
        assertRefused("goodWeight must be 0 to excellentWeight (3), got 4", "goodWeight", 4);
        assertRefused("servicePriceYuan must be a positive number of yuan, got 0", "servicePriceYuan", 0);
        assertRefused("duesSupportShare must be a number from 0 to 1, got NaN", "duesSupportShare", Double.NaN);
    }

    @Test
    public void sharesBelowOneLeaveTheRestOfTheBudgetUnspent() {
        List<Award> awards = scheme("awardShare", 0.5, "duesSupportShare", 0.0, "servicePurchaseShare", 0.0)
                .allocate(context("70000.00"));

        // award part 35000.00 = 7 x 5000
        assertEquals(new BigDecimal("35000.00"), total(awards));
        assertTrue(awards.stream().allMatch(a -> a.channel() == FundingChannel.AWARD_IN_LIEU_OF_SUBSIDY));
    }

    private void assertRefused(String message, String property, Object value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> scheme(property, value));
        assertEquals("configuration org.castpb.plugin.funding.award: " + message, e.getMessage());
    }

    private AwardScheme scheme(Object... overrides) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < overrides.length; i += 2) {
            values.put((String) overrides[i], overrides[i + 1]);
        }
        AwardScheme.Config config = (AwardScheme.Config) Proxy.newProxyInstance(AwardScheme.Config.class.getClassLoader(),
                new Class<?>[] {AwardScheme.Config.class}, (proxy, method, args) -> values.containsKey(method.getName())
                        ? values.get(method.getName()) : method.getDefaultValue());
        return new AwardScheme(config);
    }

    private FundingContext context(String budget) {
        return context(RESULTS, budget);
    }

    private FundingContext context(List<SocietyEvaluation> results, String budget) {
        record Context(Campaign campaign, List<SocietyEvaluation> results, BigDecimal budget,
                       FakeOrganisations fake) implements FundingContext {
            @Override
            public List<PartyOrganisation> organisations(long societyId) {
                return fake.bySociety(societyId);
            }
        }
        return new Context(CAMPAIGN, results, new BigDecimal(budget), organisations);
    }

    private static SocietyEvaluation result(long societyId, Outcome outcome, String score, Grade grade, boolean vetoed) {
        return new SocietyEvaluation(5, societyId, "学会" + societyId, "100000", outcome, score == null ? null : new BigDecimal(score),
                grade, vetoed, vetoed ? List.of("vetoed") : List.of(), AT, List.of());
    }

    private static PartyOrganisation organisation(long id, OrganisationType type, String establishedOn, String dissolvedOn,
                                                  long... societies) {
        LocalDate established = LocalDate.parse(establishedOn);
        return new PartyOrganisation(id, "测试" + type, type, null, Arrays.stream(societies).boxed().toList(), new Secretary("王伟", SecretarySource.PRINCIPAL_LEADER),
                5, 0, null, established, established, type == OrganisationType.WORK_GROUP ? null : established.plusYears(3), null,
                dissolvedOn == null ? OrganisationStatus.ACTIVE : OrganisationStatus.DISSOLVED,
                dissolvedOn == null ? null : LocalDate.parse(dissolvedOn), 1, AT, "admin");
    }

    private static List<Award> channel(List<Award> awards, FundingChannel channel) {
        return awards.stream().filter(a -> a.channel() == channel).toList();
    }

    private static BigDecimal total(List<Award> awards) {
        return awards.stream().map(Award::amount).reduce(new BigDecimal("0.00"), BigDecimal::add);
    }
}
