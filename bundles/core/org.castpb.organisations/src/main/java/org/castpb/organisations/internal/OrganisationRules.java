package org.castpb.organisations.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.castpb.api.organisation.OrganisationType;
import org.castpb.api.organisation.PartyOrganisationDraft;
import org.castpb.api.organisation.RuleSet;
import org.castpb.api.organisation.RuleWarning;
import org.castpb.api.organisation.SecretarySource;

/**
 * The party rules an organisation should meet, as warnings: nothing here refuses a change. Pure: the
 * answer depends only on the rule sets, the (validated) draft and the day asked about.
 */
final class OrganisationRules {

    private OrganisationRules() {
    }

    /**
     * The warnings for an organisation on {@code asOf}, in a fixed order. Members, societies, committee and
     * secretary are judged by the version in force on {@code asOf}; the term's length by the version in force
     * when the term began (an election follows the rules of its day). A dissolved organisation raises none.
     *
     * @param d      a draft that passed {@link DraftValidator#validate(PartyOrganisationDraft)}
     * @param active whether the organisation is (or would be) active
     */
    static List<RuleWarning> check(RuleSets rules, PartyOrganisationDraft d, boolean active, LocalDate asOf) {
        List<RuleWarning> warnings = new ArrayList<>();
        if (!active) {
            return warnings;
        }
        RuleSet r = rules.at(asOf);
        OrganisationType type = d.type();
        int formal = d.formalMembers();
        int members = formal + d.probationaryMembers();
        boolean branch = type == OrganisationType.BRANCH || type == OrganisationType.JOINT_BRANCH;

        if (type != OrganisationType.WORK_GROUP && formal < r.minFormalMembers()) {
            warnings.add(warn(RuleWarning.TOO_FEW_MEMBERS, r, "a " + type + " needs at least " + r.minFormalMembers()
                    + " formal members, it has " + formal + " (fewer: a work group, or a joint branch with other societies)"));
        }
        if (branch && members > r.branchMaxMembers()) {
            warnings.add(warn(RuleWarning.TYPE_TOO_LARGE, r, "a " + type + " has at most " + r.branchMaxMembers()
                    + " members, it has " + members + " (" + r.generalBranchMinMembers() + " to " + r.generalBranchMaxMembers()
                    + ": a general branch may be approved)"));
        }
        if (type == OrganisationType.GENERAL_BRANCH && members < r.generalBranchMinMembers()) {
            warnings.add(warn(RuleWarning.TYPE_TOO_SMALL, r, "a GENERAL_BRANCH has at least " + r.generalBranchMinMembers()
                    + " members, it has " + members));
        }
        if (type == OrganisationType.GENERAL_BRANCH && members > r.generalBranchMaxMembers()) {
            warnings.add(warn(RuleWarning.TYPE_TOO_LARGE, r, "a GENERAL_BRANCH has at most " + r.generalBranchMaxMembers()
                    + " members, it has " + members + " (from " + r.committeeMinMembers() + ": a committee may be approved)"));
        }
        if (type == OrganisationType.COMMITTEE && members < r.committeeMinMembers()) {
            warnings.add(warn(RuleWarning.TYPE_TOO_SMALL, r, "a COMMITTEE has at least " + r.committeeMinMembers()
                    + " members, it has " + members));
        }
        if (type == OrganisationType.JOINT_BRANCH && d.societyIds().size() > r.jointBranchMaxSocieties()) {
            warnings.add(warn(RuleWarning.JOINT_BRANCH_TOO_MANY_SOCIETIES, r, "a joint branch covers at most "
                    + r.jointBranchMaxSocieties() + " societies, it covers " + d.societyIds().size()));
        }
        if (branch) {
            committee(warnings, r, type, formal, d.committeeSize());
        }
        if (d.secretary().source() == SecretarySource.OTHER) {
            warnings.add(warn(RuleWarning.SECRETARY_NOT_PRINCIPAL_LEADER, r, "the secretary " + d.secretary().name()
                    + " is neither the society's principal leader who is a party member nor dispatched by a higher organisation"));
        }
        if (d.termEndsOn() != null) {
            term(warnings, rules.at(d.termStartsOn()), type, d.termStartsOn(), d.termEndsOn());
            if (d.termEndsOn().isBefore(asOf)) {
                warnings.add(warn(RuleWarning.ELECTION_OVERDUE, r, "the term ended on " + d.termEndsOn()
                        + " and no new election is recorded by " + asOf));
            }
        }
        return warnings;
    }

    private static void committee(List<RuleWarning> warnings, RuleSet r, OrganisationType type, int formal, Integer size) {
        if (size == null) {
            if (formal >= r.branchCommitteeFrom()) {
                warnings.add(warn(RuleWarning.BRANCH_COMMITTEE_REQUIRED, r, "a " + type + " with " + formal
                        + " formal members (at least " + r.branchCommitteeFrom() + ") elects a branch committee; none is recorded"));
            }
        } else if (formal < r.branchCommitteeFrom()) {
            warnings.add(warn(RuleWarning.COMMITTEE_SIZE, r, "a " + type + " with fewer than " + r.branchCommitteeFrom()
                    + " formal members has a secretary only, yet a committee of " + size + " is recorded"));
        } else if (size < r.committeeSizeMin() || size > r.committeeSizeMax()) {
            warnings.add(warn(RuleWarning.COMMITTEE_SIZE, r, "a branch committee has " + r.committeeSizeMin() + " to "
                    + r.committeeSizeMax() + " members, " + size + " are recorded"));
        }
    }

    /**
     * A term of N years from day S may end on S + N years or the day before; for a committee any length in
     * its range is right. A work group has no prescribed term.
     */
    private static void term(List<RuleWarning> warnings, RuleSet r, OrganisationType type, LocalDate starts, LocalDate ends) {
        int min;
        int max;
        switch (type) {
            case BRANCH, JOINT_BRANCH -> min = max = r.branchTermYears();
            case GENERAL_BRANCH -> min = max = r.generalBranchTermYears();
            case COMMITTEE -> {
                min = r.committeeTermMinYears();
                max = r.committeeTermMaxYears();
            }
            default -> {
                return;
            }
        }
        LocalDate earliest = starts.plusYears(min).minusDays(1);
        LocalDate latest = starts.plusYears(max);
        if (ends.isBefore(earliest) || ends.isAfter(latest)) {
            String length = min == max ? min + " years" : min + " to " + max + " years";
            warnings.add(warn(RuleWarning.TERM_LENGTH, r, "a " + type + " term elected on " + starts + " lasts " + length
                    + " (rule set " + r.version() + ", in force then), so it ends between " + earliest + " and " + latest
                    + ", not on " + ends));
        }
    }

    private static RuleWarning warn(String code, RuleSet r, String message) {
        return new RuleWarning(code, message, r.version());
    }
}
