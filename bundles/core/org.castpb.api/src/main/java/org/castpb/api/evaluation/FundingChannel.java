package org.castpb.api.evaluation;

/** The three funding channels for party work in societies (article 11). */
public enum FundingChannel {
    /** 以奖代补: an award in lieu of subsidy, by result. */
    AWARD_IN_LIEU_OF_SUBSIDY,
    /** 党费支持: support paid from party dues. */
    DUES_FUNDED_SUPPORT,
    /** 购买服务: party-building services purchased for or from a society. */
    SERVICE_PURCHASE
}
