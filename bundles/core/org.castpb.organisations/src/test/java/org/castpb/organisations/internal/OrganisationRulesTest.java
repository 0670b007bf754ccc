package org.castpb.organisations.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;
import org.castpb.api.organisation.OrganisationType;
import org.castpb.api.organisation.PartyOrganisationDraft;
import org.castpb.api.organisation.RuleWarning;
import org.castpb.api.organisation.Secretary;
import org.castpb.api.organisation.SecretarySource;
import org.junit.Test;

/** Hand-computed cases against the built-in rule sets v1 (always) and v2 (from 2018-01-01). */
public class OrganisationRulesTest {

    static final LocalDate START = LocalDate.of(2020, 3, 1);
    static final LocalDate END = LocalDate.of(2023, 3, 1);
    static final LocalDate AS_OF = LocalDate.of(2021, 1, 1);

    static PartyOrganisationDraft draft(OrganisationType type, int formal, int probationary, int societies, Integer committee,
                                        SecretarySource source, LocalDate termStarts, LocalDate termEnds) {
        return DraftValidator.validate(new PartyOrganisationDraft("党支部", type, null, LongStream.rangeClosed(1, societies).boxed().toList(),
                new Secretary("王小明", source), formal, probationary, committee, termStarts, termStarts, termEnds, null));
    }

    static PartyOrganisationDraft branch(int formal, int probationary, Integer committee) {
        return draft(OrganisationType.BRANCH, formal, probationary, 1, committee, SecretarySource.PRINCIPAL_LEADER, START, END);
    }

    static PartyOrganisationDraft ofType(OrganisationType type, int members) {
        LocalDate end = type == OrganisationType.COMMITTEE ? START.plusYears(5) : END;
        return draft(type, members, 0, type == OrganisationType.JOINT_BRANCH ? 2 : 1, 5, SecretarySource.PRINCIPAL_LEADER, START, end);
    }

    static List<String> codes(PartyOrganisationDraft d, LocalDate asOf) {
        return OrganisationRules.check(RuleSets.DEFAULTS, d, true, asOf).stream().map(RuleWarning::code).toList();
    }

    @Test
    public void branchThatMeetsEveryRuleRaisesNothing() {
        assertEquals(List.of(), codes(branch(3, 0, null), AS_OF));
    }

    @Test
    public void fewerThanThreeFormalMembersAreTooFewWhateverTheProbationaryOnes() {
        List<RuleWarning> warnings = OrganisationRules.check(RuleSets.DEFAULTS, branch(2, 5, null), true, AS_OF);
        assertEquals(1, warnings.size());
        assertEquals(RuleWarning.TOO_FEW_MEMBERS, warnings.get(0).code());
        assertEquals("v2", warnings.get(0).ruleSetVersion());
        assertTrue(warnings.get(0).message(), warnings.get(0).message().contains("at least 3 formal members, it has 2"));
    }

    @Test
    public void workGroupNeedsNoMinimumOfMembers() {
        PartyOrganisationDraft group = draft(OrganisationType.WORK_GROUP, 1, 0, 1, null, SecretarySource.DISPATCHED, START, null);
        assertEquals(List.of(), codes(group, AS_OF));
    }

    @Test
    public void branchHoldsAtMostFiftyMembersCountingProbationaryOnes() {
        assertEquals(List.of(), codes(branch(40, 10, 5), AS_OF));
        assertEquals(List.of(RuleWarning.TYPE_TOO_LARGE), codes(branch(40, 11, 5), AS_OF));
    }

    @Test
    public void generalBranchHoldsFiftyToOneHundredMembersBothIncluded() {
        assertEquals(List.of(RuleWarning.TYPE_TOO_SMALL), codes(ofType(OrganisationType.GENERAL_BRANCH, 49), AS_OF));
        assertEquals(List.of(), codes(ofType(OrganisationType.GENERAL_BRANCH, 50), AS_OF));
        assertEquals(List.of(), codes(ofType(OrganisationType.GENERAL_BRANCH, 100), AS_OF));
        assertEquals(List.of(RuleWarning.TYPE_TOO_LARGE), codes(ofType(OrganisationType.GENERAL_BRANCH, 101), AS_OF));
    }

