package org.castpb.soap.internal;

import java.time.LocalDate;
import java.util.List;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import javax.xml.ws.RequestWrapper;
import org.castpb.api.ImportMode;

/**
 * The SOAP contract for society records, their ledgers and CSV and Excel transfer: the same operations and
 * rules as {@code /api/v1/societies}, {@code /api/v1/ledgers}, {@code /api/v1/imports} and
 * {@code /api/v1/exports}. Names here are part of the published WSDL: do not rename.
 */
@WebService(name = "SocietyPort", targetNamespace = SocietyPort.NS)
public interface SocietyPort {

    String NS = "http://castpb.org/soap/society/1";

    @WebMethod
    @WebResult(name = "society")
    SocietyXml createSociety(@WebParam(name = "society") SocietyDraftXml society) throws CastpbFault;

    @WebMethod
    @WebResult(name = "society")
    SocietyXml getSociety(@WebParam(name = "id") long id) throws CastpbFault;

    /** The society's audit trail, oldest first. */
    @WebMethod
    @WebResult(name = "auditEntry")
    List<AuditEntryXml> getSocietyHistory(@WebParam(name = "id") long id) throws CastpbFault;

    @WebMethod
    @WebResult(name = "society")
    SocietyXml updateSociety(@WebParam(name = "id") long id, @WebParam(name = "version") long version,
                             @WebParam(name = "society") SocietyDraftXml society) throws CastpbFault;

    /**
     * Admits an APPLICANT as a group MEMBER, admitted on {@code admittedOn} (today when left out): the admission check
     * must pass now (VALIDATION_FAILED naming each failed check), unless a national administrator gives
     * {@code overrideReason}, which the audit trail keeps.
     */
    @WebMethod
    @WebResult(name = "society")
    SocietyXml admitSociety(@WebParam(name = "id") long id, @WebParam(name = "version") long version,
                            @WebParam(name = "admittedOn") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate admittedOn,
                            @WebParam(name = "overrideReason") String overrideReason) throws CastpbFault;

    @WebMethod
    @WebResult(name = "page")
    SocietyPageXml listSocieties(@WebParam(name = "filter") SocietyFilterXml filter) throws CastpbFault;

    /** The current ledger, or with {@code asOf} the ledger as it stood at the end of that day. */
    @WebMethod
    @WebResult(name = "ledger")
    @RequestWrapper(localName = "getLedger", targetNamespace = NS, className = "org.castpb.soap.internal.GetLedgerRequest")
    LedgerXml getLedger(@WebParam(name = "societyId") long societyId,
                        @WebParam(name = "asOf") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate asOf) throws CastpbFault;

    @WebMethod
    @WebResult(name = "ledger")
    LedgerXml getLedgerRevision(@WebParam(name = "societyId") long societyId, @WebParam(name = "revision") int revision) throws CastpbFault;

    /** Records a new revision; {@code revision} is the one read (0 for a society without ledger). */
    @WebMethod
    @WebResult(name = "ledger")
    LedgerXml updateLedger(@WebParam(name = "societyId") long societyId, @WebParam(name = "revision") int revision,
                           @WebParam(name = "ledger") LedgerDraftXml ledger) throws CastpbFault;

    /** Newest first; each entry is named after its type because it holds a child {@code revision}. */
    @WebMethod
    @WebResult(name = "ledgerRevision")
    List<LedgerRevisionXml> listLedgerRevisions(@WebParam(name = "societyId") long societyId) throws CastpbFault;

    @WebMethod
    @WebResult(name = "comparison")
    LedgerComparisonXml compareLedgerRevisions(@WebParam(name = "societyId") long societyId,
                                               @WebParam(name = "fromRevision") int fromRevision,
                                               @WebParam(name = "toRevision") int toRevision) throws CastpbFault;

    @WebMethod
    @WebResult(name = "page")
    UnclearLedgerPageXml listUnclearLedgers(@WebParam(name = "filter") SocietyFilterXml filter) throws CastpbFault;

    /** The CSV text with Chinese headers; {@code mode} ALL_OR_NOTHING when left out. A refused file is a report, not a fault. */
    @WebMethod
    @WebResult(name = "report")
    ImportReportXml importSocieties(@WebParam(name = "csv") String csv, @WebParam(name = "mode") ImportMode mode) throws CastpbFault;

    /** The societies matching the filter (paging ignored) with their current ledgers, as CSV text. */
    @WebMethod
    @WebResult(name = "csv")
    String exportSocieties(@WebParam(name = "filter") SocietyFilterXml filter) throws CastpbFault;

    /**
     * The same import from the first sheet of an Excel workbook (.xlsx) with the same columns, its bytes as
     * base64Binary; {@code mode} ALL_OR_NOTHING when left out. A refused file is a report, not a fault.
     */
    @WebMethod
    @WebResult(name = "report")
    ImportReportXml importSocietiesXlsx(@WebParam(name = "workbook") byte[] workbook, @WebParam(name = "mode") ImportMode mode)
            throws CastpbFault;

    /** The societies matching the filter (paging ignored) with their current ledgers, as an Excel workbook (.xlsx) in base64Binary. */
    @WebMethod
    @WebResult(name = "workbook")
    byte[] exportSocietiesXlsx(@WebParam(name = "filter") SocietyFilterXml filter) throws CastpbFault;
}
