package org.castpb.soap.internal.organisation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import javax.xml.ws.RequestWrapper;
import org.castpb.api.coverage.GroupBy;
import org.castpb.soap.internal.LocalDateAdapter;
import org.castpb.soap.internal.YearMonthAdapter;

/**
 * The SOAP contract for party organisations, their establishment requests (报批), liaison assignments,
 * the two coverages with their snapshots and trend, rectification tasks (整改) and the group-member
 * admission check: the same operations and rules as {@code /api/v1/establishment-requests},
 * {@code /api/v1/party-organisations}, {@code /api/v1/liaisons}, {@code /api/v1/coverage},
 * {@code /api/v1/rectifications} and {@code /api/v1/societies/{id}/admission-check}. Every step on a
 * versioned record quotes the {@code version} it read. Names here are part of the published WSDL: do not rename.
 */
@WebService(name = "OrganisationPort", targetNamespace = OrganisationPort.NS)
public interface OrganisationPort {

    String NS = "http://castpb.org/soap/organisation/1";

    // ---- establishment requests ----

    /** A DRAFT request for the organisation described. */
    @WebMethod
    @WebResult(name = "request")
    EstablishmentRequestXml createEstablishmentRequest(@WebParam(name = "draft") PartyOrganisationDraftXml draft) throws OrganisationFault;

    @WebMethod
    @WebResult(name = "request")
    EstablishmentRequestXml getEstablishmentRequest(@WebParam(name = "id") long id) throws OrganisationFault;

    /** DRAFT or RETURNED -> SUBMITTED, the rules checked afresh. */
    @WebMethod
    @WebResult(name = "request")
    EstablishmentRequestXml submitEstablishmentRequest(@WebParam(name = "id") long id, @WebParam(name = "version") long version,
                                                       @WebParam(name = "comment") String comment) throws OrganisationFault;

    /** SUBMITTED -> RETURNED for changes; a comment is required. */
    @WebMethod
    @WebResult(name = "request")
    EstablishmentRequestXml returnEstablishmentRequest(@WebParam(name = "id") long id, @WebParam(name = "version") long version,
                                                       @WebParam(name = "comment") String comment) throws OrganisationFault;

    /** SUBMITTED -> APPROVED; the answer names the organisation created. */
    @WebMethod
    @WebResult(name = "request")
    EstablishmentRequestXml approveEstablishmentRequest(@WebParam(name = "id") long id, @WebParam(name = "version") long version,
                                                        @WebParam(name = "comment") String comment) throws OrganisationFault;

    /** SUBMITTED -> REJECTED; a comment is required. */
    @WebMethod
    @WebResult(name = "request")
    EstablishmentRequestXml rejectEstablishmentRequest(@WebParam(name = "id") long id, @WebParam(name = "version") long version,
                                                       @WebParam(name = "comment") String comment) throws OrganisationFault;

    /** Accepts one warning of a SUBMITTED request with a justification. */
    @WebMethod
    @WebResult(name = "request")
    EstablishmentRequestXml acceptRuleWarning(@WebParam(name = "id") long id, @WebParam(name = "version") long version,
                                              @WebParam(name = "code") String code,
                                              @WebParam(name = "justification") String justification) throws OrganisationFault;

    /** Replaces the organisation a DRAFT or RETURNED request describes; {@code version} is the one read. */
    @WebMethod
    @WebResult(name = "request")
    EstablishmentRequestXml updateEstablishmentRequest(@WebParam(name = "id") long id, @WebParam(name = "version") long version,
                                                       @WebParam(name = "draft") PartyOrganisationDraftXml draft) throws OrganisationFault;

    /** The SUBMITTED requests, oldest first. */
    @WebMethod
    @WebResult(name = "pendingRequest")
    List<PendingRequestXml> listPendingRequests() throws OrganisationFault;

    // ---- party organisations ----

    /** The organisation now, or with {@code asOf} as it stood at the end of that day (Beijing). */
    @WebMethod
    @WebResult(name = "organisation")
    @RequestWrapper(localName = "getPartyOrganisation", targetNamespace = NS,
            className = "org.castpb.soap.internal.organisation.GetPartyOrganisationRequest")
    PartyOrganisationXml getPartyOrganisation(@WebParam(name = "id") long id,
                                              @WebParam(name = "asOf") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate asOf)
            throws OrganisationFault;

    /** The organisations, active or dissolved, covering a society, by id. */
    @WebMethod
    @WebResult(name = "organisation")
    List<PartyOrganisationXml> listPartyOrganisations(@WebParam(name = "societyId") long societyId) throws OrganisationFault;

    /** Records an organisation that exists already; new ones normally come from an approved establishment request. */
    @WebMethod
    @WebResult(name = "organisation")
    PartyOrganisationXml createPartyOrganisation(@WebParam(name = "draft") PartyOrganisationDraftXml draft) throws OrganisationFault;

