package org.castpb.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.Test;

public class ScopeTest {

    @Test
    public void regionScopeCoversItsLocalSocietiesButNeverANationalOne() {
        Scope zhejiang = Scope.region("33");
        assertTrue(zhejiang.covers(7, "330100", SocietyLevel.PROVINCIAL));
        assertTrue(zhejiang.covers(8, "330106", SocietyLevel.MUNICIPAL));
        assertFalse(zhejiang.covers(9, "310000", SocietyLevel.PROVINCIAL));
        assertFalse(Scope.region("10").covers(1, "100000", SocietyLevel.NATIONAL));
    }

    @Test
    public void aNationalSocietyIsReachedOnlyWhenNamed() {
        Scope granted = Scope.region("33").withSocieties(List.of(1L));
        assertTrue(granted.covers(1, "100000", SocietyLevel.NATIONAL));
        assertFalse(granted.covers(2, "100000", SocietyLevel.NATIONAL));
    }

    @Test
    public void sqlConditionMatchesTheRegionAndTheNamedSocieties() {
        assertEquals("1 = 1", Scope.ALL.sql("S.ID", "S.REGION_CODE", "S.SOCIETY_LEVEL"));
        assertEquals("1 = 0", Scope.NONE.sql("S.ID", "S.REGION_CODE", "S.SOCIETY_LEVEL"));
        assertEquals("((S.REGION_CODE LIKE '3301%' AND S.SOCIETY_LEVEL <> 'NATIONAL') OR S.ID IN (1, 5))",
                Scope.region("3301").withSocieties(List.of(5L, 1L)).sql("S.ID", "S.REGION_CODE", "S.SOCIETY_LEVEL"));
        assertEquals("(S.ID IN (4))", Scope.societies(List.of(4L)).sql("S.ID", "S.REGION_CODE", "S.SOCIETY_LEVEL"));
    }

    @Test
    public void aPrefixThatIsNotGbt2260DigitsIsRefused() {
        for (String bad : List.of("3", "333", "33%", "3_", "33' OR '1'='1", "1234567")) {
            assertThrows(bad, IllegalArgumentException.class, () -> Scope.region(bad));
        }
    }

    @Test
    public void aRegionContainsOnlyNarrowerRegions() {
        assertTrue(Scope.region("33").containsRegionOf(Scope.region("3301")));
        assertTrue(Scope.region("33").containsRegionOf(Scope.societies(Set.of(3L))));
        assertFalse(Scope.region("3301").containsRegionOf(Scope.region("33")));
        assertFalse(Scope.region("33").containsRegionOf(Scope.region("31")));
        assertFalse(Scope.region("33").containsRegionOf(Scope.ALL));
        assertTrue(Scope.ALL.containsRegionOf(Scope.region("31")));
    }

    @Test
    public void anActorKnownByRealmRolesAloneSeesEverythingOnlyAsANationalAdministrator() {
        assertEquals(Scope.ALL, new Actor("admin", Set.of("national-admin")).scope());
        assertTrue(new Actor("someone", Set.of("viewer")).scope().isNone());
        assertFalse(new Actor("outsider", Set.of("manager")).hasCastpbRole());
    }

    @Test
    public void aMissingActorHasNoScope() {
        assertTrue(Scope.of(null).isNone());
        assertEquals(Scope.region("33"), Scope.of(new Actor("zj", Set.of("local-admin"), Scope.region("33"))));
    }

    @Test
    public void aRealmUserWithoutCastpbRoleHasNoScopeButARefusal() {
        ForbiddenException refused = assertThrows(ForbiddenException.class, () -> Scope.of(new Actor("outsider", Set.of("manager"))));
        assertEquals(ForbiddenException.CODE, refused.code());
        assertTrue(Scope.of(new Actor("someone", Set.of("viewer"))).isNone());
    }

    @Test
    public void aWriteOutsideTheScopeIsRefusedWithItsOwnCode() {
        ForbiddenException refused = ForbiddenException.outOfScope(new Actor("zj", Set.of("local-admin"), Scope.region("33")),
                "change party organisation 7");
        assertEquals(ForbiddenException.OUT_OF_SCOPE, refused.code());
        assertEquals("zj may not change party organisation 7: it lies outside the scope region 33", refused.getMessage());
    }
}
