package org.castpb.members.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.castpb.api.Actor;
import org.castpb.api.Ledger;
import org.castpb.api.LedgerDraft;
import org.castpb.api.LedgerService;
import org.castpb.api.members.LedgerReconciliation;
import org.castpb.api.members.MemberLedgerService;
import org.castpb.api.members.ReconciliationItem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.condition.Condition;

/**
 * {@link MemberLedgerService}: the registry's counts in one SQL query over the rolls of the organisations covering the
 * society now; the ledger is read and written through the records' {@link LedgerService}, which applies the actor's
 * scope and rights (a society outside the scope does not exist, a viewer may not fill).
 */
@Component(service = MemberLedgerService.class)
public class RegistryLedger implements MemberLedgerService {

    private final JpaTemplate jpa;
    private final LedgerService ledgers;

    @Activate
    public RegistryLedger(@Reference(target = "(osgi.unit.name=castpb-members)") JpaTemplate jpa,
                          @Reference(target = "(osgi.condition.id=castpb.schema.members)") Condition schemaIsReady, @Reference LedgerService ledgers) {
        this.jpa = jpa;
        this.ledgers = ledgers;
    }

    /** The registry's figures for the society: organisations, then formal, probationary, belonging, participating. */
    record Counts(List<Long> organisations, long formal, long probationary, long here, long elsewhere) {
    }

    @Override
    public LedgerReconciliation reconcile(Actor actor, long societyId) {
        Ledger ledger = ledgers.current(actor, societyId);
        return compare(ledger, counts(societyId));
    }

    @Override
    public LedgerReconciliation fillLedger(Actor actor, long societyId, int expectedRevision) {
        Ledger ledger = ledgers.current(actor, societyId);
        Counts counts = counts(societyId);
        LedgerDraft d = ledger.content();
        LedgerDraft filled = new LedgerDraft(d.runningState(), d.lastInspectionResult(), d.lastInspectionYear(), d.activitiesInYear(),
                d.fullTimeStaff(), d.staffPartyMembers(), (int) counts.formal(), (int) counts.probationary(), (int) counts.here(),
                (int) counts.elsewhere(), d.leaders(), d.partyOrganisationEstablished(), d.noOrganisationReason(), d.noOrganisationText(),
                "party-member section filled from the member registry (党员队伍情况按党员信息库填写)");
        return compare(ledgers.update(actor, societyId, expectedRevision, filled), counts);
    }

    static LedgerReconciliation compare(Ledger ledger, Counts counts) {
        LedgerDraft d = ledger.content();
        List<ReconciliationItem> items = new ArrayList<>();
        items.add(item("formalMembers", "正式党员 formal members", d.formalMembers(), counts.formal()));
        items.add(item("probationaryMembers", "预备党员 probationary members", d.probationaryMembers(), counts.probationary()));
        items.add(item("relationshipsHere", "组织关系在本单位 relationships here", d.relationshipsHere(), counts.here()));
        items.add(item("relationshipsElsewhere", "组织关系不在本单位 relationships elsewhere", d.relationshipsElsewhere(), counts.elsewhere()));
        return LedgerReconciliation.of(ledger.societyId(), ledger.revision(), counts.organisations(), items);
    }

    private static ReconciliationItem item(String field, String label, Integer ledger, long registry) {
        return new ReconciliationItem(field, label, ledger, registry, ledger != null && ledger == registry);
    }

    /**
     * Members on the roll (active or in transfer) of the organisations covering the society now, in one query. As in the
     * ledger, formal and probationary members count everyone on the roll; those here and elsewhere split them by affiliation.
     */
    private Counts counts(long societyId) {
        return jpa.txExpr(TransactionType.Required, em -> {
            MemberScope sql = new MemberScope(em);
            List<Long> organisations = sql.rows("SELECT ORGANISATION_ID FROM PORG_ORGANISATION_SOCIETY WHERE SOCIETY_ID = ? AND TO_DATE IS NULL"
                    + " ORDER BY ORGANISATION_ID", societyId).stream().map(o -> ((Number) o).longValue()).toList();
            Object[] row = (Object[]) sql.rows("SELECT"
                    + " COALESCE(SUM(CASE WHEN M.MEMBERSHIP_KIND = 'FORMAL' THEN 1 ELSE 0 END), 0),"
                    + " COALESCE(SUM(CASE WHEN M.MEMBERSHIP_KIND = 'PROBATIONARY' THEN 1 ELSE 0 END), 0),"
                    + " COALESCE(SUM(CASE WHEN M.AFFILIATION = 'BELONGS' THEN 1 ELSE 0 END), 0),"
                    + " COALESCE(SUM(CASE WHEN M.AFFILIATION = 'PARTICIPATES' THEN 1 ELSE 0 END), 0)"
                    + " FROM MEMBER M WHERE M.MEMBER_STATUS IN ('ACTIVE', 'IN_TRANSFER') AND M.ORGANISATION_ID IN (SELECT OS.ORGANISATION_ID"
                    + " FROM PORG_ORGANISATION_SOCIETY OS WHERE OS.SOCIETY_ID = ? AND OS.TO_DATE IS NULL)", societyId).get(0);
            return new Counts(organisations, ((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue(),
                    ((Number) row[3]).longValue());
        });
    }
}
