package org.castpb.rest.internal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.CookieParam;
import javax.ws.rs.FormParam;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.MatrixParam;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import org.castpb.api.Page;

/**
 * Completes the generated OpenAPI document into the REST door's contract: what each operation answers on success (from
 * the method's return type or its {@link Answers}), the problem documents it can answer instead, the import bodies,
 * and which fields of a record are always there and which may be null, read from the Java types.
 */
final class OpenApiContract {

    static final String PROBLEM = "Problem";
    static final String JSON = javax.ws.rs.core.MediaType.APPLICATION_JSON;

    /** The problem responses by status: the code names the component under {@code #/components/responses}. */
    static final Map<String, String[]> ERRORS = new LinkedHashMap<>();

    static {
        ERRORS.put("400", new String[] {"BadRequest", "The body is not JSON (MALFORMED_JSON), or the service refused the request"});
        ERRORS.put("401", new String[] {"Unauthorized", "No or wrong credentials (UNAUTHORIZED)"});
        ERRORS.put("403", new String[] {"Forbidden", "The account's role or scope does not allow this (FORBIDDEN)"});
        ERRORS.put("404", new String[] {"NotFound", "No record with that id in the account's scope (NOT_FOUND)"});
        ERRORS.put("409", new String[] {"Conflict", "The record's state or another record conflicts (e.g. DUPLICATE_USCC, INVALID_TRANSITION)"});
        ERRORS.put("412", new String[] {"PreconditionFailed", "If-Match names a version that is no longer current (VERSION_CONFLICT)"});
        ERRORS.put("415", new String[] {"UnsupportedMediaType", "The body's media type or charset is not one the operation reads"});
        ERRORS.put("422", new String[] {"Invalid", "A parameter or field is invalid (VALIDATION_FAILED); errors names each"});
        ERRORS.put("428", new String[] {"PreconditionRequired", "If-Match is missing (PRECONDITION_REQUIRED)"});
        ERRORS.put("429", new String[] {"LoginThrottled", "Too many failed logins: retry after Retry-After seconds (LOGIN_THROTTLED)"});
        ERRORS.put("503", new String[] {"Busy", "The records are held by another transaction, e.g. a large import, and could not be"
                + " had in time: nothing was read or written; retry after Retry-After seconds (BUSY)"});
    }

    private OpenApiContract() {
    }

