package org.castpb.rest.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Lets a client PUT back the party organisation it read: the read-only fields are ignored on input,
 * while any other unknown field is refused by name.
 */
@JsonIgnoreProperties(value = {"id", "status", "dissolvedOn", "version", "updatedAt", "updatedBy"}, allowGetters = true)
abstract class PartyOrganisationDraftJson {
}
