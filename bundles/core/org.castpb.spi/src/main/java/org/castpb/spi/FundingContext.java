package org.castpb.spi;

import java.math.BigDecimal;
import java.util.List;
import org.castpb.api.evaluation.Campaign;
import org.castpb.api.evaluation.SocietyEvaluation;
import org.castpb.api.organisation.PartyOrganisation;
import org.osgi.annotation.versioning.ProviderType;

/** What castpb hands a {@link FundingScheme}: a completed campaign, its results and the budget. */
@ProviderType
public interface FundingContext {

    /** The campaign whose results are funded. */
    Campaign campaign();

    /**
     * The campaign's results, one per society, ordered by society id, each with its module results and findings.
     */
    List<SocietyEvaluation> results();

    /** The budget in yuan, positive; the awards together must not exceed it. */
    BigDecimal budget();

    /**
     * The party organisations that cover a society of the campaign, by their dates on the campaign's day, as an
     * {@link EvaluationModule} is given them ({@link EvaluationContext#organisations()}); empty for a society not
     * in the campaign. A scheme needs no other service to know them.
     */
    List<PartyOrganisation> organisations(long societyId);
}
