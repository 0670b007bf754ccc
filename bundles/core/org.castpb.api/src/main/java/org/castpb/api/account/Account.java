package org.castpb.api.account;

import java.time.Instant;
import org.castpb.api.Scope;

/**
 * A castpb account: a realm user name with the one role and the scope castpb grants it.
 *
 * @param userName  the user name in the JAAS realm
 * @param role      one of {@link AccountService#ROLES}
 * @param scope     the societies it reaches: everything (national-admin only), a region prefix, named societies
 * @param disabled  a disabled account is refused at once, whatever its password
 * @param version   optimistic-locking version, for If-Match
 * @param createdAt when it was created
 * @param createdBy who created it
 * @param updatedAt when it last changed
 * @param updatedBy who last changed it
 */
public record Account(String userName, String role, Scope scope, boolean disabled, long version,
                      Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
}
