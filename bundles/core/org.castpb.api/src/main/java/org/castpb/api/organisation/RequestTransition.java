package org.castpb.api.organisation;

import java.time.Instant;

/**
 * One recorded step of an establishment request.
 *
 * @param action  what was done
 * @param from    the state before (null for the creation)
 * @param to      the state after
 * @param actor   who did it
 * @param at      when
 * @param comment the comment given (required to return or reject), or null
 */
public record RequestTransition(RequestAction action, RequestState from, RequestState to, String actor, Instant at, String comment) {
}
