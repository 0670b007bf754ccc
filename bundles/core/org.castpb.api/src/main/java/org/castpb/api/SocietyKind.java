package org.castpb.api;

/** Kind of registered society: 学会, 协会 or 研究会. */
public enum SocietyKind {
    SOCIETY,
    ASSOCIATION,
    RESEARCH_SOCIETY
}
