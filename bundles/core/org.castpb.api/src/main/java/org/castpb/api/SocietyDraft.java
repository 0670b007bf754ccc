package org.castpb.api;

/**
 * The writable fields of a society, as given by a caller to create or update one.
 * Nothing is validated here: {@link SocietyService} checks every field and names the bad ones.
 */
public record SocietyDraft(
        String name,
        String nameEn,
        String uscc,
        SocietyKind kind,
        SocietyLevel level,
        String regionCode,
        Discipline discipline,
        GroupMemberStatus groupMemberStatus) {
}
