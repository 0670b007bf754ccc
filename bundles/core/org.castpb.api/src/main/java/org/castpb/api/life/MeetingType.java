package org.castpb.api.life;

/** The kinds of meeting of a party organisation's organisational life. */
public enum MeetingType {
    /** 党员大会: members' assembly. */
    MEMBERS_ASSEMBLY,
    /** 支委会 / 党委会: meeting of the organisation's committee. */
    COMMITTEE_MEETING,
    /** 党小组会: party group meeting. */
    GROUP_MEETING,
    /** 党课: party lecture. */
    PARTY_LECTURE,
    /** 组织生活会: yearly organisational life meeting. */
    ORGANISATIONAL_LIFE_MEETING,
    /** 民主生活会: yearly democratic life meeting of leading cadres. */
    DEMOCRATIC_LIFE_MEETING
}
