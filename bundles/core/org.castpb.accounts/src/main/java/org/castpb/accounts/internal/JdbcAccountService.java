package org.castpb.accounts.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.castpb.api.Actor;
import org.castpb.api.AuditEntry;
import org.castpb.api.ConflictException;
import org.castpb.api.FieldError;
import org.castpb.api.ForbiddenException;
import org.castpb.api.NotFoundException;
import org.castpb.api.Scope;
import org.castpb.api.Society;
import org.castpb.api.SocietyService;
import org.castpb.api.StaleVersionException;
import org.castpb.api.ValidationException;
import org.castpb.api.account.Account;
import org.castpb.api.account.AccountDisabledException;
import org.castpb.api.account.AccountDraft;
import org.castpb.api.account.AccountService;
import org.castpb.api.account.ActorResolver;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.condition.Condition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link AccountService} and {@link ActorResolver} on the ACCOUNT table and the JAAS realm. A change is written
 * to the table in a transaction that commits only after the realm took its part, so a realm that refuses leaves
 * the account as it was; a user the change added to the realm is removed again when the commit fails.
 */
@Component(service = {AccountService.class, ActorResolver.class})
public class JdbcAccountService implements AccountService, ActorResolver {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcAccountService.class);

    private final DataSource dataSource;
    private final Realm realm;
    private final SocietyService societies;

    @Activate
    public JdbcAccountService(@Reference(target = "(osgi.jndi.service.name=castpb)") DataSource dataSource,
                              @Reference Realm realm, @Reference SocietyService societies,
                              @Reference(target = "(osgi.condition.id=castpb.schema.accounts)") Condition schemaIsReady) {
        this.dataSource = dataSource;
        this.realm = realm;
        this.societies = societies;
    }

    @Override
    public Actor actor(String userName, Set<String> realmRoles) {
        Optional<Account> account = read(c -> AccountStore.find(c, userName));
        if (account.isPresent()) {
            if (account.get().disabled()) {
                throw new AccountDisabledException(userName);
            }
            return new Actor(userName, Set.of(account.get().role()), account.get().scope());
        }
        Set<String> castpbRoles = realmRoles.stream().filter(Actor.ROLES::contains).collect(Collectors.toSet());
        if (castpbRoles.isEmpty()) {
            throw new ForbiddenException(userName + " holds no castpb role and has no castpb account");
        }
        // the shipped admin and any realm national administrator: everything; other realm roles reach nothing
        return new Actor(userName, castpbRoles);
    }

    @Override
    public List<Account> list(Actor actor) {
        GrantRules.mayAdminister(actor);
        return read(c -> AccountStore.list(c, GrantRules.administersAll(actor) ? Scope.ALL : actor.scope()));
    }

    @Override
    public Account get(Actor actor, String userName) {
        GrantRules.mayAdminister(actor);
        return managed(actor, read(c -> AccountStore.find(c, userName)), userName);
    }

    @Override
    public Account create(Actor actor, AccountDraft draft) {
        GrantRules.mayAdminister(actor);
        Scope scope = GrantRules.scopeOf(draft, true, this::society);
        GrantRules.mayGrant(actor, draft.role(), scope, this::society);
        Instant now = now();
        Account created = new Account(draft.userName(), draft.role(), scope, false, 1, now, actor.name(), now, actor.name());
        boolean[] addedToRealm = {false};
        write(c -> {
            if (AccountStore.find(c, draft.userName()).isPresent()) {
                throw new ConflictException("DUPLICATE_ACCOUNT", "the account " + draft.userName() + " exists", draft.userName());
            }
            AccountStore.insert(c, created);
            AccountStore.audit(c, now, actor.name(), created.userName(), "CREATE", null, created);
            if (!realm.exists(draft.userName())) {
                realm.addUser(draft.userName(), draft.password());
                addedToRealm[0] = true;
            }
            realm.replaceRole(draft.userName(), null, draft.role());
            return null;
        }, () -> {
            if (addedToRealm[0]) {
                realm.deleteUser(draft.userName());
            }
        });
        LOG.info("{} created the account {} ({}, {})", actor.name(), created.userName(), created.role(), created.scope());
        return created;
    }

    @Override
    public Account change(Actor actor, String userName, long expectedVersion, AccountDraft draft) {
        Account before = get(actor, userName);
        Scope scope = GrantRules.scopeOf(draft, false, this::society);
        GrantRules.mayGrant(actor, draft.role(), scope, this::society);
        Account after = new Account(userName, draft.role(), scope, before.disabled(), before.version() + 1,
                before.createdAt(), before.createdBy(), now(), actor.name());
        store(actor, before, after, expectedVersion, "UPDATE", () -> realm.replaceRole(userName, before.role(), draft.role()));
        return after;
    }

    @Override
    public Account setDisabled(Actor actor, String userName, long expectedVersion, boolean disabled) {
        Account before = get(actor, userName);
        if (actor.name().equals(userName) && disabled) {
            throw new ForbiddenException("SELF_DISABLE", actor.name() + " may not disable their own account", actor.name());
        }
        Account after = new Account(userName, before.role(), before.scope(), disabled, before.version() + 1,
                before.createdAt(), before.createdBy(), now(), actor.name());
        store(actor, before, after, expectedVersion, disabled ? "DISABLE" : "ENABLE", () -> { });
        return after;
    }

    @Override
    public void setPassword(Actor actor, String userName, String password) {
        Account account = get(actor, userName);
        if (password == null || password.length() < GrantRules.MIN_PASSWORD) {
            throw new ValidationException(new FieldError("password", "TOO_SHORT",
                    "password needs at least " + GrantRules.MIN_PASSWORD + " characters"));
        }
        write(c -> {
            AccountStore.audit(c, now(), actor.name(), userName, "PASSWORD", account, account);
            realm.setPassword(userName, password);
            return null;
        }, () -> { });
        LOG.info("{} set the password of the account {}", actor.name(), userName);
    }

    @Override
    public List<AuditEntry> history(Actor actor, String userName) {
        get(actor, userName);
        return read(c -> AccountStore.history(c, userName));
    }

    private void store(Actor actor, Account before, Account after, long expectedVersion, String change, Runnable inRealm) {
        write(c -> {
            if (!AccountStore.update(c, after, expectedVersion)) {
                throw new StaleVersionException(expectedVersion, before.version());
            }
            AccountStore.audit(c, after.updatedAt(), actor.name(), after.userName(), change, before, after);
            inRealm.run();
            return null;
        }, () -> { });
        LOG.info("{} changed the account {}: {}", actor.name(), after.userName(), change);
    }

    /** The account if the actor administers it; otherwise not found, as if it did not exist. */
    private Account managed(Actor actor, Optional<Account> account, String userName) {
        if (account.isEmpty() || !GrantRules.administers(actor, account.get().role(), account.get().scope(), this::society)) {
            throw new NotFoundException("account", userName);
        }
        return account.get();
    }

    private Optional<Society> society(long id) {
        try {
            return Optional.of(societies.get(Actor.SYSTEM, id));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    interface Work<R> {
        R run(Connection c) throws SQLException;
    }

    private <R> R read(Work<R> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException("reading accounts failed", e);
        }
    }

    /** Runs {@code work} in one transaction; when it fails or cannot commit, rolls back and runs {@code undo}. */
    private <R> R write(Work<R> work, Runnable undo) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                R result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                undo.run();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("writing accounts failed", e);
        }
    }
}
