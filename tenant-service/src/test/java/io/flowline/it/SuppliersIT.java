package io.flowline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SuppliersIT {

    @Test
    void supplierDefaultsToTheTenantsCurrencyAndIsChangedAndArchived() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Buyer GmbH");
        Http.Reply created = Http.post("/api/v1/suppliers", tenant.token(),
                Http.json("code", "HOLZ-01", "name", "Holzwerk Mayer KG", "email", "orders@holzwerk.example"));
        assertEquals(201, created.status(), created::toString);
        assertEquals("EUR", created.json().getString("currency"), "a German tenant's default currency");
        String id = created.json().getString("id");

        Http.Reply changed = Http.patch("/api/v1/suppliers/" + id, tenant.token(), created.header("etag"),
                Http.json("default_lead_time_days", 14, "currency", "CHF"));
        assertEquals(200, changed.status(), changed::toString);
        assertEquals(14, changed.json().getInt("default_lead_time_days"));
        assertEquals("CHF", changed.json().getString("currency"));
        assertEquals("orders@holzwerk.example", changed.json().getString("email"), "fields left out stay as they were");
        assertEquals(412, Http.patch("/api/v1/suppliers/" + id, tenant.token(), created.header("etag"), Http.json("name", "Stale")).status());

        assertEquals(200, Http.post("/api/v1/suppliers/" + id + "/archive", tenant.token(), null).status());
        assertEquals(0, Http.get("/api/v1/suppliers", tenant.token()).data().size());
    }

    @Test
    void badFieldsAreNamedAndCodesAreUnique() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Picky Buyer");
        Http.Reply bad = Http.post("/api/v1/suppliers", tenant.token(),
                Http.json("code", "S 1", "name", "X", "email", "nope", "currency", "euro", "default_lead_time_days", -3));
        assertEquals(400, bad.status(), bad::toString);
        assertEquals(List.of("code", "currency", "default_lead_time_days", "email"), bad.errorFields());
        assertEquals(201, Http.post("/api/v1/suppliers", tenant.token(), Http.json("code", "S1", "name", "One")).status());
        assertEquals(409, Http.post("/api/v1/suppliers", tenant.token(), Http.json("code", "S1", "name", "Two")).status());
    }
}
