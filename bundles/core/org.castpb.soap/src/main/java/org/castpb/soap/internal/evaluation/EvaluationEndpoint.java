package org.castpb.soap.internal.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;
import javax.jws.WebService;
import org.castpb.api.evaluation.EvaluationService;
import org.castpb.api.evaluation.FundingService;
import org.castpb.api.evaluation.Outcome;
import org.castpb.api.evaluation.ResultQuery;
import org.castpb.soap.internal.SoapActors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link EvaluationPort} onto the evaluation and funding services: a thin door, all rules stay in the services. */
@Component(service = EvaluationEndpoint.class)
@WebService(serviceName = "EvaluationService", portName = "EvaluationPort", targetNamespace = EvaluationPort.NS,
        endpointInterface = "org.castpb.soap.internal.evaluation.EvaluationPort")
public class EvaluationEndpoint implements EvaluationPort {

    /** The page size when none is asked for, as over REST. */
    static final int DEFAULT_LIMIT = 50;

    private final EvaluationService evaluations;
    private final FundingService funding;

    @Activate
    public EvaluationEndpoint(@Reference EvaluationService evaluations, @Reference FundingService funding) {
        this.evaluations = evaluations;
        this.funding = funding;
    }

    @Override
    public List<ModuleInfoXml> listModules() throws EvaluationFault {
        return call(() -> ModuleInfoXml.of(evaluations.modules()));
    }

    @Override
    public List<ModuleInfoXml> listFundingSchemes() throws EvaluationFault {
        return call(() -> ModuleInfoXml.of(funding.schemes()));
    }

    @Override
    public CampaignXml createCampaign(CampaignDraftXml campaign) throws EvaluationFault {
        // a left-out draft reaches the service as null, so the refusal (campaign REQUIRED) is the service's
        return call(() -> CampaignXml.of(evaluations.create(SoapActors.current(), campaign == null ? null : campaign.toDraft())));
    }

    @Override
    public CampaignXml getCampaign(long id) throws EvaluationFault {
        return call(() -> CampaignXml.of(evaluations.get(SoapActors.current(), id)));
    }

    @Override
    public CampaignPageXml listCampaigns(Integer offset, Integer limit) throws EvaluationFault {
        return call(() -> CampaignPageXml.of(evaluations.list(SoapActors.current(), offset == null ? 0 : offset, limit == null ? DEFAULT_LIMIT : limit)));
    }

    @Override
    public CampaignXml runCampaign(long id) throws EvaluationFault {
        return call(() -> CampaignXml.of(evaluations.run(SoapActors.current(), id)));
    }

    @Override
    public SocietyEvaluationPageXml listResults(long campaignId, Outcome outcome, String regionPrefix, Boolean vetoed, Integer offset,
                                                Integer limit) throws EvaluationFault {
        // as over REST: a blank prefix is no filter; whether a prefix is valid is the service's to say
        ResultQuery query = new ResultQuery(outcome, regionPrefix == null || regionPrefix.isBlank() ? null : regionPrefix.strip(), vetoed,
                offset == null ? 0 : offset, limit == null ? DEFAULT_LIMIT : limit);
        return call(() -> SocietyEvaluationPageXml.of(evaluations.results(SoapActors.current(), campaignId, query)));
    }

    @Override
    public SocietyEvaluationXml getResult(long campaignId, long societyId) throws EvaluationFault {
        return call(() -> SocietyEvaluationXml.of(evaluations.result(SoapActors.current(), campaignId, societyId)));
    }

    @Override
    public List<SocietyEvaluationXml> listSocietyEvaluations(long societyId) throws EvaluationFault {
        return call(() -> SocietyEvaluationXml.of(evaluations.bySociety(SoapActors.current(), societyId)));
    }

    @Override
    public AllocationXml allocateFunding(long campaignId, String schemeId, BigDecimal budget, String note) throws EvaluationFault {
        return call(() -> AllocationXml.of(funding.allocate(SoapActors.current(), campaignId, schemeId, budget, note)));
    }

    @Override
    public AllocationXml getAllocation(long id) throws EvaluationFault {
        return call(() -> AllocationXml.of(funding.get(SoapActors.current(), id)));
    }

    @Override
    public List<AllocationXml> listAllocations(long campaignId) throws EvaluationFault {
        return call(() -> AllocationXml.of(funding.byCampaign(SoapActors.current(), campaignId)));
    }

    private static <T> T call(Supplier<T> work) throws EvaluationFault {
        try {
            return work.get();
        } catch (RuntimeException e) {
            throw EvaluationFault.of(e);
        }
    }
}
