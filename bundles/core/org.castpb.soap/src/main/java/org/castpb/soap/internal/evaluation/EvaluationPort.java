package org.castpb.soap.internal.evaluation;

import java.math.BigDecimal;
import java.util.List;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
import org.castpb.api.evaluation.Outcome;

/**
 * The SOAP contract for the evaluation engine: its modules and funding schemes, campaigns (open, run, progress),
 * their results with every module result and finding, a society's evaluations and funding allocations. The same
 * operations and rules as {@code /api/v1/evaluation/modules}, {@code .../funding-schemes}, {@code .../campaigns},
 * {@code .../campaigns/{id}/results}, {@code .../campaigns/{id}/allocations}, {@code .../allocations} and
 * {@code /api/v1/societies/{id}/evaluations}. Names here are part of the published WSDL: do not rename.
 */
@WebService(name = "EvaluationPort", targetNamespace = EvaluationPort.NS)
public interface EvaluationPort {

    String NS = "http://castpb.org/soap/evaluation/1";

    // ---- plugins ----

    /** The evaluation modules installed now, and those removed since the platform started. */
    @WebMethod
    @WebResult(name = "module")
    List<ModuleInfoXml> listModules() throws EvaluationFault;

    /** The funding schemes installed now, and those removed since the platform started. */
    @WebMethod
    @WebResult(name = "scheme")
    List<ModuleInfoXml> listFundingSchemes() throws EvaluationFault;

    // ---- campaigns ----

    /** Opens a campaign; it runs only when asked with runCampaign. */
    @WebMethod
    @WebResult(name = "campaign")
    CampaignXml createCampaign(@WebParam(name = "campaign") CampaignDraftXml campaign) throws EvaluationFault;

    /** One campaign with its progress. */
    @WebMethod
    @WebResult(name = "campaign")
    CampaignXml getCampaign(@WebParam(name = "id") long id) throws EvaluationFault;

    /** Campaigns, newest first; {@code offset} 0 and {@code limit} 50 when left out, as over REST. */
    @WebMethod
    @WebResult(name = "page")
    CampaignPageXml listCampaigns(@WebParam(name = "offset") Integer offset, @WebParam(name = "limit") Integer limit)
            throws EvaluationFault;

    /**
     * Starts the campaign in the background and answers at once with its status RUNNING; poll getCampaign for
     * progress. Refused with CAMPAIGN_RUNNING while it runs.
     */
    @WebMethod
    @WebResult(name = "campaign")
    CampaignXml runCampaign(@WebParam(name = "id") long id) throws EvaluationFault;

    // ---- results ----

    /**
     * Overall results by society id, without module results, filtered by whatever of {@code outcome},
     * {@code regionPrefix} and {@code vetoed} is given; {@code offset} 0 and {@code limit} 50 when left out.
     */
    @WebMethod
    @WebResult(name = "page")
    SocietyEvaluationPageXml listResults(@WebParam(name = "campaignId") long campaignId,
                                         @WebParam(name = "outcome") Outcome outcome,
                                         @WebParam(name = "regionPrefix") String regionPrefix,
                                         @WebParam(name = "vetoed") Boolean vetoed,
                                         @WebParam(name = "offset") Integer offset,
                                         @WebParam(name = "limit") Integer limit) throws EvaluationFault;

    /** One society's result in a campaign, with every module result and finding. */
    @WebMethod
    @WebResult(name = "result")
    SocietyEvaluationXml getResult(@WebParam(name = "campaignId") long campaignId, @WebParam(name = "societyId") long societyId)
            throws EvaluationFault;

    /** A society's results across campaigns, newest campaign first, with module results and findings. */
    @WebMethod
    @WebResult(name = "evaluation")
    List<SocietyEvaluationXml> listSocietyEvaluations(@WebParam(name = "societyId") long societyId) throws EvaluationFault;

    // ---- funding ----

    /**
     * Runs a funding scheme over a COMPLETED campaign within {@code budget} (yuan, at most two decimals) and records
     * its awards, all or nothing. Refused with CAMPAIGN_NOT_COMPLETED, or SCHEME_FAILED when the plugin fails.
     */
    @WebMethod
    @WebResult(name = "allocation")
    AllocationXml allocateFunding(@WebParam(name = "campaignId") long campaignId, @WebParam(name = "schemeId") String schemeId,
                                  @WebParam(name = "budget") BigDecimal budget, @WebParam(name = "note") String note)
            throws EvaluationFault;

    /** One allocation with its awards. */
    @WebMethod
    @WebResult(name = "allocation")
    AllocationXml getAllocation(@WebParam(name = "id") long id) throws EvaluationFault;

    /** A campaign's allocations with their awards, newest first. */
    @WebMethod
    @WebResult(name = "allocation")
    List<AllocationXml> listAllocations(@WebParam(name = "campaignId") long campaignId) throws EvaluationFault;
}
