package org.castpb.api;

import java.util.Set;

/**
 * Who is asking: an authenticated user name and the roles the realm gave it.
 * Services decide permissions from it, so every door (REST, SOAP, shell) gets the same answer.
 */
public record Actor(String name, Set<String> roles) {

    /** The roles castpb's services decide on; a realm may give others, which castpb ignores. */
    public static final Set<String> ROLES = Set.of("admin", "national-admin", "local-admin", "society-secretary", "viewer");

    /** Roles allowed to change society records. */
    public static final Set<String> RECORD_WRITERS = Set.of("admin", "national-admin", "local-admin");

    public Actor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("actor name is required");
        }
        roles = Set.copyOf(roles);
    }

    /** Whether this actor holds at least one of the given roles. */
    public boolean hasAnyRole(Set<String> wanted) {
        return roles.stream().anyMatch(wanted::contains);
    }
}
