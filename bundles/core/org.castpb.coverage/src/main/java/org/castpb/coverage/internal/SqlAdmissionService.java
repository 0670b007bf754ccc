package org.castpb.coverage.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.castpb.api.Actor;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.Ledger;
import org.castpb.api.LedgerService;
import org.castpb.api.NotFoundException;
import org.castpb.api.Scope;
import org.castpb.api.SectionStatus;
import org.castpb.api.coverage.AdmissionCheck;
import org.castpb.api.coverage.AdmissionReason;
import org.castpb.api.coverage.AdmissionService;
import org.castpb.api.coverage.CoverageKind;
import org.castpb.api.members.MemberLedgerService;
import org.castpb.api.organisation.EstablishmentRequestService;
import org.castpb.api.organisation.PendingRequest;
import org.castpb.api.sql.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@link AdmissionService}: organisation coverage counted in SQL with {@link CoverageQueries}' condition (the
 * applicant need not be in the coverage scope), submitted requests from the establishment-request service, the
 * ledger from the ledger service, the registered members against the ledger from the member registry's
 * {@link MemberLedgerService}, so each rule stays with the service that owns it. A society outside the actor's
 * scope is not found.
 */
@Component(service = AdmissionService.class)
public class SqlAdmissionService implements AdmissionService {

    private final DataSource dataSource;
    private final LedgerService ledgers;
    private final EstablishmentRequestService requests;
    private final MemberLedgerService registry;

    @Activate
    public SqlAdmissionService(@Reference(target = "(osgi.jndi.service.name=castpb)") DataSource dataSource,
                               @Reference LedgerService ledgers, @Reference EstablishmentRequestService requests,
                               @Reference MemberLedgerService registry) {
        this.dataSource = dataSource;
        this.ledgers = ledgers;
        this.requests = requests;
        this.registry = registry;
    }

    @Override
    public AdmissionCheck check(Actor actor, long societyId, LocalDate asOf) {
        CoverageQueries.requireDate("asOf", asOf);
        String sql = "SELECT S.GROUP_MEMBER_STATUS, CASE WHEN " + CoverageQueries.covered(CoverageKind.ORGANISATION)
                + " THEN 1 ELSE 0 END FROM SOCIETY S WHERE S.ID = ? AND " + CoverageQueries.access(Scope.of(actor));
        Applicant applicant = Transactions.read(dataSource, "checking society " + societyId + " for admission", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = CoverageQueries.bindDates(ps, 1, asOf, CoverageQueries.dates(CoverageKind.ORGANISATION));
                ps.setLong(i, societyId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? new Applicant(GroupMemberStatus.valueOf(rs.getString(1).trim()), rs.getInt(2) == 1) : null;
                }
            }
        });
        if (applicant == null) {
            throw new NotFoundException("society", societyId);
        }
        List<AdmissionReason> reasons = new ArrayList<>();
        reasons.add(applicant.organised()
                ? new AdmissionReason(ORGANISATION, true, "a party organisation covers the society on " + asOf)
                : request(actor, societyId, asOf));
        reasons.add(ledger(ledgers.current(actor, societyId)));
        return new AdmissionCheck(societyId, applicant.status(), asOf, reasons.stream().allMatch(AdmissionReason::met),
                reasons, registry.reconcile(actor, societyId));
    }

    /** What the check reads of the society itself: its status and whether an organisation covers it on the day. */
    private record Applicant(GroupMemberStatus status, boolean organised) {
    }

    private AdmissionReason request(Actor actor, long societyId, LocalDate asOf) {
        List<Long> submitted = requests.pending(actor).stream().filter(p -> p.societyIds().contains(societyId))
                .map(PendingRequest::requestId).toList();
        if (submitted.isEmpty()) {
            return new AdmissionReason(NO_ORGANISATION_OR_REQUEST, false, "no party organisation covers the society on " + asOf
                    + " and no submitted establishment request would cover it");
        }
        return new AdmissionReason(PENDING_REQUEST, true, "no party organisation covers the society on " + asOf
                + ", but submitted establishment request " + submitted.stream().map(String::valueOf).collect(Collectors.joining(", "))
                + " would cover it");
    }

    private static AdmissionReason ledger(Ledger ledger) {
        if (ledger.clear()) {
            return new AdmissionReason(LEDGER_CLEAR, true, "the current ledger (revision " + ledger.revision() + ") is five clears");
        }
        String unclear = ledger.sections().stream().filter(s -> !s.clear()).map(SqlAdmissionService::describe)
                .collect(Collectors.joining("; "));
        String which = ledger.revision() == 0 ? "no ledger is recorded" : "the current ledger (revision " + ledger.revision() + ")";
        return new AdmissionReason(LEDGER_NOT_CLEAR, false, which + " is not five clears: " + unclear);
    }

    private static String describe(SectionStatus section) {
        return section.missing().isEmpty() ? section.section().name()
                : section.section().name() + " (missing " + String.join(", ", section.missing()) + ")";
    }
}
