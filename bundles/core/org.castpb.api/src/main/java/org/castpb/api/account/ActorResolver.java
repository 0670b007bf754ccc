package org.castpb.api.account;

import java.util.Set;
import org.castpb.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/** Turns a user the JAAS realm authenticated into the {@link Actor} castpb's services decide on. */
@ProviderType
public interface ActorResolver {

    /**
     * The actor of an authenticated user: its account's role and scope; a realm user with the national-admin
     * (or admin) role and no account is a national administrator with every society in scope.
     *
     * @param realmRoles the roles the realm gave the user
     * @throws AccountDisabledException           when the user's account is disabled
     * @throws org.castpb.api.ForbiddenException when the user has neither an account nor a castpb role
     */
    Actor actor(String userName, Set<String> realmRoles);
}
