package org.castpb.api.organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A party organisation as recorded; the fields not described here are as in {@link PartyOrganisationDraft}.
 *
 * @param id          its identifier
 * @param status      ACTIVE, or DISSOLVED since {@code dissolvedOn}
 * @param dissolvedOn the day it was dissolved, or null
 * @param version     the optimistic-locking version; every change increments it
 * @param updatedAt   when it was last changed
 * @param updatedBy   who changed it last
 */
public record PartyOrganisation(
        long id,
        String name,
        OrganisationType type,
        Long parentId,
        List<Long> societyIds,
        Secretary secretary,
        int formalMembers,
        int probationaryMembers,
        Integer committeeSize,
        LocalDate establishedOn,
        LocalDate termStartsOn,
        LocalDate termEndsOn,
        String note,
        OrganisationStatus status,
        LocalDate dissolvedOn,
        long version,
        Instant updatedAt,
        String updatedBy) {

    public PartyOrganisation {
        societyIds = List.copyOf(societyIds);
    }

    /** Formal and probationary members together. */
    public int members() {
        return formalMembers + probationaryMembers;
    }
}
