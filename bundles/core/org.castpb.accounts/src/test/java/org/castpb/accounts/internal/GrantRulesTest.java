package org.castpb.accounts.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import org.castpb.api.Actor;
import org.castpb.api.Discipline;
import org.castpb.api.FieldError;
import org.castpb.api.ForbiddenException;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.RegistrationStatus;
import org.castpb.api.Scope;
import org.castpb.api.Society;
import org.castpb.api.SocietyKind;
import org.castpb.api.SocietyLevel;
import org.castpb.api.ValidationException;
import org.castpb.api.account.AccountDraft;
import org.castpb.api.account.AccountService;
import org.junit.Test;

public class GrantRulesTest {

    private static final Actor NATIONAL = new Actor("boss", Set.of("national-admin"), Scope.ALL);
    private static final Actor ZHEJIANG = new Actor("zj", Set.of("local-admin"), Scope.region("33"));

    /** Society 1 is in Hangzhou, 2 in Shanghai, 3 national; there is no other. */
    private static final Map<Long, Society> SOCIETIES = Map.of(
            1L, society(1, "330100", SocietyLevel.MUNICIPAL),
            2L, society(2, "310000", SocietyLevel.PROVINCIAL),
            3L, society(3, "100000", SocietyLevel.NATIONAL));
    private static final LongFunction<Optional<Society>> LOOKUP = id -> Optional.ofNullable(SOCIETIES.get(id));

    @Test
    public void aLocalAdministratorNeverGrantsNationalAdmin() {
        ForbiddenException refused = assertThrows(ForbiddenException.class,
                () -> GrantRules.mayGrant(ZHEJIANG, "national-admin", Scope.ALL, LOOKUP));
        assertEquals(AccountService.GRANT_EXCEEDS_OWN, refused.code());
    }

    @Test
    public void aLocalAdministratorGrantsTheirRegionAndBelowButNothingWider() {
        GrantRules.mayGrant(ZHEJIANG, "local-admin", Scope.region("3301"), LOOKUP);
        GrantRules.mayGrant(ZHEJIANG, "viewer", Scope.region("33"), LOOKUP);
        GrantRules.mayGrant(ZHEJIANG, "society-secretary", Scope.societies(List.of(1L)), LOOKUP);
        assertEquals(AccountService.GRANT_EXCEEDS_OWN, assertThrows(ForbiddenException.class,
                () -> GrantRules.mayGrant(ZHEJIANG, "viewer", Scope.region("31"), LOOKUP)).code());
        assertEquals(AccountService.GRANT_EXCEEDS_OWN, assertThrows(ForbiddenException.class,
                () -> GrantRules.mayGrant(ZHEJIANG, "viewer", Scope.ALL, LOOKUP)).code());
        // a Shanghai society, or a national one, is outside Zhejiang's region even when named
        assertEquals(AccountService.GRANT_EXCEEDS_OWN, assertThrows(ForbiddenException.class,
                () -> GrantRules.mayGrant(ZHEJIANG, "society-secretary", Scope.societies(List.of(2L)), LOOKUP)).code());
        assertEquals(AccountService.GRANT_EXCEEDS_OWN, assertThrows(ForbiddenException.class,
                () -> GrantRules.mayGrant(ZHEJIANG, "local-admin", Scope.region("33").withSocieties(List.of(3L)), LOOKUP)).code());
    }

    @Test
    public void noAdministratorRaisesTheirOwnAccount() {
        // the actor changing its own account is held to the same rule: never more than it holds
        for (Scope wider : List.of(Scope.ALL, Scope.region("31"), Scope.region("33").withSocieties(List.of(3L)))) {
            assertEquals(wider.toString(), AccountService.GRANT_EXCEEDS_OWN, assertThrows(ForbiddenException.class,
                    () -> GrantRules.mayGrant(ZHEJIANG, "local-admin", wider, LOOKUP)).code());
        }
        Actor secretary = new Actor("sec", Set.of("society-secretary"), Scope.societies(List.of(1L)));
        assertEquals(ForbiddenException.CODE, assertThrows(ForbiddenException.class,
                () -> GrantRules.mayGrant(secretary, "society-secretary", Scope.societies(List.of(1L, 2L)), LOOKUP)).code());
    }

