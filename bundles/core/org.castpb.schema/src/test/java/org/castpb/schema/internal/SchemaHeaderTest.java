package org.castpb.schema.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class SchemaHeaderTest {

    @Test
    public void aContextAndItsChangeLogAreRead() {
        SchemaHeader header = SchemaHeader.parse("members;changelog=db/members-changelog.xml");
        assertEquals("members", header.context());
        assertEquals("db/members-changelog.xml", header.changeLog());
        assertEquals("castpb.schema.members", header.conditionId());
        assertEquals(header, SchemaHeader.parse(" members ; changelog=\"db/members-changelog.xml\" "));
    }

    @Test
    public void aHeaderWithoutAChangeLogIsRefusedNamingTheExpectedForm() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SchemaHeader.parse("members"));
        assertTrue(e.getMessage(), e.getMessage().contains("CONTEXT;changelog=PATH.xml"));
        assertThrows(IllegalArgumentException.class, () -> SchemaHeader.parse("Members;changelog=db/x.xml"));
        assertThrows(IllegalArgumentException.class, () -> SchemaHeader.parse(null));
    }

    @Test
    public void aChangeLogOutsideTheBundleIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SchemaHeader.parse("members;changelog=../other/db.xml"));
        assertTrue(e.getMessage(), e.getMessage().contains("inside the bundle"));
        assertThrows(IllegalArgumentException.class, () -> SchemaHeader.parse("members;changelog=/db/x.xml"));
    }
}