    /** Completes {@code oas}; {@code methods} holds the Java methods by {@link #key(String, String) operation key}. */
    static void complete(OpenAPI oas, Map<String, List<Method>> methods) {
        if (oas.getComponents() == null) {
            oas.setComponents(new Components());
        }
        Components components = oas.getComponents();
        Types types = new Types();
        ref(components, Problem.class);
        types.response(Problem.class);
        ERRORS.forEach((status, named) -> components.addResponses(named[0], new ApiResponse().description(named[1])
                .content(new Content().addMediaType(Problem.MEDIA_TYPE,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))))));
        if (oas.getPaths() != null) {
            oas.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((httpMethod, operation) -> {
                List<Method> answering = methods.get(key(httpMethod.name(), path));
                if (answering != null && !answering.isEmpty()) {
                    complete(components, types, path, httpMethod.name(), operation, answering);
                }
            }));
        }
        types.mark(components);
    }

    static String key(String httpMethod, String path) {
        return httpMethod.toUpperCase(java.util.Locale.ROOT) + " " + path;
    }

    private static void complete(Components components, Types types, String path, String httpMethod, Operation operation,
                                 List<Method> answering) {
        Method method = answering.get(0);
        // two methods on one path and verb (an import read from CSV or from a workbook) are one operation: the first
        // one's name and summary, the union of their bodies
        io.swagger.v3.oas.annotations.Operation named = method.getAnnotation(io.swagger.v3.oas.annotations.Operation.class);
        if (named != null) {
            operation.setOperationId(named.operationId());
            operation.setSummary(named.summary());
        }
        fileBodies(operation, answering);
        enumParameters(operation, method);
        bodyTypes(method, types);
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        ApiResponse generated = responses.remove(ApiResponses.DEFAULT);
        Answers answers = method.getAnnotation(Answers.class);
        ApiResponses completed = new ApiResponses();
        if (answers != null) {
            for (int status : answers.value()) {
                completed.addApiResponse(Integer.toString(status), success(components, types, status, answers));
            }
        } else if (method.getReturnType() == void.class || generated == null || generated.getContent() == null) {
            completed.addApiResponse("204", new ApiResponse().description("Done; no body"));
        } else {
            types.response(method.getGenericReturnType());
            completed.addApiResponse("200", generated.description("OK"));
        }
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        boolean ifMatch = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> "header".equals(p.getIn()) && "If-Match".equalsIgnoreCase(p.getName()));
        boolean writes = !"GET".equals(httpMethod) && !"HEAD".equals(httpMethod);
        Set<String> errors = new LinkedHashSet<>();
        if (hasBody || hasParameters) {
            errors.add("400");
        }
        errors.add("401");
        errors.add("403");
        if (path.contains("{")) {
            errors.add("404");
        }
        if (writes) {
            errors.add("409");
        }
        if (ifMatch) {
            errors.add("412");
        }
        if (hasBody) {
            errors.add("415");
        }
        if (hasBody || hasParameters) {
            errors.add("422");
        }
        if (ifMatch) {
            errors.add("428");
        }
        errors.add("429");
        errors.add("503"); // any operation may wait for rows another transaction holds
        for (String status : errors) {
            if (answers != null && "422".equals(status) && answers.refusedWith() != Void.class) {
                // refused rows come back as the import's report; a bad parameter as a problem
                types.response(answers.refusedWith());
                completed.addApiResponse(status, new ApiResponse().description("The file has invalid rows (the report names each) "
                        + "or a parameter is invalid (a problem document); nothing is written")
                        .content(new Content()
                                .addMediaType(JSON, new MediaType().schema(ref(components, answers.refusedWith())))
                                .addMediaType(Problem.MEDIA_TYPE, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
            } else {
                completed.addApiResponse(status, new ApiResponse().$ref("#/components/responses/" + ERRORS.get(status)[0]));
            }
        }
        operation.setResponses(completed);
    }

    private static ApiResponse success(Components components, Types types, int status, Answers answers) {
        ApiResponse response = new ApiResponse().description(switch (status) {
            case 201 -> "Created";
            case 202 -> "Accepted: the work goes on after the answer";
            case 204 -> "Done; no body";
            default -> "OK";
        });
        if (status == 204) {
            return response;
        }
        Content content = new Content();
        if (answers.body() != Void.class) {
            Type type = switch (answers.shape()) {
                case PAGE -> TypeFactory.defaultInstance().constructParametricType(Page.class, answers.body());
                case LIST -> TypeFactory.defaultInstance().constructCollectionType(List.class, answers.body());
                case ONE -> answers.body();
            };
            types.response(type);
            Schema<?> schema = answers.shape() == Answers.Shape.LIST
                    ? new ArraySchema().items(ref(components, answers.body())) : ref(components, type);
            content.addMediaType(JSON, new MediaType().schema(schema));
        }
        for (String file : answers.files()) {
            content.addMediaType(file, new MediaType().schema(file.startsWith("text/")
                    ? new StringSchema() : new StringSchema().format("binary")));
        }
        return response.content(content);
    }

    /** A raw body ({@code InputStream}: the imports) is a file in each media type the methods consume. */
    private static void fileBodies(Operation operation, List<Method> answering) {
        Content content = new Content();
        for (Method method : answering) {
            if (java.util.Arrays.asList(method.getParameterTypes()).contains(InputStream.class)) {
                Consumes consumes = method.getAnnotation(Consumes.class);
                for (String type : consumes == null ? new String[] {"application/octet-stream"} : consumes.value()) {
                    content.addMediaType(type, new MediaType().schema(type.startsWith("text/")
                            ? new StringSchema() : new StringSchema().format("binary")));
                }
            }
        }
        if (!content.isEmpty()) {
            operation.setRequestBody(new RequestBody().required(true).content(content)
                    .description("The file: CSV (UTF-8, with or without BOM) or an Excel workbook, with the export's columns"));
        }
    }

    /**
     * Query parameters are read as text so that a wrong value is a 422 naming it; the values they take are the enum
     * their {@code @Parameter} names, on the method's parameter or on a field of its {@code @BeanParam}.
     */
    private static void enumParameters(Operation operation, Method method) {
        if (operation.getParameters() == null) {
            return;
        }
        Map<String, Class<?>> enums = new LinkedHashMap<>();
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < annotations.length; i++) {
            enumOf(annotations[i], enums);
            if (java.util.Arrays.stream(annotations[i]).anyMatch(a -> a instanceof BeanParam)) {
                for (java.lang.reflect.Field field : method.getParameterTypes()[i].getFields()) {
                    enumOf(field.getAnnotations(), enums);
                }
            }
        }
        for (Parameter parameter : operation.getParameters()) {
            Class<?> type = enums.get(parameter.getName());
            if (type != null && "query".equals(parameter.getIn())) {
                StringSchema schema = new StringSchema();
                for (Object constant : type.getEnumConstants()) {
                    schema.addEnumItem(((Enum<?>) constant).name());
                }
                parameter.setSchema(schema);
            }
        }
    }

    private static void enumOf(Annotation[] annotations, Map<String, Class<?>> enums) {
        String name = null;
        Class<?> type = null;
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                name = q.value();
            } else if (a instanceof io.swagger.v3.oas.annotations.Parameter p && p.schema().implementation().isEnum()) {
                type = p.schema().implementation();
            }
        }
        if (name != null && type != null) {
            enums.put(name, type);
        }
    }

    /** The entity parameter: the one without a JAX-RS annotation. */
    private static void bodyTypes(Method method, Types types) {
        Annotation[][] annotations = method.getParameterAnnotations();
        Type[] parameters = method.getGenericParameterTypes();
        for (int i = 0; i < parameters.length; i++) {
            boolean jaxrs = false;
            for (Annotation a : annotations[i]) {
                Class<?> t = a.annotationType();
                jaxrs |= t == PathParam.class || t == QueryParam.class || t == HeaderParam.class || t == Context.class
                        || t == BeanParam.class || t == CookieParam.class || t == FormParam.class || t == MatrixParam.class;
            }
            if (!jaxrs && parameters[i] != InputStream.class) {
                types.request(parameters[i]);
            }
        }
    }

    /** A reference to the schema of {@code type}, adding it and the schemas it refers to to the components. */
    static Schema<?> ref(Components components, Type type) {
        ResolvedSchema resolved = ModelConverters.getInstance().readAllAsResolvedSchema(new AnnotatedType(type).resolveAsRef(true));
        if (resolved.referencedSchemas != null) {
            resolved.referencedSchemas.forEach((name, schema) -> {
                if (components.getSchemas() == null || !components.getSchemas().containsKey(name)) {
                    components.addSchemas(name, schema);
                }
            });
        }
        return resolved.schema;
    }

    /**
     * The records behind the schemas: a record that is answered has every field in its JSON (the mapper writes nulls),
     * so all are required; a record that is only read (a draft) requires only its primitive fields (a missing one is
     * refused). A field of a reference type may be null; a primitive one never.
     */
    static final class Types {

        private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = RestServer.objectMapper();

        private final Map<String, Class<?>> answered = new TreeMap<>();
        private final Map<String, Class<?>> read = new TreeMap<>();

        void response(Type type) {
            walk(type, answered, new LinkedHashSet<>());
        }

        void request(Type type) {
            walk(type, read, new LinkedHashSet<>());
        }

        private static void walk(Type type, Map<String, Class<?>> into, Set<Type> seen) {
            if (!seen.add(type)) {
                return;
            }
            if (type instanceof com.fasterxml.jackson.databind.JavaType java) {
                if (java.getRawClass() == Page.class && java.containedTypeCount() == 1) {
                    into.put("Page" + name(java.containedType(0).getRawClass()), Page.class);
                }
                for (int i = 0; i < java.containedTypeCount(); i++) {
                    walk(java.containedType(i), into, seen);
                }
                walk(java.getRawClass(), into, seen);
                return;
            }
            if (type instanceof ParameterizedType p) {
                if (p.getRawType() == Page.class && p.getActualTypeArguments()[0] instanceof Class<?> element) {
                    into.put("Page" + name(element), Page.class);
                }
                for (Type argument : p.getActualTypeArguments()) {
                    walk(argument, into, seen);
                }
                walk(p.getRawType(), into, seen);
                return;
            }
            if (type instanceof Class<?> c && c.isRecord()) {
                if (c != Page.class) {
                    into.putIfAbsent(name(c), c);
                }
                for (RecordComponent component : c.getRecordComponents()) {
                    walk(component.getGenericType(), into, seen);
                }
            }
        }

        /** The schema's name as swagger gives it: the simple name, or the one its {@code @Schema} names. */
        static String name(Class<?> c) {
            io.swagger.v3.oas.annotations.media.Schema schema = c.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
            return schema != null && !schema.name().isEmpty() ? schema.name() : c.getSimpleName();
        }

        void mark(Components components) {
            if (components.getSchemas() == null) {
                return;
            }
            components.getSchemas().forEach((name, schema) -> {
                Class<?> c = answered.containsKey(name) ? answered.get(name) : read.get(name);
                if (c != null && schema.getProperties() != null) {
                    mark(schema, c, answered.containsKey(name));
                }
            });
        }

        @SuppressWarnings({"rawtypes", "unchecked"})
        private static void mark(Schema schema, Class<?> c, boolean answered) {
            JsonInclude include = c.getAnnotation(JsonInclude.class);
            boolean writesNulls = include == null || include.value() == JsonInclude.Include.ALWAYS
                    || include.value() == JsonInclude.Include.USE_DEFAULTS;
            // what the record's own @Schema declares required stays so (a problem's type, title, code and detail)
            List<String> declared = schema.getRequired() == null ? List.of() : List.copyOf(schema.getRequired());
            List<String> required = new ArrayList<>(declared);
            Map<String, Schema> properties = schema.getProperties();
            for (RecordComponent component : c.getRecordComponents()) {
                String property = component.getName();
                Schema p = properties.get(property);
                if (p == null || component.getAccessor().isAnnotationPresent(JsonIgnore.class)) {
                    continue;
                }
                boolean primitive = component.getType().isPrimitive();
                if (omittable(c, component)) {
                    // the mapper leaves it out at times: a field that may be absent, not null
                    p.setDescription(c == Page.class && property.equals("total") ? PageJson.TOTAL : p.getDescription());
                    continue;
                }
                if (((answered && (writesNulls || primitive)) || (!answered && primitive)) && !required.contains(property)) {
                    required.add(property);
                }
                if (!primitive && !declared.contains(property)) {
                    properties.put(property, nullable(p));
                }
            }
            schema.setRequired(required.isEmpty() ? null : required);
        }

        /** Whether the REST mapper's mix-in for {@code c} leaves this field out at times ({@code @JsonInclude} other than always). */
        private static boolean omittable(Class<?> c, RecordComponent component) {
            Class<?> mixin = MAPPER.findMixInClassFor(c);
            if (mixin == null) {
                return false;
            }
            try {
                JsonInclude include = mixin.getDeclaredMethod(component.getName()).getAnnotation(JsonInclude.class);
                return include != null && include.value() != JsonInclude.Include.ALWAYS && include.value() != JsonInclude.Include.USE_DEFAULTS;
            } catch (NoSuchMethodException e) {
                return false;
            }
        }

        /** {@code nullable} next to a {@code $ref} is ignored in OpenAPI 3.0: the reference (a record's) goes into an allOf. */
        @SuppressWarnings({"rawtypes", "unchecked"})
        private static Schema nullable(Schema p) {
            if (p.get$ref() != null) {
                return new Schema().type("object").nullable(true).allOf(List.of(new Schema().$ref(p.get$ref())));
            }
            p.setNullable(true);
            return p;
        }

        Map<String, Class<?>> answered() {
            return answered;
        }
    }
}
