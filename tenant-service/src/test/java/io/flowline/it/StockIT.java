package io.flowline.it;

import static io.flowline.it.StockFixtures.item;
import static io.flowline.it.StockFixtures.location;
import static io.flowline.it.StockFixtures.lot;
import static io.flowline.it.StockFixtures.move;
import static io.flowline.it.StockFixtures.receive;
import static io.flowline.it.StockFixtures.reserve;
import static io.flowline.it.StockFixtures.warehouse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/** The stock ledger, balances, lots and reservations through HTTP. */
class StockIT {

    static BigDecimal number(JsonObject object, String field) {
        return object.getJsonNumber(field).bigDecimalValue();
    }

    static void assertNumber(String expected, JsonObject object, String field) {
        assertEquals(0, new BigDecimal(expected).compareTo(number(object, field)), field + " of " + object);
    }

    /** GET /stock for one item: its only level, or fails. */
    static JsonObject level(String token, String itemId) {
        JsonArray levels = Http.get("/api/v1/stock?item_id=" + itemId, token).data();
        assertEquals(1, levels.size(), levels::toString);
        return levels.getJsonObject(0);
    }

    /** The sum of every ledger leg of the item, over all pages. */
    static BigDecimal ledgerSum(String token, String query) {
        BigDecimal sum = BigDecimal.ZERO;
        String cursor = null;
        do {
            Http.Reply page = Http.get("/api/v1/stock-movements?limit=100&" + query + (cursor == null ? "" : "&cursor=" + cursor), token);
            assertEquals(200, page.status(), page::toString);
            for (JsonObject movement : page.data().getValuesAs(JsonObject.class)) {
                sum = sum.add(number(movement, "quantity"));
            }
            cursor = page.json().getBoolean("has_more") ? page.json().getString("next_cursor") : null;
        } while (cursor != null);
        return sum;
    }

    @Test
    void ledgerAndBalancesAgreeAfterAMixedSequence() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Ledger GmbH");
        String token = tenant.token();
        String item = item(token, "\"unit\":\"kg\",\"standard_cost\":{\"amount\":2.5}");
        String wh = warehouse(token);
        String binA = location(token, wh);
        String binB = location(token, wh);

        Http.Reply receipt = move(token, "receipt", item, wh, "100", "\"location_id\":\"" + binA + "\",\"reason\":\"Goods receipt\","
                + "\"reference\":{\"type\":\"purchase_order\",\"id\":\"PO-7\"}");
        assertEquals(201, receipt.status(), receipt::toString);
        JsonObject leg = receipt.json().getJsonArray("movements").getJsonObject(0);
        assertEquals("receipt", leg.getString("kind"));
        assertEquals("kg", leg.getString("unit"));
        assertEquals(tenant.ownerId(), leg.getString("posted_by"));
        assertEquals("purchase_order", leg.getJsonObject("reference").getString("type"));
        assertNumber("250", leg.getJsonObject("value"), "amount");
        assertEquals("EUR", leg.getJsonObject("value").getString("currency"));
        JsonObject read = Http.get("/api/v1/stock-movements/" + leg.getString("id"), token).json();
        assertEquals(jakarta.json.Json.createObjectBuilder(leg).remove("created_at").build(),
                jakarta.json.Json.createObjectBuilder(read).remove("created_at").build(), "GET shows what POST answered");

        receive(token, item, wh, "20");
        Http.Reply transfer = move(token, "transfer", item, wh, "30", "\"location_id\":\"" + binA + "\",\"to_location_id\":\"" + binB + "\"");
        assertEquals(201, transfer.status(), transfer::toString);
        JsonArray legs = transfer.json().getJsonArray("movements");
        assertEquals(2, legs.size(), "a transfer posts two legs");
        assertNumber("-30", legs.getJsonObject(0), "quantity");
        assertEquals(binA, legs.getJsonObject(0).getString("location_id"));
        assertNumber("30", legs.getJsonObject(1), "quantity");
        assertEquals(binB, legs.getJsonObject(1).getString("location_id"));
        assertEquals(legs.getJsonObject(0).getString("posting_id"), legs.getJsonObject(1).getString("posting_id"));

        assertEquals(201, move(token, "issue", item, wh, "10", "\"location_id\":\"" + binB + "\"").status());
        assertEquals(201, move(token, "scrap", item, wh, "5", "\"location_id\":\"" + binA + "\",\"reason\":\"Damaged\"").status());
        assertEquals(201, move(token, "adjustment", item, wh, "-3", "\"location_id\":\"" + binA + "\"").status());
        assertEquals(201, move(token, "adjustment", item, wh, "1.5", "").status());
        // on hand now: bin A 100-30-5-3 = 62, bin B 30-10 = 20, no bin 20+1.5 = 21.5; 103.5 in all

