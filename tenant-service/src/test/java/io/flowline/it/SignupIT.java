package io.flowline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SignupIT {

    @Test
    void signupCreatesTenantWithCountryDefaultsAndOwner() {
        String email = TestTenants.uniqueEmail("founder");
        Http.Reply reply = Http.post("/api/v1/signup", null,
                Http.json("company", "Parkett Huber", "country", "AT", "email", email, "password", TestTenants.PASSWORD, "plan", "professional"));
        assertEquals(202, reply.status(), reply::toString);
        assertEquals("signup", reply.json().getString("object"));
        assertEquals(email, reply.json().getString("email"));
        assertFalse(reply.body().contains("password"), "the response must not echo the password");
        String token = TestTenants.login(email, TestTenants.PASSWORD);
        var tenant = Http.get("/api/v1/tenant", token).json();
        assertTrue(tenant.getString("id").startsWith("ten_"));
        assertEquals("Parkett Huber", tenant.getString("name"));
        assertEquals("de-AT", tenant.getString("locale"));
        assertEquals("EUR", tenant.getString("currency"));
        assertEquals("Europe/Vienna", tenant.getString("time_zone"));
        assertEquals("professional", tenant.getString("plan"));
        var me = Http.get("/api/v1/me", token).json();
        assertTrue(me.getString("id").startsWith("usr_"));
        assertEquals("owner", me.getString("role"));
        assertEquals(email, me.getString("email"));
    }

    @Test
    void badSignupIsProblemJsonNamingEveryBadField() {
        Http.Reply reply = Http.post("/api/v1/signup", null,
                Http.json("company", "", "country", "Germany", "email", "not-an-email", "password", "short"));
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertEquals(List.of("company", "country", "email", "password"), reply.errorFields());
        assertEquals(400, reply.json().getInt("status"));
    }

    @Test
    void unknownCountryIsRefused() {
        Http.Reply reply = Http.post("/api/v1/signup", null,
                Http.json("company", "Nowhere Ltd", "country", "XX", "email", TestTenants.uniqueEmail("x"), "password", TestTenants.PASSWORD));
        assertEquals(400, reply.status(), reply::toString);
        assertEquals(List.of("country"), reply.errorFields());
    }

    @Test
    void commonPasswordIsRefused() {
        Http.Reply reply = Http.post("/api/v1/signup", null,
                Http.json("company", "Weak Co", "country", "DE", "email", TestTenants.uniqueEmail("weak"), "password", "password123"));
        assertEquals(400, reply.status(), reply::toString);
        assertEquals(List.of("password"), reply.errorFields());
    }

    @Test
    void sixtyFourCharacterPassphraseIsAccepted() {
        String passphrase = "the quick brown fox jumps over the lazy dog while planning mrp!!";
        assertEquals(64, passphrase.length());
        String email = TestTenants.uniqueEmail("long");
        Http.Reply reply = Http.post("/api/v1/signup", null,
                Http.json("company", "Long Pass GmbH", "country", "DE", "email", email, "password", passphrase));
        assertEquals(202, reply.status(), reply::toString);
        TestTenants.login(email, passphrase);
    }

    @Test
    void readOnlyAndUnknownFieldsAreNamedNotIgnored() {
        Http.Reply reply = Http.post("/api/v1/signup", null,
                Http.json("company", "Sneaky", "country", "DE", "email", TestTenants.uniqueEmail("s"), "password", TestTenants.PASSWORD,
                        "tenant_id", "ten_01AAAAAAAAAAAAAAAAAAAAAAAA", "colour", "red"));
        assertEquals(400, reply.status(), reply::toString);
        assertEquals(List.of("colour", "tenant_id"), reply.errorFields());
        assertTrue(reply.body().contains("is read-only"), reply.body());
    }

    @Test
    void malformedJsonIsA400NotA500() {
        Http.Reply reply = Http.post("/api/v1/signup", null, "{\"company\": ");
        assertEquals(400, reply.status(), reply::toString);
        assertEquals(List.of("body"), reply.errorFields());
    }

    @Test
    void secondSignupWithTheSameEmailAnswersAlikeCreatesNothingAndTellsTheOwner() {
        String email = TestTenants.uniqueEmail("twice");
        long started = System.nanoTime();
        Http.Reply first = Http.post("/api/v1/signup", null,
                Http.json("company", "Once", "country", "DE", "email", email, "password", TestTenants.PASSWORD));
        long firstMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        Http.Reply again = Http.post("/api/v1/signup", null,
                Http.json("company", "Twice", "country", "SE", "email", email, "password", "another sturdy passphrase"));
        long againMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("Sign-up answered in " + firstMillis + " ms for a new e-mail, " + againMillis + " ms for a registered one");

        assertEquals(202, first.status(), first::toString);
        assertEquals(first.status(), again.status(), again::toString);
        assertEquals(first.body(), again.body(), "the same answer: it must not reveal that the e-mail has an account");
        assertEquals(first.contentType(), again.contentType());

        String token = TestTenants.login(email, TestTenants.PASSWORD);
        assertEquals("Once", Http.get("/api/v1/me", token).json().getJsonObject("company").getString("name"), "no second company");
        Http.Reply secondPassword = Http.form("/api/v1/auth/token",
                java.util.Map.of("grant_type", "password", "username", email, "password", "another sturdy passphrase"), java.util.Map.of());
        assertEquals(400, secondPassword.status(), "the second sign-up's password signs in nowhere: " + secondPassword);
        if (Mailbox.configured()) {
            var notice = Mailbox.awaitSubject(email, "Someone tried to sign up");
            assertTrue(Mailbox.text(notice).contains(email), Mailbox.text(notice));
            assertFalse(Mailbox.text(notice).contains("evt_"), "the notice carries no verification code");
        }
    }
}
