package io.flowline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuthIT {
    static TestTenants.TestTenant acme;

    @BeforeAll
    static void signUp() {
        acme = TestTenants.signUp("Auth Acme");
    }

    private static int tenantStatusWith(String token) {
        return Http.get("/api/v1/tenant", token).status();
    }

    @Test
    void passwordGrantIssuesAWorkingBearerTokenAndARefreshToken() {
        Http.Reply reply = Http.form("/api/v1/auth/token",
                Map.of("grant_type", "password", "username", acme.email().toUpperCase(), "password", TestTenants.PASSWORD), Map.of());
        assertEquals(200, reply.status(), reply::toString);
        assertEquals("Bearer", reply.json().getString("token_type"));
        assertEquals("no-store", reply.header("cache-control"));
        assertTrue(reply.json().getInt("expires_in") > 0);
        assertNotNull(reply.json().getString("refresh_token"));
        Http.Reply tenant = Http.get("/api/v1/tenant", reply.json().getString("access_token"));
        assertEquals(200, tenant.status(), tenant::toString);
        assertEquals(acme.id(), tenant.json().getString("id"));
    }

    @Test
    void refreshTokenWorksOnceAndIsRotated() {
        Http.Reply login = Http.form("/api/v1/auth/token",
                Map.of("grant_type", "password", "username", acme.email(), "password", TestTenants.PASSWORD), Map.of());
        String refresh = login.json().getString("refresh_token");
        Http.Reply refreshed = Http.form("/api/v1/auth/token", Map.of("grant_type", "refresh_token", "refresh_token", refresh), Map.of());
        assertEquals(200, refreshed.status(), refreshed::toString);
        assertNotEquals(refresh, refreshed.json().getString("refresh_token"));
        assertEquals(200, tenantStatusWith(refreshed.json().getString("access_token")));
        Http.Reply reused = Http.form("/api/v1/auth/token", Map.of("grant_type", "refresh_token", "refresh_token", refresh), Map.of());
        assertEquals(400, reused.status(), reused::toString);
        assertEquals("invalid_grant", reused.json().getString("error"));
    }

    @Test
    void wrongPasswordIsInvalidGrantProblem() {
        Http.Reply reply = Http.form("/api/v1/auth/token",
                Map.of("grant_type", "password", "username", acme.email(), "password", "not the password at all"), Map.of());
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"));
        assertEquals("invalid_grant", reply.json().getString("error"));
    }

    @Test
    void unknownGrantTypeIsRefused() {
        Http.Reply reply = Http.form("/api/v1/auth/token", Map.of("grant_type", "implicit"), Map.of());
        assertEquals(400, reply.status(), reply::toString);
        assertEquals("unsupported_grant_type", reply.json().getString("error"));
    }

    @Test
    void repeatedFailuresAreSlowedDownThenLocked() {
        TestTenants.TestTenant victim = TestTenants.signUp("Brute Force Target");
        Map<String, String> wrong = Map.of("grant_type", "password", "username", victim.email(), "password", "guess number one");
        for (int i = 0; i < 5; i++) {
            assertEquals(400, Http.form("/api/v1/auth/token", wrong, Map.of()).status());
        }
        Http.Reply throttled = Http.form("/api/v1/auth/token",
                Map.of("grant_type", "password", "username", victim.email(), "password", TestTenants.PASSWORD), Map.of());
        assertEquals(429, throttled.status(), "even the right password waits once the account is throttled: " + throttled);
        assertNotNull(throttled.header("retry-after"));
    }

    @Test
    void requestsWithoutATokenAre401() {
        assertEquals(401, tenantStatusWith(null));
    }

    @Test
    void aRefusedTokenGetsAProblemBodyNamingWhatIsMissing() {
        for (String token : new String[] {null, "not.a.token"}) {
            Http.Reply refused = Http.get("/api/v1/items", token);
            assertEquals(401, refused.status());
            assertTrue(refused.contentType().startsWith("application/problem+json"), refused::toString);
            assertEquals("https://flowline.io/problems/unauthorized", refused.json().getString("type"));
            assertEquals("A valid bearer token is required.", refused.json().getString("detail"));
            assertEquals("/api/v1/items", refused.json().getString("instance"));
            assertTrue(refused.header("www-authenticate").startsWith("Bearer"), refused::toString);
        }
    }

    @Test
    void tamperedTokenIs401() {
        String[] parts = acme.token().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("\"owner\"", "\"admin\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertEquals(401, tenantStatusWith(tampered));
    }

    @Test
    void algNoneIs401() throws Exception {
        assertEquals(401, tenantStatusWith(Tokens.unsigned(Tokens.claims(acme.id(), acme.ownerId(), "owner"))));
    }

    @Test
    void hs256Is401() throws Exception {
        assertEquals(401, tenantStatusWith(Tokens.signHs256(Tokens.claims(acme.id(), acme.ownerId(), "owner"))));
    }

    @Test
    void tokenFromAnUnknownKeyIs401() throws Exception {
        assertEquals(401, tenantStatusWith(Tokens.signWithUnknownKey(Tokens.claims(acme.id(), acme.ownerId(), "owner"))));
    }

    @Test
    void wrongIssuerOrAudienceIs401() throws Exception {
        JwtClaims issuer = Tokens.claims(acme.id(), acme.ownerId(), "owner");
        issuer.setIssuer("https://evil.example");
        assertEquals(401, tenantStatusWith(Tokens.signWithServerKey(issuer)));
        JwtClaims audience = Tokens.claims(acme.id(), acme.ownerId(), "owner");
        audience.setAudience("another-api");
        assertEquals(401, tenantStatusWith(Tokens.signWithServerKey(audience)));
    }

    @Test
    void expiryAllowsAtMostSixtySecondsOfClockSkew() throws Exception {
        JwtClaims valid = Tokens.claims(acme.id(), acme.ownerId(), "owner");
        assertEquals(200, tenantStatusWith(Tokens.signWithServerKey(valid)), "control: a well-formed token signed by the server key is accepted");
        JwtClaims withinSkew = Tokens.claims(acme.id(), acme.ownerId(), "owner");
        Tokens.expireSecondsAgo(withinSkew, 20);
        assertEquals(200, tenantStatusWith(Tokens.signWithServerKey(withinSkew)));
        JwtClaims expired = Tokens.claims(acme.id(), acme.ownerId(), "owner");
        Tokens.expireSecondsAgo(expired, 120);
        assertEquals(401, tenantStatusWith(Tokens.signWithServerKey(expired)));
    }

    @Test
    void tenantIdInHeaderOrQueryIsNeverTrusted() {
        TestTenants.TestTenant other = TestTenants.signUp("Other Co");
        Http.Reply reply = Http.method("GET", "/api/v1/tenant?tenant_id=" + other.id(), acme.token(), null, Map.of("X-Tenant-Id", other.id()));
        assertEquals(200, reply.status(), reply::toString);
        assertEquals(acme.id(), reply.json().getString("id"));
    }

    @Test
    void jwksPublishesTheKeyThatSignsTokens() {
        Http.Reply jwks = Http.get("/.well-known/jwks.json", null);
        assertEquals(200, jwks.status(), jwks::toString);
        var key = jwks.json().getJsonArray("keys").getJsonObject(0);
        assertEquals("RSA", key.getString("kty"));
        assertNull(key.get("d"), "the private exponent must never be published");
        String header = new String(Base64.getUrlDecoder().decode(acme.token().split("\\.")[0]), StandardCharsets.UTF_8);
        assertTrue(header.contains(key.getString("kid")), header);
        assertTrue(header.contains("RS256"), header);
    }

    @Test
    void clientCredentialsWorkUntilTheClientIsRevoked() {
        Http.Reply created = Http.post("/api/v1/api-clients", acme.token(), Http.json("name", "ERP", "role", "sales"));
        assertEquals(201, created.status(), created::toString);
        String id = created.json().getString("id");
        String secret = created.json().getString("client_secret");
        String basic = "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));

        Http.Reply token = Http.form("/api/v1/auth/token", Map.of("grant_type", "client_credentials"), Map.of("Authorization", basic));
        assertEquals(200, token.status(), token::toString);
        assertEquals("sales", token.json().getString("scope"));
        assertEquals(200, tenantStatusWith(token.json().getString("access_token")));
        assertEquals(403, Http.get("/api/v1/users", token.json().getString("access_token")).status(), "a sales client may not list users");

        Http.Reply wrongSecret = Http.form("/api/v1/auth/token",
                Map.of("grant_type", "client_credentials", "client_id", id, "client_secret", "fls_wrong"), Map.of());
        assertEquals(401, wrongSecret.status(), wrongSecret::toString);
        assertEquals("invalid_client", wrongSecret.json().getString("error"));

        assertEquals(200, Http.post("/api/v1/api-clients/" + id + "/revoke", acme.token(), null).status());
        Http.Reply afterRevoke = Http.form("/api/v1/auth/token", Map.of("grant_type", "client_credentials"), Map.of("Authorization", basic));
        assertEquals(401, afterRevoke.status(), afterRevoke::toString);
        Http.Reply listed = Http.get("/api/v1/api-clients/" + id, acme.token());
        assertEquals("revoked", listed.json().getString("status"));
        assertNull(listed.json().get("client_secret"), "the secret is shown once, at creation");
    }
}
