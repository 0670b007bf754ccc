package org.castpb.api.coverage;

/** How a coverage report breaks its totals down. */
public enum GroupBy {
    /** by society level; keys are SocietyLevel names */
    LEVEL,
    /** by province; keys are the first two digits of the region code followed by "0000" */
    REGION,
    /** by city (prefecture): keys are the first four digits of the region code followed by "00"; a provincial instance's breakdown */
    CITY,
    /** by discipline group; keys are Discipline names */
    DISCIPLINE,
    /** by group-member status; keys are GroupMemberStatus names */
    GROUP_MEMBER_STATUS
}
