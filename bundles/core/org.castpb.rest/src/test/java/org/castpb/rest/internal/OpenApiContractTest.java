package org.castpb.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.cxf.jaxrs.model.ClassResourceInfo;
import org.apache.cxf.jaxrs.utils.ResourceUtils;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The document as the server builds it (swagger's reader over the resources the REST server publishes, then the
 * customizer), checked for what an integrator relies on. Written to target/openapi.json for a look.
 */
public class OpenApiContractTest {

    private static OpenAPI oas;
    private static String json;
    private static final Map<String, Operation> OPERATIONS = new TreeMap<>();

    @BeforeClass
    public static void buildTheDocumentAsTheServerDoes() throws Exception {
        Set<Class<?>> resources = new LinkedHashSet<>();
        for (Class<?> type : RestServer.class.getConstructors()[0].getParameterTypes()) {
            if (type.isAnnotationPresent(javax.ws.rs.Path.class)) {
                resources.add(type);
            }
        }
        // what OpenApiDocs.feature gives CXF: the info and the security scheme
        OpenAPI base = new OpenAPI().info(new io.swagger.v3.oas.models.info.Info().title("castpb REST API").version("1"))
                .components(new io.swagger.v3.oas.models.Components().addSecuritySchemes(OpenApiDocs.SECURITY_SCHEME,
                        new io.swagger.v3.oas.models.security.SecurityScheme()
                                .type(io.swagger.v3.oas.models.security.SecurityScheme.Type.HTTP).scheme("basic")));
        oas = new Reader(new SwaggerConfiguration().openAPI(base)).read(resources);
        List<ClassResourceInfo> cris = new ArrayList<>();
        for (Class<?> type : resources) {
            cris.add(ResourceUtils.createClassResourceInfo(type, type, true, true));
        }
        OpenApiDocs.Customizer customizer = new OpenApiDocs.Customizer();
        customizer.setClassResourceInfos(cris);
        customizer.customize(new SwaggerConfiguration().openAPI(oas));
        customizer.customize(oas);
        oas.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> OPERATIONS.put(method + " " + path, operation)));
        json = Json.pretty(oas);
        Files.createDirectories(java.nio.file.Path.of("target"));
        Files.writeString(java.nio.file.Path.of("target", "openapi.json"), json);
    }

    @Test
    public void everyOperationHasASummaryAndANamedUniqueId() {
        assertTrue(OPERATIONS.size() > 150);
        Set<String> ids = new HashSet<>();
        OPERATIONS.forEach((key, operation) -> {
            assertNotNull(key + " has no summary: give its method @Operation(operationId = ..., summary = ...)", operation.getSummary());
            assertFalse(key + " has no summary", operation.getSummary().isBlank());
            assertFalse(key + " is numbered: " + operation.getOperationId(), operation.getOperationId().matches(".*_\\d+"));
            assertTrue(key + " repeats " + operation.getOperationId(), ids.add(operation.getOperationId()));
        });
    }

    @Test
    public void everyOperationAnswersSuccessWithItsBodyAndErrorsAsProblems() {
        OPERATIONS.forEach((key, operation) -> {
            assertFalse(key + " still answers 'default'", operation.getResponses().containsKey("default"));
            List<String> successes = operation.getResponses().keySet().stream().filter(s -> s.startsWith("2")).toList();
            assertFalse(key + " documents no success", successes.isEmpty());
            for (String status : successes) {
                ApiResponse response = operation.getResponses().get(status);
                if (!"204".equals(status)) {
                    assertNotNull(key + " " + status + " has no body: a method returning Response says what it answers with @Answers",
                            response.getContent());
                    response.getContent().forEach((type, media) -> assertNotNull(key + " " + type + " has no schema", media.getSchema()));
                }
            }
            assertEquals(key, "#/components/responses/Unauthorized", operation.getResponses().get("401").get$ref());
        });
        assertTrue(json.contains("\"application/problem+json\""));
    }

    @Test
    public void aResponseReturningMethodNamesWhatItAnswers() {
        Operation get = OPERATIONS.get("GET /societies/{id}");
        assertEquals("getSociety", get.getOperationId());
        assertEquals("#/components/schemas/Society", get.getResponses().get("200").getContent().get("application/json").getSchema().get$ref());
        assertEquals("#/components/responses/NotFound", get.getResponses().get("404").get$ref());
        Operation create = OPERATIONS.get("POST /societies");
        assertNotNull(create.getResponses().get("201").getContent().get("application/json"));
        assertNotNull(create.getResponses().get("422"));
        Operation update = OPERATIONS.get("PUT /societies/{id}");
        assertNotNull(update.getResponses().get("412"));
        assertNotNull(update.getResponses().get("428"));
        assertNotNull(OPERATIONS.get("GET /coverage").getResponses().get("200").getContent().get("text/csv"));
    }

    @Test
    public void theImportTakesCsvOrAWorkbookAndAnswersItsReportOnRefusal() {
        Operation imports = OPERATIONS.get("POST /imports/societies");
        assertEquals("importSocieties", imports.getOperationId());
        assertTrue(imports.getRequestBody().getContent().containsKey("text/csv"));
        assertTrue(imports.getRequestBody().getContent().containsKey(TransferResource.XLSX));
        assertEquals("#/components/schemas/ImportReport",
                imports.getResponses().get("422").getContent().get("application/json").getSchema().get$ref());
    }

    @Test
    public void enumParametersListTheirValues() {
        Parameter level = OPERATIONS.get("GET /societies").getParameters().stream()
                .filter(p -> p.getName().equals("level")).findFirst().orElseThrow();
        assertEquals(List.of("NATIONAL", "PROVINCIAL", "MUNICIPAL"), level.getSchema().getEnum());
    }

    @Test
    @SuppressWarnings("rawtypes")
    public void answeredRecordsRequireEveryFieldAndMarkReferenceTypesNullable() {
        Schema society = oas.getComponents().getSchemas().get("Society");
        assertTrue(society.getRequired().contains("id"));
        assertTrue(society.getRequired().contains("nameEn"));
        assertEquals(Boolean.TRUE, ((Schema) society.getProperties().get("nameEn")).getNullable());
        assertEquals(null, ((Schema) society.getProperties().get("version")).getNullable());
        Schema draft = oas.getComponents().getSchemas().get("SocietyDraft");
        assertTrue(draft.getRequired() == null || !draft.getRequired().contains("nameEn"));
        Schema problem = oas.getComponents().getSchemas().get(OpenApiContract.PROBLEM);
        assertTrue(problem.getRequired().containsAll(List.of("type", "title", "status", "detail", "code")));
        assertFalse(problem.getRequired().contains("errors"));
    }

    @Test
    @SuppressWarnings("rawtypes")
    public void theSocietyListSaysWhenItCountsAndAPageMayComeWithoutItsTotal() {
        Operation list = OPERATIONS.get("GET /societies");
        Parameter includeTotal = list.getParameters().stream().filter(p -> p.getName().equals("includeTotal")).findFirst().orElseThrow();
        assertEquals("boolean", includeTotal.getSchema().getType());
        assertTrue(includeTotal.getDescription(), includeTotal.getDescription().contains("not on a page after an id"));
        assertTrue(list.getDescription(), list.getDescription().contains("without `total` unless `includeTotal=true`"));
        Schema page = oas.getComponents().getSchemas().get("PageSociety");
        assertTrue(page.getRequired().containsAll(List.of("items", "offset", "limit")));
        assertFalse("a page after an id answers without total", page.getRequired().contains("total"));
        assertEquals(PageJson.TOTAL, ((Schema) page.getProperties().get("total")).getDescription());
    }

    @Test
    public void everyReferenceResolves() {
        Matcher refs = Pattern.compile("\"\\$ref\" : \"#/components/(schemas|responses)/([^\"]+)\"").matcher(json);
        while (refs.find()) {
            Map<String, ?> components = refs.group(1).equals("schemas") ? oas.getComponents().getSchemas() : oas.getComponents().getResponses();
            assertTrue("dangling " + refs.group(), components.containsKey(refs.group(2)));
        }
    }

    @Test
    public void theDocumentHasALicenceAndAContact() {
        assertEquals(OpenApiDocs.LICENSE, oas.getInfo().getLicense().getName());
        assertNotNull(oas.getInfo().getContact().getName());
    }
}
