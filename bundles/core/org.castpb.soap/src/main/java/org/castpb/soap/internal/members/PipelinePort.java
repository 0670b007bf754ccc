package org.castpb.soap.internal.members;

import java.util.List;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
import org.castpb.api.pipeline.PipelineStage;
import org.castpb.soap.internal.AuditEntryXml;

/**
 * The SOAP contract for the development pipeline and plans, in the members namespace: the same operations and rules as
 * {@code /api/v1/pipeline}, faults with the same codes. Names here are part of the published WSDL: do not rename.
 */
@WebService(name = "PipelinePort", targetNamespace = MemberPort.NS)
public interface PipelinePort {

    /** Records an application; an approver may accept its warnings with it. */
    @WebMethod
    @WebResult(name = "candidate")
    PipelineXml.CandidateXml apply(@WebParam(name = "applicant") PipelineXml.ApplicantXml applicant) throws MemberFault;

    /** One candidate with its steps, masked. */
    @WebMethod
    @WebResult(name = "candidate")
    PipelineXml.CandidateXml getCandidate(@WebParam(name = "id") long id) throws MemberFault;

    /** Candidates in scope; {@code offset} 0 and {@code limit} 50 when left out. */
    @WebMethod
    @WebResult(name = "page")
    PipelineXml.CandidatePageXml listCandidates(@WebParam(name = "organisationId") Long organisationId,
                                                @WebParam(name = "stage") PipelineStage stage,
                                                @WebParam(name = "awaitingApproval") Boolean awaitingApproval,
                                                @WebParam(name = "offset") Integer offset, @WebParam(name = "limit") Integer limit) throws MemberFault;

    /** Takes the next step at {@code version}; one raising warnings nobody accepted waits for an approver. */
    @WebMethod
    @WebResult(name = "candidate")
    PipelineXml.CandidateXml takeStep(@WebParam(name = "id") long id, @WebParam(name = "version") long version,
                                      @WebParam(name = "step") PipelineXml.StepDraftXml step) throws MemberFault;

    /** An approver accepts a warning of the waiting step. */
    @WebMethod
    @WebResult(name = "candidate")
    PipelineXml.CandidateXml acceptWarning(@WebParam(name = "id") long id, @WebParam(name = "version") long version,
                                           @WebParam(name = "code") String code, @WebParam(name = "justification") String justification)
            throws MemberFault;

    /** The candidate's audit trail. */
    @WebMethod
    @WebResult(name = "entry")
    List<AuditEntryXml> candidateHistory(@WebParam(name = "id") long id) throws MemberFault;

    /** Every version of the pipeline's rules in use, oldest first. */
    @WebMethod
    @WebResult(name = "ruleSet")
    List<PipelineRuleSetXml> listPipelineRuleSets() throws MemberFault;

    /** The yearly development plans in scope, of one organisation and one year or all. */
    @WebMethod
    @WebResult(name = "plan")
    List<PipelineXml.PlanXml> listPlans(@WebParam(name = "organisationId") Long organisationId, @WebParam(name = "year") Integer year)
            throws MemberFault;

    /** Creates or replaces an organisation's plan for a year. */
    @WebMethod
    @WebResult(name = "plan")
    PipelineXml.PlanXml savePlan(@WebParam(name = "plan") PipelineXml.PlanXml plan) throws MemberFault;

    /** The year's plans in scope against the pipeline. */
    @WebMethod
    @WebResult(name = "row")
    List<PipelineXml.ProgressXml> planReport(@WebParam(name = "year") int year, @WebParam(name = "organisationId") Long organisationId)
            throws MemberFault;

    /** {@link #planReport} as CSV text with Chinese headers. */
    @WebMethod
    @WebResult(name = "csv")
    String exportPlanReport(@WebParam(name = "year") int year, @WebParam(name = "organisationId") Long organisationId) throws MemberFault;
}
