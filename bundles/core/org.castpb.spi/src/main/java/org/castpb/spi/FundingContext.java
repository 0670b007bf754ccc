package org.castpb.spi;

import java.math.BigDecimal;
import java.util.List;
import org.castpb.api.evaluation.Campaign;
import org.castpb.api.evaluation.SocietyEvaluation;

/** What castpb hands a {@link FundingScheme}: a completed campaign, its results and the budget. */
public interface FundingContext {

    /** The campaign whose results are funded. */
    Campaign campaign();

    /**
     * The campaign's results, one per society, ordered by society id, each with its module results and findings.
     */
    List<SocietyEvaluation> results();

    /** The budget in yuan, positive; the awards together must not exceed it. */
    BigDecimal budget();
}
