package io.flowline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

class HealthIT {
    private static final String OPERATOR_PASSWORD = System.getProperty("flowline.it.operator-password", "it-operator-passphrase");

    @Test
    void readinessRunsTheNamedDatabaseCheckAndShowsNoDetails() {
        Http.Reply ready = Http.get("/health/ready", null);
        assertEquals(200, ready.status(), ready::toString);
        assertEquals("UP", ready.json().getString("status"));
        var check = ready.json().getJsonArray("checks").getJsonObject(0);
        assertEquals("database", check.getString("name"));
        assertEquals("UP", check.getString("status"));
        assertTrue(!check.containsKey("data") || check.getJsonObject("data").isEmpty(), "no details for anonymous callers: " + ready);
    }

    @Test
    void livenessAndTheWholeHealthAreUpWithoutDetails() {
        for (String path : new String[] {"/health/live", "/health"}) {
            Http.Reply health = Http.get(path, null);
            assertEquals(200, health.status(), health::toString);
            assertEquals("UP", health.json().getString("status"));
            health.json().getJsonArray("checks").forEach(c -> assertTrue(!c.asJsonObject().containsKey("data")
                    || c.asJsonObject().getJsonObject("data").isEmpty(), path + ": " + health));
            assertFalse(health.body().contains("H2") || health.body().contains("MySQL") || health.body().contains("_mb"), health::toString);
        }
    }

    @Test
    void theOperatorSeesTheDetails() {
        Http.Reply health = Http.method("GET", "/operator/health", null, null, Map.of("Authorization", basic("operator", OPERATOR_PASSWORD)));
        assertEquals(200, health.status(), health::toString);
        assertEquals("UP", health.json().getString("status"));
        var database = health.json().getJsonArray("checks").getJsonObject(0);
        assertEquals("database", database.getString("name"));
        assertTrue(database.getJsonObject("data").getBoolean("schema_migrated"));
        assertTrue(database.getJsonObject("data").containsKey("product"));
        var heap = health.json().getJsonArray("checks").getJsonObject(1);
        assertTrue(heap.getJsonObject("data").containsKey("max_mb"), health::toString);
    }

    @Test
    void nobodyElseSeesThem() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Curious Owner GmbH");
        for (Map<String, String> headers : java.util.List.of(Map.<String, String>of(), Map.of("Authorization", basic("operator", "guess")),
                Map.of("Authorization", basic("admin", OPERATOR_PASSWORD)), Map.of("Authorization", "Bearer " + tenant.token()))) {
            Http.Reply health = Http.method("GET", "/operator/health", null, null, headers);
            assertEquals(401, health.status(), headers + ": " + health);
            assertTrue(health.contentType().startsWith("application/problem+json"), health.contentType());
            assertFalse(health.body().contains("schema_migrated"), health::toString);
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
