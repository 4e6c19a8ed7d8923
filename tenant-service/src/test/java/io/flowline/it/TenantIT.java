package io.flowline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TenantIT {

    @Test
    void patchWithTheCurrentEtagChangesSettings() {
        // unverified: verifying the e-mail is a change of the company too, which would make it version 2
        TestTenants.TestTenant tenant = TestTenants.signUpUnverified("Settings GmbH");
        Http.Reply read = Http.get("/api/v1/tenant", tenant.token());
        String etag = read.header("etag");
        assertEquals("\"1\"", etag);
        Http.Reply changed = Http.patch("/api/v1/tenant", tenant.token(), etag,
                Http.json("name", "Settings AG", "time_zone", "Europe/Zurich", "currency", "CHF",
                        "enabled_modules", jakarta.json.Json.createArrayBuilder().add("planning").add("orders").build(),
                        "order_number_format", "A{YY}{MM}-{SEQ:4}"));
        assertEquals(200, changed.status(), changed::toString);
        assertEquals("Settings AG", changed.json().getString("name"));
        assertEquals("Europe/Zurich", changed.json().getString("time_zone"));
        assertEquals(List.of("orders", "planning"), changed.json().getJsonArray("enabled_modules").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals("\"2\"", changed.header("etag"));
    }

    @Test
    void staleEtagIs412AndMissingIfMatchIs428() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Lost Update Ltd");
        String etag = Http.get("/api/v1/tenant", tenant.token()).header("etag");
        assertEquals(200, Http.patch("/api/v1/tenant", tenant.token(), etag, Http.json("name", "First writer")).status());
        Http.Reply stale = Http.patch("/api/v1/tenant", tenant.token(), etag, Http.json("name", "Second writer"));
        assertEquals(412, stale.status(), stale::toString);
        assertTrue(stale.contentType().startsWith("application/problem+json"));
        assertEquals("First writer", Http.get("/api/v1/tenant", tenant.token()).json().getString("name"));
        assertEquals(428, Http.patch("/api/v1/tenant", tenant.token(), null, Http.json("name", "No precondition")).status());
    }

    @Test
    void invalidSettingsAreNamedFieldByFieldAndNothingChanges() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Typo Corp");
        String etag = Http.get("/api/v1/tenant", tenant.token()).header("etag");
        Http.Reply reply = Http.patch("/api/v1/tenant", tenant.token(), etag,
                Http.json("name", "Renamed", "currency", "EURO", "time_zone", "Mars/Olympus", "order_number_format", "SO-{YEAR}",
                        "enabled_modules", jakarta.json.Json.createArrayBuilder().add("teleportation").build()));
        assertEquals(400, reply.status(), reply::toString);
        assertEquals(List.of("currency", "enabled_modules", "order_number_format", "time_zone"), reply.errorFields());
        assertEquals("Typo Corp", Http.get("/api/v1/tenant", tenant.token()).json().getString("name"));
    }

    @Test
    void readOnlyFieldsAreRefusedByName() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Readonly Inc");
        String etag = Http.get("/api/v1/tenant", tenant.token()).header("etag");
        Http.Reply reply = Http.patch("/api/v1/tenant", tenant.token(), etag, Http.json("id", "ten_x", "version", 7, "created_at", "2020-01-01T00:00:00Z"));
        assertEquals(400, reply.status(), reply::toString);
        assertEquals(List.of("created_at", "id", "version"), reply.errorFields());
    }

    @Test
    void onlyOwnerOrAdminMayChangeSettings() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Roles GmbH");
        String viewer = TestTenants.userWithRole(tenant, "viewer");
        assertEquals(200, Http.get("/api/v1/tenant", viewer).status());
        String etag = Http.get("/api/v1/tenant", viewer).header("etag");
        assertEquals(403, Http.patch("/api/v1/tenant", viewer, etag, Http.json("name", "Hijacked")).status());
    }

    @Test
    void aSwitchedOffModuleAnswers403UntilSwitchedOn() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Modules GmbH");
        String lotSizing = Http.json("rule", "lot_for_lot", "demand", jakarta.json.Json.createArrayBuilder().add(10).add(20).build(),
                "ordering_cost", 50, "holding_cost", 1);
        assertEquals(200, Http.post("/api/v1/planning/lot-sizing", tenant.token(), lotSizing).status());
        String etag = Http.get("/api/v1/tenant", tenant.token()).header("etag");
        Http.Reply off = Http.patch("/api/v1/tenant", tenant.token(), etag,
                Http.json("enabled_modules", jakarta.json.Json.createArrayBuilder().add("orders").build()));
        assertEquals(200, off.status(), off::toString);
        Http.Reply refused = Http.post("/api/v1/planning/lot-sizing", tenant.token(), lotSizing);
        assertEquals(403, refused.status(), refused::toString);
        assertTrue(refused.json().getString("type").endsWith("/module-disabled"));
        Http.patch("/api/v1/tenant", tenant.token(), off.header("etag"),
                Http.json("enabled_modules", jakarta.json.Json.createArrayBuilder().add("orders").add("planning").build()));
        assertEquals(200, Http.post("/api/v1/planning/lot-sizing", tenant.token(), lotSizing).status());
    }
}
