package org.castpb.rest.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Lets a client PUT back the liaison assignment it read: its id and version are ignored on input. */
@JsonIgnoreProperties(value = {"id", "version"}, allowGetters = true)
abstract class LiaisonDraftJson {
}