    /** Replaces the organisation's writable fields; {@code version} is the one read (VERSION_CONFLICT when no longer current). */
    @WebMethod
    @WebResult(name = "organisation")
    PartyOrganisationXml updatePartyOrganisation(@WebParam(name = "id") long id, @WebParam(name = "version") long version,
                                                 @WebParam(name = "draft") PartyOrganisationDraftXml draft) throws OrganisationFault;

    /** Who changed what when, before and after, oldest first. */
    @WebMethod
    @WebResult(name = "historyEntry")
    List<OrganisationHistoryEntryXml> getPartyOrganisationHistory(@WebParam(name = "id") long id) throws OrganisationFault;

    /** The organisations in scope directly under one, by id. */
    @WebMethod
    @WebResult(name = "organisation")
    List<PartyOrganisationXml> listChildOrganisations(@WebParam(name = "id") long id) throws OrganisationFault;

    /** The rule warnings for the organisation as it stood at the end of {@code asOf} (today, Beijing, when left out). */
    @WebMethod
    @WebResult(name = "warning")
    @RequestWrapper(localName = "getPartyOrganisationWarnings", targetNamespace = NS,
            className = "org.castpb.soap.internal.organisation.GetPartyOrganisationWarningsRequest")
    List<RuleWarningXml> getPartyOrganisationWarnings(@WebParam(name = "id") long id,
                                                      @WebParam(name = "asOf") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate asOf)
            throws OrganisationFault;

    /** The rule warnings a draft would raise on {@code asOf} (today, Beijing, when left out); nothing is saved. */
    @WebMethod
    @WebResult(name = "warning")
    @RequestWrapper(localName = "checkPartyOrganisation", targetNamespace = NS,
            className = "org.castpb.soap.internal.organisation.CheckPartyOrganisationRequest")
    List<RuleWarningXml> checkPartyOrganisation(@WebParam(name = "draft") PartyOrganisationDraftXml draft,
                                                @WebParam(name = "asOf") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate asOf)
            throws OrganisationFault;

    /** Every rule-set version in use, oldest first. */
    @WebMethod
    @WebResult(name = "ruleSet")
    List<RuleSetXml> listOrganisationRuleSets() throws OrganisationFault;

    @WebMethod
    @WebResult(name = "organisation")
    @RequestWrapper(localName = "dissolvePartyOrganisation", targetNamespace = NS,
            className = "org.castpb.soap.internal.organisation.DissolvePartyOrganisationRequest")
    PartyOrganisationXml dissolvePartyOrganisation(@WebParam(name = "id") long id, @WebParam(name = "version") long version,
                                                   @WebParam(name = "dissolvedOn") @XmlJavaTypeAdapter(LocalDateAdapter.class)
                                                   LocalDate dissolvedOn,
                                                   @WebParam(name = "reason") String reason) throws OrganisationFault;

    // ---- liaison officers and instructors ----

    @WebMethod
    @WebResult(name = "liaison")
    LiaisonAssignmentXml assignLiaison(@WebParam(name = "liaison") LiaisonDraftXml liaison) throws OrganisationFault;

    @WebMethod
    @WebResult(name = "liaison")
    LiaisonAssignmentXml getLiaison(@WebParam(name = "id") long id) throws OrganisationFault;

    /** Replaces an assignment; {@code version} is the one read. */
    @WebMethod
    @WebResult(name = "liaison")
    LiaisonAssignmentXml updateLiaison(@WebParam(name = "id") long id, @WebParam(name = "version") long version,
                                       @WebParam(name = "liaison") LiaisonDraftXml liaison) throws OrganisationFault;

    /** Every assignment to the society, the newest first, or with {@code asOf} those running that day. */
    @WebMethod
    @WebResult(name = "liaison")
    @RequestWrapper(localName = "listLiaisons", targetNamespace = NS,
            className = "org.castpb.soap.internal.organisation.ListLiaisonsRequest")
    List<LiaisonAssignmentXml> listLiaisons(@WebParam(name = "societyId") long societyId,
                                            @WebParam(name = "asOf") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate asOf)
            throws OrganisationFault;

    // ---- coverage ----

    /** Organisation and work coverage as of {@code asOf} (today, Beijing, when left out), broken down by {@code groupBy} if given. */
    @WebMethod
    @WebResult(name = "report")
    @RequestWrapper(localName = "getCoverageReport", targetNamespace = NS,
            className = "org.castpb.soap.internal.organisation.GetCoverageReportRequest")
    CoverageReportXml getCoverageReport(@WebParam(name = "asOf") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate asOf,
                                        @WebParam(name = "groupBy") GroupBy groupBy) throws OrganisationFault;

    /** Each configured target judged as of its own date, the earliest first. */
    @WebMethod
    @WebResult(name = "targetResult")
    List<TargetResultXml> evaluateCoverageTargets() throws OrganisationFault;