        Http.Reply tooMuch = move(token, "issue", item, wh, "25", "\"location_id\":\"" + binB + "\"");
        assertEquals(409, tooMuch.status(), tooMuch::toString);
        assertTrue(tooMuch.json().getString("detail").contains("requested 25 kg, available 20 kg"), tooMuch::toString);
        assertEquals(List.of("quantity"), tooMuch.errorFields());

        // a reservation across rows, oldest row first: 70 takes bin A's 62 and 8 of the 21.5 without a bin
        Http.Reply reservation = reserve(token, item, wh, "70");
        assertEquals(201, reservation.status(), reservation::toString);
        String reservationId = reservation.json().getString("id");
        JsonObject reserved = level(token, item);
        assertNumber("103.5", reserved, "on_hand");
        assertNumber("70", reserved, "reserved");
        assertNumber("33.5", reserved, "available");
        assertNumber("258.75", reserved.getJsonObject("value"), "amount");
        Http.Reply overbook = reserve(token, item, wh, "34");
        assertEquals(409, overbook.status(), overbook::toString);
        assertTrue(overbook.json().getString("detail").contains("requested 34 kg, available 33.5 kg"), overbook::toString);

        // reserved stock is not available to an unreserved issue, but is to an issue against the reservation
        Http.Reply grab = move(token, "issue", item, wh, "1", "\"location_id\":\"" + binA + "\"");
        assertEquals(409, grab.status(), grab::toString);
        Http.Reply issued = move(token, "issue", item, wh, "65", "\"reservation_id\":\"" + reservationId + "\"");
        assertEquals(201, issued.status(), issued::toString);
        assertEquals(2, issued.json().getJsonArray("movements").size(), "one leg per row the reservation held");
        JsonObject partly = Http.get("/api/v1/reservations/" + reservationId, token).json();
        assertEquals("open", partly.getString("status"));
        assertNumber("5", partly, "open_quantity");
        Http.Reply overIssue = move(token, "issue", item, wh, "6", "\"reservation_id\":\"" + reservationId + "\"");
        assertEquals(409, overIssue.status(), overIssue::toString);

        Http.Reply cancelled = Http.post("/api/v1/reservations/" + reservationId + "/cancel", token, null);
        assertEquals(200, cancelled.status(), cancelled::toString);
        assertEquals("cancelled", cancelled.json().getString("status"));
        assertEquals(409, Http.post("/api/v1/reservations/" + reservationId + "/cancel", token, null).status());

