package io.flowline.it;

import static io.flowline.it.StockFixtures.item;
import static io.flowline.it.StockFixtures.location;
import static io.flowline.it.StockFixtures.lot;
import static io.flowline.it.StockFixtures.move;
import static io.flowline.it.StockFixtures.receive;
import static io.flowline.it.StockFixtures.reserve;
import static io.flowline.it.StockFixtures.warehouse;
import static io.flowline.it.StockIT.assertNumber;
import static io.flowline.it.StockIT.ledgerSum;
import static io.flowline.it.StockIT.level;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/** Stock counts through HTTP: opening takes the book quantities, posting books the differences as count corrections. */
class StockCountsIT {
    private static final String COUNTS = "/api/v1/stock-counts";

    static Http.Reply open(String token, String json) {
        return Http.post(COUNTS, token, json);
    }

    static List<JsonObject> lines(String token, String countId) {
        Http.Reply lines = Http.get(COUNTS + "/" + countId + "/lines?limit=100", token);
        assertEquals(200, lines.status(), lines::toString);
        return lines.data().getValuesAs(JsonObject.class);
    }

    static JsonObject line(List<JsonObject> lines, String itemId, String locationId) {
        return lines.stream().filter(l -> l.getString("item_id").equals(itemId)
                && (locationId == null ? !l.containsKey("location_id") || l.isNull("location_id") : locationId.equals(l.getString("location_id", null))))
                .findFirst().orElseThrow(() -> new AssertionError("no line for " + itemId + " at " + locationId + " in " + lines));
    }

    static Http.Reply record(String token, String countId, String etag, String linesJson) {
        return Http.patch(COUNTS + "/" + countId + "/lines", token, etag, "{\"lines\":[" + linesJson + "]}");
    }

    static Http.Reply act(String token, String countId, String action) {
        return Http.post(COUNTS + "/" + countId + "/" + action, token, null);
    }

    @Test
    void aPostedCountBooksCountedLessBookQuantityAgainstTheBalanceAsItIsNowAndLedgerAndBalancesAgree() {
        String token = TestTenants.signUp("Count GmbH").token();
        String screws = item(token, "");
        String nuts = item(token, "");
        String wh = warehouse(token);
        String bin1 = location(token, wh);
        String bin2 = location(token, wh);
        String bin3 = location(token, wh);
        move(token, "receipt", screws, wh, "40", "\"location_id\":\"" + bin1 + "\"");
        move(token, "receipt", screws, wh, "10", "\"location_id\":\"" + bin2 + "\"");
        receive(token, nuts, wh, "5");

        Http.Reply opened = open(token, "{\"warehouse_id\":\"" + wh + "\"}");
        assertEquals(201, opened.status(), opened::toString);
        String count = opened.json().getString("id");
        assertEquals("open", opened.json().getString("status"));
        assertEquals(3, opened.json().getInt("line_count"));
        assertEquals(0, opened.json().getInt("counted_line_count"));
        List<JsonObject> lines = lines(token, count);
        assertNumber("40", line(lines, screws, bin1), "book_quantity");
        assertFalse(line(lines, screws, bin1).containsKey("counted_quantity") && !line(lines, screws, bin1).isNull("counted_quantity"), "not counted yet");

        // Booked while counting: stays booked; the count's difference is taken against the book quantity at opening.
        assertEquals(201, move(token, "issue", screws, wh, "4", "\"location_id\":\"" + bin1 + "\"").status());

        String counted = "{\"line_id\":\"" + line(lines, screws, bin1).getString("id") + "\",\"counted_quantity\":38},"
                + "{\"line_id\":\"" + line(lines, screws, bin2).getString("id") + "\",\"counted_quantity\":10},"
                + "{\"item_id\":\"" + screws + "\",\"location_id\":\"" + bin3 + "\",\"counted_quantity\":3}";
        assertEquals(428, record(token, count, null, counted).status());
        assertEquals(412, record(token, count, "\"99\"", counted).status());
        Http.Reply recorded = record(token, count, opened.header("ETag"), counted);
        assertEquals(200, recorded.status(), recorded::toString);
        assertEquals(4, recorded.json().getInt("line_count"), "a line for the stock found in bin 3");
        assertEquals(3, recorded.json().getInt("counted_line_count"), "the nuts are not counted");
        assertTrue(recorded.json().getInt("version") > opened.json().getInt("version"));
        JsonObject found = line(lines(token, count), screws, bin3);
        assertNumber("0", found, "book_quantity");
        assertNumber("3", found, "difference");
        assertNumber("-2", line(lines(token, count), screws, bin1), "difference");

        Http.Reply posted = act(token, count, "post");
        assertEquals(200, posted.status(), posted::toString);
        assertEquals("posted", posted.json().getString("status"));
        assertNotNull(posted.json().getString("posted_at"));
        String posting = posted.json().getString("posting_id");

        assertNumber("47", level(token, screws), "on_hand"); // 40 + 10 - 4 issued, -2 and +3 corrected
        assertNumber("5", level(token, nuts), "on_hand");
        assertEquals(0, new BigDecimal("47").compareTo(ledgerSum(token, "item_id=" + screws)), "ledger and balance agree");
        List<JsonObject> corrections = Http.get("/api/v1/stock-movements?kind=count_correction&item_id=" + screws, token).data()
                .getValuesAs(JsonObject.class);
        assertEquals(2, corrections.size(), corrections::toString);
        for (JsonObject correction : corrections) {
            assertEquals(posting, correction.getString("posting_id"));
            assertEquals("stock_count", correction.getJsonObject("reference").getString("type"));
            assertEquals(count, correction.getJsonObject("reference").getString("id"));
        }
        assertTrue(corrections.stream().anyMatch(c -> bin3.equals(c.getString("location_id", null))), "the found stock lands in its bin");

        Http.Reply again = act(token, count, "post");
        assertEquals(409, again.status(), "posting twice: " + again);
        assertTrue(again.json().getString("detail").contains("posted"), again::toString);
        assertEquals(409, act(token, count, "cancel").status());
        assertEquals(409, record(token, count, posted.header("ETag"), counted).status());
        assertEquals(0, new BigDecimal("47").compareTo(ledgerSum(token, "item_id=" + screws)), "the second post changed nothing");

        Http.Reply list = Http.get(COUNTS + "?status=posted&warehouse_id=" + wh, token);
        assertEquals(1, list.data().size(), list::toString);
        assertEquals(0, Http.get(COUNTS + "?status=open&warehouse_id=" + wh, token).data().size());
        assertEquals(400, Http.get(COUNTS + "?status=done", token).status());
    }

