package org.castpb.records.internal;

import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Set;
import org.castpb.api.Actor;
import org.castpb.api.ForbiddenException;
import org.junit.Test;

public class JdbcDemoDataServiceTest {

    // no database: the refusal comes before any connection is taken
    private final JdbcDemoDataService demo = new JdbcDemoDataService(null, null, null, List.of());

    @Test
    public void onlyANationalAdministratorRemovesTheDemo() {
        for (String role : new String[] {"local-admin", "viewer", "society-secretary"}) {
            ForbiddenException refused = assertThrows(ForbiddenException.class, () -> demo.remove(new Actor("zhang", Set.of(role))));
            assertTrue(refused.getMessage(), refused.getMessage().contains("may not remove the demo data"));
        }
        assertThrows(ForbiddenException.class, () -> demo.remove(null));
    }

    @Test
    public void markingNeedsARecordWriter() {
        assertThrows(ForbiddenException.class, () -> demo.mark(new Actor("li", Set.of("viewer")), List.of("51100000D000000015")));
    }
}
