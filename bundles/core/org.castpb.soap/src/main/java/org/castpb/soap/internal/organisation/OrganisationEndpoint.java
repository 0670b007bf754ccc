package org.castpb.soap.internal.organisation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import javax.jws.WebService;
import org.castpb.api.coverage.AdmissionService;
import org.castpb.api.coverage.CoverageService;
import org.castpb.api.coverage.GroupBy;
import org.castpb.api.coverage.RectificationService;
import org.castpb.api.coverage.SnapshotService;
import org.castpb.api.organisation.EstablishmentRequestService;
import org.castpb.api.organisation.LiaisonService;
import org.castpb.api.organisation.PartyOrganisationService;
import org.castpb.soap.internal.SoapActors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@link OrganisationPort} onto the organisation, request, liaison, coverage, snapshot, rectification and admission
 * services: a thin door, all rules stay in the services.
 */
@Component(service = OrganisationEndpoint.class)
@WebService(serviceName = "OrganisationService", portName = "OrganisationPort", targetNamespace = OrganisationPort.NS,
        endpointInterface = "org.castpb.soap.internal.organisation.OrganisationPort")
public class OrganisationEndpoint implements OrganisationPort {

    /** The calendar castpb's dates are in, as over REST. */
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final int DEFAULT_LIMIT = 50;

    private final EstablishmentRequestService requests;
    private final PartyOrganisationService organisations;
    private final LiaisonService liaisons;
    private final CoverageService coverage;
    private final SnapshotService snapshots;
    private final RectificationService rectifications;
    private final AdmissionService admissions;

    @Activate
    public OrganisationEndpoint(@Reference EstablishmentRequestService requests, @Reference PartyOrganisationService organisations,
                                @Reference LiaisonService liaisons, @Reference CoverageService coverage,
                                @Reference SnapshotService snapshots, @Reference RectificationService rectifications,
                                @Reference AdmissionService admissions) {
        this.requests = requests;
        this.organisations = organisations;
        this.liaisons = liaisons;
        this.coverage = coverage;
        this.snapshots = snapshots;
        this.rectifications = rectifications;
        this.admissions = admissions;
    }

    @Override
    public EstablishmentRequestXml createEstablishmentRequest(PartyOrganisationDraftXml draft) throws OrganisationFault {
        return call(() -> EstablishmentRequestXml.of(requests.create(SoapActors.current(), draft == null ? null : draft.toDraft())));
    }

    @Override
    public EstablishmentRequestXml getEstablishmentRequest(long id) throws OrganisationFault {
        return call(() -> EstablishmentRequestXml.of(requests.get(SoapActors.current(), id)));
    }

    @Override
    public EstablishmentRequestXml submitEstablishmentRequest(long id, long version, String comment) throws OrganisationFault {
        return call(() -> EstablishmentRequestXml.of(requests.submit(SoapActors.current(), id, version, comment)));
    }

    @Override
    public EstablishmentRequestXml returnEstablishmentRequest(long id, long version, String comment) throws OrganisationFault {
        return call(() -> EstablishmentRequestXml.of(requests.returnForChanges(SoapActors.current(), id, version, comment)));
    }

    @Override
    public EstablishmentRequestXml approveEstablishmentRequest(long id, long version, String comment) throws OrganisationFault {
        return call(() -> EstablishmentRequestXml.of(requests.approve(SoapActors.current(), id, version, comment)));
    }

    @Override
    public EstablishmentRequestXml rejectEstablishmentRequest(long id, long version, String comment) throws OrganisationFault {
        return call(() -> EstablishmentRequestXml.of(requests.reject(SoapActors.current(), id, version, comment)));
    }

    @Override
    public EstablishmentRequestXml acceptRuleWarning(long id, long version, String code, String justification) throws OrganisationFault {
        return call(() -> EstablishmentRequestXml.of(requests.acceptWarning(SoapActors.current(), id, version, code, justification)));
    }

    @Override
    public EstablishmentRequestXml updateEstablishmentRequest(long id, long version, PartyOrganisationDraftXml draft)
            throws OrganisationFault {
        return call(() -> EstablishmentRequestXml.of(requests.update(SoapActors.current(), id, version, draft == null ? null : draft.toDraft())));
    }

