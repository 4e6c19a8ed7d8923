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

    /** A company whose e-mail is verified through the link in the mail it got, as its owner would (when a mailbox is configured). */
    public static TestTenant signUp(String company) {
        TestTenant tenant = signUpUnverified(company);
        if (Mailbox.configured()) {
            verify(tenant.email());
        }
        return tenant;
    }

    /** A company just signed up: its owner can sign in, but it cannot invite users or create API clients yet. */
    public static TestTenant signUpUnverified(String company) {
        String email = uniqueEmail("owner");
        Http.Reply signup = Http.post("/api/v1/signup", null,
                Http.json("company", company, "country", "DE", "email", email, "password", PASSWORD));
        assertEquals(202, signup.status(), signup::toString);
        String token = login(email, PASSWORD);
        Http.Reply me = Http.get("/api/v1/me", token);
        assertEquals(200, me.status(), me::toString);
        return new TestTenant(me.json().getJsonObject("company").getString("id"), me.json().getString("id"), email, token);
    }

    /** Verifies the company of the owner with the code of the verification e-mail they got. */
    public static void verify(String ownerEmail) {
        String code = Mailbox.token(Mailbox.awaitSubject(ownerEmail, "Confirm your e-mail address"), "evt_");
        Http.Reply verified = Http.post("/api/v1/auth/verify-email", null, Http.json("token", code));
        assertEquals(200, verified.status(), verified::toString);
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
