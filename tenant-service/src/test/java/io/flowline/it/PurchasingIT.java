package io.flowline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static io.flowline.it.StockIT.assertNumber;
import static io.flowline.it.StockIT.level;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/** Supplier terms, purchase orders, receipts into stock or quarantine, valuation and replenishment, through HTTP. */
class PurchasingIT {

    private static LocalDate today(String token) {
        return LocalDate.now(ZoneId.of(Http.get("/api/v1/tenant", token).json().getString("time_zone")));
    }

    @Test
    void aPartialReceiptLeavesTheRightOpenQuantityAndTheRestCompletesTheOrder() {
        String token = TestTenants.signUp("Partial Receipts GmbH").token();
        String item = StockFixtures.item(token, "\"standard_cost\":{\"amount\":10}");
        String supplier = PurchasingFixtures.supplier(token, "\"default_lead_time_days\":10");
        JsonObject terms = PurchasingFixtures.supplierItem(token, supplier, item, "\"unit_price\":{\"amount\":8.5},\"lead_time_days\":14").json();
        assertEquals("EUR", terms.getJsonObject("unit_price").getString("currency"), "the supplier's currency");
        String warehouse = StockFixtures.warehouse(token);

        JsonObject order = PurchasingFixtures.purchaseOrder(token, supplier, item, "12", "").json();
        assertTrue(order.getString("number").matches("PO-\\d{4}-00001"), order.getString("number"));
        assertEquals("draft", order.getString("status"));
        JsonObject line = order.getJsonArray("lines").getJsonObject(0);
        assertNumber("8.5", line.getJsonObject("unit_price"), "amount");
        assertEquals(today(token).plusDays(14).toString(), line.getString("expected_date"), "today + the supplier's lead time for the item");
        assertNumber("102", order.getJsonObject("total"), "amount");
        String id = order.getString("id");
        String lineId = line.getString("id");

        Http.Reply tooEarly = PurchasingFixtures.receive(token, id, warehouse, lineId, "5", "");
        assertEquals(409, tooEarly.status(), tooEarly::toString);
        assertTrue(tooEarly.json().getString("detail").contains("allowed: send, cancel"), tooEarly::toString);
        PurchasingFixtures.send(token, id);

        Http.Reply first = PurchasingFixtures.receive(token, id, warehouse, lineId, "5", "");
        assertEquals(201, first.status(), first::toString);
        JsonObject afterFirst = Http.get("/api/v1/purchase-orders/" + id, token).json();
        assertEquals("partly_received", afterFirst.getString("status"));
        assertNumber("5", afterFirst.getJsonArray("lines").getJsonObject(0), "received_quantity");
        assertNumber("7", afterFirst.getJsonArray("lines").getJsonObject(0), "open_quantity");
        assertEquals(List.of("close"), afterFirst.getJsonArray("allowed_actions").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());

        JsonObject movement = Http.get("/api/v1/stock-movements/" + first.json().getJsonArray("lines").getJsonObject(0).getString("stock_movement_id"),
                token).json();
        assertEquals("receipt", movement.getString("kind"));
        assertEquals("purchase_order", movement.getJsonObject("reference").getString("type"));
        assertEquals(id, movement.getJsonObject("reference").getString("id"));
        assertNumber("50", movement.getJsonObject("value"), "amount");
        assertNumber("5", level(token, item), "on_hand");
        Http.Reply open = Http.get("/api/v1/purchase-orders?status=partly_received&item_id=" + item, token);
        assertEquals(1, open.data().size(), open::toString);

        assertEquals(201, PurchasingFixtures.receive(token, id, warehouse, lineId, "7", "").status());
        JsonObject complete = Http.get("/api/v1/purchase-orders/" + id, token).json();
        assertEquals("received", complete.getString("status"));
        assertNumber("0", complete.getJsonArray("lines").getJsonObject(0), "open_quantity");
        assertEquals(2, Http.get("/api/v1/purchase-orders/" + id + "/receipts", token).data().size());
        assertEquals(200, Http.post("/api/v1/purchase-orders/" + id + "/close", token, null).status());
    }

