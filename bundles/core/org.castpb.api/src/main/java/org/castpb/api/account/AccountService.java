package org.castpb.api.account;

import java.util.List;
import java.util.Set;
import org.castpb.api.Actor;
import org.castpb.api.AuditEntry;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Keeps castpb's accounts. An administrator manages the accounts of their own scope and below: a national
 * administrator every account, a local administrator those whose scope lies inside their region. Nobody grants
 * more than they hold. Every change is audited; a change either applies whole (account and realm) or not at all.
 */
@ProviderType
public interface AccountService {

    String NATIONAL_ADMIN = "national-admin";
    String LOCAL_ADMIN = "local-admin";
    String SOCIETY_SECRETARY = "society-secretary";
    String VIEWER = "viewer";
    /** The roles an account may have. */
    Set<String> ROLES = Set.of(NATIONAL_ADMIN, LOCAL_ADMIN, SOCIETY_SECRETARY, VIEWER);

    /** Code of a grant beyond the granting administrator's own role or scope. */
    String GRANT_EXCEEDS_OWN = "GRANT_EXCEEDS_OWN";

    /**
     * The accounts the actor manages, by user name.
     *
     * @throws org.castpb.api.ForbiddenException when the actor is no administrator
     */
    List<Account> list(Actor actor);

    /**
     * One account.
     *
     * @throws org.castpb.api.NotFoundException when there is no such account the actor manages
     */
    Account get(Actor actor, String userName);

    /**
     * Creates an account and its realm user (or, when the realm already knows the user, gives it the role).
     *
     * @throws org.castpb.api.ValidationException naming each invalid field (unknown role, prefix not in GB/T 2260,
     *                                            a society that does not exist, a missing password)
     * @throws org.castpb.api.ConflictException   code {@code DUPLICATE_ACCOUNT} when the account exists
     * @throws org.castpb.api.ForbiddenException  code {@link #GRANT_EXCEEDS_OWN} when it would grant more than the actor holds
     */
    Account create(Actor actor, AccountDraft draft);

    /**
     * Changes an account's role and scope.
     *
     * @throws org.castpb.api.StaleVersionException when the account changed since {@code expectedVersion}
     */
    Account change(Actor actor, String userName, long expectedVersion, AccountDraft draft);

    /** Disables or enables an account; a disabled account is refused at once, whatever its password. */
    Account setDisabled(Actor actor, String userName, long expectedVersion, boolean disabled);

    /** Sets (or resets) the account's password in the realm. */
    void setPassword(Actor actor, String userName, String password);

    /** Every change to the account, oldest first. */
    List<AuditEntry> history(Actor actor, String userName);
}
