package org.castpb.evaluation.internal;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.castpb.api.evaluation.Finding;
import org.castpb.api.evaluation.Grade;
import org.castpb.api.evaluation.ModuleResult;
import org.castpb.api.evaluation.Outcome;
import org.castpb.api.evaluation.ResultStatus;
import org.castpb.api.evaluation.SocietyEvaluation;
import org.junit.Test;

public class FollowThroughTest {

    private static ModuleResult module(String id, Grade grade, String vetoReason, Finding... findings) {
        return new ModuleResult(id, "1.0.0", "", ResultStatus.OK, 0, 0, BigDecimal.ZERO, grade, vetoReason != null,
                vetoReason, null, 1, List.of(findings));
    }

    private static SocietyEvaluation fail(List<String> reasons, ModuleResult... modules) {
        return new SocietyEvaluation(1, 2, "中国数学会", "100000", Outcome.FAIL, BigDecimal.ZERO, Grade.UNQUALIFIED,
                false, reasons, Instant.EPOCH, List.of(modules));
    }

    @Test
    public void theFailedCriteriaAreTheVetoAndTheCriteriaNotMetOfTheFailingModulesOnly() {
        SocietyEvaluation result = fail(List.of("national vetoes: no organisation"),
                module("national", Grade.UNQUALIFIED, "no party organisation\ncovers it",
                        Finding.met("LEDGER", "ledger five clears", 10, "clear"),
                        Finding.missed("ORGANISATION", "party organisation", 20, "none"),
                        Finding.notAssessed("MEETINGS", "three meetings", "no records")),
                module("zhejiang", Grade.GOOD, null, Finding.missed("BUDGET", "party-work budget", 5, "none")));

        assertEquals(List.of("national veto: no party organisation covers it",
                "national/ORGANISATION party organisation (0/20)"), FollowThrough.criteria(result));
    }

    @Test
    public void aFailWhoseModulesNameNoCriterionIsNamedByItsReasons() {
        SocietyEvaluation result = fail(List.of("national grades the society UNQUALIFIED (40.0 %)"),
                module("national", Grade.UNQUALIFIED, null, Finding.met("LEDGER", "ledger five clears", 10, "clear")));

        assertEquals(List.of("national grades the society UNQUALIFIED (40.0 %)"), FollowThrough.criteria(result));
    }
}
