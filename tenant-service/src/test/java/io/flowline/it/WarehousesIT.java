package io.flowline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class WarehousesIT {

    private static String warehouse(String code) {
        return Http.json("code", code, "name", "Warehouse " + code,
                "address", jakarta.json.Json.createObjectBuilder().add("city", "Stuttgart").add("country", "DE").build());
    }

    @Test
    void warehouseWithLocationsIsCreatedChangedAndArchived() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Stock GmbH");
        Http.Reply created = Http.post("/api/v1/warehouses", tenant.token(), warehouse("MAIN"));
        assertEquals(201, created.status(), created::toString);
        String id = created.json().getString("id");
        assertTrue(id.startsWith("whs_"));
        assertEquals("Stuttgart", created.json().getJsonObject("address").getString("city"));

        Http.Reply renamed = Http.patch("/api/v1/warehouses/" + id, tenant.token(), created.header("etag"), Http.json("name", "Hall 2"));
        assertEquals(200, renamed.status(), renamed::toString);
        assertEquals("Hall 2", renamed.json().getString("name"));
        assertEquals("MAIN", renamed.json().getString("code"));

        Http.Reply bin = Http.post("/api/v1/warehouses/" + id + "/locations", tenant.token(), Http.json("code", "A-01-03", "description", "Aisle A"));
        assertEquals(201, bin.status(), bin::toString);
        assertEquals(id, bin.json().getString("warehouse_id"));
        Http.Reply sameBin = Http.post("/api/v1/warehouses/" + id + "/locations", tenant.token(), Http.json("code", "A-01-03"));
        assertEquals(409, sameBin.status(), sameBin::toString);
        assertEquals(1, Http.get("/api/v1/warehouses/" + id + "/locations", tenant.token()).data().size());

        assertEquals(200, Http.post("/api/v1/warehouses/" + id + "/archive", tenant.token(), null).status());
        assertEquals(0, Http.get("/api/v1/warehouses", tenant.token()).data().size());
        assertEquals(1, Http.get("/api/v1/warehouses?include_archived=true", tenant.token()).data().size());
        assertEquals(409, Http.post("/api/v1/warehouses/" + id + "/locations", tenant.token(), Http.json("code", "B-01")).status(),
                "an archived warehouse takes no new locations");
    }

    @Test
    void duplicateCodeAndBadFieldsAreNamed() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Codes GmbH");
        assertEquals(201, Http.post("/api/v1/warehouses", tenant.token(), warehouse("W1")).status());
        Http.Reply duplicate = Http.post("/api/v1/warehouses", tenant.token(), warehouse("W1"));
        assertEquals(409, duplicate.status(), duplicate::toString);
        assertEquals(List.of("code"), duplicate.errorFields());
        Http.Reply bad = Http.post("/api/v1/warehouses", tenant.token(), Http.json("code", "has space", "name", "",
                "address", jakarta.json.Json.createObjectBuilder().add("country", "Germany").build()));
        assertEquals(400, bad.status(), bad::toString);
        assertEquals(List.of("address.country", "code", "name"), bad.errorFields());
    }

    @Test
    void onlyWarehouseStaffChangeWarehousesButEveryoneReadsThem() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Roles Stock");
        String sales = TestTenants.userWithRole(tenant, "sales");
        assertEquals(403, Http.post("/api/v1/warehouses", sales, warehouse("S1")).status());
        String storekeeper = TestTenants.userWithRole(tenant, "warehouse");
        assertEquals(201, Http.post("/api/v1/warehouses", storekeeper, warehouse("S1")).status());
        assertEquals(1, Http.get("/api/v1/warehouses", sales).data().size());
    }
}