    @Test
    public void aNationalAdministratorGrantsAnything() {
        GrantRules.mayGrant(NATIONAL, "national-admin", Scope.ALL, LOOKUP);
        GrantRules.mayGrant(NATIONAL, "local-admin", Scope.region("31").withSocieties(List.of(3L)), LOOKUP);
    }

    @Test
    public void viewersAndSecretariesManageNoAccounts() {
        Actor viewer = new Actor("v", Set.of("viewer"), Scope.region("33"));
        assertEquals(ForbiddenException.CODE, assertThrows(ForbiddenException.class,
                () -> GrantRules.mayGrant(viewer, "viewer", Scope.region("3301"), LOOKUP)).code());
    }

    @Test
    public void unknownRoleUnknownRegionAndMissingSocietyAreEachNamed() {
        ValidationException invalid = assertThrows(ValidationException.class, () -> GrantRules.scopeOf(
                new AccountDraft("zj2", "governor", "99", List.of(42L), "secret-enough"), true, LOOKUP));
        assertEquals(List.of("UNKNOWN_ROLE", "UNKNOWN_REGION", "UNKNOWN_SOCIETY"),
                invalid.errors().stream().map(FieldError::code).toList());
        // 10 is the national code of USCCs, not a region: national societies are granted by name
        assertEquals("UNKNOWN_REGION", assertThrows(ValidationException.class, () -> GrantRules.scopeOf(
                new AccountDraft("x", "local-admin", "10", List.of(), "secret-enough"), true, LOOKUP)).errors().get(0).code());
    }

    @Test
    public void aScopeThatDoesNotFitTheRoleOrIsNoPrefixIsNamed() {
        for (AccountDraft misfit : List.of(new AccountDraft("f", "national-admin", "33", null, "secret-enough"),
                new AccountDraft("g", "society-secretary", "33", List.of(1L), "secret-enough"),
                new AccountDraft("h", "society-secretary", null, null, "secret-enough"))) {
            assertEquals(misfit.toString(), List.of("SCOPE_NOT_FOR_ROLE"), assertThrows(ValidationException.class,
                    () -> GrantRules.scopeOf(misfit, true, LOOKUP)).errors().stream().map(FieldError::code).toList());
        }
        for (String notAPrefix : List.of("331", "3", "33010A", "1000000", "")) {
            assertEquals(notAPrefix, "UNKNOWN_REGION", assertThrows(ValidationException.class, () -> GrantRules.scopeOf(
                    new AccountDraft("i", "viewer", notAPrefix, null, "secret-enough"), true, LOOKUP)).errors().get(0).code());
        }
    }

    @Test
    public void theScopeFitsTheRole() {
        assertEquals(Scope.region("3301"), GrantRules.scopeOf(new AccountDraft("a", "local-admin", "3301", null, "secret-enough"), true, LOOKUP));
        assertEquals(Scope.societies(List.of(1L)), GrantRules.scopeOf(new AccountDraft("b", "society-secretary", null, List.of(1L), "secret-enough"), true, LOOKUP));
        assertEquals(Scope.ALL, GrantRules.scopeOf(new AccountDraft("c", "national-admin", null, null, "secret-enough"), true, LOOKUP));
        assertEquals("REQUIRED", assertThrows(ValidationException.class, () -> GrantRules.scopeOf(
                new AccountDraft("d", "local-admin", null, null, "secret-enough"), true, LOOKUP)).errors().get(0).code());
        assertEquals("TOO_SHORT", assertThrows(ValidationException.class, () -> GrantRules.scopeOf(
                new AccountDraft("e", "viewer", "33", null, "short"), true, LOOKUP)).errors().get(0).code());
    }

    private static Society society(long id, String region, SocietyLevel level) {
        return new Society(id, "学会" + id, null, "uscc" + id, false, SocietyKind.SOCIETY, level, region, Discipline.SCIENCE, null,
                GroupMemberStatus.NONE, null, null, RegistrationStatus.ACTIVE, null, null, null, null, null, 1,
                Instant.EPOCH, Instant.EPOCH);
    }
}
