package org.castpb.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
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

    @Test
    public void theDocumentNamesARelativeServerNeverOneTakenFromARequest() {
        // as if a request with "Host: evil.example" had built the document first
        OpenAPI oas = new OpenAPI().servers(List.of(new Server().url("http://evil.example/api/v1")));
        SwaggerConfiguration configuration = new SwaggerConfiguration().openAPI(oas);

        // no request is current here: a customizer that still looked at one would fail
        new OpenApiDocs.Customizer().customize(configuration);

        assertEquals(1, oas.getServers().size());
        assertEquals("/api/v1", oas.getServers().get(0).getUrl());
    }
}
