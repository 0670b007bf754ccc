package org.castpb.soap.internal.members;

import java.time.LocalDate;
import java.util.List;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.api.ImportMode;
import org.castpb.api.members.MemberStatus;
import org.castpb.soap.internal.AuditEntryXml;
import org.castpb.soap.internal.ImportReportXml;
import org.castpb.soap.internal.LocalDateAdapter;

/**
 * The SOAP contract for the member registry and transfers: the same operations and rules as {@code /api/v1/members}
 * and {@code /api/v1/transfers}. Citizen IDs and phones are masked except in getMember with {@code full} true, which
 * is logged. Names here are part of the published WSDL: do not rename.
 */
@WebService(name = "MemberPort", targetNamespace = MemberPort.NS)
public interface MemberPort {

    String NS = "http://castpb.org/soap/members/1";

    /** Registers a member on a party organisation's roll. */
    @WebMethod
    @WebResult(name = "member")
    MemberXml registerMember(@WebParam(name = "member") MemberDraftXml member) throws MemberFault;

    /** One member, masked; with {@code full} true the citizen ID and phone in full, for an account keeping the member, logged. */
    @WebMethod
    @WebResult(name = "member")
    MemberXml getMember(@WebParam(name = "id") long id, @WebParam(name = "full") Boolean full) throws MemberFault;

    /** Members in scope, masked, by name; {@code offset} 0 and {@code limit} 50 when left out. */
    @WebMethod
    @WebResult(name = "page")
    MemberPageXml listMembers(@WebParam(name = "organisationId") Long organisationId, @WebParam(name = "namePrefix") String namePrefix,
                              @WebParam(name = "status") MemberStatus status, @WebParam(name = "offset") Integer offset,
                              @WebParam(name = "limit") Integer limit) throws MemberFault;

    /** Changes a member at {@code version}; a masked citizen ID or phone sent back unchanged keeps the stored value. */
    @WebMethod
    @WebResult(name = "member")
    MemberXml updateMember(@WebParam(name = "id") long id, @WebParam(name = "version") long version,
                           @WebParam(name = "member") MemberDraftXml member) throws MemberFault;

    /** The member leaves the roll as DECEASED or REMOVED on {@code on}, with the reason. */
    @WebMethod
    @WebResult(name = "member")
    MemberXml leaveRoll(@WebParam(name = "id") long id, @WebParam(name = "version") long version,
                        @WebParam(name = "status") MemberStatus status,
                        @WebParam(name = "on") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate on,
                        @WebParam(name = "reason") String reason) throws MemberFault;

    /** Asks to transfer a member out to {@code toOrganisationId} or the outside unit {@code toUnit}. */
    @WebMethod
    @WebResult(name = "transfer")
    TransferXml transferOut(@WebParam(name = "memberId") long memberId, @WebParam(name = "toOrganisationId") Long toOrganisationId,
                            @WebParam(name = "toUnit") String toUnit,
                            @WebParam(name = "on") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate on,
                            @WebParam(name = "note") String note) throws MemberFault;

    /** Records a member coming in from the outside unit {@code fromUnit}, pending until confirmed. */
    @WebMethod
    @WebResult(name = "transfer")
    TransferXml transferIn(@WebParam(name = "member") MemberDraftXml member, @WebParam(name = "fromUnit") String fromUnit,
                           @WebParam(name = "on") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate on,
                           @WebParam(name = "note") String note) throws MemberFault;

    /** One transfer, either side's. */
    @WebMethod
    @WebResult(name = "transfer")
    TransferXml getTransfer(@WebParam(name = "id") long id) throws MemberFault;

    /** A member's history, oldest first: who changed what when (personal data masked as in the member's reads). */
    @WebMethod
    @WebResult(name = "auditEntry")
    List<AuditEntryXml> getMemberHistory(@WebParam(name = "id") long id) throws MemberFault;

    /** Who read which member's personal data in full, newest first; {@code offset} 0 and {@code limit} as over REST when left out. */
    @WebMethod
    @WebResult(name = "page")
    DisclosurePageXml listDisclosures(@WebParam(name = "memberId") Long memberId, @WebParam(name = "offset") Integer offset,
                                      @WebParam(name = "limit") Integer limit) throws MemberFault;

    /** Applies the retention period now (national administrators; it also runs daily): members who left before it are reduced to counts. */
    @WebMethod
    @WebResult(name = "run")
    RetentionRunXml applyRetention() throws MemberFault;

    /** The receiving side confirms a pending transfer. */
    @WebMethod
    @WebResult(name = "transfer")
    TransferXml confirmTransfer(@WebParam(name = "id") long id,
                                @WebParam(name = "on") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate on) throws MemberFault;

    /** The side that asked withdraws a pending transfer, with the reason. */
    @WebMethod
    @WebResult(name = "transfer")
    TransferXml cancelTransfer(@WebParam(name = "id") long id, @WebParam(name = "reason") String reason) throws MemberFault;

    /** Transfers touching organisations in scope; only the overdue ones when {@code overdue} is true. */
    @WebMethod
    @WebResult(name = "transfer")
    List<TransferXml> listTransfers(@WebParam(name = "organisationId") Long organisationId, @WebParam(name = "overdue") Boolean overdue)
            throws MemberFault;

    /** The society's ledger party-member section against the registry of the organisations covering it. */
    @WebMethod
    @WebResult(name = "reconciliation")
    ReconciliationXml reconcileLedger(@WebParam(name = "societyId") long societyId) throws MemberFault;

    /** Fills the ledger's party-member section from the registry, if the ledger is still at {@code revision}. */
    @WebMethod
    @WebResult(name = "reconciliation")
    ReconciliationXml fillLedgerFromRegistry(@WebParam(name = "societyId") long societyId, @WebParam(name = "revision") int revision)
            throws MemberFault;

    /** The members in scope (of one organisation, or all) as CSV text with Chinese headers; masked unless {@code full}, which is logged. */
    @WebMethod
    @WebResult(name = "csv")
    String exportMembers(@WebParam(name = "organisationId") Long organisationId, @WebParam(name = "full") Boolean full) throws MemberFault;

    /** Registers the members of CSV text with the export's headers; ALL_OR_NOTHING (default) writes nothing unless every row is valid. */
    @WebMethod
    @WebResult(name = "report")
    ImportReportXml importMembers(@WebParam(name = "csv") String csv, @WebParam(name = "mode") ImportMode mode) throws MemberFault;

    /** As {@link #exportMembers}, as an Excel workbook (.xlsx) with the same columns, in base64 (xs:base64Binary). */
    @WebMethod
    @WebResult(name = "xlsx")
    byte[] exportMembersXlsx(@WebParam(name = "organisationId") Long organisationId, @WebParam(name = "full") Boolean full) throws MemberFault;

    /** As {@link #importMembers}, from the first sheet of an Excel workbook (.xlsx) in base64 (xs:base64Binary). */
    @WebMethod
    @WebResult(name = "report")
    ImportReportXml importMembersXlsx(@WebParam(name = "xlsx") byte[] xlsx, @WebParam(name = "mode") ImportMode mode) throws MemberFault;
}
