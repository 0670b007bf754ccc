package ${package}.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.castpb.api.Discipline;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.Ledger;
import org.castpb.api.LedgerDraft;
import org.castpb.api.LedgerSection;
import org.castpb.api.RegistrationStatus;
import org.castpb.api.SectionStatus;
import org.castpb.api.Society;
import org.castpb.api.SocietyKind;
import org.castpb.api.SocietyLevel;
import org.castpb.api.evaluation.EvaluationKind;
import org.castpb.api.evaluation.Finding;
import org.castpb.api.evaluation.Grade;
import org.castpb.api.organisation.LiaisonAssignment;
import org.castpb.api.organisation.OrganisationStatus;
import org.castpb.api.organisation.OrganisationType;
import org.castpb.api.organisation.PartyOrganisation;
import org.castpb.api.organisation.Secretary;
import org.castpb.api.organisation.SecretarySource;
import org.castpb.spi.Evaluation;
import org.castpb.spi.EvaluationContext;
import org.junit.Test;

/** The module's criteria on hand-built contexts, without OSGi: what castpb would hand it in a campaign. */
public class ${classPrefix}EvaluationModuleTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);

    private final ${classPrefix}EvaluationModule module = new ${classPrefix}EvaluationModule();

    @Test
    public void societyMeetingEveryCriterionIsExcellentWithFullPoints() {
        Evaluation evaluation = module.evaluate(context(true, clearLedger(), List.of(branch(OrganisationStatus.ACTIVE)), false));

        assertEquals(Grade.EXCELLENT, evaluation.grade());
        assertEquals(100, evaluation.points());
        assertEquals(100, evaluation.maxPoints());
        assertEquals(List.of("LEDGER_FIVE_CLEARS", "CHARTER_PARTY_BUILDING", "ORGANISATION_COVERS"),
                evaluation.findings().stream().map(Finding::code).toList());
        assertEquals("Branch of the Example Society (BRANCH, 12 members)", evaluation.findings().get(2).evidence());
        assertFalse(evaluation.veto());
    }

    @Test
    public void incompleteLedgerCostsItsFortyPointsAndNamesWhatIsMissing() {
        Evaluation evaluation = module.evaluate(context(true, unclearLedger(), List.of(branch(OrganisationStatus.ACTIVE)), false));

        Finding ledger = evaluation.findings().get(0);
        assertEquals(0, ledger.points());
        assertEquals("revision 3 incomplete: STAFF (full-time staff); LEADERS", ledger.evidence());
        assertEquals(60, evaluation.points());
        assertEquals(Grade.QUALIFIED, evaluation.grade());
    }

    @Test
    public void unknownCharterIsNotAssessedAndDoesNotCount() {
        Evaluation evaluation = module.evaluate(context(null, clearLedger(), List.of(branch(OrganisationStatus.ACTIVE)), false));

        Finding charter = evaluation.findings().get(1);
        assertEquals(0, charter.maxPoints());
        assertEquals(80, evaluation.points());
        assertEquals(80, evaluation.maxPoints());
        assertEquals(Grade.EXCELLENT, evaluation.grade());
    }

    @Test
    public void charterWithoutPartyBuildingCostsTwentyPointsAndGivesGood() {
        Evaluation evaluation = module.evaluate(context(false, clearLedger(), List.of(branch(OrganisationStatus.ACTIVE)), false));

        assertEquals("the charter does not mention party building", evaluation.findings().get(1).evidence());
        assertEquals(80, evaluation.points());
        assertEquals(Grade.GOOD, evaluation.grade());
    }

    @Test
    public void dissolvedOrganisationDoesNotCoverAndPendingRequestIsOnlyEvidence() {
        Evaluation evaluation = module.evaluate(context(true, clearLedger(), List.of(branch(OrganisationStatus.DISSOLVED)), true));

        Finding organisation = evaluation.findings().get(2);
        assertEquals(0, organisation.points());
        assertEquals("no active organisation; an establishment request awaits the party committee", organisation.evidence());
        assertEquals(60, evaluation.points());
        assertEquals(Grade.QUALIFIED, evaluation.grade());
    }

    @Test
    public void societyWithoutLedgerCharterOrOrganisationIsUnqualified() {
        Evaluation evaluation = module.evaluate(context(false, noLedger(), List.of(), false));

        assertEquals(0, evaluation.points());
        assertEquals("no ledger kept", evaluation.findings().get(0).evidence());
        assertEquals(Grade.UNQUALIFIED, evaluation.grade());
    }

    @Test
    public void sameContextGivesSameEvaluation() {
        EvaluationContext context = context(true, unclearLedger(), List.of(branch(OrganisationStatus.ACTIVE)), false);

        assertEquals(module.evaluate(context), module.evaluate(context));
    }

    /** An EvaluationContext as castpb builds one for a campaign. */
    private record Context(int year, EvaluationKind kind, LocalDate asOf, Society society, Ledger ledger,
                           List<PartyOrganisation> organisations, boolean establishmentRequestPending,
                           List<LiaisonAssignment> liaisons) implements EvaluationContext {
    }

    private static EvaluationContext context(Boolean partyBuildingInCharter, Ledger ledger,
                                             List<PartyOrganisation> organisations, boolean requestPending) {
        Society society = new Society(7L, "示例学会", "Example Society", "51110000500000000X", false,
                SocietyKind.SOCIETY, SocietyLevel.PROVINCIAL, regionCode(),
                Discipline.ENGINEERING, null, GroupMemberStatus.MEMBER, null, null, RegistrationStatus.ACTIVE, 1985,
                null, null, null, partyBuildingInCharter, 1L, Instant.EPOCH, Instant.EPOCH);
        return new Context(2026, EvaluationKind.COMPREHENSIVE, AS_OF, society, ledger, organisations, requestPending,
                List.of());
    }

    /** A six-digit region code inside the region served: 43 gives 430000. */
    private static String regionCode() {
        String prefix = ${classPrefix}EvaluationModule.REGION_SERVED;
        return prefix + "000000".substring(prefix.length());
    }

    private static Ledger clearLedger() {
        return new Ledger(7L, 2, Instant.EPOCH, "secretary", LedgerDraft.empty(), true, List.of(
                clear(LedgerSection.OPERATIONS), clear(LedgerSection.STAFF), clear(LedgerSection.PARTY_MEMBERS),
                clear(LedgerSection.LEADERS), clear(LedgerSection.NO_ORGANISATION_REASON)));
    }

    private static Ledger unclearLedger() {
        return new Ledger(7L, 3, Instant.EPOCH, "secretary", LedgerDraft.empty(), false, List.of(
                clear(LedgerSection.OPERATIONS),
                new SectionStatus(LedgerSection.STAFF, false, List.of("full-time staff")),
                clear(LedgerSection.PARTY_MEMBERS),
                new SectionStatus(LedgerSection.LEADERS, false, List.of()),
                clear(LedgerSection.NO_ORGANISATION_REASON)));
    }

    private static Ledger noLedger() {
        return new Ledger(7L, 0, null, null, LedgerDraft.empty(), false, List.of());
    }

    private static SectionStatus clear(LedgerSection section) {
        return new SectionStatus(section, true, List.of());
    }

    private static PartyOrganisation branch(OrganisationStatus status) {
        return new PartyOrganisation(11L, "Branch of the Example Society", OrganisationType.BRANCH, null, List.of(7L),
                new Secretary("Li Ming", SecretarySource.PRINCIPAL_LEADER), 10, 2, null, LocalDate.of(2019, 7, 1),
                LocalDate.of(2024, 7, 1), LocalDate.of(2027, 6, 30), null, status,
                status == OrganisationStatus.DISSOLVED ? LocalDate.of(2025, 3, 1) : null, 3L, Instant.EPOCH, "admin");
    }
}
