package io.flowline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void twoCallersOfOneCompanyUsingTheSameKeyGetTwoIndependentResults() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Two Callers AS");
        String admin = TestTenants.userWithRole(tenant, "admin");
        String key = UUID.randomUUID().toString();
        String body = Http.json("name", "Nightly sync", "role", "viewer");
        Http.Reply owners = Http.post("/api/v1/api-clients", tenant.token(), body, Map.of("Idempotency-Key", key));
        Http.Reply admins = Http.post("/api/v1/api-clients", admin, body, Map.of("Idempotency-Key", key));
        assertEquals(201, owners.status(), owners::toString);
        assertEquals(201, admins.status(), admins::toString);
        assertNull(admins.header("idempotent-replayed"), "a colleague's key never replays someone else's response");
        assertNotEquals(owners.json().getString("id"), admins.json().getString("id"));
        assertTrue(admins.json().containsKey("client_secret"), "the second caller's own first answer carries its own secret");
    }

    @Test
    void theSameJsonWrittenWithOtherWhitespaceAndKeyOrderIsAReplay() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Canonical GmbH");
        String key = UUID.randomUUID().toString();
        Http.Reply first = Http.post("/api/v1/api-clients", tenant.token(), "{\"name\":\"ERP\",\"role\":\"sales\"}",
                Map.of("Idempotency-Key", key));
        Http.Reply retry = Http.post("/api/v1/api-clients", tenant.token(), "{\n  \"role\" : \"sales\",\n\t\"name\":  \"ERP\"\n}",
                Map.of("Idempotency-Key", key));
        assertEquals(201, first.status(), first::toString);
        assertEquals(201, retry.status(), retry::toString);
        assertEquals("true", retry.header("idempotent-replayed"));
        assertEquals(first.json().getString("id"), retry.json().getString("id"));
    }

    @Test
    void theSameKeyWithAnotherQueryStringIs422() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Query Oy");
        String key = UUID.randomUUID().toString();
        String body = Http.json("email", TestTenants.uniqueEmail("q"), "role", "viewer");
        assertEquals(201, Http.post("/api/v1/users", tenant.token(), body, Map.of("Idempotency-Key", key)).status());
        Http.Reply other = Http.post("/api/v1/users?source=crm", tenant.token(), body, Map.of("Idempotency-Key", key));
        assertEquals(422, other.status(), other::toString);
        assertTrue(other.contentType().startsWith("application/problem+json"), other.contentType());
    }

    @Test
    void aReplayNeverCarriesTheClientSecretAndSaysSo() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Secret Keeper Ltd");
        String key = UUID.randomUUID().toString();
        String body = Http.json("name", "Warehouse scanner", "role", "warehouse");
        Http.Reply first = Http.post("/api/v1/api-clients", tenant.token(), body, Map.of("Idempotency-Key", key));
        Http.Reply retry = Http.post("/api/v1/api-clients", tenant.token(), body, Map.of("Idempotency-Key", key));
        assertEquals(201, first.status(), first::toString);
        String secret = first.json().getString("client_secret");
        assertEquals(201, retry.status(), retry::toString);
        assertEquals("true", retry.header("idempotent-replayed"));
        assertEquals(first.json().getString("id"), retry.json().getString("id"));
        assertFalse(retry.json().containsKey("client_secret"), retry::toString);
        assertFalse(retry.body().contains(secret), retry::toString);
        assertEquals("client_secret", retry.header("idempotent-replay-omitted"));
        assertNull(first.header("idempotent-replay-omitted"));
    }

    @Test
    void aReplayedInvitationHasNoToken() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Invite Twice AB");
        String key = UUID.randomUUID().toString();
        String body = Http.json("email", TestTenants.uniqueEmail("twice"), "role", "planner");
        Http.Reply first = Http.post("/api/v1/users", tenant.token(), body, Map.of("Idempotency-Key", key));
        Http.Reply retry = Http.post("/api/v1/users", tenant.token(), body, Map.of("Idempotency-Key", key));
        assertTrue(first.json().containsKey("invitation_token"), first::toString);
        assertFalse(retry.json().containsKey("invitation_token"), retry::toString);
        assertEquals("invitation_token", retry.header("idempotent-replay-omitted"));
    }

    @Test
    void aPostWithoutAKeyStillWorks() {
        TestTenants.TestTenant tenant = TestTenants.signUp("No Key KG");
        Http.Reply created = Http.post("/api/v1/api-clients", tenant.token(), Http.json("name", "Keyless", "role", "viewer"), Map.of());
        assertEquals(201, created.status(), created::toString);
        assertNull(created.header("idempotent-replayed"));
    }

    @Test
    void anonymousKeysAreScopedByTheRequestSoAnotherBodyIsANewRequest() {
        String key = UUID.randomUUID().toString();
        String firstEmail = TestTenants.uniqueEmail("anon");
        String secondEmail = TestTenants.uniqueEmail("anon");
        Http.Reply first = Http.post("/api/v1/signup", null, Http.json("company", "Anon One", "country", "DE",
                "email", firstEmail, "password", TestTenants.PASSWORD), Map.of("Idempotency-Key", key));
        Http.Reply second = Http.post("/api/v1/signup", null, Http.json("company", "Anon Two", "country", "DE",
                "email", secondEmail, "password", TestTenants.PASSWORD), Map.of("Idempotency-Key", key));
        assertEquals(202, first.status(), first::toString);
        assertEquals(202, second.status(), "a stranger who picks the same key neither blocks nor reads the first sign-up: " + second);
        assertNull(second.header("idempotent-replayed"));
        assertEquals(firstEmail, first.json().getString("email"));
        assertEquals(secondEmail, second.json().getString("email"), "the second sign-up was carried out, not the first one replayed");
        // both companies exist: each owner signs in (login fails the test otherwise)
        TestTenants.login(firstEmail, TestTenants.PASSWORD);
        TestTenants.login(secondEmail, TestTenants.PASSWORD);
    }

    @Test
    void theOpenApiDocumentDeclaresTheKeyOnEveryPost() {
        jakarta.json.JsonObject document = OpenApiDocument.served();
        jakarta.json.JsonObject parameter = document.getJsonObject("components").getJsonObject("parameters").getJsonObject("IdempotencyKey");
        assertEquals("Idempotency-Key", parameter.getString("name"));
        assertEquals("header", parameter.getString("in"));
        assertTrue(parameter.getString("description").contains("422"), "the description explains the semantics");
        int[] posts = {0};
        document.getJsonObject("paths").forEach((path, item) -> {
            jakarta.json.JsonObject post = item.asJsonObject().getJsonObject("post");
            if (post != null) {
                posts[0]++;
                assertTrue(post.getJsonArray("parameters") != null && post.getJsonArray("parameters").stream()
                                .anyMatch(p -> "#/components/parameters/IdempotencyKey".equals(p.asJsonObject().getString("$ref", null))),
                        "POST " + path + " declares Idempotency-Key");
            }
        });
        assertTrue(posts[0] > 40, "every POST was walked, not none: " + posts[0]);
    }
}
