package io.flowline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

class AuditEventsIT {

    @Test
    void everyChangeIsRecordedWithWhoWhatAndWhen() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Audited GmbH");
        String etag = Http.get("/api/v1/tenant", tenant.token()).header("etag");
        assertEquals(200, Http.patch("/api/v1/tenant", tenant.token(), etag, Http.json("name", "Audited AG")).status());
        Http.Reply invite = Http.post("/api/v1/users", tenant.token(), Http.json("email", TestTenants.uniqueEmail("aud"), "role", "sales"));
        String userId = invite.json().getString("id");

        Http.Reply events = Http.get("/api/v1/audit-events?limit=10", tenant.token());
        assertEquals(200, events.status(), events::toString);
        JsonObject newest = events.data().getJsonObject(0);
        assertEquals("user.invited", newest.getString("action"));
        assertEquals(userId, newest.getString("object_id"));
        assertEquals(tenant.ownerId(), newest.getString("actor_id"));
        assertEquals("user", newest.getString("actor_type"));
        JsonObject rename = events.data().getJsonObject(1);
        assertEquals("tenant.updated", rename.getString("action"));
        assertEquals("Audited GmbH", rename.getJsonObject("changes").getJsonObject("name").getString("from"));
        assertEquals("Audited AG", rename.getJsonObject("changes").getJsonObject("name").getString("to"));
        JsonObject verified = events.data().getJsonObject(2);
        assertEquals("tenant.email_verified", verified.getString("action"));
        assertEquals(tenant.ownerId(), verified.getString("actor_id"));
        assertTrue(events.data().getJsonObject(3).getString("action").equals("tenant.created"));

        Http.Reply byObject = Http.get("/api/v1/audit-events?object_id=" + userId, tenant.token());
        assertEquals(1, byObject.data().size());
        Http.Reply one = Http.get("/api/v1/audit-events/" + newest.getString("id"), tenant.token());
        assertEquals(200, one.status());
    }

    @Test
    void auditTrailIsAppendOnly() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Append Only");
        String id = Http.get("/api/v1/audit-events", tenant.token()).data().getJsonObject(0).getString("id");
        assertEquals(405, Http.method("DELETE", "/api/v1/audit-events/" + id, tenant.token(), null, Map.of()).status());
        assertEquals(405, Http.method("PATCH", "/api/v1/audit-events/" + id, tenant.token(), "{}", Map.of()).status());
    }
}
