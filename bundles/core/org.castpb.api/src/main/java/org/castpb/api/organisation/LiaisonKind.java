package org.castpb.api.organisation;

/** The kind of party cadre dispatched to a society (2016 opinions, art. 11). */
public enum LiaisonKind {
    /** 党建联络员. */
    LIAISON_OFFICER,
    /** 党建指导员. */
    INSTRUCTOR
}