    @Override
    public List<PendingRequestXml> listPendingRequests() throws OrganisationFault {
        return call(() -> PendingRequestXml.of(requests.pending(SoapActors.current())));
    }

    @Override
    public PartyOrganisationXml getPartyOrganisation(long id, LocalDate asOf) throws OrganisationFault {
        return call(() -> PartyOrganisationXml.of(asOf == null ? organisations.get(SoapActors.current(), id)
                : organisations.asOf(SoapActors.current(), id, asOf)));
    }

    @Override
    public List<PartyOrganisationXml> listPartyOrganisations(long societyId) throws OrganisationFault {
        return call(() -> PartyOrganisationXml.of(organisations.bySociety(SoapActors.current(), societyId)));
    }

    @Override
    public PartyOrganisationXml createPartyOrganisation(PartyOrganisationDraftXml draft) throws OrganisationFault {
        return call(() -> PartyOrganisationXml.of(organisations.create(SoapActors.current(), draft == null ? null : draft.toDraft())));
    }

    @Override
    public PartyOrganisationXml updatePartyOrganisation(long id, long version, PartyOrganisationDraftXml draft) throws OrganisationFault {
        return call(() -> PartyOrganisationXml.of(organisations.update(SoapActors.current(), id, version,
                draft == null ? null : draft.toDraft())));
    }

    @Override
    public List<OrganisationHistoryEntryXml> getPartyOrganisationHistory(long id) throws OrganisationFault {
        return call(() -> OrganisationHistoryEntryXml.of(organisations.history(SoapActors.current(), id)));
    }

    @Override
    public List<PartyOrganisationXml> listChildOrganisations(long id) throws OrganisationFault {
        return call(() -> PartyOrganisationXml.of(organisations.children(SoapActors.current(), id)));
    }

    @Override
    public List<RuleWarningXml> getPartyOrganisationWarnings(long id, LocalDate asOf) throws OrganisationFault {
        return call(() -> RuleWarningXml.of(organisations.check(SoapActors.current(), id, orToday(asOf))));
    }

    @Override
    public List<RuleWarningXml> checkPartyOrganisation(PartyOrganisationDraftXml draft, LocalDate asOf) throws OrganisationFault {
        return call(() -> RuleWarningXml.of(organisations.check(requireCaller(draft) == null ? null : draft.toDraft(), orToday(asOf))));
    }

    @Override
    public List<RuleSetXml> listOrganisationRuleSets() throws OrganisationFault {
        return call(() -> RuleSetXml.of(requireCaller(organisations.ruleSets())));
    }

    @Override
    public PartyOrganisationXml dissolvePartyOrganisation(long id, long version, LocalDate dissolvedOn, String reason)
            throws OrganisationFault {
        return call(() -> PartyOrganisationXml.of(organisations.dissolve(SoapActors.current(), id, version, dissolvedOn, reason)));
    }

    @Override
    public LiaisonAssignmentXml assignLiaison(LiaisonDraftXml liaison) throws OrganisationFault {
        return call(() -> LiaisonAssignmentXml.of(liaisons.assign(SoapActors.current(), liaison == null ? null : liaison.toDraft())));
    }

    @Override
    public LiaisonAssignmentXml getLiaison(long id) throws OrganisationFault {
        return call(() -> LiaisonAssignmentXml.of(liaisons.get(SoapActors.current(), id)));
    }

    @Override
    public LiaisonAssignmentXml updateLiaison(long id, long version, LiaisonDraftXml liaison) throws OrganisationFault {
        return call(() -> LiaisonAssignmentXml.of(liaisons.update(SoapActors.current(), id, version,
                liaison == null ? null : liaison.toDraft())));
    }

    @Override
    public List<LiaisonAssignmentXml> listLiaisons(long societyId, LocalDate asOf) throws OrganisationFault {
        return call(() -> LiaisonAssignmentXml.of(asOf == null ? liaisons.bySociety(SoapActors.current(), societyId)
                : liaisons.bySociety(SoapActors.current(), societyId, asOf)));
    }

    @Override
    public CoverageReportXml getCoverageReport(LocalDate asOf, GroupBy groupBy) throws OrganisationFault {
        return call(() -> CoverageReportXml.of(coverage.report(SoapActors.current(), orToday(asOf), groupBy)));
    }