    @Test
    public void committeeNeedsOneHundredMembers() {
        assertEquals(List.of(RuleWarning.TYPE_TOO_SMALL), codes(ofType(OrganisationType.COMMITTEE, 99), AS_OF));
        assertEquals(List.of(), codes(ofType(OrganisationType.COMMITTEE, 100), AS_OF));
    }

    @Test
    public void jointBranchCoversAtMostFiveSocieties() {
        PartyOrganisationDraft five = draft(OrganisationType.JOINT_BRANCH, 6, 0, 5, null, SecretarySource.DISPATCHED, START, END);
        PartyOrganisationDraft six = draft(OrganisationType.JOINT_BRANCH, 6, 0, 6, null, SecretarySource.DISPATCHED, START, END);
        assertEquals(List.of(), codes(five, AS_OF));
        assertEquals(List.of(RuleWarning.JOINT_BRANCH_TOO_MANY_SOCIETIES), codes(six, AS_OF));
    }

    @Test
    public void branchWithSevenFormalMembersElectsACommittee() {
        assertEquals(List.of(), codes(branch(6, 3, null), AS_OF));
        assertEquals(List.of(RuleWarning.BRANCH_COMMITTEE_REQUIRED), codes(branch(7, 0, null), AS_OF));
        assertEquals(List.of(), codes(branch(7, 0, 3), AS_OF));
        assertEquals(List.of(), codes(branch(7, 0, 7), AS_OF));
    }

    @Test
    public void committeeSizeOutsideThreeToSevenOrWithoutSevenFormalMembersIsFlagged() {
        assertEquals(List.of(RuleWarning.COMMITTEE_SIZE), codes(branch(10, 0, 2), AS_OF));
        assertEquals(List.of(RuleWarning.COMMITTEE_SIZE), codes(branch(10, 0, 8), AS_OF));
        assertEquals(List.of(RuleWarning.COMMITTEE_SIZE), codes(branch(6, 0, 3), AS_OF));
    }

    @Test
    public void secretaryMustBeThePrincipalLeaderOrDispatched() {
        assertEquals(List.of(), codes(draft(OrganisationType.BRANCH, 3, 0, 1, null, SecretarySource.DISPATCHED, START, END), AS_OF));
        assertEquals(List.of(RuleWarning.SECRETARY_NOT_PRINCIPAL_LEADER),
                codes(draft(OrganisationType.BRANCH, 3, 0, 1, null, SecretarySource.OTHER, START, END), AS_OF));
    }

    @Test
    public void electionIsOverdueTheDayAfterTheTermEnds() {
        assertEquals(List.of(), codes(branch(3, 0, null), END));
        assertEquals(List.of(RuleWarning.ELECTION_OVERDUE), codes(branch(3, 0, null), END.plusDays(1)));
    }

    @Test
    public void branchTermOfThreeYearsMayEndOnTheAnniversaryOrTheDayBefore() {
        assertEquals(List.of(), codes(term(OrganisationType.BRANCH, START, LocalDate.of(2023, 2, 28)), AS_OF));
        assertEquals(List.of(), codes(term(OrganisationType.BRANCH, START, LocalDate.of(2023, 3, 1)), AS_OF));
        assertEquals(List.of(RuleWarning.TERM_LENGTH), codes(term(OrganisationType.BRANCH, START, LocalDate.of(2023, 2, 27)), AS_OF));
        assertEquals(List.of(RuleWarning.TERM_LENGTH), codes(term(OrganisationType.BRANCH, START, LocalDate.of(2023, 3, 2)), AS_OF));
    }

