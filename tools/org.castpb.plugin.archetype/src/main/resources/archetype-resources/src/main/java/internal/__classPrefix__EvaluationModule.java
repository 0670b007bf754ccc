package ${package}.internal;

import java.util.List;
import java.util.stream.Collectors;
import org.castpb.api.Ledger;
import org.castpb.api.SectionStatus;
import org.castpb.api.Society;
import org.castpb.api.evaluation.Finding;
import org.castpb.api.evaluation.Grade;
import org.castpb.api.organisation.OrganisationStatus;
import org.castpb.api.organisation.PartyOrganisation;
import org.castpb.spi.Evaluation;
import org.castpb.spi.EvaluationContext;
import org.castpb.spi.EvaluationModule;
import org.osgi.service.component.annotations.Component;

/**
 * ${moduleName}.
 * <p>
 * Evaluates party building for the assessment and comprehensive evaluation of the societies registered in region
 * {@value #REGION_SERVED}: castpb calls it once per campaign of a kind listed in {@link EvaluationModule#KINDS} for
 * every society whose region code starts with that prefix. The score is the sum of the findings' points; the grade
 * follows from the share of the points available. The module keeps no state, so castpb may call it from several
 * threads at once.
 */
@Component(service = EvaluationModule.class, property = {
        EvaluationModule.MODULE_ID + "=${artifactId}",
        EvaluationModule.MODULE_NAME + "=${moduleName}",
        EvaluationModule.REGION + "=" + ${classPrefix}EvaluationModule.REGION_SERVED,
        // a key given twice becomes a String[]: the module serves both kinds, not the annual inspection
        EvaluationModule.KINDS + "=ASSESSMENT",
        EvaluationModule.KINDS + "=COMPREHENSIVE"})
public class ${classPrefix}EvaluationModule implements EvaluationModule {

    /** The GB/T 2260 prefix served. */
    static final String REGION_SERVED = "${region}";

    static final String LEDGER = "LEDGER_FIVE_CLEARS";
    static final String CHARTER = "CHARTER_PARTY_BUILDING";
    static final String ORGANISATION = "ORGANISATION_COVERS";

    // Your criteria: one method per criterion, each returning a Finding with its evidence, listed here in the
    // order people should read them. The points below add up to 100; change them, drop criteria, add your own.
    // Use only what the context gives: no clock, no randomness, no database, so that a result can be reproduced.
    @Override
    public Evaluation evaluate(EvaluationContext context) {
        List<Finding> findings = List.of(
                ledgerFiveClears(context.ledger()),
                charterIncludesPartyBuilding(context.society()),
                organisationCovers(context));
        // A criterion that must not fail at all would veto instead: return Evaluation.vetoed(findings, "why").
        return Evaluation.of(grade(findings), findings);
    }

    /** The ledger (台账) keeps all five sections complete: 40 points. */
    static Finding ledgerFiveClears(Ledger ledger) {
        String title = "Ledger is five-clear (五个清)";
        if (ledger.revision() == 0) {
            return Finding.missed(LEDGER, title, 40, "no ledger kept");
        }
        if (ledger.clear()) {
            return Finding.met(LEDGER, title, 40, "revision " + ledger.revision() + ": all five sections complete");
        }
        String missing = ledger.sections().stream()
                .filter(section -> !section.clear())
                .map(${classPrefix}EvaluationModule::describe)
                .collect(Collectors.joining("; "));
        return Finding.missed(LEDGER, title, 40, "revision " + ledger.revision() + " incomplete: " + missing);
    }

    /** The charter writes in party building: 20 points; not assessed while castpb does not know. */
    static Finding charterIncludesPartyBuilding(Society society) {
        String title = "Charter includes party building";
        Boolean inCharter = society.partyBuildingInCharter();
        if (inCharter == null) {
            return Finding.notAssessed(CHARTER, title, "charter content not recorded");
        }
        return inCharter
                ? Finding.met(CHARTER, title, 20, "party building is written into the charter")
                : Finding.missed(CHARTER, title, 20, "the charter does not mention party building");
    }

    /** An active party organisation, own or joint, covers the society: 40 points. */
    static Finding organisationCovers(EvaluationContext context) {
        String title = "Covered by an active party organisation";
        List<PartyOrganisation> active = context.organisations().stream()
                .filter(organisation -> organisation.status() == OrganisationStatus.ACTIVE)
                .toList();
        if (!active.isEmpty()) {
            PartyOrganisation first = active.get(0);
            return Finding.met(ORGANISATION, title, 40, first.name() + " (" + first.type() + ", "
                    + first.members() + " members)" + (active.size() > 1 ? " and " + (active.size() - 1) + " more" : ""));
        }
        return Finding.missed(ORGANISATION, title, 40, context.establishmentRequestPending()
                ? "no active organisation; an establishment request awaits the party committee"
                : "no active organisation and no establishment request");
    }

    /**
     * EXCELLENT from 90 % of the points that counted, GOOD from 75 %, QUALIFIED from 60 %. Nothing assessable
     * at all is QUALIFIED: the module has no grounds to pass or fail the society.
     */
    static Grade grade(List<Finding> findings) {
        int points = findings.stream().mapToInt(Finding::points).sum();
        int max = findings.stream().mapToInt(Finding::maxPoints).sum();
        if (max == 0) {
            return Grade.QUALIFIED;
        }
        if (points * 100 >= max * 90) {
            return Grade.EXCELLENT;
        }
        if (points * 100 >= max * 75) {
            return Grade.GOOD;
        }
        return points * 100 >= max * 60 ? Grade.QUALIFIED : Grade.UNQUALIFIED;
    }

    private static String describe(SectionStatus section) {
        return section.missing().isEmpty()
                ? section.section().name()
                : section.section() + " (" + String.join(", ", section.missing()) + ")";
    }
}
