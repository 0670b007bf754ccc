package org.castpb.soap.internal.workers;

import java.math.BigDecimal;
import java.util.List;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
import org.castpb.api.workers.WorkerGrade;
import org.castpb.soap.internal.AuditEntryXml;

/**
 * The SOAP contract for party affairs workers: the same operations and rules as {@code /api/v1/workers} and
 * {@code /api/v1/societies/{id}/commendations}. Names here are part of the published WSDL: do not rename.
 */
@WebService(name = "WorkerPort", targetNamespace = WorkerPort.NS)
public interface WorkerPort {

    String NS = "http://castpb.org/soap/workers/1";

    /** Puts a worker on a society's roster (id and version of the worker given are ignored). */
    @WebMethod
    @WebResult(name = "worker")
    WorkerXml addWorker(@WebParam(name = "worker") WorkerXml worker) throws WorkerFault;

    @WebMethod
    @WebResult(name = "worker")
    WorkerXml getWorker(@WebParam(name = "id") long id) throws WorkerFault;

    /** A worker's history, oldest first. */
    @WebMethod
    @WebResult(name = "auditEntry")
    List<AuditEntryXml> getWorkerHistory(@WebParam(name = "id") long id) throws WorkerFault;

    /** A worker's trainings, of one year or all. */
    @WebMethod
    @WebResult(name = "training")
    List<TrainingXml> listTrainings(@WebParam(name = "workerId") long workerId, @WebParam(name = "year") Integer year) throws WorkerFault;

    /** The yearly grades of a year, of one society or all in scope. */
    @WebMethod
    @WebResult(name = "assessment")
    List<AssessmentXml> listAssessments(@WebParam(name = "societyId") Long societyId, @WebParam(name = "year") int year)
            throws WorkerFault;

    /** Every version of the yearly training target, oldest first. */
    @WebMethod
    @WebResult(name = "rule")
    List<TrainingRuleXml> listTrainingRules() throws WorkerFault;

    /** The allowance scheme plugins installed here. */
    @WebMethod
    @WebResult(name = "scheme")
    List<AllowanceSchemeXml> listAllowanceSchemes() throws WorkerFault;

    /** The allowance runs, of one year or all, newest first. */
    @WebMethod
    @WebResult(name = "run")
    List<AllowanceRunXml> listAllowanceRuns(@WebParam(name = "year") Integer year) throws WorkerFault;

    @WebMethod
    @WebResult(name = "run")
    AllowanceRunXml getAllowanceRun(@WebParam(name = "id") long id) throws WorkerFault;

    /** Changes a worker at {@code version}; a full-time worker's new position, kind or end records a job change. */
    @WebMethod
    @WebResult(name = "worker")
    WorkerXml updateWorker(@WebParam(name = "id") long id, @WebParam(name = "version") long version,
                           @WebParam(name = "worker") WorkerXml worker) throws WorkerFault;

    /** The workers in scope, of one society or all; only those in post when {@code current}. */
    @WebMethod
    @WebResult(name = "worker")
    List<WorkerXml> listWorkers(@WebParam(name = "societyId") Long societyId, @WebParam(name = "current") Boolean current,
                                @WebParam(name = "offset") Integer offset, @WebParam(name = "limit") Integer limit) throws WorkerFault;

    @WebMethod
    @WebResult(name = "training")
    TrainingXml addTraining(@WebParam(name = "workerId") long workerId, @WebParam(name = "training") TrainingXml training)
            throws WorkerFault;

    /** The workers of {@code year} whose training hours are below the target. */
    @WebMethod
    @WebResult(name = "shortfall")
    List<ShortfallXml> listTrainingShortfalls(@WebParam(name = "year") int year, @WebParam(name = "societyId") Long societyId)
            throws WorkerFault;

    /** Job changes of full-time workers; only the overdue ones when {@code overdue}. */
    @WebMethod
    @WebResult(name = "jobChange")
    List<JobChangeXml> listJobChanges(@WebParam(name = "societyId") Long societyId, @WebParam(name = "overdue") Boolean overdue)
            throws WorkerFault;

    @WebMethod
    @WebResult(name = "jobChange")
    JobChangeXml fileJobChangeReport(@WebParam(name = "id") long id, @WebParam(name = "report") String report) throws WorkerFault;

    @WebMethod
    @WebResult(name = "assessment")
    AssessmentXml assessWorker(@WebParam(name = "workerId") long workerId, @WebParam(name = "year") int year,
                               @WebParam(name = "grade") WorkerGrade grade, @WebParam(name = "note") String note) throws WorkerFault;

    @WebMethod
    @WebResult(name = "commendation")
    CommendationXml commend(@WebParam(name = "commendation") CommendationXml commendation) throws WorkerFault;

    @WebMethod
    @WebResult(name = "commendation")
    List<CommendationXml> listCommendations(@WebParam(name = "societyId") long societyId) throws WorkerFault;

    /** Allocates the year's allowances among the assessed workers in scope with an installed scheme. */
    @WebMethod
    @WebResult(name = "run")
    AllowanceRunXml allocateAllowances(@WebParam(name = "year") int year, @WebParam(name = "budget") BigDecimal budget,
                                       @WebParam(name = "schemeId") String schemeId) throws WorkerFault;

    /** The roster in scope as CSV text with Chinese headers. */
    @WebMethod
    @WebResult(name = "csv")
    String exportRoster(@WebParam(name = "societyId") Long societyId) throws WorkerFault;

    /** The training shortfalls of {@code year} as CSV text with Chinese headers. */
    @WebMethod
    @WebResult(name = "csv")
    String exportTrainingShortfalls(@WebParam(name = "year") int year, @WebParam(name = "societyId") Long societyId) throws WorkerFault;
}
