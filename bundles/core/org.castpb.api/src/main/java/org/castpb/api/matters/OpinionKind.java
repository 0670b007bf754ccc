package org.castpb.api.matters;

/** The party organisation's opinion on a matter: 同意, 附条件同意, 不同意. */
public enum OpinionKind {
    AGREE, AGREE_WITH_CONDITIONS, DISAGREE
}