    @Test
    void aLotTrackedItemIsCountedPerLotAndFoundStockNeedsALot() {
        String token = TestTenants.signUp("Lot Count GmbH").token();
        String item = item(token, "\"lot_tracked\":true");
        String wh = warehouse(token);
        String lot1 = lot(token, item, "released");
        String lot2 = lot(token, item, "quarantined");
        assertEquals(201, move(token, "receipt", item, wh, "10", "\"lot_id\":\"" + lot1 + "\"").status());

        Http.Reply opened = open(token, "{\"warehouse_id\":\"" + wh + "\",\"item_ids\":[\"" + item + "\"]}");
        assertEquals(201, opened.status(), opened::toString);
        String count = opened.json().getString("id");
        List<JsonObject> lines = lines(token, count);
        assertEquals(1, lines.size(), lines::toString);
        assertEquals(lot1, lines.get(0).getString("lot_id"));

        Http.Reply noLot = record(token, count, opened.header("ETag"), "{\"item_id\":\"" + item + "\",\"counted_quantity\":2}");
        assertEquals(400, noLot.status(), noLot::toString);
        assertEquals(List.of("lines[0].lot_id"), noLot.errorFields());

        Http.Reply recorded = record(token, count, opened.header("ETag"), "{\"line_id\":\"" + lines.get(0).getString("id")
                + "\",\"counted_quantity\":7},{\"item_id\":\"" + item + "\",\"lot_id\":\"" + lot2 + "\",\"counted_quantity\":2}");
        assertEquals(200, recorded.status(), recorded::toString);
        assertEquals(200, act(token, count, "post").status());

        assertEquals(0, new BigDecimal("7").compareTo(ledgerSum(token, "lot_id=" + lot1)));
        assertEquals(0, new BigDecimal("2").compareTo(ledgerSum(token, "lot_id=" + lot2)), "found stock in a quarantined lot is counted too");
        List<JsonObject> levels = Http.get("/api/v1/stock?item_id=" + item, token).data().getValuesAs(JsonObject.class);
        assertEquals(2, levels.size(), levels::toString);
        assertEquals(0, new BigDecimal("9").compareTo(levels.stream().map(l -> StockIT.number(l, "on_hand")).reduce(BigDecimal.ZERO, BigDecimal::add)));
    }