    @Test
    void aSentOrdersLinesTakeTheSuppliersConfirmedQuantityAndDate() {
        String token = TestTenants.signUp("Confirmed Dates GmbH").token();
        String item = StockFixtures.item(token, "");
        String supplier = PurchasingFixtures.supplier(token, "");
        JsonObject order = PurchasingFixtures.purchaseOrder(token, supplier, item, "12", "\"unit_price\":{\"amount\":1}").json();
        String id = order.getString("id");
        String lineId = order.getJsonArray("lines").getJsonObject(0).getString("id");
        PurchasingFixtures.send(token, id);
        assertEquals(201, PurchasingFixtures.receive(token, id, StockFixtures.warehouse(token), lineId, "5", "").status());
        Http.Reply current = Http.get("/api/v1/purchase-orders/" + id, token);

        Http.Reply belowReceived = Http.patch("/api/v1/purchase-orders/" + id, token, current.header("etag"),
                "{\"line_changes\":[{\"line_id\":\"" + lineId + "\",\"quantity\":4}]}");
        assertEquals(400, belowReceived.status(), belowReceived::toString);
        assertEquals(List.of("line_changes[0].quantity"), belowReceived.errorFields());

        Http.Reply later = Http.patch("/api/v1/purchase-orders/" + id, token, current.header("etag"),
                "{\"line_changes\":[{\"line_id\":\"" + lineId + "\",\"expected_date\":\"2031-05-02\"}]}");
        assertEquals(200, later.status(), later::toString);
        assertEquals("2031-05-02", later.json().getJsonArray("lines").getJsonObject(0).getString("expected_date"));
        assertEquals("partly_received", later.json().getString("status"));

        Http.Reply cut = Http.patch("/api/v1/purchase-orders/" + id, token, later.header("etag"),
                "{\"line_changes\":[{\"line_id\":\"" + lineId + "\",\"quantity\":5}]}");
        assertEquals(200, cut.status(), cut::toString);
        assertEquals("received", cut.json().getString("status"), "nothing is open any more");
        assertNumber("0", cut.json().getJsonArray("lines").getJsonObject(0), "open_quantity");

        // the supplier can send two more after all: the order is open for receipts again
        Http.Reply raised = Http.patch("/api/v1/purchase-orders/" + id, token, cut.header("etag"),
                "{\"line_changes\":[{\"line_id\":\"" + lineId + "\",\"quantity\":7}]}");
        assertEquals(200, raised.status(), raised::toString);
        assertEquals("partly_received", raised.json().getString("status"));
        assertNumber("2", raised.json().getJsonArray("lines").getJsonObject(0), "open_quantity");
    }

    @Test
    void anOverReceiptIsRefusedAndNothingIsWritten() {
        String token = TestTenants.signUp("Over Receipt AG").token();
        String item = StockFixtures.item(token, "\"lot_tracked\":true");
        String supplier = PurchasingFixtures.supplier(token, "");
        JsonObject order = PurchasingFixtures.purchaseOrder(token, supplier, item, "10", "\"unit_price\":{\"amount\":2}").json();
        String id = order.getString("id");
        String lineId = order.getJsonArray("lines").getJsonObject(0).getString("id");
        PurchasingFixtures.send(token, id);
        String before = Http.get("/api/v1/purchase-orders/" + id, token).body();

        Http.Reply over = PurchasingFixtures.receive(token, id, StockFixtures.warehouse(token), lineId, "11", "\"lot_number\":\"L-OVER\"");
        assertEquals(409, over.status(), over::toString);
        assertTrue(over.json().getString("type").endsWith("/over-receipt"), over::toString);
        assertTrue(over.json().getString("detail").contains("11 arrived, 10 open"), over::toString);

        assertEquals(before, Http.get("/api/v1/purchase-orders/" + id, token).body(), "the order is unchanged");
        assertEquals(0, Http.get("/api/v1/stock-movements?item_id=" + item, token).data().size(), "no movement");
        assertEquals(0, Http.get("/api/v1/lots?item_id=" + item, token).data().size(), "no lot");
        assertEquals(0, Http.get("/api/v1/purchase-orders/" + id + "/receipts", token).data().size(), "no receipt");

        Http.Reply noLot = PurchasingFixtures.receive(token, id, StockFixtures.warehouse(token), lineId, "1", "");
        assertEquals(400, noLot.status(), noLot::toString);
        assertEquals(List.of("lines[0].lot_number"), noLot.errorFields());
    }

