package org.castpb.records.internal;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.castpb.api.FieldError;
import org.castpb.api.Leader;
import org.castpb.api.LeaderRole;
import org.castpb.api.LedgerDraft;
import org.castpb.api.LedgerSection;
import org.castpb.api.NoOrganisationReason;
import org.castpb.api.SectionStatus;
import org.castpb.api.Texts;
import org.castpb.api.ValidationException;

/**
 * The ledger's rules: what a section needs to be clear, and which values are refused outright.
 * Missing values are allowed (the ledger is then not clear); wrong or contradictory ones are not.
 */
final class LedgerRules {

    static final int MAX_LEADERS = 50;
    static final int TEXT_MAX = 500;

    private LedgerRules() {
    }

    /** The draft with text trimmed, or a refusal naming every invalid field. */
    static LedgerDraft validate(LedgerDraft d) {
        if (d == null) {
            throw new ValidationException(new FieldError("ledger", "REQUIRED", "a ledger is required"));
        }
        List<FieldError> errors = new ArrayList<>();
        int thisYear = Year.now().getValue();
        if (d.lastInspectionYear() != null && (d.lastInspectionYear() < 1990 || d.lastInspectionYear() > thisYear)) {
            errors.add(new FieldError("lastInspectionYear", "OUT_OF_RANGE", "lastInspectionYear must be 1990 to " + thisYear + ", got " + d.lastInspectionYear()));
        }
        nonNegative(errors, "activitiesInYear", d.activitiesInYear());
        nonNegative(errors, "fullTimeStaff", d.fullTimeStaff());
        nonNegative(errors, "staffPartyMembers", d.staffPartyMembers());
        nonNegative(errors, "formalMembers", d.formalMembers());
        nonNegative(errors, "probationaryMembers", d.probationaryMembers());
        nonNegative(errors, "relationshipsHere", d.relationshipsHere());
        nonNegative(errors, "relationshipsElsewhere", d.relationshipsElsewhere());
        if (d.fullTimeStaff() != null && d.staffPartyMembers() != null && d.staffPartyMembers() > d.fullTimeStaff()) {
            errors.add(new FieldError("staffPartyMembers", "INCONSISTENT", "staffPartyMembers (" + d.staffPartyMembers()
                    + ") cannot exceed fullTimeStaff (" + d.fullTimeStaff() + ")"));
        }
        if (allGiven(d.formalMembers(), d.probationaryMembers(), d.relationshipsHere(), d.relationshipsElsewhere())
                && d.relationshipsHere() + d.relationshipsElsewhere() != d.formalMembers() + d.probationaryMembers()) {
            errors.add(new FieldError("relationshipsElsewhere", "INCONSISTENT", "relationshipsHere + relationshipsElsewhere ("
                    + (d.relationshipsHere() + d.relationshipsElsewhere()) + ") must equal formalMembers + probationaryMembers ("
                    + (d.formalMembers() + d.probationaryMembers()) + ")"));
        }
        if (d.leaders().size() > MAX_LEADERS) {
            errors.add(new FieldError("leaders", "TOO_MANY", "at most " + MAX_LEADERS + " leaders, got " + d.leaders().size()));
        }
        List<Leader> leaders = new ArrayList<>();
        for (int i = 0; i < d.leaders().size(); i++) {
            Leader l = d.leaders().get(i);
            String name = l == null ? null : SocietyValidator.text(l.name());
            if (name == null) {
                errors.add(new FieldError("leaders[" + i + "].name", "REQUIRED", "each leader needs a name"));
            } else if (name.length() > 100) {
                errors.add(new FieldError("leaders[" + i + "].name", "TOO_LONG", "a leader's name has at most 100 characters"));
            }
            Texts.checkLine(errors, "leaders[" + i + "].name", name);
            if (l != null && l.role() == null) {
                errors.add(new FieldError("leaders[" + i + "].role", "REQUIRED", "each leader needs a role"));
            }
            if (l != null) {
                leaders.add(new Leader(name, l.role(), l.principal(), l.partyMember()));
            }
        }
        String text = SocietyValidator.text(d.noOrganisationText());
        String note = SocietyValidator.text(d.note());
        Texts.checkMultiline(errors, "noOrganisationText", text);
        Texts.checkMultiline(errors, "note", note);
        if (text != null && text.length() > TEXT_MAX) {
            errors.add(new FieldError("noOrganisationText", "TOO_LONG", "noOrganisationText has at most " + TEXT_MAX + " characters"));
        }
        if (note != null && note.length() > TEXT_MAX) {
            errors.add(new FieldError("note", "TOO_LONG", "note has at most " + TEXT_MAX + " characters"));
        }
        if (Boolean.TRUE.equals(d.partyOrganisationEstablished()) && (d.noOrganisationReason() != null || text != null)) {
            errors.add(new FieldError("noOrganisationReason", "INCONSISTENT", "a society with a party organisation gives no reason for not having one"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new LedgerDraft(d.runningState(), d.lastInspectionResult(), d.lastInspectionYear(), d.activitiesInYear(),
                d.fullTimeStaff(), d.staffPartyMembers(), d.formalMembers(), d.probationaryMembers(), d.relationshipsHere(),
                d.relationshipsElsewhere(), leaders, d.partyOrganisationEstablished(), d.noOrganisationReason(), text, note);
    }

    /** The status of each of the five sections, in their order. */
    static List<SectionStatus> status(LedgerDraft d) {
        return List.of(
                section(LedgerSection.OPERATIONS, missing(
                        d.runningState() == null ? "runningState" : null,
                        d.lastInspectionResult() == null ? "lastInspectionResult" : null,
                        d.lastInspectionResult() != null && d.lastInspectionResult() != org.castpb.api.InspectionResult.NOT_INSPECTED
                                && d.lastInspectionYear() == null ? "lastInspectionYear" : null,
                        d.activitiesInYear() == null ? "activitiesInYear" : null)),
                section(LedgerSection.STAFF, missing(
                        d.fullTimeStaff() == null ? "fullTimeStaff" : null,
                        d.staffPartyMembers() == null ? "staffPartyMembers" : null)),
                section(LedgerSection.PARTY_MEMBERS, missing(
                        d.formalMembers() == null ? "formalMembers" : null,
                        d.probationaryMembers() == null ? "probationaryMembers" : null,
                        d.relationshipsHere() == null ? "relationshipsHere" : null,
                        d.relationshipsElsewhere() == null ? "relationshipsElsewhere" : null)),
                section(LedgerSection.LEADERS, missing(
                        d.leaders().isEmpty() ? "leaders" : null,
                        !d.leaders().isEmpty() && d.leaders().stream().noneMatch(Leader::principal) ? "a principal leader (主要负责人)" : null,
                        !d.leaders().isEmpty() && noneHas(d.leaders(), LeaderRole.PRESIDENT) ? "the president (理事长)" : null,
                        !d.leaders().isEmpty() && noneHas(d.leaders(), LeaderRole.SECRETARY_GENERAL) ? "the secretary general (秘书长)" : null)),
                section(LedgerSection.NO_ORGANISATION_REASON, missing(
                        d.partyOrganisationEstablished() == null ? "partyOrganisationEstablished" : null,
                        Boolean.FALSE.equals(d.partyOrganisationEstablished()) && d.noOrganisationReason() == null ? "noOrganisationReason" : null,
                        Boolean.FALSE.equals(d.partyOrganisationEstablished()) && d.noOrganisationReason() == NoOrganisationReason.OTHER
                                && d.noOrganisationText() == null ? "noOrganisationText" : null)));
    }

    static boolean clear(List<SectionStatus> sections) {
        return sections.stream().allMatch(SectionStatus::clear);
    }

    private static boolean noneHas(List<Leader> leaders, LeaderRole role) {
        return leaders.stream().noneMatch(l -> l.role() == role);
    }

    private static SectionStatus section(LedgerSection section, List<String> missing) {
        return new SectionStatus(section, missing.isEmpty(), missing);
    }

    private static List<String> missing(String... items) {
        List<String> result = new ArrayList<>();
        for (String item : items) {
            if (item != null) {
                result.add(item);
            }
        }
        return result;
    }

    private static boolean allGiven(Integer... values) {
        for (Integer v : values) {
            if (v == null) {
                return false;
            }
        }
        return true;
    }

    private static void nonNegative(List<FieldError> errors, String field, Integer value) {
        if (value != null && value < 0) {
            errors.add(new FieldError(field, "OUT_OF_RANGE", field + " cannot be negative, got " + value));
        }
    }
}
