package org.castpb.rest.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Lets a client PUT back the member it read: the read-only fields are ignored on input, while any other unknown field
 * is refused by name. A masked citizen ID or phone sent back unchanged keeps the stored value.
 */
@JsonIgnoreProperties(value = {"id", "status", "statusSince", "masked", "version", "updatedAt", "updatedBy"}, allowGetters = true)
abstract class MemberDraftJson {
}