    @Test
    public void committeeTermFollowsTheRuleSetInForceWhenItWasElected() {
        // v1 (before 2018): 3 to 5 years; v2 (from 2018-01-01): 5 years
        LocalDate lastV1Day = LocalDate.of(2017, 12, 31);
        LocalDate firstV2Day = LocalDate.of(2018, 1, 1);
        assertEquals(List.of(), codes(term(OrganisationType.COMMITTEE, lastV1Day, LocalDate.of(2020, 12, 31)), lastV1Day));
        assertEquals(List.of(), codes(term(OrganisationType.COMMITTEE, lastV1Day, LocalDate.of(2022, 12, 31)), lastV1Day));
        List<RuleWarning> threeYearsUnderV2 = OrganisationRules.check(RuleSets.DEFAULTS,
                term(OrganisationType.COMMITTEE, firstV2Day, LocalDate.of(2021, 1, 1)), true, firstV2Day);
        assertEquals(List.of(RuleWarning.TERM_LENGTH), threeYearsUnderV2.stream().map(RuleWarning::code).toList());
        assertEquals("v2", threeYearsUnderV2.get(0).ruleSetVersion());
        assertEquals(List.of(), codes(term(OrganisationType.COMMITTEE, firstV2Day, LocalDate.of(2023, 1, 1)), firstV2Day));
    }

    @Test
    public void committeeElectedUnderV1KeepsItsThreeYearTermWhenJudgedAfter2018() {
        LocalDate elected = LocalDate.of(2017, 6, 1);
        assertEquals(List.of(), codes(term(OrganisationType.COMMITTEE, elected, LocalDate.of(2020, 6, 1)), LocalDate.of(2019, 1, 1)));
    }

    @Test
    public void warningsNameTheVersionInForceOnTheDayAsked() {
        List<RuleWarning> before = OrganisationRules.check(RuleSets.DEFAULTS, branch(2, 0, null), true, LocalDate.of(2017, 12, 31));
        List<RuleWarning> from = OrganisationRules.check(RuleSets.DEFAULTS, branch(2, 0, null), true, LocalDate.of(2018, 1, 1));
        assertEquals("v1", before.get(0).ruleSetVersion());
        assertEquals("v2", from.get(0).ruleSetVersion());
    }

    @Test
    public void configuredVersionTakesOverOnItsEffectiveDate() {
        RuleSets rules = RuleSets.DEFAULTS.with("v3 2024-01-01 branchMaxMembers=60");
        PartyOrganisationDraft fiftyFive = draft(OrganisationType.BRANCH, 50, 5, 1, 5, SecretarySource.PRINCIPAL_LEADER,
                LocalDate.of(2023, 6, 1), LocalDate.of(2026, 6, 1));
        List<RuleWarning> lastDayOfV2 = OrganisationRules.check(rules, fiftyFive, true, LocalDate.of(2023, 12, 31));
        assertEquals(List.of(RuleWarning.TYPE_TOO_LARGE), lastDayOfV2.stream().map(RuleWarning::code).toList());
        assertEquals("v2", lastDayOfV2.get(0).ruleSetVersion());
        assertEquals(List.of(), OrganisationRules.check(rules, fiftyFive, true, LocalDate.of(2024, 1, 1)));
    }

    @Test
    public void dissolvedOrganisationRaisesNothing() {
        assertEquals(List.of(), OrganisationRules.check(RuleSets.DEFAULTS, branch(1, 0, 9), false, AS_OF));
    }

    @Test
    public void everyBrokenRuleIsReportedOnceInAFixedOrder() {
        PartyOrganisationDraft bad = draft(OrganisationType.JOINT_BRANCH, 2, 60, 6, 3, SecretarySource.OTHER, START, LocalDate.of(2020, 9, 1));
        assertEquals(List.of(RuleWarning.TOO_FEW_MEMBERS, RuleWarning.TYPE_TOO_LARGE, RuleWarning.JOINT_BRANCH_TOO_MANY_SOCIETIES,
                RuleWarning.COMMITTEE_SIZE, RuleWarning.SECRETARY_NOT_PRINCIPAL_LEADER, RuleWarning.TERM_LENGTH,
                RuleWarning.ELECTION_OVERDUE), codes(bad, AS_OF));
    }

    private static PartyOrganisationDraft term(OrganisationType type, LocalDate starts, LocalDate ends) {
        int members = type == OrganisationType.COMMITTEE ? 120 : 5;
        return draft(type, members, 0, 1, null, SecretarySource.PRINCIPAL_LEADER, starts, ends);
    }
}
