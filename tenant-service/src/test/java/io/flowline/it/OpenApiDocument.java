package io.flowline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;

/** The API description as the running service serves it. */
final class OpenApiDocument {
    private OpenApiDocument() {
    }

    static JsonObject served() {
        Http.Reply reply = Http.get("/openapi?format=JSON", null);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    static String servedYaml() {
        Http.Reply reply = Http.method("GET", "/openapi", null, null, java.util.Map.of("Accept", "application/yaml"));
        assertEquals(200, reply.status(), reply::toString);
        return reply.body();
    }
}