    @Override
    public List<TargetResultXml> evaluateCoverageTargets() throws OrganisationFault {
        return call(() -> TargetResultXml.of(coverage.evaluateTargets(SoapActors.current())));
    }

    @Override
    public List<CoverageTargetXml> listCoverageTargets() throws OrganisationFault {
        return call(() -> CoverageTargetXml.of(requireCaller(coverage.targets())));
    }

    @Override
    public UncoveredSocietyPageXml listUncoveredSocieties(LocalDate asOf, Boolean work, Integer offset, Integer limit)
            throws OrganisationFault {
        return call(() -> UncoveredSocietyPageXml.of(coverage.uncovered(SoapActors.current(), orToday(asOf), Boolean.TRUE.equals(work),
                offset == null ? 0 : offset, limit == null ? DEFAULT_LIMIT : limit)));
    }

    @Override
    public List<CoverageSnapshotXml> listCoverageSnapshots(YearMonth fromMonth, YearMonth toMonth) throws OrganisationFault {
        return call(() -> CoverageSnapshotXml.of(snapshots.snapshots(SoapActors.current(), firstDay(fromMonth), firstDay(toMonth))));
    }

    @Override
    public CoverageSnapshotXml takeCoverageSnapshot(YearMonth month) throws OrganisationFault {
        return call(() -> CoverageSnapshotXml.of(snapshots.take(SoapActors.current(), month == null ? today().withDayOfMonth(1) : month.atDay(1))));
    }

    @Override
    public List<TrendPointXml> getCoverageTrend(YearMonth fromMonth, YearMonth toMonth) throws OrganisationFault {
        return call(() -> TrendPointXml.of(snapshots.trend(SoapActors.current(), firstDay(fromMonth), firstDay(toMonth))));
    }

    @Override
    public RectificationTaskPageXml listRectificationTasks(Boolean overdue, Integer offset, Integer limit) throws OrganisationFault {
        int from = offset == null ? 0 : offset;
        int size = limit == null ? DEFAULT_LIMIT : limit;
        return call(() -> RectificationTaskPageXml.of(Boolean.TRUE.equals(overdue)
                ? rectifications.overdue(SoapActors.current(), today(), from, size)
                : rectifications.open(SoapActors.current(), from, size)));
    }

    @Override
    public RectificationTaskXml getRectificationTask(long id) throws OrganisationFault {
        return call(() -> RectificationTaskXml.of(rectifications.get(SoapActors.current(), id)));
    }

    @Override
    public RectificationRunXml generateRectificationTasks() throws OrganisationFault {
        return call(() -> {
            // as over REST: the same day for both, and closing only after generate has checked the caller's roles
            LocalDate today = today();
            int opened = rectifications.generate(SoapActors.current(), today);
            return RectificationRunXml.of(opened, rectifications.synchronise(today));
        });
    }

    @Override
    public List<RectificationTaskXml> listSocietyRectificationTasks(long societyId) throws OrganisationFault {
        return call(() -> rectifications.bySociety(SoapActors.current(), societyId).stream().map(RectificationTaskXml::of).toList());
    }

    @Override
    public RectificationTaskXml closeRectificationTask(long id, String note) throws OrganisationFault {
        return call(() -> RectificationTaskXml.of(rectifications.close(SoapActors.current(), id, note)));
    }

    @Override
    public AdmissionCheckXml checkAdmission(long societyId, LocalDate asOf) throws OrganisationFault {
        return call(() -> AdmissionCheckXml.of(admissions.check(SoapActors.current(), societyId, orToday(asOf))));
    }

    /** {@code value}, once {@link SoapActors#requireCaller()} let the caller through. */
    private static <T> T requireCaller(T value) {
        SoapActors.requireCaller();
        return value;
    }

    /** The month's first day; a missing month stays missing, for the service to name. */
    private static LocalDate firstDay(YearMonth month) {
        return month == null ? null : month.atDay(1);
    }

    private static LocalDate orToday(LocalDate date) {
        return date == null ? today() : date;
    }

    private static LocalDate today() {
        return LocalDate.now(BEIJING);
    }

    private static <T> T call(Supplier<T> work) throws OrganisationFault {
        try {
            return work.get();
        } catch (RuntimeException e) {
            throw OrganisationFault.of(e);
        }
    }
}
