package org.castpb.api;

import java.util.Set;

/**
 * Who is asking: an authenticated user name, the castpb roles it holds and the {@link Scope} of societies
 * it may see. Services decide permissions from it, so every door (REST, SOAP, shell, web) gets the same answer.
 */
public record Actor(String name, Set<String> roles, Scope scope) {

    /** The roles castpb's services decide on; a realm may give others, which castpb ignores. */
    public static final Set<String> ROLES = Set.of("admin", "national-admin", "local-admin", "society-secretary", "viewer");

    /** Roles allowed to change society records. */
    public static final Set<String> RECORD_WRITERS = Set.of("admin", "national-admin", "local-admin");

    /** Roles whose holder sees everything when no account gives it a narrower scope. */
    public static final Set<String> NATIONAL = Set.of("admin", "national-admin");

    /**
     * The platform itself, for work no caller is asking for at that moment (a campaign running on its own thread
     * over the societies its runner was allowed to start it for). Sees everything: a door never hands it out.
     */
    public static final Actor SYSTEM = new Actor("castpb-system", Set.of("national-admin"), Scope.ALL);

    public Actor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("actor name is required");
        }
        roles = Set.copyOf(roles);
        if (scope == null) {
            throw new IllegalArgumentException("actor scope is required (Scope.NONE for none)");
        }
    }

    /**
     * An actor known by its realm roles alone: a national administrator sees everything, anyone else
     * nothing until a castpb account gives it a scope.
     */
    public Actor(String name, Set<String> roles) {
        this(name, roles, roles.stream().anyMatch(NATIONAL::contains) ? Scope.ALL : Scope.NONE);
    }

    /** Whether this actor holds at least one of the given roles. */
    public boolean hasAnyRole(Set<String> wanted) {
        return roles.stream().anyMatch(wanted::contains);
    }

    /** Whether this actor holds any castpb role at all (every read needs one). */
    public boolean hasCastpbRole() {
        return hasAnyRole(ROLES);
    }
}
