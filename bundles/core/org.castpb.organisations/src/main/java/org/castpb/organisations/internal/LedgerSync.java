package org.castpb.organisations.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.castpb.api.Actor;
import org.castpb.api.Ledger;
import org.castpb.api.LedgerDraft;
import org.castpb.api.LedgerService;
import org.castpb.api.NoOrganisationReason;
import org.castpb.api.StaleVersionException;
import org.castpb.api.organisation.OrganisationStatus;
import org.castpb.api.organisation.OrganisationType;
import org.castpb.api.organisation.PartyOrganisation;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the ledger's "reason no party organisation" section (未建党组织原因) in step with the organisations
 * recorded: after an organisation is recorded (an approved establishment request) or dissolved, each society it
 * covers whose ledger now says otherwise gets a new ledger revision by {@link Actor#SYSTEM}, its note naming the
 * cause.
 * Organisations and ledgers live in two persistence units, so this runs right after the organisation's
 * transaction committed, again when a ledger revision was recorded meanwhile; a failure is logged as a warning
 * naming the society, never silently dropped. A society without a ledger is left alone: nothing disagrees.
 */
@Component(service = LedgerSync.class)
public class LedgerSync {

    /** Types that give a society a party organisation of its own; the others cover it otherwise. */
    static final Set<OrganisationType> OWN = Set.of(OrganisationType.COMMITTEE, OrganisationType.GENERAL_BRANCH,
            OrganisationType.BRANCH);
    static final int ATTEMPTS = 3;
    private static final int TEXT_MAX = 500;
    private static final Logger LOG = LoggerFactory.getLogger(LedgerSync.class);

    private final LedgerService ledgers;
    private final JpaTemplate jpa;

    @Activate
    public LedgerSync(@Reference LedgerService ledgers,
                      @Reference(target = "(osgi.unit.name=castpb-organisations)") JpaTemplate jpa) {
        this.ledgers = ledgers;
        this.jpa = jpa;
    }

    /** After {@code changed} was recorded or dissolved ({@code cause} says how, for the revision's note). */
    void organisationChanged(PartyOrganisation changed, String cause) {
        for (long society : changed.societyIds()) {
            try {
                follow(society, changed, cause);
            } catch (RuntimeException e) {
                LOG.warn("The ledger of society {} could not follow {}; correct its section 'reason no party organisation'"
                        + " by hand: {}", society, cause, e.getMessage());
            }
        }
    }

    private void follow(long society, PartyOrganisation changed, String cause) {
        for (int attempt = 1; ; attempt++) {
            Ledger current = ledgers.current(Actor.SYSTEM, society);
            Optional<LedgerDraft> next = reconciled(current, active(society), changed, cause);
            if (next.isEmpty()) {
                return;
            }
            try {
                Ledger recorded = ledgers.update(Actor.SYSTEM, society, current.revision(), next.get());
                LOG.info("Ledger of society {} revision {} follows {}", society, recorded.revision(), cause);
                return;
            } catch (StaleVersionException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private List<PartyOrganisation> active(long society) {
        return jpa.txExpr(TransactionType.Required, em -> Organisations.ofSociety(em, society)).stream()
                .filter(o -> o.status() != OrganisationStatus.DISSOLVED).toList();
    }

    /**
     * The ledger with its section as the organisations now say, or empty when it says so already (or there is no
     * ledger): an organisation of its own means "established"; only a joint branch or work group means "covered
     * otherwise"; none left after {@code changed} means "not established", with the cause as the reason's text.
     */
    static Optional<LedgerDraft> reconciled(Ledger ledger, List<PartyOrganisation> active, PartyOrganisation changed,
                                            String cause) {
        if (ledger.revision() == 0) {
            return Optional.empty();
        }
        LedgerDraft d = ledger.content();
        boolean own = active.stream().anyMatch(o -> OWN.contains(o.type()));
        if (own) {
            if (Boolean.TRUE.equals(d.partyOrganisationEstablished()) && d.noOrganisationReason() == null
                    && d.noOrganisationText() == null) {
                return Optional.empty();
            }
            return Optional.of(with(d, true, null, null, cause));
        }
        if (!active.isEmpty()) {
            if (Boolean.FALSE.equals(d.partyOrganisationEstablished())
                    && d.noOrganisationReason() == NoOrganisationReason.COVERED_OTHERWISE) {
                return Optional.empty();
            }
            return Optional.of(with(d, false, NoOrganisationReason.COVERED_OTHERWISE, null, cause));
        }
        if (!Boolean.TRUE.equals(d.partyOrganisationEstablished())) {
            // it says none already; its reason is the society's to give
            return Optional.empty();
        }
        String text = "party organisation " + changed.id() + " " + changed.name() + " was dissolved"
                + (changed.dissolvedOn() == null ? "" : " on " + changed.dissolvedOn());
        return Optional.of(with(d, false, NoOrganisationReason.OTHER, clip(text), cause));
    }

    private static LedgerDraft with(LedgerDraft d, boolean established, NoOrganisationReason reason, String text,
                                    String cause) {
        return new LedgerDraft(d.runningState(), d.lastInspectionResult(), d.lastInspectionYear(), d.activitiesInYear(),
                d.fullTimeStaff(), d.staffPartyMembers(), d.formalMembers(), d.probationaryMembers(), d.relationshipsHere(),
                d.relationshipsElsewhere(), d.leaders(), established, reason, text, clip("recorded by the system: " + cause));
    }

    private static String clip(String s) {
        return s.length() <= TEXT_MAX ? s : s.substring(0, TEXT_MAX - 1) + "…";
    }
}
