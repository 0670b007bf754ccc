package org.castpb.rest.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Lets a client PUT back the worker it read: id and version are ignored on input, any other unknown field is refused by name. */
@JsonIgnoreProperties(value = {"id", "version"}, allowGetters = true)
abstract class WorkerDraftJson {
}
