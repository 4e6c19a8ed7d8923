package io.flowline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

class OpenApiIT {
    private static final Path PUBLISHED = Path.of(System.getProperty("flowline.openapi-file", "../openapi.yaml"));

    /** Run with -Dflowline.openapi.update=true to rewrite openapi.yaml from the served document after an API change. */
    @Test
    void publishedDescriptionEqualsWhatTheServiceServes() throws IOException {
        String served = OpenApiDocument.servedYaml().strip() + "\n";
        if (Boolean.getBoolean("flowline.openapi.update")) {
            Files.writeString(PUBLISHED, served);
        }
        assertTrue(Files.exists(PUBLISHED), PUBLISHED + " is missing");
        assertEquals(Files.readString(PUBLISHED), served,
                "openapi.yaml drifted from the served /openapi; rerun the tests with -Dflowline.openapi.update=true and review the diff");
    }

    @Test
    void everyOperationIsDescribedAndUsesSnakeCase() {
        JsonObject document = OpenApiDocument.served();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (operation.getValueType() == jakarta.json.JsonValue.ValueType.OBJECT) {
                assertTrue(operation.asJsonObject().containsKey("summary"), method + " " + path + " needs a summary");
            }
        }));
        document.getJsonObject("components").getJsonObject("schemas").forEach((name, schema) -> {
            JsonObject properties = schema.asJsonObject().getJsonObject("properties");
            if (properties != null) {
                properties.keySet().forEach(p -> assertTrue(p.matches("[a-z][a-z0-9_]*"), name + "." + p + " is not snake_case"));
            }
        });
    }

    /** Generated clients name their methods after the operationIds, so each is declared, unique and camelCase. */
    @Test
    void everyOperationHasAUniqueCamelCaseOperationId() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        OpenApiDocument.served().getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, value) -> {
            if (value.getValueType() == jakarta.json.JsonValue.ValueType.OBJECT && !method.equals("parameters")) {
                String id = value.asJsonObject().getString("operationId", null);
                assertTrue(id != null, method + " " + path + " needs an operationId");
                assertTrue(id.matches("^[a-z][a-zA-Z0-9]+$"), method + " " + path + ": operationId " + id + " is not camelCase");
                assertTrue(seen.add(id), method + " " + path + ": operationId " + id + " is taken by another operation");
            }
        }));
        assertTrue(seen.size() > 100, seen.size() + " operations");
    }

    /**
     * Every operation says how it is authorised: the bearer token, or {@code security: []} for the public ones, so a
     * forgotten declaration never reads as public. A list answers a named page schema whose {@code data} holds typed objects.
     */
    @Test
    void everyOperationDeclaresItsSecurityAndEveryListItsSchema() {
        JsonObject document = OpenApiDocument.served();
        java.util.List<String> publicOperations = new java.util.ArrayList<>();
        java.util.List<String> lists = new java.util.ArrayList<>();
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, value) -> {
            if (value.getValueType() != jakarta.json.JsonValue.ValueType.OBJECT || method.equals("parameters")) {
                return;
            }
            JsonObject operation = value.asJsonObject();
            assertTrue(operation.containsKey("security"), method + " " + path + " declares no security");
            if (operation.getJsonArray("security").isEmpty()) {
                publicOperations.add(method + " " + path);
            }
            JsonObject ok = operation.getJsonObject("responses").getJsonObject("200");
            JsonObject json = ok == null || !ok.containsKey("content") ? null : ok.getJsonObject("content").getJsonObject("application/json");
            String ref = json == null ? null : json.getJsonObject("schema").getString("$ref", null);
            if (ref != null && ref.endsWith("List")) {
                JsonObject list = schemas.getJsonObject(ref.substring("#/components/schemas/".length()));
                assertEquals("#/components/schemas/" + ref.substring("#/components/schemas/".length(), ref.length() - "List".length()),
                        list.getJsonObject("properties").getJsonObject("data").getJsonObject("items").getString("$ref"), ref);
                lists.add(operation.getString("operationId"));
            }
        }));
        assertEquals(java.util.List.of("get /.well-known/jwks.json", "post /api/v1/auth/password-reset", "post /api/v1/auth/password-reset/confirm",
                "post /api/v1/auth/token", "post /api/v1/auth/verify-email", "post /api/v1/invitations/accept", "post /api/v1/signup",
                "get /api/v1/tracking/{token}"), publicOperations.stream().sorted(java.util.Comparator.comparing(o -> o.substring(o.indexOf(' ')))).toList());
        assertTrue(lists.containsAll(java.util.List.of("listItems", "listOrders", "listOrderTimeline", "listPlannedOrders")), lists.toString());
        assertTrue(!schemas.containsKey("ListPage"), "lists are typed pages, not the generic ListPage");
    }

    /**
     * 429, 413 and 503 are declared on every API operation (413 where there is a body) by reference to one shared
     * response each, whose Retry-After and RateLimit headers are shared components too.
     */
    @Test
    void everyApiOperationDeclaresRateLimitBodyLimitAndUnavailable() {
        JsonObject document = OpenApiDocument.served();
        JsonObject components = document.getJsonObject("components");
        JsonObject headers = components.getJsonObject("headers");
        for (String header : new String[] {"Retry-After", "RateLimit-Policy", "RateLimit"}) {
            assertTrue(headers.getJsonObject(header).containsKey("schema"), header);
        }
        JsonObject responses = components.getJsonObject("responses");
        JsonObject rateLimited = responses.getJsonObject("RateLimited");
        assertEquals("#/components/headers/Retry-After", rateLimited.getJsonObject("headers").getJsonObject("Retry-After").getString("$ref"));
        assertEquals("#/components/headers/RateLimit-Policy", rateLimited.getJsonObject("headers").getJsonObject("RateLimit-Policy").getString("$ref"));
        assertEquals("#/components/headers/RateLimit", rateLimited.getJsonObject("headers").getJsonObject("RateLimit").getString("$ref"));
        assertEquals("#/components/headers/Retry-After",
                responses.getJsonObject("ServiceUnavailable").getJsonObject("headers").getJsonObject("Retry-After").getString("$ref"));
        for (String response : new String[] {"RateLimited", "BodyTooLarge", "ServiceUnavailable"}) {
            assertEquals("#/components/schemas/Problem", responses.getJsonObject(response).getJsonObject("content")
                    .getJsonObject("application/problem+json").getJsonObject("schema").getString("$ref"), response);
        }

        int[] referring = new int[3];
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, value) -> {
            if (!path.startsWith("/api/") || value.getValueType() != jakarta.json.JsonValue.ValueType.OBJECT || method.equals("parameters")) {
                return;
            }
            JsonObject operation = value.asJsonObject();
            JsonObject declared = operation.getJsonObject("responses");
            String name = method + " " + path;
            referring[0] += expect(declared, "429", "RateLimited", name);
            referring[2] += expect(declared, "503", "ServiceUnavailable", name);
            if (operation.containsKey("requestBody")) {
                referring[1] += expect(declared, "413", "BodyTooLarge", name);
            }
        }));
        assertTrue(referring[0] > 100 && referring[1] > 30 && referring[2] > 100, java.util.Arrays.toString(referring));
    }

    /** The status is declared: by reference to the shared response (counted), or by the operation itself with a problem body. */
    private static int expect(JsonObject responses, String status, String component, String operation) {
        JsonObject response = responses.getJsonObject(status);
        assertTrue(response != null, operation + " does not declare " + status);
        if (response.containsKey("$ref")) {
            assertEquals("#/components/responses/" + component, response.getString("$ref"), operation);
            return 1;
        }
        assertTrue(response.getJsonObject("content").containsKey("application/problem+json"), operation + " " + status);
        return 0;
    }
}
