package org.castpb.api.organisation;

/**
 * The secretary of a party organisation.
 *
 * @param name   the secretary's name
 * @param source whether he or she is the society's principal leader, dispatched, or neither
 */
public record Secretary(String name, SecretarySource source) {
}
