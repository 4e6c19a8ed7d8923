package io.flowline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;

/** Signs up fresh companies so every test owns its data and never depends on another's. */
public final class TestTenants {
    public static final String PASSWORD = "a sturdy test passphrase";

    private TestTenants() {
    }

    public record TestTenant(String id, String ownerId, String email, String token) {
    }

    public static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 12) + "@it.example";
    }

    public static TestTenant signUp(String company) {
        String email = uniqueEmail("owner");
        Http.Reply signup = Http.post("/api/v1/signup", null,
                Http.json("company", company, "country", "DE", "email", email, "password", PASSWORD));
        assertEquals(201, signup.status(), signup::toString);
        String token = login(email, PASSWORD);
        return new TestTenant(signup.json().getJsonObject("tenant").getString("id"),
                signup.json().getJsonObject("owner").getString("id"), email, token);
    }

    public static String login(String email, String password) {
        Http.Reply reply = Http.form("/api/v1/auth/token", Map.of("grant_type", "password", "username", email, "password", password), Map.of());
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getString("access_token");
    }

    /** Invites a user with the role, accepts the invitation and signs in as them. */
    public static String userWithRole(TestTenant tenant, String role) {
        String email = uniqueEmail(role);
        Http.Reply invite = Http.post("/api/v1/users", tenant.token(), Http.json("email", email, "role", role));
        assertEquals(201, invite.status(), invite::toString);
        Http.Reply accept = Http.post("/api/v1/invitations/accept", null,
                Http.json("token", invite.json().getString("invitation_token"), "password", PASSWORD));
        assertEquals(200, accept.status(), accept::toString);
        return login(email, PASSWORD);
    }
}