    /** The configured targets themselves, the earliest first. */
    @WebMethod
    @WebResult(name = "target")
    List<CoverageTargetXml> listCoverageTargets() throws OrganisationFault;

    /** Societies in scope lacking organisation coverage, or work coverage with {@code work} true, by id. */
    @WebMethod
    @WebResult(name = "page")
    @RequestWrapper(localName = "listUncoveredSocieties", targetNamespace = NS,
            className = "org.castpb.soap.internal.organisation.ListUncoveredSocietiesRequest")
    UncoveredSocietyPageXml listUncoveredSocieties(@WebParam(name = "asOf") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate asOf,
                                                   @WebParam(name = "work") Boolean work,
                                                   @WebParam(name = "offset") Integer offset,
                                                   @WebParam(name = "limit") Integer limit) throws OrganisationFault;

    /** The stored monthly snapshots from {@code fromMonth} to {@code toMonth} (both required, both included), oldest first. */
    @WebMethod
    @WebResult(name = "snapshot")
    @RequestWrapper(localName = "listCoverageSnapshots", targetNamespace = NS,
            className = "org.castpb.soap.internal.organisation.ListCoverageSnapshotsRequest")
    List<CoverageSnapshotXml> listCoverageSnapshots(@WebParam(name = "fromMonth") @XmlJavaTypeAdapter(YearMonthAdapter.class)
                                                    YearMonth fromMonth,
                                                    @WebParam(name = "toMonth") @XmlJavaTypeAdapter(YearMonthAdapter.class)
                                                    YearMonth toMonth) throws OrganisationFault;

    /** Stores the figures of {@code month} (the current month, Beijing, when left out), replacing its earlier snapshot. */
    @WebMethod
    @WebResult(name = "snapshot")
    @RequestWrapper(localName = "takeCoverageSnapshot", targetNamespace = NS,
            className = "org.castpb.soap.internal.organisation.TakeCoverageSnapshotRequest")
    CoverageSnapshotXml takeCoverageSnapshot(@WebParam(name = "month") @XmlJavaTypeAdapter(YearMonthAdapter.class) YearMonth month)
            throws OrganisationFault;

    /** One point per month from {@code fromMonth} to {@code toMonth} (both required), oldest first, stored or counted for the answer. */
    @WebMethod
    @WebResult(name = "point")
    @RequestWrapper(localName = "getCoverageTrend", targetNamespace = NS,
            className = "org.castpb.soap.internal.organisation.GetCoverageTrendRequest")
    List<TrendPointXml> getCoverageTrend(@WebParam(name = "fromMonth") @XmlJavaTypeAdapter(YearMonthAdapter.class) YearMonth fromMonth,
                                         @WebParam(name = "toMonth") @XmlJavaTypeAdapter(YearMonthAdapter.class) YearMonth toMonth)
            throws OrganisationFault;

    // ---- rectification tasks (整改) ----

    /**
     * The open tasks, earliest due first, or with {@code overdue} true those due before today (Beijing);
     * {@code offset} 0 and {@code limit} 50 when left out, as over REST.
     */
    @WebMethod
    @WebResult(name = "page")
    RectificationTaskPageXml listRectificationTasks(@WebParam(name = "overdue") Boolean overdue,
                                                    @WebParam(name = "offset") Integer offset,
                                                    @WebParam(name = "limit") Integer limit) throws OrganisationFault;

    @WebMethod
    @WebResult(name = "task")
    RectificationTaskXml getRectificationTask(@WebParam(name = "id") long id) throws OrganisationFault;

    /** Opens a task for each society short of every target whose date has passed (never twice), then closes those covered now. */
    @WebMethod
    @WebResult(name = "run")
    RectificationRunXml generateRectificationTasks() throws OrganisationFault;

    /** A society's tasks, open and closed, newest first: those following coverage targets and evaluations. */
    @WebMethod
    @WebResult(name = "task")
    List<RectificationTaskXml> listSocietyRectificationTasks(@WebParam(name = "societyId") long societyId) throws OrganisationFault;

    /** Closes an open task by hand; the note saying why is required (after a veto, a passing re-evaluation too). */
    @WebMethod
    @WebResult(name = "task")
    RectificationTaskXml closeRectificationTask(@WebParam(name = "id") long id, @WebParam(name = "note") String note)
            throws OrganisationFault;

    // ---- group-member admission ----

    /**
     * May the society join CAST as a group member: pass or fail with one reason per condition, organisation
     * coverage judged as of {@code asOf} (today, Beijing, when left out).
     */
    @WebMethod
    @WebResult(name = "check")
    @RequestWrapper(localName = "checkAdmission", targetNamespace = NS,
            className = "org.castpb.soap.internal.organisation.CheckAdmissionRequest")
    AdmissionCheckXml checkAdmission(@WebParam(name = "societyId") long societyId,
                                     @WebParam(name = "asOf") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate asOf)
            throws OrganisationFault;
}
