package io.flowline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

/** Items, warehouses, lots and stock for tests of the stock ledger, created through HTTP. */
final class StockFixtures {
    private StockFixtures() {
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** An item; {@code extra} is more JSON members, such as "\"lot_tracked\":true". */
    static String item(String token, String extra) {
        String code = unique("ITM");
        Http.Reply created = Http.post("/api/v1/items", token, "{\"code\":\"" + code + "\",\"name\":\"" + code + "\",\"kind\":\"material\""
                + (extra.isEmpty() ? "" : "," + extra) + "}");
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("id");
    }

    static String warehouse(String token) {
        Http.Reply created = Http.post("/api/v1/warehouses", token, Http.json("code", unique("WH"), "name", "Warehouse"));
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("id");
    }

    static String location(String token, String warehouseId) {
        Http.Reply created = Http.post("/api/v1/warehouses/" + warehouseId + "/locations", token, Http.json("code", unique("BIN")));
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("id");
    }

    static String lot(String token, String itemId, String status) {
        Http.Reply created = Http.post("/api/v1/lots", token, Http.json("item_id", itemId, "number", unique("L"), "status", status));
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("id");
    }

    /** Posts a movement; the body's JSON members follow kind, item and warehouse. */
    static Http.Reply move(String token, String kind, String itemId, String warehouseId, String quantity, String extra) {
        return Http.post("/api/v1/stock-movements", token, "{\"kind\":\"" + kind + "\",\"item_id\":\"" + itemId + "\",\"warehouse_id\":\""
                + warehouseId + "\",\"quantity\":" + quantity + (extra.isEmpty() ? "" : "," + extra) + "}");
    }

    static Http.Reply receive(String token, String itemId, String warehouseId, String quantity) {
        Http.Reply posted = move(token, "receipt", itemId, warehouseId, quantity, "");
        assertEquals(201, posted.status(), posted::toString);
        return posted;
    }

    static Http.Reply reserve(String token, String itemId, String warehouseId, String quantity) {
        return Http.post("/api/v1/reservations", token, "{\"item_id\":\"" + itemId + "\",\"warehouse_id\":\"" + warehouseId + "\",\"quantity\":"
                + quantity + ",\"reference\":{\"type\":\"order_line\",\"id\":\"" + unique("SO") + "/1\"}}");
    }

    // ---- for CrossTenantIT: one object of each stock collection, with what it needs

    static String aStockMovement(TestTenants.TestTenant owner) {
        String item = item(owner.token(), "");
        return receive(owner.token(), item, warehouse(owner.token()), "5").json().getJsonArray("movements").getJsonObject(0).getString("id");
    }

    static String aLot(TestTenants.TestTenant owner) {
        return lot(owner.token(), item(owner.token(), "\"lot_tracked\":true"), "quarantined");
    }

    static String aReservation(TestTenants.TestTenant owner) {
        String item = item(owner.token(), "");
        String warehouse = warehouse(owner.token());
        receive(owner.token(), item, warehouse, "5");
        Http.Reply reserved = reserve(owner.token(), item, warehouse, "2");
        assertEquals(201, reserved.status(), reserved::toString);
        return reserved.json().getString("id");
    }

    static String aStockCount(TestTenants.TestTenant owner) {
        String warehouse = warehouse(owner.token());
        receive(owner.token(), item(owner.token(), ""), warehouse, "5");
        Http.Reply opened = Http.post("/api/v1/stock-counts", owner.token(), Http.json("warehouse_id", warehouse));
        assertEquals(201, opened.status(), opened::toString);
        return opened.json().getString("id");
    }
}
