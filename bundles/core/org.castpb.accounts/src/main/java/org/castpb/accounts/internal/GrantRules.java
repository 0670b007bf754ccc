package org.castpb.accounts.internal;

import static org.castpb.api.account.AccountService.LOCAL_ADMIN;
import static org.castpb.api.account.AccountService.NATIONAL_ADMIN;
import static org.castpb.api.account.AccountService.SOCIETY_SECRETARY;
import static org.castpb.api.account.AccountService.VIEWER;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.regex.Pattern;
import org.castpb.api.Actor;
import org.castpb.api.FieldError;
import org.castpb.api.ForbiddenException;
import org.castpb.api.Scope;
import org.castpb.api.Society;
import org.castpb.api.ValidationException;
import org.castpb.api.account.AccountDraft;
import org.castpb.api.account.AccountService;

/**
 * What an account may be and who may grant it. A draft is valid when its role is known and its scope fits the
 * role; an administrator may grant it only when the role is not above theirs and the scope lies inside their own.
 */
final class GrantRules {

    private static final Pattern USER_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,99}");
    static final int MIN_PASSWORD = 8;

    private GrantRules() {
    }

    /**
     * The scope a valid draft asks for, or a {@link ValidationException} naming every invalid field.
     *
     * @param societies the society of an id as recorded, empty when there is none
     */
    static Scope scopeOf(AccountDraft draft, boolean creating, LongFunction<Optional<Society>> societies) {
        List<FieldError> errors = new ArrayList<>();
        if (draft == null) {
            throw new ValidationException(new FieldError("body", "REQUIRED", "an account (role and scope) is required"));
        }
        if (creating && (draft.userName() == null || !USER_NAME.matcher(draft.userName()).matches())) {
            errors.add(new FieldError("userName", "INVALID_VALUE",
                    "userName is 1 to 100 letters, digits, '.', '_', '@' or '-', starting with a letter or digit"));
        }
        if (creating && (draft.password() == null || draft.password().length() < MIN_PASSWORD)) {
            errors.add(new FieldError("password", "TOO_SHORT", "password needs at least " + MIN_PASSWORD + " characters"));
        }
        String role = draft.role();
        if (role == null || !AccountService.ROLES.contains(role)) {
            errors.add(new FieldError("role", "UNKNOWN_ROLE", "role '" + role + "' is not one of " + AccountService.ROLES));
        }
        String prefix = draft.regionPrefix();
        if (prefix != null && !Regions.isValidPrefix(prefix)) {
            errors.add(new FieldError("regionPrefix", "UNKNOWN_REGION",
                    "regionPrefix '" + prefix + "' is not a GB/T 2260 prefix (2, 4 or 6 digits within a province)"));
        }
        for (Long id : draft.societyIds()) {
            if (id == null || id <= 0 || societies.apply(id).isEmpty()) {
                errors.add(new FieldError("societyIds", "UNKNOWN_SOCIETY", "there is no society with id " + id));
            }
        }
        if (NATIONAL_ADMIN.equals(role) && (prefix != null || !draft.societyIds().isEmpty())) {
            errors.add(new FieldError("regionPrefix", "SCOPE_NOT_FOR_ROLE", "a national-admin reaches every society; give no region or societies"));
        }
        if (LOCAL_ADMIN.equals(role) && prefix == null) {
            errors.add(new FieldError("regionPrefix", "REQUIRED", "a local-admin needs the region prefix of the association"));
        }
        if (SOCIETY_SECRETARY.equals(role) && (prefix != null || draft.societyIds().isEmpty())) {
            errors.add(new FieldError("societyIds", "SCOPE_NOT_FOR_ROLE", "a society-secretary is bound to one or more societies and no region"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (NATIONAL_ADMIN.equals(role) || VIEWER.equals(role) && prefix == null && draft.societyIds().isEmpty()) {
            return Scope.ALL;
        }
        return new Scope(false, prefix, java.util.Set.copyOf(draft.societyIds()));
    }

    /** Refuses actors who administer no accounts at all. */
    static void mayAdminister(Actor actor) {
        if (actor == null || !actor.hasAnyRole(Actor.NATIONAL) && !actor.roles().contains(LOCAL_ADMIN)) {
            throw new ForbiddenException((actor == null ? "an anonymous caller" : actor.name())
                    + " may not manage accounts (needs national-admin or local-admin)");
        }
    }

    /** Whether the actor administers every account: a national administrator whose scope is everything. */
    static boolean administersAll(Actor actor) {
        return actor.hasAnyRole(Actor.NATIONAL) && actor.scope().all();
    }

    /** Whether the actor administers an account of this role and scope: theirs or below. */
    static boolean administers(Actor actor, String role, Scope scope, LongFunction<Optional<Society>> societies) {
        if (administersAll(actor)) {
            return true;
        }
        if (NATIONAL_ADMIN.equals(role) || !actor.roles().contains(LOCAL_ADMIN) || !actor.scope().containsRegionOf(scope)) {
            return false;
        }
        // named societies need their region and level to tell whether the actor's scope reaches them
        return scope.societyIds().stream().allMatch(id -> societies.apply(id)
                .map(s -> actor.scope().covers(s.id(), s.regionCode(), s.level())).orElse(false));
    }

    /** Refuses a grant of this role and scope beyond what the actor holds. */
    static void mayGrant(Actor actor, String role, Scope scope, LongFunction<Optional<Society>> societies) {
        mayAdminister(actor);
        if (!administers(actor, role, scope, societies)) {
            throw new ForbiddenException(AccountService.GRANT_EXCEEDS_OWN, actor.name() + " (" + actor.scope()
                    + ") may not grant " + role + " with the scope " + scope + ": it is more than they hold", actor.name(),
                    String.valueOf(actor.scope()), role, String.valueOf(scope));
        }
    }
}
