package org.castpb.evaluation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.castpb.api.Actor;
import org.castpb.api.InspectionResult;
import org.castpb.api.Ledger;
import org.castpb.api.LedgerDraft;
import org.castpb.api.LedgerService;
import org.castpb.api.StaleVersionException;
import org.castpb.api.coverage.EvaluationFailure;
import org.castpb.api.coverage.RectificationService;
import org.castpb.api.evaluation.Campaign;
import org.castpb.api.evaluation.Finding;
import org.castpb.api.evaluation.Grade;
import org.castpb.api.evaluation.ModuleResult;
import org.castpb.api.evaluation.Outcome;
import org.castpb.api.evaluation.SocietyEvaluation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a completed campaign leads to (2016 opinions, art. 13: poor performers are dealt with): a FAIL opens a
 * rectification task naming the failed criteria, a PASS counts as the re-evaluation of the society's open tasks, and
 * either is written into the ledger's operations section (last inspection result and year) as a revision by the
 * system. An INCOMPLETE result changes nothing: there is no verdict to act on.
 */
final class FollowThrough {

    private static final Logger LOG = LoggerFactory.getLogger(FollowThrough.class);

    private final RectificationService rectifications;
    private final LedgerService ledgers;

    FollowThrough(RectificationService rectifications, LedgerService ledgers) {
        this.rectifications = rectifications;
        this.ledgers = ledgers;
    }

    /** Follows every result of the completed campaign through; a society that cannot be followed does not stop the others. */
    void completed(Campaign campaign, List<SocietyEvaluation> results, LocalDate today, int dueDays) {
        int opened = 0;
        for (SocietyEvaluation result : results) {
            try {
                if (result.outcome() == Outcome.FAIL) {
                    rectifications.followUp(new EvaluationFailure(result.societyId(), campaign.id(), result.vetoed(),
                            criteria(result), today.plusDays(dueDays)));
                    opened++;
                } else if (result.outcome() == Outcome.PASS) {
                    rectifications.reevaluated(result.societyId(), campaign.id());
                }
                if (result.outcome() != Outcome.INCOMPLETE) {
                    record(campaign, result);
                }
            } catch (RuntimeException e) {
                LOG.error("Could not follow society {} through after campaign {}: {}", result.societyId(), campaign.id(),
                        e.getMessage(), e);
            }
        }
        LOG.info("Campaign {} followed through: {} rectification task(s) for failures", campaign.id(), opened);
    }

    /**
     * The failed criteria of a FAIL, for people: each veto with its reason, and each criterion not met in full of a
     * module that vetoed or graded UNQUALIFIED; the outcome's reasons when the modules name no criterion.
     */
    static List<String> criteria(SocietyEvaluation result) {
        Set<String> criteria = new LinkedHashSet<>();
        for (ModuleResult m : result.modules()) {
            if (m.veto()) {
                criteria.add(m.moduleId() + " veto: " + m.vetoReason());
            }
            if (m.veto() || m.grade() == Grade.UNQUALIFIED) {
                for (Finding f : m.findings()) {
                    if (f.maxPoints() > 0 && f.points() < f.maxPoints()) {
                        criteria.add(m.moduleId() + "/" + f.code() + " " + f.title() + " (" + f.points() + "/" + f.maxPoints() + ")");
                    }
                }
            }
        }
        if (criteria.isEmpty()) {
            criteria.addAll(result.reasons());
        }
        if (criteria.isEmpty()) {
            criteria.add("outcome FAIL");
        }
        List<String> lines = new ArrayList<>();
        criteria.forEach(c -> lines.add(c.replaceAll("[\\r\\n]+", " ").strip()));
        return lines;
    }

    /** The ledger's last inspection result and year from the outcome, unless they say so already. */
    private void record(Campaign campaign, SocietyEvaluation result) {
        InspectionResult inspection = result.outcome() == Outcome.PASS ? InspectionResult.QUALIFIED : InspectionResult.UNQUALIFIED;
        for (int attempt = 0; ; attempt++) {
            Ledger current = ledgers.current(Actor.SYSTEM, result.societyId());
            LedgerDraft c = current.content();
            if (inspection == c.lastInspectionResult() && Integer.valueOf(campaign.year()).equals(c.lastInspectionYear())) {
                return;
            }
            LedgerDraft next = new LedgerDraft(c.runningState(), inspection, campaign.year(), c.activitiesInYear(),
                    c.fullTimeStaff(), c.staffPartyMembers(), c.formalMembers(), c.probationaryMembers(),
                    c.relationshipsHere(), c.relationshipsElsewhere(), c.leaders(), c.partyOrganisationEstablished(),
                    c.noOrganisationReason(), c.noOrganisationText(), "evaluation campaign " + campaign.id() + " ("
                    + campaign.kind() + " " + campaign.year() + "): " + result.outcome());
            try {
                ledgers.update(Actor.SYSTEM, result.societyId(), current.revision(), next);
                return;
            } catch (StaleVersionException e) {
                if (attempt > 0) {
                    throw e;
                }
                // someone recorded a revision meanwhile: build on theirs
            }
        }
    }
}