    @Test
    void aCorrectionBelowWhatIsReservedRefusesTheWholeCountNamingTheLineAndStockIsNeverCountedTwice() {
        String token = TestTenants.signUp("Short Count GmbH").token();
        String item = item(token, "");
        String other = item(token, "");
        String wh = warehouse(token);
        receive(token, item, wh, "10");
        receive(token, other, wh, "10");
        assertEquals(201, reserve(token, item, wh, "8").status());

        Http.Reply opened = open(token, "{\"warehouse_id\":\"" + wh + "\"}");
        String count = opened.json().getString("id");
        Http.Reply overlap = open(token, "{\"warehouse_id\":\"" + wh + "\",\"item_ids\":[\"" + item + "\"]}");
        assertEquals(409, overlap.status(), "the same stock in two open counts: " + overlap);
        assertTrue(overlap.json().getString("detail").contains(count), overlap::toString);

        List<JsonObject> lines = lines(token, count);
        String short_ = line(lines, item, null).getString("id");
        String otherLine = line(lines, other, null).getString("id");
        assertEquals(200, record(token, count, opened.header("ETag"), "{\"line_id\":\"" + short_ + "\",\"counted_quantity\":5},"
                + "{\"line_id\":\"" + otherLine + "\",\"counted_quantity\":12}").status());
        Http.Reply refused = act(token, count, "post");
        assertEquals(409, refused.status(), refused::toString);
        assertTrue(refused.json().getString("detail").contains(short_), "names the line: " + refused);
        assertTrue(refused.json().getString("detail").contains("8 pc reserved"), refused::toString);
        assertNumber("10", level(token, item), "on_hand");
        assertNumber("10", level(token, other), "on_hand"); // nothing of the count was posted
        assertEquals("open", Http.get(COUNTS + "/" + count, token).json().getString("status"));

        Http.Reply cancelled = act(token, count, "cancel");
        assertEquals(200, cancelled.status(), cancelled::toString);
        assertEquals("cancelled", cancelled.json().getString("status"));
        assertEquals(409, act(token, count, "post").status());
        assertEquals(201, open(token, "{\"warehouse_id\":\"" + wh + "\",\"item_ids\":[\"" + item + "\"]}").status(), "a cancelled count frees its stock");
    }

    @Test
    void openingChecksItsFields() {
        String token = TestTenants.signUp("Count Fields GmbH").token();
        String wh = warehouse(token);
        String otherBin = location(token, warehouse(token));
        Http.Reply invalid = open(token, "{\"warehouse_id\":\"" + wh + "\",\"item_ids\":[\"itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y\"],\"location_ids\":[\""
                + otherBin + "\"]}");
        assertEquals(400, invalid.status(), invalid::toString);
        assertEquals(List.of("item_ids[0]", "location_ids[0]"), invalid.errorFields());
        Http.Reply key = Http.post(COUNTS, token, "{\"warehouse_id\":\"" + wh + "\"}", Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertEquals(201, key.status());
        assertEquals(0, key.json().getInt("line_count"), "an empty warehouse can be counted; found stock adds lines");
    }

    @Test
    void stockLevelsPageInItemWarehouseLotOrder() {
        String token = TestTenants.signUp("Stock Pages GmbH").token();
        String item = item(token, "");
        String wh1 = warehouse(token);
        String wh2 = warehouse(token);
        String lot1 = lot(token, item, "released");
        String lot2 = lot(token, item, "released");
        receive(token, item, wh1, "1");
        receive(token, item, wh2, "2");
        for (String lot : List.of(lot1, lot2)) {
            assertEquals(201, move(token, "receipt", item, wh1, "3", "\"lot_id\":\"" + lot + "\"").status());
            assertEquals(201, move(token, "receipt", item, wh2, "4", "\"lot_id\":\"" + lot + "\"").status());
        }
        List<String> all = Http.get("/api/v1/stock?limit=100&item_id=" + item, token).data().getValuesAs(JsonObject.class).stream()
                .map(StockCountsIT::levelKey).toList();
        assertEquals(6, all.size(), all::toString);

        List<String> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Http.Reply page = Http.get("/api/v1/stock?limit=4&item_id=" + item + (cursor == null ? "" : "&cursor=" + cursor), token);
            assertEquals(200, page.status(), page::toString);
            page.data().getValuesAs(JsonObject.class).forEach(l -> paged.add(levelKey(l)));
            cursor = page.json().getBoolean("has_more") ? page.json().getString("next_cursor") : null;
            pages++;
        } while (cursor != null);
        assertEquals(2, pages);
        assertEquals(all, paged, "the pages hold every level once, in the list's order");
        assertEquals(all.size(), new HashSet<>(paged).size());
        assertEquals(wh1.compareTo(wh2) < 0 ? wh1 + "/-" : wh2 + "/-", all.get(0), "stock without a lot first");
        assertFalse(Http.get("/api/v1/stock?limit=4&item_id=" + item, token).json().isNull("next_cursor"));
        assertEquals(400, Http.get("/api/v1/stock?cursor=bm90LWEtY3Vyc29y", token).status());
    }

    private static String levelKey(JsonObject level) {
        return level.getString("warehouse_id") + "/" + (level.containsKey("lot_id") && !level.isNull("lot_id") ? level.getString("lot_id") : "-");
    }
}
