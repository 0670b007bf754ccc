package org.castpb.evaluation.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Set;
import org.castpb.api.Actor;
import org.castpb.api.ForbiddenException;
import org.castpb.api.Scope;
import org.junit.Test;

public class CampaignScopesTest {

    private static final Actor NATIONAL = new Actor("wang", Set.of("national-admin"));
    private static final Actor ZHEJIANG = new Actor("zj-admin", Set.of("local-admin"), Scope.region("33"));
    private static final Actor SECRETARY = new Actor("chen", Set.of("society-secretary"), Scope.societies(List.of(2L)));

    @Test
    public void aLocalAdministratorsCampaignGetsItsRegionWhenNoneIsGiven() {
        assertEquals("33", CampaignScopes.prefixFor(ZHEJIANG, ""));
        assertEquals("3301", CampaignScopes.prefixFor(ZHEJIANG, "3301"));
        assertEquals("a national campaign stays national", "", CampaignScopes.prefixFor(NATIONAL, ""));
        assertEquals("31", CampaignScopes.prefixFor(NATIONAL, "31"));
    }

    @Test
    public void aWiderOrForeignRegionIsRefusedAsOutOfScope() {
        for (String prefix : List.of("31", "34", "3101")) {
            ForbiddenException refused = assertThrows(prefix, ForbiddenException.class, () -> CampaignScopes.prefixFor(ZHEJIANG, prefix));
            assertEquals(ForbiddenException.OUT_OF_SCOPE, refused.code());
        }
        assertThrows(ForbiddenException.class, () -> CampaignScopes.prefixFor(new Actor("sz", Set.of("local-admin"),
                Scope.region("3301")), "33"));
        assertEquals(ForbiddenException.OUT_OF_SCOPE,
                assertThrows(ForbiddenException.class, () -> CampaignScopes.prefixFor(SECRETARY, "")).code());
    }

    @Test
    public void aCampaignIsReachedWhenItsRegionLiesInsideTheScope() {
        assertTrue(CampaignScopes.reaches(ZHEJIANG.scope(), "33"));
        assertTrue(CampaignScopes.reaches(ZHEJIANG.scope(), "3301"));
        assertFalse("national", CampaignScopes.reaches(ZHEJIANG.scope(), ""));
        assertFalse(CampaignScopes.reaches(ZHEJIANG.scope(), "31"));
        assertTrue(CampaignScopes.reaches(Scope.ALL, ""));
        assertFalse(CampaignScopes.reaches(SECRETARY.scope(), "33"));
    }
}
