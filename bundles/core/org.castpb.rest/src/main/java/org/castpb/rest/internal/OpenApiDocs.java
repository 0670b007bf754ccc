package org.castpb.rest.internal;

import io.swagger.v3.oas.integration.api.OpenAPIConfiguration;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.License;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.cxf.jaxrs.model.ClassResourceInfo;
import org.apache.cxf.jaxrs.model.OperationResourceInfo;
import org.apache.cxf.jaxrs.openapi.OpenApiCustomizer;
import org.apache.cxf.jaxrs.openapi.OpenApiFeature;
import org.apache.cxf.jaxrs.swagger.ui.SwaggerUiConfig;

/**
 * The OpenAPI 3 document of the REST API at {@code /api/v1/openapi.json} (and {@code .yaml}), and Swagger UI at
 * {@code /api/v1/api-docs}. The document is public like the WSDLs ({@link BasicAuthFilter} lets it through); Swagger UI
 * calls the API, so it asks for the same login, and the browser then sends it with the UI's calls.
 */
final class OpenApiDocs {

    static final String SECURITY_SCHEME = "basic";
    /** The document's paths under {@code /api/v1}: they answer without credentials (GET and HEAD only). */
    static final String DOCUMENT_JSON = "openapi.json";
    static final String DOCUMENT_YAML = "openapi.yaml";
    /** Swagger UI's path under {@code /api/v1}. */
    static final String SWAGGER_UI = "api-docs";
    /**
     * Where Swagger UI loads the document from. Absolute because the UI page may be at {@code api-docs} or
     * {@code api-docs/}; {@code /api} is the CXF servlet context that feature castpb-http configures.
     */
    static final String DOCUMENT_URL = "/api" + RestServer.ADDRESS + "/" + DOCUMENT_JSON;
    /**
     * The server the document names: relative, so a client resolves it against the address it loaded the document
     * from. Never taken from a request: the document is built once and kept, so the first caller's {@code Host}
     * header would be advertised to everyone after it (and Swagger UI would send calls and credentials there).
     */
    static final String SERVER_URL = "/api" + RestServer.ADDRESS;

    private OpenApiDocs() {
    }

    static OpenApiFeature feature(String version) {
        OpenApiFeature feature = new OpenApiFeature();
        // classpath scanning finds nothing in OSGi: describe the resources the server was given
        feature.setScan(false);
        feature.setScanKnownConfigLocations(false);
        feature.setTitle("castpb REST API");
        feature.setDescription("Society records, ledgers, party organisations, party members and their transfers, coverage, evaluation and funding. "
                + "Errors are application/problem+json with a stable code. HTTP Basic against the castpb realm.");
        feature.setVersion(version);
        feature.setSecurityDefinitions(Map.of(SECURITY_SCHEME,
                new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
        feature.setCustomizer(new Customizer());
        // the document is read with the servlet's context id: without this it is not the one the customizer edits
        feature.setUseContextBasedConfig(true);
        feature.setSupportSwaggerUi(true);
        // without a url Swagger UI shows its petstore demo; and Swagger UI 5 ignores a url passed in the query (what
        // url() alone asks for), so CXF has to write it into swagger-initializer.js
        feature.setSwaggerUiConfig(new SwaggerUiConfig().url(DOCUMENT_URL).queryConfigEnabled(false));
        // not part of the API
        feature.setIgnoredRoutes(List.of("/" + SWAGGER_UI));
        return feature;
    }

    static boolean isPublic(String method, String path) {
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return false;
        }
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.equals(DOCUMENT_JSON) || p.equals(DOCUMENT_YAML);
    }

    /** The tag of an operation: {@code /evaluation/campaigns/{id}} is in area {@code evaluation}. */
    static String area(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        int slash = p.indexOf('/');
        return slash < 0 ? p : p.substring(0, slash);
    }

    static final String LICENSE = "Apache-2.0";
    static final String LICENSE_URL = "https://www.apache.org/licenses/LICENSE-2.0";
    static final String CONTACT = "castpb, the party-building platform of the China Association for Science and Technology";

    /** Names the server {@link #SERVER_URL}, asks for HTTP Basic, tags by area. */
    static final class Customizer extends OpenApiCustomizer {

        Customizer() {
            setDynamicBasePath(false);
        }

        @Override
        public OpenAPIConfiguration customize(OpenAPIConfiguration configuration) {
            OpenAPIConfiguration customized = super.customize(configuration);
            if (customized != null) {
                OpenAPI oas = customized.getOpenAPI();
                oas.setServers(List.of(new Server().url(SERVER_URL)));
                oas.setSecurity(List.of(new SecurityRequirement().addList(SECURITY_SCHEME)));
                if (oas.getInfo() != null) {
                    oas.getInfo().setLicense(new License().name(LICENSE).url(LICENSE_URL));
                    oas.getInfo().setContact(new Contact().name(CONTACT));
                }
            }
            return customized;
        }

        @Override
        public void customize(OpenAPI oas) {
            super.customize(oas);
            OpenApiContract.complete(oas, methods());
            if (oas.getPaths() != null) {
                oas.getPaths().forEach((path, item) -> item.readOperations().forEach(op -> op.setTags(List.of(area(path)))));
            }
        }

        /** The Java methods behind each operation, by {@link OpenApiContract#key(String, String)}. */
        Map<String, List<Method>> methods() {
            Map<String, List<Method>> methods = new HashMap<>();
            if (cris != null) {
                for (ClassResourceInfo cri : cris) {
                    for (OperationResourceInfo ori : cri.getMethodDispatcher().getOperationResourceInfos()) {
                        // {step: submit|return} is {step} in the document
                        String path = getNormalizedPath(cri.getURITemplate().getValue(), ori.getURITemplate().getValue())
                                .replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}");
                        methods.computeIfAbsent(OpenApiContract.key(ori.getHttpMethod(), path), k -> new ArrayList<>())
                                .add(ori.getAnnotatedMethod());
                    }
                }
            }
            // the order CXF dispatches in is not the order of the source: the method the document names comes first
            methods.values().forEach(list -> list.sort(java.util.Comparator.comparing(Method::getName)));
            return methods;
        }
    }
}
