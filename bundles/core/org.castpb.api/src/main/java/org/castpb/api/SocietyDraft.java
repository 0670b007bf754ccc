package org.castpb.api;

import java.time.LocalDate;

/**
 * The writable fields of a society, as given by a caller to create or update one.
 * Nothing is validated here: {@link SocietyService} checks every field and names the bad ones.
 * Fields are as in {@link Society}; in addition:
 *
 * @param usccOverrideReason when given, a USCC that fails the GB 32100 check (codes issued by early
 *                           pilot regions) is accepted; the reason is kept in the audit trail
 */
public record SocietyDraft(
        String name,
        String nameEn,
        String uscc,
        String usccOverrideReason,
        SocietyKind kind,
        SocietyLevel level,
        String regionCode,
        Discipline discipline,
        String supervisingUnit,
        GroupMemberStatus groupMemberStatus,
        LocalDate groupMemberAppliedOn,
        LocalDate groupMemberAdmittedOn,
        RegistrationStatus registrationStatus,
        Integer foundingYear,
        String contactName,
        String contactPhone,
        String contactEmail,
        Boolean partyBuildingInCharter) {

    /** A draft with the identifying fields only; the others are empty (registration status ACTIVE). */
    public static SocietyDraft of(String name, String uscc, SocietyKind kind, SocietyLevel level, String regionCode,
                                  Discipline discipline, GroupMemberStatus groupMemberStatus) {
        return new SocietyDraft(name, null, uscc, null, kind, level, regionCode, discipline, null, groupMemberStatus,
                null, null, RegistrationStatus.ACTIVE, null, null, null, null, null);
    }

    /** This draft with another English name. */
    public SocietyDraft withNameEn(String newNameEn) {
        return new SocietyDraft(name, newNameEn, uscc, usccOverrideReason, kind, level, regionCode, discipline,
                supervisingUnit, groupMemberStatus, groupMemberAppliedOn, groupMemberAdmittedOn, registrationStatus,
                foundingYear, contactName, contactPhone, contactEmail, partyBuildingInCharter);
    }
}
