package io.flowline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Suppliers, their item terms and purchase orders for tests, created through HTTP. */
final class PurchasingFixtures {
    private PurchasingFixtures() {
    }

    /** A supplier; {@code extra} is more JSON members, such as "\"default_lead_time_days\":10". */
    static String supplier(String token, String extra) {
        String code = StockFixtures.unique("SUP");
        Http.Reply created = Http.post("/api/v1/suppliers", token, "{\"code\":\"" + code + "\",\"name\":\"" + code + "\""
                + (extra.isEmpty() ? "" : "," + extra) + "}");
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("id");
    }

    static Http.Reply supplierItem(String token, String supplierId, String itemId, String extra) {
        Http.Reply added = Http.post("/api/v1/suppliers/" + supplierId + "/items", token, "{\"item_id\":\"" + itemId + "\""
                + (extra.isEmpty() ? "" : "," + extra) + "}");
        assertEquals(201, added.status(), added::toString);
        return added;
    }

    /** A draft purchase order of one line; {@code lineExtra} is more JSON members of the line. */
    static Http.Reply purchaseOrder(String token, String supplierId, String itemId, String quantity, String lineExtra) {
        Http.Reply created = Http.post("/api/v1/purchase-orders", token, "{\"supplier_id\":\"" + supplierId + "\",\"lines\":[{\"item_id\":\""
                + itemId + "\",\"quantity\":" + quantity + (lineExtra.isEmpty() ? "" : "," + lineExtra) + "}]}");
        assertEquals(201, created.status(), created::toString);
        return created;
    }

    static Http.Reply send(String token, String orderId) {
        Http.Reply sent = Http.post("/api/v1/purchase-orders/" + orderId + "/send", token, null);
        assertEquals(200, sent.status(), sent::toString);
        return sent;
    }

    /** Receives one line; {@code extra} is more JSON members of the receipt line, such as a lot number. */
    static Http.Reply receive(String token, String orderId, String warehouseId, String lineId, String quantity, String extra) {
        return Http.post("/api/v1/purchase-orders/" + orderId + "/receipts", token, "{\"warehouse_id\":\"" + warehouseId + "\",\"lines\":[{\"line_id\":\""
                + lineId + "\",\"quantity\":" + quantity + (extra.isEmpty() ? "" : "," + extra) + "}]}");
    }

    /** For CrossTenantIT: a supplier with an item it delivers, and a sent purchase order with a receipt. */
    static void aReceivedPurchaseOrder(TestTenants.TestTenant owner) {
        String token = owner.token();
        String item = StockFixtures.item(token, "");
        String supplier = supplier(token, "");
        supplierItem(token, supplier, item, "\"unit_price\":{\"amount\":3},\"preferred\":true");
        Http.Reply order = purchaseOrder(token, supplier, item, "10", "");
        String id = order.json().getString("id");
        send(token, id);
        String line = order.json().getJsonArray("lines").getJsonObject(0).getString("id");
        Http.Reply received = receive(token, id, StockFixtures.warehouse(token), line, "4", "");
        assertEquals(201, received.status(), received::toString);
    }
}