    @Test
    void inspectedItemsAreReceivedIntoQuarantineAndCannotBeReserved() {
        String token = TestTenants.signUp("Inspected Goods KG").token();
        String item = StockFixtures.item(token, "\"incoming_inspection\":true");
        assertTrue(Http.get("/api/v1/items/" + item, token).json().getBoolean("incoming_inspection"));
        String supplier = PurchasingFixtures.supplier(token, "");
        JsonObject order = PurchasingFixtures.purchaseOrder(token, supplier, item, "6", "\"unit_price\":{\"amount\":1}").json();
        String id = order.getString("id");
        String lineId = order.getJsonArray("lines").getJsonObject(0).getString("id");
        PurchasingFixtures.send(token, id);
        String warehouse = StockFixtures.warehouse(token);

        Http.Reply received = PurchasingFixtures.receive(token, id, warehouse, lineId, "4", "");
        assertEquals(201, received.status(), received::toString);
        JsonObject receiptLine = received.json().getJsonArray("lines").getJsonObject(0);
        assertEquals("quarantined", receiptLine.getString("lot_status"));
        JsonObject lot = Http.get("/api/v1/lots/" + receiptLine.getString("lot_id"), token).json();
        assertEquals(order.getString("number") + "-1-1", lot.getString("number"), "a lot numbered after the order, line and receipt");
        JsonObject level = level(token, item);
        assertNumber("4", level, "on_hand");
        assertNumber("0", level, "available");

        Http.Reply reserved = StockFixtures.reserve(token, item, warehouse, "1");
        assertEquals(409, reserved.status(), "quarantined stock cannot be promised: " + reserved);

        Http.Reply intoNamedLot = PurchasingFixtures.receive(token, id, warehouse, lineId, "1", "\"lot_number\":\"" + StockFixtures.unique("R") + "\"");
        assertEquals(201, intoNamedLot.status(), "a new named lot is created quarantined too: " + intoNamedLot);
        assertEquals("quarantined", intoNamedLot.json().getJsonArray("lines").getJsonObject(0).getString("lot_status"));
    }

    @Test
    void illegalTransitionsAre409sThatNameTheAllowedActions() {
        String token = TestTenants.signUp("Strict Buyer SE").token();
        String item = StockFixtures.item(token, "");
        String supplier = PurchasingFixtures.supplier(token, "");
        Http.Reply noPrice = Http.post("/api/v1/purchase-orders", token, "{\"supplier_id\":\"" + supplier + "\",\"lines\":[{\"item_id\":\""
                + item + "\",\"quantity\":1}]}");
        assertEquals(400, noPrice.status(), noPrice::toString);
        assertEquals(List.of("lines[0].unit_price"), noPrice.errorFields());

        Http.Reply created = PurchasingFixtures.purchaseOrder(token, supplier, item, "3", "\"unit_price\":{\"amount\":1}");
        String id = created.json().getString("id");
        Http.Reply close = Http.post("/api/v1/purchase-orders/" + id + "/close", token, null);
        assertEquals(409, close.status(), close::toString);
        assertTrue(close.json().getString("type").endsWith("/illegal-transition"), close::toString);
        assertTrue(close.json().getString("detail").contains("allowed: send, cancel"), close::toString);

        Http.Reply changed = Http.patch("/api/v1/purchase-orders/" + id, token, created.header("etag"),
                "{\"lines\":[{\"item_id\":\"" + item + "\",\"quantity\":5,\"unit_price\":{\"amount\":1.2}}]}");
        assertEquals(200, changed.status(), changed::toString);
        assertNumber("6", changed.json().getJsonObject("total"), "amount");
        assertEquals(412, Http.patch("/api/v1/purchase-orders/" + id, token, created.header("etag"), "{\"notes\":\"stale\"}").status());

        JsonObject sent = PurchasingFixtures.send(token, id).json();
        Http.Reply again = Http.post("/api/v1/purchase-orders/" + id + "/send", token, null);
        assertEquals(409, again.status());
        assertTrue(again.json().getString("detail").contains("allowed: cancel"), again::toString);
        Http.Reply linesOfSent = Http.patch("/api/v1/purchase-orders/" + id, token, "\"" + sent.getJsonNumber("version") + "\"",
                "{\"lines\":[{\"item_id\":\"" + item + "\",\"quantity\":1,\"unit_price\":{\"amount\":1}}]}");
        assertEquals(409, linesOfSent.status(), linesOfSent::toString);

        assertEquals("cancelled", Http.post("/api/v1/purchase-orders/" + id + "/cancel", token, null).json().getString("status"));
        Http.Reply afterCancel = Http.post("/api/v1/purchase-orders/" + id + "/send", token, null);
        assertEquals(409, afterCancel.status());
        assertTrue(afterCancel.json().getString("detail").contains("no action is allowed any more"), afterCancel::toString);
    }

