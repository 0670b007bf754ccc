package org.castpb.plugin.evaluation.zhejiang.internal;

import static org.castpb.plugin.evaluation.zhejiang.internal.Fixtures.compliant;
import static org.castpb.plugin.evaluation.zhejiang.internal.Fixtures.config;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.castpb.api.evaluation.Finding;
import org.castpb.api.matters.MajorMatter;
import org.castpb.api.matters.MatterCategory;
import org.castpb.api.matters.Opinion;
import org.castpb.api.matters.OpinionKind;
import org.castpb.spi.EvaluationContext;
import org.junit.Test;

public class MajorMattersCriterionTest {

    private final ZhejiangModule module = new ZhejiangModule(config());

    /** The compliant Zhejiang society of 2023 with the major matters this instance records (empty: none kept here). */
    private static EvaluationContext withMatters(Optional<List<MajorMatter>> matters) {
        EvaluationContext base = compliant();
        return (EvaluationContext) Proxy.newProxyInstance(EvaluationContext.class.getClassLoader(), new Class<?>[] {EvaluationContext.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("majorMatters")) {
                        return matters;
                    }
                    try {
                        return method.isDefault() ? java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args) : method.invoke(base, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static MajorMatter decided(long id, OpinionKind opinion, LocalDate decidedOn, String breach) {
        return new MajorMatter(id, Fixtures.SOCIETY, "浙江省测试学会", MatterCategory.MAJOR_DECISION, "事项" + id, LocalDate.of(2023, 2, 1), null,
                "v1", null, opinion == null ? null : new Opinion(opinion, "意见", LocalDate.of(2023, 2, 10)), decidedOn, breach, 1, Instant.EPOCH, "admin");
    }

    private Finding criterion(EvaluationContext context) {
        return module.evaluate(context).findings().stream().filter(f -> f.code().equals(ZhejiangStandard.MAJOR_MATTERS_OPINION_FIRST))
                .findFirst().orElseThrow();
    }

    @Test
    public void everyMatterDecidedAfterAnAgreeingOpinionMeetsTheCriterion() {
        Finding f = criterion(withMatters(Optional.of(List.of(decided(1, OpinionKind.AGREE, LocalDate.of(2023, 3, 1), null),
                decided(2, OpinionKind.AGREE_WITH_CONDITIONS, LocalDate.of(2023, 4, 1), null)))));
        assertTrue(f.evidence(), f.fullyMet());
        assertEquals(10, f.maxPoints());
    }

    @Test
    public void aBreachCostsItsShareAndIsNamed() {
        Finding f = criterion(withMatters(Optional.of(List.of(decided(1, null, LocalDate.of(2023, 3, 1), "NO_PRIOR_OPINION"),
                decided(2, OpinionKind.DISAGREE, LocalDate.of(2023, 4, 1), "DECIDED_AGAINST_OPINION"),
                decided(3, OpinionKind.AGREE, LocalDate.of(2023, 5, 1), null), decided(4, OpinionKind.AGREE, LocalDate.of(2023, 6, 1), null)))));
        assertEquals(5, f.points());
        assertTrue(f.evidence(), f.evidence().contains("matter 1 事项1 (NO_PRIOR_OPINION, decided on 2023-03-01)")
                && f.evidence().contains("DECIDED_AGAINST_OPINION"));
    }

    @Test
    public void notRecordedOrNothingDecidedInTheYearIsNotAssessed() {
        assertEquals(0, criterion(withMatters(Optional.empty())).maxPoints());
        assertEquals(0, criterion(compliant()).maxPoints());
        Finding undecided = criterion(withMatters(Optional.of(List.of(decided(1, OpinionKind.AGREE, null, null),
                decided(2, null, LocalDate.of(2022, 12, 1), "NO_PRIOR_OPINION")))));
        assertEquals(undecided.evidence(), 0, undecided.maxPoints());
    }
}
