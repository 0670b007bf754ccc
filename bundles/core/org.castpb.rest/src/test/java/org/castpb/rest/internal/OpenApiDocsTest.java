package org.castpb.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class OpenApiDocsTest {

    @Test
    public void theDocumentIsPublicForReadingOnly() {
        assertTrue(OpenApiDocs.isPublic("GET", "openapi.json"));
        assertTrue(OpenApiDocs.isPublic("GET", "/openapi.yaml"));
        assertTrue(OpenApiDocs.isPublic("HEAD", "openapi.json"));
        assertFalse(OpenApiDocs.isPublic("POST", "openapi.json"));
    }

    @Test
    public void everythingElseStaysBehindTheLogin() {
        assertFalse(OpenApiDocs.isPublic("GET", "societies"));
        assertFalse(OpenApiDocs.isPublic("GET", "api-docs"));
        assertFalse(OpenApiDocs.isPublic("GET", "societies/openapi.json"));
        assertFalse(OpenApiDocs.isPublic("GET", "openapi.json.bak"));
    }

    @Test
    public void operationsAreTaggedByTheirFirstPathSegment() {
        assertEquals("evaluation", OpenApiDocs.area("/evaluation/campaigns/{id}"));
        assertEquals("societies", OpenApiDocs.area("/societies"));
        assertEquals("party-organisations", OpenApiDocs.area("party-organisations/{id}/history"));
    }

    @Test
    public void swaggerUiLoadsTheDocumentFromTheRestAddress() {
        assertEquals("/api/v1/openapi.json", OpenApiDocs.DOCUMENT_URL);
    }
}
