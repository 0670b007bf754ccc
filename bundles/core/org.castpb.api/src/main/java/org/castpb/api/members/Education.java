package org.castpb.api.members;

/** Highest education (学历): 研究生(博士/硕士), 大学本科, 大学专科, 中专/高中及以下. */
public enum Education {
    DOCTORATE,
    MASTER,
    BACHELOR,
    COLLEGE,
    SECONDARY_OR_BELOW
}
