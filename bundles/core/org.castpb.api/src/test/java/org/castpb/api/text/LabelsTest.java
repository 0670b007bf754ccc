package org.castpb.api.text;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.castpb.api.Discipline;
import org.castpb.api.NoOrganisationReason;
import org.castpb.api.SocietyKind;
import org.castpb.api.coverage.CoverageKind;
import org.castpb.api.evaluation.FundingChannel;
import org.castpb.api.evaluation.Grade;
import org.castpb.api.evaluation.Outcome;
import org.castpb.api.organisation.OrganisationType;
import org.junit.Test;

public class LabelsTest {

    private static final List<Class<? extends Enum<?>>> READ_BY_PEOPLE = List.of(SocietyKind.class, Discipline.class,
            NoOrganisationReason.class, CoverageKind.class, Outcome.class, Grade.class, FundingChannel.class, OrganisationType.class,
            org.castpb.api.coverage.RectificationOrigin.class, org.castpb.api.reports.ReportKind.class, org.castpb.api.reports.ReportState.class,
            org.castpb.api.pipeline.PipelineStage.class, org.castpb.api.pipeline.StepKind.class,
            org.castpb.api.budgets.SpendingCategory.class, org.castpb.api.appraisal.HandlingStep.class, org.castpb.api.appraisal.CaseResult.class);

    @Test
    public void everyConstantPeopleReadHasItsOwnChineseWord() {
        for (Class<? extends Enum<?>> type : READ_BY_PEOPLE) {
            Set<String> words = new HashSet<>();
            for (Enum<?> value : type.getEnumConstants()) {
                String word = Labels.of(value);
                assertNotEquals(type.getSimpleName() + "." + value.name() + " has no Chinese word", value.name(), word);
                assertEquals(type.getSimpleName() + " uses " + word + " twice", true, words.add(word));
            }
        }
    }

    @Test
    public void englishReadsTheConstantAsWordsUnlessNamedOtherwise() {
        assertEquals("Award in lieu of subsidy", Labels.of(FundingChannel.AWARD_IN_LIEU_OF_SUBSIDY, Locale.ENGLISH));
        assertEquals("Party committee", Labels.of(OrganisationType.COMMITTEE, Locale.ENGLISH));
        assertEquals("以奖代补", Labels.of(FundingChannel.AWARD_IN_LIEU_OF_SUBSIDY, Locale.SIMPLIFIED_CHINESE));
        assertEquals("以奖代补", Labels.of(FundingChannel.AWARD_IN_LIEU_OF_SUBSIDY, null));
        assertEquals("", Labels.of(null, Locale.ENGLISH));
    }

    @Test
    public void parseAcceptsTheChineseWordAndTheEnglishNameOnly() {
        assertEquals(Outcome.FAIL, Labels.parse(Outcome.class, " 未通过 "));
        assertEquals(Outcome.FAIL, Labels.parse(Outcome.class, "fail"));
        assertNull(Labels.parse(Outcome.class, "Failed"));
    }

    @Test
    public void allowedListsEachWordWithItsName() {
        assertEquals("组织覆盖 (ORGANISATION), 工作覆盖 (WORK)", Labels.allowed(CoverageKind.class));
    }
}
