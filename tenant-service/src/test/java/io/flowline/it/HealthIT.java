package io.flowline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HealthIT {

    @Test
    void readinessRunsTheNamedDatabaseCheck() {
        Http.Reply ready = Http.get("/health/ready", null);
        assertEquals(200, ready.status(), ready::toString);
        assertEquals("UP", ready.json().getString("status"));
        var check = ready.json().getJsonArray("checks").getJsonObject(0);
        assertEquals("database", check.getString("name"));
        assertEquals(true, check.getJsonObject("data").getBoolean("schema_migrated"));
    }

    @Test
    void livenessIsUp() {
        Http.Reply live = Http.get("/health/live", null);
        assertEquals(200, live.status(), live::toString);
        assertEquals("UP", live.json().getString("status"));
    }
}
