package org.castpb.soap.internal.orglife;

import java.time.LocalDate;
import java.util.List;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.api.appraisal.CaseResult;
import org.castpb.api.appraisal.CaseState;
import org.castpb.api.appraisal.HandlingStep;
import org.castpb.soap.internal.AuditEntryXml;
import org.castpb.soap.internal.LocalDateAdapter;

/**
 * The SOAP contract for democratic appraisal: the same operations and rules as {@code /api/v1/appraisals}. Names here
 * are part of the published WSDL: do not rename.
 */
@WebService(name = "AppraisalPort", targetNamespace = AppraisalPort.NS)
public interface AppraisalPort {

    String NS = "http://castpb.org/soap/orglife/1";

    /** Records a round; an UNQUALIFIED grade opens a case. */
    @WebMethod
    @WebResult(name = "round")
    AppraisalRoundXml recordAppraisal(@WebParam(name = "round") AppraisalDraftXml round) throws OrgLifeFault;

    @WebMethod
    @WebResult(name = "round")
    AppraisalRoundXml getAppraisal(@WebParam(name = "id") long id) throws OrgLifeFault;

    /** Rounds in scope; each filter may be left out. */
    @WebMethod
    @WebResult(name = "round")
    List<AppraisalRoundXml> listAppraisals(@WebParam(name = "organisationId") Long organisationId, @WebParam(name = "societyId") Long societyId,
                                           @WebParam(name = "year") Integer year) throws OrgLifeFault;

    @WebMethod
    @WebResult(name = "entry")
    List<AuditEntryXml> appraisalHistory(@WebParam(name = "id") long id) throws OrgLifeFault;

    /** Unqualified-member cases in that state (all when left out). */
    @WebMethod
    @WebResult(name = "case")
    List<UnqualifiedCaseXml> listCases(@WebParam(name = "state") CaseState state) throws OrgLifeFault;

    @WebMethod
    @WebResult(name = "case")
    UnqualifiedCaseXml closeCase(@WebParam(name = "id") long id, @WebParam(name = "version") long version,
                                 @WebParam(name = "on") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate on,
                                 @WebParam(name = "outcome") String outcome, @WebParam(name = "result") CaseResult result) throws OrgLifeFault;

    /** One case with its steps. */
    @WebMethod
    @WebResult(name = "case")
    UnqualifiedCaseXml getCase(@WebParam(name = "id") long id) throws OrgLifeFault;

    /** Opens a case by hand for a member on a roll, with the reason. */
    @WebMethod
    @WebResult(name = "case")
    UnqualifiedCaseXml openCase(@WebParam(name = "memberId") long memberId,
                                @WebParam(name = "on") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate on,
                                @WebParam(name = "reason") String reason) throws OrgLifeFault;

    /** Opens a case for each candidate the organisational-life alerts list (absent without reason) who has none open. */
    @WebMethod
    @WebResult(name = "case")
    List<UnqualifiedCaseXml> openCasesForCandidates(@WebParam(name = "on") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate on)
            throws OrgLifeFault;

    /** Records the next step of an open case at that version; REMOVAL closes it and removes the member from the roll. */
    @WebMethod
    @WebResult(name = "case")
    UnqualifiedCaseXml recordCaseStep(@WebParam(name = "id") long id, @WebParam(name = "version") long version,
                                      @WebParam(name = "kind") HandlingStep kind,
                                      @WebParam(name = "on") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate on,
                                      @WebParam(name = "deadline") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate deadline,
                                      @WebParam(name = "note") String note) throws OrgLifeFault;

    @WebMethod
    @WebResult(name = "entry")
    List<AuditEntryXml> caseHistory(@WebParam(name = "id") long id) throws OrgLifeFault;

    /** The grades as CSV text with Chinese headers. */
    @WebMethod
    @WebResult(name = "csv")
    String exportAppraisals(@WebParam(name = "year") Integer year) throws OrgLifeFault;
}