        JsonObject end = level(token, item);
        assertNumber("38.5", end, "on_hand");
        assertNumber("0", end, "reserved");
        assertNumber("38.5", end, "available");
        assertEquals(0, new BigDecimal("38.5").compareTo(ledgerSum(token, "item_id=" + item)), "the ledger sums to the balance");
        assertEquals(10, Http.get("/api/v1/stock-movements?item_id=" + item, token).data().size());
        assertEquals(2, Http.get("/api/v1/stock-movements?item_id=" + item + "&kind=adjustment", token).data().size());
        assertEquals(0, Http.get("/api/v1/stock-movements?item_id=" + item + "&from=2999-01-01T00:00:00Z", token).data().size());
        Http.Reply badFilter = Http.get("/api/v1/stock-movements?kind=theft&from=yesterday", token);
        assertEquals(400, badFilter.status(), badFilter::toString);
        assertEquals(List.of("from", "kind"), badFilter.errorFields());
    }

    @Test
    void lotTrackedItemsMoveOnlyWithALotAndOnlyReleasedLotsAreIssuedOrReserved() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Lots GmbH");
        String token = tenant.token();
        String item = item(token, "\"lot_tracked\":true");
        String wh = warehouse(token);

        Http.Reply noLot = move(token, "receipt", item, wh, "10", "");
        assertEquals(400, noLot.status(), noLot::toString);
        assertEquals(List.of("lot_id"), noLot.errorFields());

        String lotId = lot(token, item, "quarantined");
        Http.Reply sameNumber = Http.post("/api/v1/lots", token, Http.json("item_id", item, "number",
                Http.get("/api/v1/lots/" + lotId, token).json().getString("number")));
        assertEquals(409, sameNumber.status(), sameNumber::toString);
        assertEquals(List.of("number"), sameNumber.errorFields());
        Http.Reply otherItemsLot = move(token, "receipt", item(token, ""), wh, "1", "\"lot_id\":\"" + lotId + "\"");
        assertEquals(400, otherItemsLot.status(), otherItemsLot::toString);
        assertEquals(List.of("lot_id"), otherItemsLot.errorFields());

        assertEquals(201, move(token, "receipt", item, wh, "10", "\"lot_id\":\"" + lotId + "\"").status(), "quarantine takes receipts");
        Http.Reply issue = move(token, "issue", item, wh, "1", "\"lot_id\":\"" + lotId + "\"");
        assertEquals(409, issue.status(), issue::toString);
        assertTrue(issue.json().getString("type").endsWith("lot-not-released"), issue::toString);
        assertEquals(409, reserveLot(token, item, wh, lotId, "1").status());
        Http.Reply anyLot = reserveLot(token, item, wh, null, "1");
        assertEquals(409, anyLot.status(), "quarantined stock is not available: " + anyLot);
        assertTrue(anyLot.json().getString("detail").contains("available 0"), anyLot::toString);
        assertNumber("10", level(token, item), "on_hand");
        assertEquals(lotId, level(token, item).getString("lot_id"));

        Http.Reply current = Http.get("/api/v1/lots/" + lotId, token);
        assertEquals(428, Http.patch("/api/v1/lots/" + lotId, token, null, Http.json("status", "released")).status());
        Http.Reply badStatus = Http.patch("/api/v1/lots/" + lotId, token, current.header("etag"), Http.json("status", "fine"));
        assertEquals(400, badStatus.status(), badStatus::toString);
        Http.Reply released = Http.patch("/api/v1/lots/" + lotId, token, current.header("etag"), Http.json("status", "released"));
        assertEquals(200, released.status(), released::toString);
        assertEquals("released", released.json().getString("status"));
        assertEquals(412, Http.patch("/api/v1/lots/" + lotId, token, current.header("etag"), Http.json("status", "blocked")).status());

        Http.Reply reserved = reserveLot(token, item, wh, null, "4");
        assertEquals(201, reserved.status(), reserved::toString);
        Http.Reply issued = move(token, "issue", item, wh, "4", "\"reservation_id\":\"" + reserved.json().getString("id") + "\"");
        assertEquals(201, issued.status(), issued::toString);
        assertEquals(lotId, issued.json().getJsonArray("movements").getJsonObject(0).getString("lot_id"));
        assertEquals("consumed", Http.get("/api/v1/reservations/" + reserved.json().getString("id"), token).json().getString("status"));
        assertEquals(2, Http.get("/api/v1/stock-movements?lot_id=" + lotId, token).data().size());
        assertEquals(1, Http.get("/api/v1/lots?item_id=" + item + "&status=released", token).data().size());
    }

    private static Http.Reply reserveLot(String token, String item, String wh, String lotId, String quantity) {
        return Http.post("/api/v1/reservations", token, Http.json("item_id", item, "warehouse_id", wh, "lot_id", lotId,
                "quantity", new BigDecimal(quantity), "reference", jakarta.json.Json.createObjectBuilder().add("type", "work_order").add("id", "WO-1").build()));
    }

    @Test
    void badMovementsNameTheirFields() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Checks GmbH");
        String token = tenant.token();
        String item = item(token, "");
        String wh = warehouse(token);
        String otherBin = location(token, warehouse(token));

        Http.Reply bad = Http.post("/api/v1/stock-movements", token, Http.json("kind", "theft", "item_id", "itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y",
                "warehouse_id", wh, "location_id", otherBin, "quantity", 0, "to_location_id", otherBin));
        assertEquals(400, bad.status(), bad::toString);
        assertEquals(List.of("item_id", "kind", "location_id", "quantity", "to_location_id"), bad.errorFields());
        Http.Reply negative = move(token, "receipt", item, wh, "-1", "\"unit\":\"kg\"");
        assertEquals(List.of("quantity", "unit"), negative.errorFields());
        Http.Reply correction = move(token, "count_correction", item, wh, "1", "");
        assertEquals(List.of("kind"), correction.errorFields());
        Http.Reply nothingThere = move(token, "issue", item, wh, "1", "");
        assertEquals(409, nothingThere.status(), nothingThere::toString);
        assertTrue(nothingThere.json().getString("detail").contains("requested 1 pc, available 0 pc"), nothingThere::toString);
        Http.Reply sameplace = move(token, "transfer", item, wh, "1", "");
        assertEquals(List.of("to_location_id"), sameplace.errorFields());
        Http.Reply badReference = reserve(token, item, wh, "1");
        assertEquals(409, badReference.status(), "nothing to reserve: " + badReference);
        Http.Reply wrongType = Http.post("/api/v1/reservations", token, Http.json("item_id", item, "warehouse_id", wh, "quantity", 1,
                "reference", jakarta.json.Json.createObjectBuilder().add("type", "purchase_order").add("id", "PO-1").build()));
        assertEquals(List.of("reference.type"), wrongType.errorFields());

        String sales = TestTenants.userWithRole(tenant, "sales");
        assertEquals(403, move(sales, "receipt", item, wh, "1", "").status(), "sales may reserve but not move stock");
        assertEquals(200, Http.get("/api/v1/stock", sales).status());
    }
}
