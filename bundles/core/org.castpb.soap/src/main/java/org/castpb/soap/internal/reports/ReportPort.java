package org.castpb.soap.internal.reports;

import java.util.List;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
import org.castpb.api.evaluation.Grade;
import org.castpb.api.reports.ReportState;
import org.castpb.soap.internal.AuditEntryXml;

/**
 * The SOAP contract for regular work reports: the same operations and rules as {@code /api/v1/work-reports}.
 * Attachments travel as base64Binary. Names here are part of the published WSDL: do not rename.
 */
@WebService(name = "ReportPort", targetNamespace = ReportPort.NS)
public interface ReportPort {

    String NS = "http://castpb.org/soap/reports/1";

    /** Writes a society's report for a period (2026, 2026-H1) as a draft, with its PDF or Word attachments. */
    @WebMethod
    @WebResult(name = "report")
    WorkReportXml createReport(@WebParam(name = "societyId") long societyId, @WebParam(name = "period") String period,
                               @WebParam(name = "text") String text,
                               @WebParam(name = "attachment") List<AttachmentUploadXml> attachments) throws ReportFault;

    /** Submits a draft to the party committee. */
    @WebMethod
    @WebResult(name = "report")
    WorkReportXml submitReport(@WebParam(name = "id") long id) throws ReportFault;

    /** Reviews a submitted report with a grade and a comment (NOT_SUBMITTED for a draft). */
    @WebMethod
    @WebResult(name = "report")
    WorkReportXml reviewReport(@WebParam(name = "id") long id, @WebParam(name = "grade") Grade grade,
                               @WebParam(name = "comment") String comment) throws ReportFault;

    @WebMethod
    @WebResult(name = "report")
    WorkReportXml getReport(@WebParam(name = "id") long id) throws ReportFault;

    /** One attachment with its content. */
    @WebMethod
    @WebResult(name = "attachment")
    AttachmentUploadXml getAttachment(@WebParam(name = "id") long id, @WebParam(name = "attachmentId") long attachmentId) throws ReportFault;

    /** A society's reports, newest first. */
    @WebMethod
    @WebResult(name = "report")
    List<WorkReportXml> listSocietyReports(@WebParam(name = "societyId") long societyId) throws ReportFault;

    /** A report's history: created, submitted, reviewed. */
    @WebMethod
    @WebResult(name = "auditEntry")
    List<AuditEntryXml> getReportHistory(@WebParam(name = "id") long id) throws ReportFault;

    /** Where each society owing a report for the period stands; {@code offset} 0 and {@code limit} 50 when left out. */
    @WebMethod
    @WebResult(name = "page")
    ReportStatusPageXml listReportStatus(@WebParam(name = "period") String period, @WebParam(name = "state") ReportState state,
                                         @WebParam(name = "late") Boolean late, @WebParam(name = "offset") Integer offset,
                                         @WebParam(name = "limit") Integer limit) throws ReportFault;

    // ---- party-work budgets ----

    /** Records a society's budget for a year at {@code version} (0 for a year not recorded yet); budgetLine left out: none. */
    @WebMethod
    @WebResult(name = "budget")
    BudgetXml recordBudget(@WebParam(name = "societyId") long societyId, @WebParam(name = "year") int year,
                           @WebParam(name = "version") long version, @WebParam(name = "budgetLine") java.math.BigDecimal budgetLine,
                           @WebParam(name = "spending") List<BudgetXml.Spending> spending,
                           @WebParam(name = "activityRoom") Boolean activityRoom,
                           @WebParam(name = "facilities") String facilities) throws ReportFault;

    /** A society's budgets, newest year first. */
    @WebMethod
    @WebResult(name = "budget")
    List<BudgetXml> listSocietyBudgets(@WebParam(name = "societyId") long societyId) throws ReportFault;

    /** A society's budget of one year. */
    @WebMethod
    @WebResult(name = "budget")
    BudgetXml getBudget(@WebParam(name = "societyId") long societyId, @WebParam(name = "year") int year) throws ReportFault;

    /** The history of a society's budget of one year, oldest first. */
    @WebMethod
    @WebResult(name = "auditEntry")
    List<AuditEntryXml> getBudgetHistory(@WebParam(name = "societyId") long societyId, @WebParam(name = "year") int year)
            throws ReportFault;

    /** The active societies in scope listing no party-work funding for the year. */
    @WebMethod
    @WebResult(name = "society")
    List<SocietyWithoutBudgetXml> listSocietiesWithoutBudgetLine(@WebParam(name = "year") int year,
                                                                  @WebParam(name = "offset") Integer offset,
                                                                  @WebParam(name = "limit") Integer limit) throws ReportFault;

    /**
     * The budget sheet of a year: every active society in scope (or {@code societyId}) with its budget line, spending
     * per category, total spent, rooms and facilities and whether the line is missing, then the totals.
     */
    @WebMethod
    @WebResult(name = "sheet")
    BudgetSheetXml getBudgetSheet(@WebParam(name = "year") int year, @WebParam(name = "societyId") Long societyId) throws ReportFault;

    /**
     * The same sheet as a file in base64Binary, with Chinese headers and a totals row: an Excel workbook (.xlsx) when
     * {@code xlsx} is true, else UTF-8 CSV.
     */
    @WebMethod
    @WebResult(name = "file")
    byte[] exportBudgetSheet(@WebParam(name = "year") int year, @WebParam(name = "societyId") Long societyId,
                             @WebParam(name = "xlsx") Boolean xlsx) throws ReportFault;
}
