package io.flowline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class IdempotencyIT {

    @Test
    void twoPostsWithTheSameKeyMakeOneObject() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Retry GmbH");
        String key = UUID.randomUUID().toString();
        String body = Http.json("email", TestTenants.uniqueEmail("retry"), "role", "viewer");
        Http.Reply first = Http.post("/api/v1/users", tenant.token(), body, Map.of("Idempotency-Key", key));
        Http.Reply retry = Http.post("/api/v1/users", tenant.token(), body, Map.of("Idempotency-Key", key));
        assertEquals(201, first.status(), first::toString);
        assertEquals(201, retry.status(), retry::toString);
        assertEquals("true", retry.header("idempotent-replayed"));
        assertEquals(first.json().getString("id"), retry.json().getString("id"));
        assertEquals(first.header("location"), retry.header("location"));
        assertEquals(2, Http.get("/api/v1/users", tenant.token()).data().size(), "the owner and one invited user, not two");
    }

    @Test
    void theSameKeyWithAnotherBodyIs422() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Reuse Ltd");
        String key = UUID.randomUUID().toString();
        assertEquals(201, Http.post("/api/v1/users", tenant.token(), Http.json("email", TestTenants.uniqueEmail("a"), "role", "viewer"),
                Map.of("Idempotency-Key", key)).status());
        Http.Reply other = Http.post("/api/v1/users", tenant.token(), Http.json("email", TestTenants.uniqueEmail("b"), "role", "viewer"),
                Map.of("Idempotency-Key", key));
        assertEquals(422, other.status(), other::toString);
    }

    @Test
    void keysAreScopedPerTenant() {
        TestTenants.TestTenant first = TestTenants.signUp("Scope One");
        TestTenants.TestTenant second = TestTenants.signUp("Scope Two");
        String key = UUID.randomUUID().toString();
        String body = Http.json("name", "Same request", "role", "viewer");
        Http.Reply a = Http.post("/api/v1/api-clients", first.token(), body, Map.of("Idempotency-Key", key));
        Http.Reply b = Http.post("/api/v1/api-clients", second.token(), body, Map.of("Idempotency-Key", key));
        assertEquals(201, a.status());
        assertEquals(201, b.status());
        assertEquals(null, b.header("idempotent-replayed"), "another tenant's key never replays someone else's response");
    }

    @Test
    void signupRetriedWithTheSameKeyCreatesOneCompany() {
        String key = UUID.randomUUID().toString();
        String body = Http.json("company", "Once Only", "country", "DE", "email", TestTenants.uniqueEmail("once"), "password", TestTenants.PASSWORD);
        Http.Reply first = Http.post("/api/v1/signup", null, body, Map.of("Idempotency-Key", key));
        Http.Reply retry = Http.post("/api/v1/signup", null, body, Map.of("Idempotency-Key", key));
        assertEquals(202, first.status(), first::toString);
        assertEquals(202, retry.status(), "a retry gets the first answer: " + retry);
        assertEquals("true", retry.header("idempotent-replayed"), "the retry is a replay, not a second sign-up");
    }
}