    @Test
    void aRetriedReceiptWithTheSameIdempotencyKeyBooksOnce() {
        String token = TestTenants.signUp("Retrying Receiver").token();
        String item = StockFixtures.item(token, "");
        String supplier = PurchasingFixtures.supplier(token, "");
        JsonObject order = PurchasingFixtures.purchaseOrder(token, supplier, item, "10", "\"unit_price\":{\"amount\":1}").json();
        String id = order.getString("id");
        PurchasingFixtures.send(token, id);
        String body = "{\"warehouse_id\":\"" + StockFixtures.warehouse(token) + "\",\"lines\":[{\"line_id\":\""
                + order.getJsonArray("lines").getJsonObject(0).getString("id") + "\",\"quantity\":3}]}";
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        Http.Reply first = Http.post("/api/v1/purchase-orders/" + id + "/receipts", token, body, key);
        Http.Reply retry = Http.post("/api/v1/purchase-orders/" + id + "/receipts", token, body, key);
        assertEquals(201, first.status(), first::toString);
        assertEquals(first.json().getString("id"), retry.json().getString("id"));
        assertNumber("3", Http.get("/api/v1/purchase-orders/" + id, token).json().getJsonArray("lines").getJsonObject(0), "received_quantity");
    }

    @Test
    void valuationSumsOnHandAtStandardCostPerWarehouse() {
        String token = TestTenants.signUp("Valued Stock GmbH").token();
        String boards = StockFixtures.item(token, "\"standard_cost\":{\"amount\":12.5}");
        String screws = StockFixtures.item(token, "\"standard_cost\":{\"amount\":0.3333}");
        String samples = StockFixtures.item(token, "");
        String main = StockFixtures.warehouse(token);
        String outlet = StockFixtures.warehouse(token);
        StockFixtures.receive(token, boards, main, "4");
        StockFixtures.receive(token, screws, main, "3");
        StockFixtures.receive(token, samples, main, "2");
        StockFixtures.receive(token, boards, outlet, "2");
        assertEquals(201, StockFixtures.move(token, "issue", boards, outlet, "0.5", "").status());

        JsonArray warehouses = Http.get("/api/v1/stock/valuation", token).json().getJsonArray("warehouses");
        assertEquals(2, warehouses.size());
        JsonObject mainValue = warehouses.stream().map(JsonObject.class::cast).filter(w -> w.getString("warehouse_id").equals(main)).findFirst().orElseThrow();
        assertEquals(1, mainValue.getJsonArray("totals").size());
        assertNumber("50.9999", mainValue.getJsonArray("totals").getJsonObject(0), "amount"); // 4 x 12.5 + 3 x 0.3333; samples have no cost
        assertEquals(3, mainValue.getJsonArray("items").size());
        JsonObject sampleLine = mainValue.getJsonArray("items").stream().map(JsonObject.class::cast)
                .filter(l -> l.getString("item_id").equals(samples)).findFirst().orElseThrow();
        assertFalse(sampleLine.containsKey("value"), "no standard cost, no value: " + sampleLine);

        JsonArray outletOnly = Http.get("/api/v1/stock/valuation?warehouse_id=" + outlet, token).json().getJsonArray("warehouses");
        assertEquals(1, outletOnly.size());
        JsonObject boardsLine = outletOnly.getJsonObject(0).getJsonArray("items").getJsonObject(0);
        assertNumber("1.5", boardsLine, "quantity");
        assertNumber("18.75", boardsLine.getJsonObject("value"), "amount");
        assertNumber("12.5", boardsLine.getJsonObject("standard_cost"), "amount");
    }

