package org.castpb.api.organisation;

import java.time.LocalDate;
import java.util.List;

/**
 * The writable fields of a party organisation, as given by a caller. Nothing is validated here:
 * the services check every field and name the bad ones.
 *
 * @param name                the organisation's name, e.g. 中国数学会党委
 * @param type                committee, general branch, branch, joint branch or work group
 * @param parentId            the organisation it sits under (organisations in a society's secretariat and
 *                            branch bodies sit under the society's organisation), or null
 * @param societyIds          the societies it covers: 2 to a few for a joint branch, exactly one otherwise
 * @param secretary           its secretary
 * @param formalMembers       formal (full) party members
 * @param probationaryMembers probationary members
 * @param committeeSize       members of its elected committee, or null/0 when it has a secretary only
 * @param establishedOn       the day it was set up
 * @param termStartsOn        the day the current term began (its election); null means {@code establishedOn}
 * @param termEndsOn          the day the current term ends, when the next election is due
 * @param note                free text, at most 500 characters
 */
public record PartyOrganisationDraft(
        String name,
        OrganisationType type,
        Long parentId,
        List<Long> societyIds,
        Secretary secretary,
        Integer formalMembers,
        Integer probationaryMembers,
        Integer committeeSize,
        LocalDate establishedOn,
        LocalDate termStartsOn,
        LocalDate termEndsOn,
        String note) {

    public PartyOrganisationDraft {
        societyIds = societyIds == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(societyIds));
    }
}
