package org.castpb.api.organisation;

import java.time.LocalDate;

/**
 * One version of the thresholds that come from party rules, in force from {@code effectiveFrom} until the
 * next version's {@code effectiveFrom}. Member counts are formal plus probationary members unless named formal.
 *
 * @param version                   the version's name, quoted in every warning it produces
 * @param effectiveFrom             the first day it applies
 * @param minFormalMembers          formal members an organisation (other than a work group) needs
 * @param branchMaxMembers          most members of a branch or joint branch
 * @param generalBranchMinMembers   fewest members of a general branch
 * @param generalBranchMaxMembers   most members of a general branch
 * @param committeeMinMembers       fewest members of a committee
 * @param branchCommitteeFrom       formal members from which a branch elects a branch committee
 * @param committeeSizeMin          fewest members of an elected branch committee
 * @param committeeSizeMax          most members of an elected branch committee
 * @param jointBranchMaxSocieties   most societies one joint branch covers
 * @param branchTermYears           term of a branch (and joint branch) committee
 * @param generalBranchTermYears    term of a general branch committee
 * @param committeeTermMinYears     shortest term of a committee
 * @param committeeTermMaxYears     longest term of a committee
 */
public record RuleSet(
        String version,
        LocalDate effectiveFrom,
        int minFormalMembers,
        int branchMaxMembers,
        int generalBranchMinMembers,
        int generalBranchMaxMembers,
        int committeeMinMembers,
        int branchCommitteeFrom,
        int committeeSizeMin,
        int committeeSizeMax,
        int jointBranchMaxSocieties,
        int branchTermYears,
        int generalBranchTermYears,
        int committeeTermMinYears,
        int committeeTermMaxYears) {
}
