package org.kirok.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kirok.security.Permission;

/**
 * {@code /api/v1/openapi.json}: an OpenAPI 3.1 document generated from the routes actually registered, so it
 * cannot drift from the server. Public, like the API's own documentation should be.
 */
public final class OpenApiRoutes implements Feature {
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([a-z_]+)}");
    private Router router;

    @Override
    public void routes(Router router) {
        this.router = router;
        router.get("/api/v1/openapi.json", Permission.PUBLIC, "This document", this::document);
    }

    private void document(Context ctx) {
        Map<String, Object> paths = new TreeMap<>();
        for (RouteInfo route : router.registered()) {
            if (!route.path().startsWith("/api/")) {
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(route.path(), p -> new LinkedHashMap<>());
            item.put(route.method().toLowerCase(Locale.ROOT), operation(route));
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("openapi", "3.1.0");
        document.put("info", Map.of("title", "Kirok API", "version", "1",
                "description", "Testimony, evidence and advocacy records. Send 'Authorization: Bearer <token>'. "
                        + "Errors are {\"error\": {\"code\", \"message\", \"field\"?}}. Identity fields are null "
                        + "(identity_hidden: true) for callers without identity access."));
        document.put("paths", paths);
        document.put("components", Map.of(
                "securitySchemes", Map.of("bearer", Map.of("type", "http", "scheme", "bearer")),
                "schemas", Map.of("Error", Map.of("type", "object", "required", List.of("error"),
                        "properties", Map.of("error", Map.of("type", "object", "required", List.of("code", "message"),
                                "properties", Map.of("code", Map.of("type", "string"),
                                        "message", Map.of("type", "string"), "field", Map.of("type", "string"))))))));
        ctx.json(document);
    }

    private static Map<String, Object> operation(RouteInfo route) {
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("summary", route.summary());
        operation.put("x-kirok-permission", route.permission().name().toLowerCase(Locale.ROOT));
        if (route.permission() != Permission.PUBLIC) {
            operation.put("security", List.of(Map.of("bearer", List.of())));
        }
        List<Map<String, Object>> parameters = new ArrayList<>();
        Matcher matcher = PATH_PARAMETER.matcher(route.path());
        while (matcher.find()) {
            parameters.add(Map.of("name", matcher.group(1), "in", "path", "required", true,
                    "schema", Map.of("type", "string")));
        }
        if (!parameters.isEmpty()) {
            operation.put("parameters", parameters);
        }
        if (List.of("POST", "PUT").contains(route.method())) {
            operation.put("requestBody", Map.of("content", Map.of("application/json", Map.of("schema",
                    Map.of("type", "object")))));
        }
        Map<String, Object> error = Map.of("description", "error", "content", Map.of("application/json",
                Map.of("schema", Map.of("$ref", "#/components/schemas/Error"))));
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put(route.method().equals("POST") ? "201" : "200", Map.of("description", "success"));
        responses.put("400", error);
        if (route.permission() != Permission.PUBLIC) {
            responses.put("401", error);
            responses.put("403", error);
        }
        responses.put("404", error);
        if (route.method().equals("PUT")) {
            responses.put("409", error);
        }
        operation.put("responses", responses);
        return operation;
    }
}
