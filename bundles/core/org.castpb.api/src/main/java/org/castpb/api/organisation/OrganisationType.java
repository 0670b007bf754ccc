package org.castpb.api.organisation;

/** The kind of a party organisation. */
public enum OrganisationType {
    /** 党委: a party committee. */
    COMMITTEE,
    /** 党总支: a general branch. */
    GENERAL_BRANCH,
    /** 党支部: a branch. */
    BRANCH,
    /** 联合党支部: one branch covering several societies. */
    JOINT_BRANCH,
    /** 党的工作小组: a party work group. */
    WORK_GROUP
}