    /**
     * 180 issued today over a 90-day window is 2 a day, 730 a year; ordering cost 10 and holding 0.25 x 2.00 a year give Wilson's
     * EOQ sqrt(2 x 730 x 10 / 0.5) = 170.88, ordered as 171 since it exceeds the 30 missing to the item's reorder point of 900
     * (820 available + 50 on order).
     */
    @Test
    void aSuggestionSizedByTheEconomicOrderQuantityFromThePreferredSupplier() {
        String token = TestTenants.signUp("Replenished Materials").token();
        String item = StockFixtures.item(token, "\"standard_cost\":{\"amount\":2},\"lot_sizing_rule\":\"economic_order_quantity\","
                + "\"ordering_cost\":{\"amount\":10},\"holding_cost_rate\":0.25,\"reorder_point\":900");
        String warehouse = StockFixtures.warehouse(token);
        StockFixtures.receive(token, item, warehouse, "1000");
        assertEquals(201, StockFixtures.move(token, "issue", item, warehouse, "180", "").status());
        String supplier = PurchasingFixtures.supplier(token, "");
        PurchasingFixtures.supplierItem(token, supplier, item, "\"unit_price\":{\"amount\":1.9},\"lead_time_days\":7,\"preferred\":true");
        PurchasingFixtures.purchaseOrder(token, supplier, item, "50", "");

        Http.Reply reply = Http.get("/api/v1/replenishment/suggestions", token);
        assertEquals(200, reply.status(), reply::toString);
        assertEquals(1, reply.data().size(), reply::toString);
        JsonObject suggestion = reply.data().getJsonObject(0);
        assertEquals(item, suggestion.getString("item_id"));
        assertNumber("820", suggestion, "available");
        assertNumber("50", suggestion, "on_order");
        assertNumber("900", suggestion, "reorder_point");
        assertEquals("item", suggestion.getString("reorder_point_source"));
        assertNumber("2", suggestion, "average_daily_demand");
        assertEquals("economic_order_quantity", suggestion.getString("lot_sizing"));
        assertNumber("170.8801", suggestion, "economic_order_quantity");
        assertNumber("171", suggestion, "suggested_quantity");
        assertEquals(supplier, suggestion.getString("supplier_id"));
        assertNumber("1.9", suggestion.getJsonObject("unit_price"), "amount");
        assertEquals(7, suggestion.getInt("lead_time_days"));
        assertEquals(today(token).plusDays(7).toString(), suggestion.getString("expected_date"));
    }

    /**
     * 90 issued today: 1 a day, sigma = sqrt((89^2 + 89 x 1^2) / 90) = sqrt(89) = 9.434 a day. At a 95 % service level and a
     * 4-day lead time, safety stock = 1.6449 x 9.434 x sqrt(4) = 31.04 and the reorder point 4 + 31.04 = 35.04; 10 available
     * leave 25.04 to top up, ordered as 26.
     */
    @Test
    void withAServiceLevelTheReorderPointComesFromDemandAndSafetyStock() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Service Level Buyer");
        String token = tenant.token();
        Http.Reply settings = Http.get("/api/v1/tenant", token);
        Http.Reply set = Http.patch("/api/v1/tenant", token, settings.header("etag"), "{\"replenishment_service_level\":0.95}");
        assertEquals(200, set.status(), set::toString);
        String item = StockFixtures.item(token, "\"lead_time_days\":4,\"safety_stock\":500");
        String quiet = StockFixtures.item(token, "");
        String warehouse = StockFixtures.warehouse(token);
        StockFixtures.receive(token, item, warehouse, "100");
        StockFixtures.receive(token, quiet, warehouse, "100");
        assertEquals(201, StockFixtures.move(token, "issue", item, warehouse, "90", "").status());

        JsonArray suggestions = Http.get("/api/v1/replenishment/suggestions", token).data();
        assertEquals(1, suggestions.size(), "the item without demand or reorder point needs nothing: " + suggestions);
        JsonObject suggestion = suggestions.getJsonObject(0);
        assertEquals("demand", suggestion.getString("reorder_point_source"));
        assertNumber("31.035", suggestion, "safety_stock");
        assertNumber("35.035", suggestion, "reorder_point");
        assertEquals("reorder_point_top_up", suggestion.getString("lot_sizing"));
        assertNumber("26", suggestion, "suggested_quantity");
        assertFalse(suggestion.containsKey("supplier_id"), "no supplier: " + suggestion);
    }
}
