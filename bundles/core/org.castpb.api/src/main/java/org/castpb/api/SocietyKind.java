package org.castpb.api;

/**
 * Kind of registered society: 学会, 协会, 研究会, and the few national bodies registered as
 * 基金会, 联合会 or 促进会 (five of CAST's 209 national members), which are none of the first three.
 */
public enum SocietyKind {
    SOCIETY,
    ASSOCIATION,
    RESEARCH_SOCIETY,
    /** 基金会: a foundation. */
    FOUNDATION,
    /** 联合会: a federation of societies. */
    FEDERATION,
    /** 促进会: a promotion association. */
    PROMOTION_ASSOCIATION
}
