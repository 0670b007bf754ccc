package org.castpb.members.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.castpb.api.Dates;
import org.castpb.api.FieldError;
import org.castpb.api.LeaderRole;
import org.castpb.api.Texts;
import org.castpb.api.ValidationException;
import org.castpb.api.members.Affiliation;
import org.castpb.api.members.CitizenIds;
import org.castpb.api.members.Masks;
import org.castpb.api.members.MemberDraft;
import org.castpb.api.members.MemberService;
import org.castpb.api.members.SocietyPosition;

/** Checks a member's data field by field and reports every problem at once; nothing here reads the database. */
final class MemberRules {

    static final int NAME_MAX = 100;
    static final int ETHNICITY_MAX = 40;
    static final int UNIT_MAX = 200;
    static final int NOTE_MAX = 1000;
    /** Digits, optionally a leading + and dashes between: 13812345678, 0571-87654321, +86-138-1234-5678. */
    private static final Pattern PHONE = Pattern.compile("\\+?\\d(?:-?\\d){5,18}");

    private MemberRules() {
    }

    /** The draft with text trimmed and the citizen ID upper case; or a {@link ValidationException} naming each bad field. */
    static MemberDraft validate(MemberDraft d, LocalDate today) {
        if (d == null) {
            throw new ValidationException(new FieldError("member", "REQUIRED", "the member's data is required"));
        }
        List<FieldError> errors = new ArrayList<>();
        if (d.organisationId() < 1) {
            errors.add(new FieldError("organisationId", "REQUIRED", "organisationId (the party organisation's id) is required"));
        }
        String name = line(errors, "name", d.name(), NAME_MAX, true);
        required(errors, "gender", d.gender(), "MALE or FEMALE");
        String ethnicity = line(errors, "ethnicity", d.ethnicity(), ETHNICITY_MAX, true);
        required(errors, "birthDate", d.birthDate(), "an ISO date");
        Dates.check(errors, "birthDate", d.birthDate());
        String citizenId = CitizenIds.normalise(d.citizenId());
        CitizenIds.check(errors, "citizenId", citizenId);
        if (d.birthDate() != null && CitizenIds.isValid(citizenId) && !d.birthDate().equals(CitizenIds.birthDate(citizenId))) {
            errors.add(new FieldError("birthDate", MemberService.BIRTH_DATE_MISMATCH, "birthDate " + d.birthDate()
                    + " is not the birth date " + Masks.citizenId(citizenId) + " encodes"));
        }
        required(errors, "education", d.education(), "DOCTORATE, MASTER, BACHELOR, COLLEGE or SECONDARY_OR_BELOW");
        required(errors, "position", d.position(), "LEADER, KEY_PROFESSIONAL, STAFF or OTHER_MEMBER");
        LeaderRole role = d.leaderRole();
        if (d.position() == SocietyPosition.LEADER && role == null) {
            errors.add(new FieldError("leaderRole", "REQUIRED", "a LEADER's role is required (PRESIDENT, VICE_PRESIDENT, "
                    + "SECRETARY_GENERAL, DEPUTY_SECRETARY_GENERAL or OTHER)"));
        } else if (d.position() != SocietyPosition.LEADER && role != null) {
            errors.add(new FieldError("leaderRole", "NOT_ALLOWED", "only a LEADER has a leader role"));
        }
        required(errors, "joinedOn", d.joinedOn(), "an ISO date");
        Dates.check(errors, "joinedOn", d.joinedOn());
        if (d.joinedOn() != null && d.birthDate() != null && d.joinedOn().isBefore(d.birthDate())) {
            errors.add(new FieldError("joinedOn", MemberService.JOINED_BEFORE_BIRTH, "joinedOn " + d.joinedOn()
                    + " is before birthDate " + d.birthDate()));
        }
        if (d.joinedOn() != null && d.joinedOn().isAfter(today)) {
            errors.add(new FieldError("joinedOn", "DATE_IN_FUTURE", "joinedOn " + d.joinedOn() + " is after today " + today));
        }
        required(errors, "kind", d.kind(), "FORMAL or PROBATIONARY");
        String phone = d.phone() == null || d.phone().isBlank() ? null : d.phone().strip();
        if (phone != null && !PHONE.matcher(phone).matches()) {
            // the value is personal: the error says what is expected, not what was sent
            errors.add(new FieldError("phone", "PHONE_FORMAT", "phone must be 6 to 19 digits, optionally with a leading + and dashes"));
        }
        required(errors, "affiliation", d.affiliation(), "BELONGS or PARTICIPATES");
        String heldBy = line(errors, "relationshipHeldBy", d.relationshipHeldBy(), UNIT_MAX, false);
        if (d.affiliation() == Affiliation.PARTICIPATES && heldBy == null) {
            errors.add(new FieldError("relationshipHeldBy", "REQUIRED",
                    "a participating member's relationship stays elsewhere: name the organisation or unit holding it"));
        } else if (d.affiliation() == Affiliation.BELONGS && heldBy != null) {
            errors.add(new FieldError("relationshipHeldBy", "NOT_ALLOWED", "a member who belongs here holds the relationship here"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new MemberDraft(d.organisationId(), name, d.gender(), ethnicity, d.birthDate(), citizenId, d.education(), d.position(),
                role, d.joinedOn(), d.kind(), phone, d.affiliation(), heldBy);
    }

    /** A trimmed single-line text, null when blank; errors when required and missing, too long, or holding control characters. */
    static String line(List<FieldError> errors, String field, String value, int max, boolean isRequired) {
        String text = value == null || value.isBlank() ? null : value.strip();
        if (text == null && isRequired) {
            errors.add(new FieldError(field, "REQUIRED", field + " is required"));
        }
        if (text != null && text.length() > max) {
            errors.add(new FieldError(field, "TOO_LONG", field + " must be at most " + max + " characters, got " + text.length()));
        }
        Texts.checkLine(errors, field, text);
        return text;
    }

    /** A trimmed note of at most {@link #NOTE_MAX} characters, or null. */
    static String note(String value) {
        List<FieldError> errors = new ArrayList<>();
        String text = value == null || value.isBlank() ? null : value.strip();
        if (text != null && text.length() > NOTE_MAX) {
            errors.add(new FieldError("note", "TOO_LONG", "note must be at most " + NOTE_MAX + " characters, got " + text.length()));
        }
        Texts.checkMultiline(errors, "note", text);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return text;
    }

    private static void required(List<FieldError> errors, String field, Object value, String expected) {
        if (value == null) {
            errors.add(new FieldError(field, "REQUIRED", field + " is required (" + expected + ")"));
        }
    }

    /** The audited fields of a member, as text, with the citizen ID and phone masked. */
    static Map<String, String> flatten(MemberDraft d, Object status, Object since) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("organisationId", String.valueOf(d.organisationId()));
        m.put("name", d.name());
        m.put("gender", String.valueOf(d.gender()));
        m.put("ethnicity", d.ethnicity());
        m.put("birthDate", String.valueOf(d.birthDate()));
        m.put("citizenId", Masks.citizenId(d.citizenId()));
        m.put("education", String.valueOf(d.education()));
        m.put("position", String.valueOf(d.position()));
        m.put("leaderRole", String.valueOf(d.leaderRole()));
        m.put("joinedOn", String.valueOf(d.joinedOn()));
        m.put("kind", String.valueOf(d.kind()));
        m.put("phone", String.valueOf(Masks.phone(d.phone())));
        m.put("affiliation", String.valueOf(d.affiliation()));
        m.put("relationshipHeldBy", String.valueOf(d.relationshipHeldBy()));
        m.put("status", String.valueOf(status));
        m.put("statusSince", String.valueOf(since));
        return m;
    }

}
