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
        assertEquals(201, reply.status(), reply::toString);
        var tenant = reply.json().getJsonObject("tenant");
        assertTrue(tenant.getString("id").startsWith("ten_"));
        assertEquals("de-AT", tenant.getString("locale"));
        assertEquals("EUR", tenant.getString("currency"));
        assertEquals("Europe/Vienna", tenant.getString("time_zone"));
        assertEquals("professional", tenant.getString("plan"));
        var owner = reply.json().getJsonObject("owner");
        assertTrue(owner.getString("id").startsWith("usr_"));
        assertEquals("owner", owner.getString("role"));
        assertEquals(email, owner.getString("email"));
        assertFalse(reply.body().contains("password"), "the response must not echo the password");
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
        assertEquals(201, reply.status(), reply::toString);
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
    void secondSignupWithTheSameEmailIsAConflict() {
        String email = TestTenants.uniqueEmail("twice");
        String body = Http.json("company", "Once", "country", "DE", "email", email, "password", TestTenants.PASSWORD);
        assertEquals(201, Http.post("/api/v1/signup", null, body).status());
        Http.Reply again = Http.post("/api/v1/signup", null, body.replace("Once", "Twice"));
        assertEquals(409, again.status(), again::toString);
        assertTrue(again.contentType().startsWith("application/problem+json"));
    }
}
