package org.castpb.api;

/** Role of one of a society's leaders (负责人). */
public enum LeaderRole {
    PRESIDENT,
    VICE_PRESIDENT,
    SECRETARY_GENERAL,
    DEPUTY_SECRETARY_GENERAL,
    OTHER
}
