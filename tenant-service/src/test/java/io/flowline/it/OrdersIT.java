package io.flowline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

class OrdersIT {
    private static final String PATH = "/api/v1/orders";

    /** A customer, a priced product, an unpriced one and a configurable bag (pen colour required, crayon colour optional). */
    record Shop(TestTenants.TestTenant tenant, String customer, String board, String unpriced, String bag) {
        String token() {
            return tenant.token();
        }
    }

    static Shop shop(String company) {
        TestTenants.TestTenant tenant = TestTenants.signUp(company);
        String customer = created(Http.post("/api/v1/customers", tenant.token(), Http.json("name", "Northwind Traders")));
        String board = item(tenant, "BOARD-OAK", "Oak floor board", "\"sales_price\":{\"amount\":24.9}");
        String unpriced = item(tenant, "SAMPLE", "Sample box", "");
        String bag = item(tenant, "BAG-SET", "School bag with pens", "\"sales_price\":{\"amount\":39}");
        String black = item(tenant, "PEN-BLACK", "Black pen", "\"kind\":\"material\"");
        String blue = item(tenant, "PEN-BLUE", "Blue pen", "\"kind\":\"material\"");
        String options = "{\"groups\":[{\"code\":\"pen_colour\",\"name\":\"Pen colour\",\"required\":true,\"options\":["
                + "{\"code\":\"black\",\"name\":\"Black\",\"components\":[{\"component_id\":\"" + black + "\",\"quantity_per\":5}]},"
                + "{\"code\":\"blue\",\"name\":\"Blue\",\"components\":[{\"component_id\":\"" + blue + "\",\"quantity_per\":5}]}]}]}";
        Http.Reply saved = Http.method("PUT", "/api/v1/items/" + bag + "/options", tenant.token(), options, Map.of("If-Match", "\"0\""));
        assertEquals(200, saved.status(), saved::toString);
        return new Shop(tenant, customer, board, unpriced, bag);
    }

    private static String item(TestTenants.TestTenant tenant, String code, String name, String extra) {
        String kind = extra.contains("\"kind\"") ? "" : "\"kind\":\"product\",";
        return created(Http.post("/api/v1/items", tenant.token(), "{" + kind + "\"code\":\"" + code + "\",\"name\":\"" + name + "\""
                + (extra.isEmpty() ? "" : "," + extra) + "}"));
    }

    private static String created(Http.Reply reply) {
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getString("id");
    }

    static String order(String customer, String channel, String... lines) {
        return "{\"customer_id\":\"" + customer + "\",\"channel\":\"" + channel + "\",\"lines\":[" + String.join(",", lines) + "]}";
    }

    static String line(String item, String quantity, String extra) {
        return "{\"item_id\":\"" + item + "\",\"quantity\":" + quantity + (extra.isEmpty() ? "" : "," + extra) + "}";
    }

    private static String year() {
        return Integer.toString(LocalDate.now(ZoneId.of("Europe/Berlin")).getYear());
    }

    private static JsonObject withoutUpdatedAt(JsonObject object) {
        return jakarta.json.Json.createObjectBuilder(object).remove("updated_at").build();
    }

    /** Receives finished goods into a new warehouse of the shop, so an order of them ships (ship issues reserved stock). */
    static void stock(Shop shop, String item, String quantity) {
        StockFixtures.receive(shop.token(), item, StockFixtures.warehouse(shop.token()), quantity);
    }

    private static Http.Reply act(Shop shop, String id, String action, String body) {
        return Http.post(PATH + "/" + id + "/" + action, shop.token(), body);
    }

    @Test
    void createWithPricesFromTheCatalogAndReadItBack() {
        Shop shop = shop("Order Takers GmbH");
        String body = "{\"customer_id\":\"" + shop.customer() + "\",\"channel\":\"email\",\"lines\":["
                + line(shop.board(), "12", "\"requested_date\":\"2026-03-20\"") + ","
                + line(shop.bag(), "3", "\"configuration\":{\"choices\":{\"pen_colour\":\"blue\"}},\"unit_price\":{\"amount\":35.5}") + "],"
                + "\"notes\":\"Call before delivery.\",\"external_reference\":\"PO-88231\"}";
        Http.Reply created = Http.post(PATH, shop.token(), body);
        assertEquals(201, created.status(), created::toString);
        JsonObject order = created.json();
        String id = order.getString("id");
        assertTrue(id.startsWith("ord_"), id);
        assertTrue(created.header("location").endsWith(PATH + "/" + id));
        assertEquals("order", order.getString("object"));
        assertEquals("SO-" + year() + "-00001", order.getString("number"), "the tenant's default format, first of the series");
        assertEquals("draft", order.getString("status"));
        assertEquals("Draft", order.getString("status_name"));
        assertEquals(List.of("submit", "cancel"), order.getJsonArray("allowed_actions").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals("email", order.getString("channel"));
        assertEquals("PO-88231", order.getString("external_reference"));
        JsonObject first = order.getJsonArray("lines").getJsonObject(0);
        assertEquals("BOARD-OAK", first.getString("item_code"));
        assertEquals("24.90", first.getJsonObject("unit_price").getJsonNumber("amount").toString(), "the item's sales price");
        assertEquals("EUR", first.getJsonObject("unit_price").getString("currency"), "the tenant's currency");
        assertEquals("298.80", first.getJsonObject("line_total").getJsonNumber("amount").toString());
        assertEquals("2026-03-20", first.getString("requested_date"));
        JsonObject second = order.getJsonArray("lines").getJsonObject(1);
        assertEquals("blue", second.getJsonObject("configuration").getString("pen_colour"));
        assertEquals("35.50", second.getJsonObject("unit_price").getJsonNumber("amount").toString(), "a given price wins");
        assertEquals("405.30", order.getJsonObject("total").getJsonNumber("amount").toString());
        assertTrue(order.getString("tracking_token").matches("trk_[A-Za-z0-9_-]{43}"), "256 random bits: " + order.getString("tracking_token"));

        Http.Reply read = Http.get(PATH + "/" + id, shop.token());
        assertEquals(200, read.status(), read::toString);
        assertEquals(order.getJsonArray("lines"), read.json().getJsonArray("lines"));
        assertEquals(order.getJsonObject("total"), read.json().getJsonObject("total"));
        assertEquals(created.header("etag"), read.header("etag"));

        Http.Reply audit = Http.get("/api/v1/audit-events?object_id=" + id, shop.token());
        assertTrue(audit.body().contains("order.created"), audit::toString);
    }

    @Test
    void listFiltersByStatusCustomerAndChannelAndPagesWithACursor() {
        Shop shop = shop("Order Lists Ltd");
        String other = created(Http.post("/api/v1/customers", shop.token(), Http.json("name", "Contoso")));
        List<String> ids = new ArrayList<>();
        for (String channel : List.of("phone", "email", "portal", "api", "other")) {
            ids.add(created(Http.post(PATH, shop.token(), order(channel.equals("api") ? other : shop.customer(), channel, line(shop.board(), "1", "")))));
        }
        assertEquals(200, act(shop, ids.get(0), "submit", null).status());
        assertEquals(1, Http.get(PATH + "?status=submitted", shop.token()).data().size());
        assertEquals(4, Http.get(PATH + "?status=draft", shop.token()).data().size());
        assertEquals(1, Http.get(PATH + "?customer_id=" + other, shop.token()).data().size());
        assertEquals(1, Http.get(PATH + "?channel=portal&customer_id=" + shop.customer(), shop.token()).data().size());
        assertEquals(400, Http.get(PATH + "?status=lost", shop.token()).status());
        assertEquals(List.of("channel"), Http.get(PATH + "?channel=fax", shop.token()).errorFields());
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            Http.Reply page = Http.get(PATH + "?limit=2" + (cursor == null ? "" : "&cursor=" + cursor), shop.token());
            assertEquals(200, page.status(), page::toString);
            page.data().forEach(o -> assertTrue(seen.add(o.asJsonObject().getString("id"))));
            page.data().forEach(o -> assertEquals(1, o.asJsonObject().getJsonArray("lines").size(), "lines come with the list"));
            cursor = page.json().getBoolean("has_more") ? page.json().getString("next_cursor") : null;
            pages++;
        } while (cursor != null);
        assertEquals(Set.copyOf(ids), seen);
        assertEquals(3, pages);
    }

    @Test
    void everyBadFieldIsNamedWithItsPlace() {
        Shop shop = shop("Strict Orders Ltd");
        Http.Reply unknown = Http.post(PATH, shop.token(), order("cus_00000000000000000000000000", "fax",
                line(shop.board(), "1", ""), line("itm_00000000000000000000000000", "2", ""), line(shop.board(), "2", ""),
                line(shop.unpriced(), "1", ""), line(shop.bag(), "1", ""),
                line(shop.bag(), "1", "\"configuration\":{\"choices\":{\"pen_colour\":\"green\"}}"),
                line(shop.board(), "1", "\"unit_price\":{\"amount\":5,\"currency\":\"USD\"}")));
        assertEquals(400, unknown.status(), unknown::toString);
        assertEquals(List.of("channel", "customer_id", "lines[1].item_id", "lines[3].unit_price",
                "lines[4].configuration.choices.pen_colour", "lines[5].configuration.choices.pen_colour", "lines[6].unit_price.currency"),
                unknown.errorFields().stream().sorted().toList());

        Http.Reply shapes = Http.post(PATH, shop.token(), order(shop.customer(), "phone", line(shop.board(), "0", ""),
                line(shop.board(), "-1", ""), line(shop.board(), "1", "\"unit_price\":{\"amount\":-2}")));
        assertEquals(List.of("lines[0].quantity", "lines[1].quantity", "lines[2].unit_price.amount"), shapes.errorFields());
        Http.Reply noLines = Http.post(PATH, shop.token(), order(shop.customer(), "phone"));
        assertEquals(List.of("lines"), noLines.errorFields());
        Http.Reply readOnly = Http.post(PATH, shop.token(), "{\"customer_id\":\"" + shop.customer() + "\",\"channel\":\"phone\",\"number\":\"X\","
                + "\"lines\":[" + line(shop.board(), "1", "") + "]}");
        assertEquals(List.of("number"), readOnly.errorFields());

        Shop other = shop("Other Orders Ltd");
        Http.Reply foreign = Http.post(PATH, shop.token(), order(other.customer(), "phone", line(other.board(), "1", "")));
        assertEquals(List.of("customer_id", "lines[0].item_id"), foreign.errorFields(), "another tenant's customer and item do not exist here");
        assertEquals(0, Http.get(PATH, shop.token()).data().size(), "nothing was created");
        assertEquals("SO-" + year() + "-00001", Http.post(PATH, shop.token(), order(shop.customer(), "phone", line(shop.board(), "1", "")))
                .json().getString("number"), "refused orders take no number");
    }

    @Test
    void theLifecycleRunsByActionsAndRefusesIllegalOnesNamingTheAllowed() {
        Shop shop = shop("Lifecycle GmbH");
        String id = created(Http.post(PATH, shop.token(), order(shop.customer(), "phone", line(shop.board(), "2", ""))));
        Http.Reply early = act(shop, id, "ship", null);
        assertEquals(409, early.status(), early::toString);
        assertTrue(early.contentType().startsWith("application/problem+json"));
        assertTrue(early.json().getString("detail").contains("allowed: submit, cancel"), early::toString);

        assertEquals("submitted", act(shop, id, "submit", null).json().getString("status"));
        stock(shop, shop.board(), "2");
        Http.Reply confirmed = act(shop, id, "confirm", "{\"promised_date\":\"2099-04-01\",\"comment\":\"Checked stock.\"}");
        assertEquals(200, confirmed.status(), confirmed::toString);
        assertEquals("confirmed", confirmed.json().getString("status"));
        assertEquals("2099-04-01", confirmed.json().getString("promised_date"));

        String viewer = TestTenants.userWithRole(shop.tenant(), "viewer");
        String operator = TestTenants.userWithRole(shop.tenant(), "operator");
        assertEquals(403, Http.post(PATH + "/" + id + "/start-production", viewer, null).status());
        assertEquals(403, Http.post(PATH + "/" + id + "/cancel", operator, null).status());
        assertEquals("in_production", Http.post(PATH + "/" + id + "/start-production", operator, null).json().getString("status"));

        Http.Reply held = act(shop, id, "hold", "{\"comment\":\"Waiting for the deposit.\"}");
        assertEquals("on_hold", held.json().getString("status"));
        assertEquals("in_production", held.json().getString("held_from"));
        Http.Reply notFromHold = act(shop, id, "send-to-quality", null);
        assertEquals(409, notFromHold.status());
        assertTrue(notFromHold.json().getString("detail").contains("allowed: release, cancel"), notFromHold::toString);
        Http.Reply released = act(shop, id, "release", null);
        assertEquals("in_production", released.json().getString("status"), "back where it was held");
        Http.Reply skipAhead = act(shop, id, "ship", null);
        assertEquals("An order that is In production (in_production) cannot ship; allowed: send-to-quality, hold, cancel.",
                skipAhead.json().getString("detail"), "the allowed actions as the endpoints spell them");
        for (String[] step : List.of(new String[] {"send-to-quality", "quality_check"}, new String[] {"mark-ready", "ready"},
                new String[] {"ship", "shipped"}, new String[] {"deliver", "delivered"}, new String[] {"close", "closed"})) {
            Http.Reply reply = act(shop, id, step[0], null);
            assertEquals(200, reply.status(), reply::toString);
            assertEquals(step[1], reply.json().getString("status"));
        }
        Http.Reply closed = act(shop, id, "cancel", null);
        assertEquals(409, closed.status());
        assertTrue(closed.json().getString("detail").contains("no action is allowed"), closed::toString);

        Http.Reply timeline = Http.get(PATH + "/" + id + "/timeline", viewer);
        assertEquals(200, timeline.status(), timeline::toString);
        List<String> statuses = timeline.data().stream().map(e -> e.asJsonObject().getString("to_status")).toList();
        assertEquals(List.of("draft", "submitted", "confirmed", "in_production", "on_hold", "in_production", "quality_check", "ready",
                "shipped", "delivered", "closed"), statuses, "every status change, oldest first");
        JsonObject confirm = timeline.data().getJsonObject(2);
        assertEquals("confirm", confirm.getString("action"));
        assertEquals("submitted", confirm.getString("from_status"));
        assertEquals(shop.tenant().ownerId(), confirm.getString("actor_id"), "who");
        assertNotNull(confirm.getString("occurred_at"), "when");
        assertEquals("Checked stock.", confirm.getString("comment"));
        assertEquals("2099-04-01", confirm.getJsonObject("changes").getJsonObject("promised_date").getString("to"));
        assertFalse(timeline.data().getJsonObject(3).getString("actor_id").equals(shop.tenant().ownerId()), "the operator started production");
    }

    @Test
    void confirmPromisesTheLatestRequestedDateAndCancelEndsIt() {
        Shop shop = shop("Promises Ltd");
        String id = created(Http.post(PATH, shop.token(), order(shop.customer(), "portal", line(shop.board(), "1", "\"requested_date\":\"2099-05-02\""),
                line(shop.board(), "1", "\"requested_date\":\"2099-05-09\""))));
        act(shop, id, "submit", null);
        Http.Reply confirmed = act(shop, id, "confirm", null);
        assertEquals("2099-05-09", confirmed.json().getString("promised_date"), "later than planning could deliver (DeliveryPromisesIT)");
        Http.Reply cancelled = act(shop, id, "cancel", "{\"comment\":\"Customer withdrew.\"}");
        assertEquals("cancelled", cancelled.json().getString("status"));
        assertEquals(List.of(), cancelled.json().getJsonArray("allowed_actions"));
        Http.Reply change = Http.patch(PATH + "/" + id, shop.token(), cancelled.header("etag"), Http.json("notes", "too late"));
        assertEquals(409, change.status(), "a cancelled order cannot change: " + change);
    }

    @Test
    void changesAfterConfirmationNeedIfMatchAndAreInTheTimeline() {
        Shop shop = shop("Changes GmbH");
        String id = created(Http.post(PATH, shop.token(), order(shop.customer(), "phone", line(shop.board(), "10", "\"requested_date\":\"2026-03-20\""))));
        act(shop, id, "submit", null);
        Http.Reply confirmed = act(shop, id, "confirm", null);
        String etag = confirmed.header("etag");
        String change = "{\"lines\":[" + line(shop.board(), "12", "\"requested_date\":\"2026-03-27\"") + "," + line(shop.unpriced(), "1",
                "\"unit_price\":{\"amount\":0}") + "],\"promised_date\":\"2026-03-27\",\"comment\":\"Customer called: two more.\"}";
        assertEquals(428, Http.patch(PATH + "/" + id, shop.token(), null, change).status());
        assertEquals(412, Http.patch(PATH + "/" + id, shop.token(), "\"0\"", change).status());
        Http.Reply bad = Http.patch(PATH + "/" + id, shop.token(), etag, "{\"lines\":[" + line("itm_00000000000000000000000000", "1", "") + "]}");
        assertEquals(List.of("lines[0].item_id"), bad.errorFields());
        Http.Reply changed = Http.patch(PATH + "/" + id, shop.token(), etag, change);
        assertEquals(200, changed.status(), changed::toString);
        assertEquals("confirmed", changed.json().getString("status"));
        assertEquals(2, changed.json().getJsonArray("lines").size());
        assertEquals("298.80", changed.json().getJsonObject("total").getJsonNumber("amount").toString());
        assertEquals("2026-03-27", changed.json().getString("promised_date"));
        // updated_at aside: on MariaDB the stored value loses its fraction of a second (the platform issue CustomersIT notes).
        assertEquals(withoutUpdatedAt(changed.json()), withoutUpdatedAt(Http.get(PATH + "/" + id, shop.token()).json()));

        Http.Reply timeline = Http.get(PATH + "/" + id + "/timeline", shop.token());
        JsonObject edit = timeline.data().getJsonObject(timeline.data().size() - 1);
        assertEquals("changed", edit.getString("kind"));
        assertEquals("Customer called: two more.", edit.getString("comment"));
        JsonObject changes = edit.getJsonObject("changes");
        assertEquals("BOARD-OAK x 10 at 24.9 EUR by 2026-03-20", changes.getJsonObject("lines[0]").getString("from"));
        assertEquals("BOARD-OAK x 12 at 24.9 EUR by 2026-03-27", changes.getJsonObject("lines[0]").getString("to"));
        assertFalse(changes.getJsonObject("lines[1]").containsKey("from"), "an added line: " + changes);
        assertEquals("2026-03-27", changes.getJsonObject("promised_date").getString("to"));
        assertEquals(shop.tenant().ownerId(), edit.getString("actor_id"));

        act(shop, id, "start-production", null);
        act(shop, id, "send-to-quality", null);
        act(shop, id, "mark-ready", null);
        stock(shop, shop.board(), "12"); // the confirmed lines' reservations take them as they arrive
        stock(shop, shop.unpriced(), "1");
        Http.Reply shipped = act(shop, id, "ship", null);
        assertEquals("shipped", shipped.json().getString("status"), shipped::toString);
        Http.Reply late = Http.patch(PATH + "/" + id, shop.token(), shipped.header("etag"), Http.json("promised_date", "2026-04-01"));
        assertEquals(409, late.status(), "a shipped order cannot change: " + late);
    }

    @Test
    void trackingNeedsNoLoginAndShowsNothingInternal() {
        Shop shop = shop("Tracked GmbH");
        String body = "{\"customer_id\":\"" + shop.customer() + "\",\"channel\":\"email\",\"lines\":[" + line(shop.board(), "4",
                "\"requested_date\":\"2099-06-01\"") + "],\"notes\":\"SECRET-NOTE margin is thin\",\"external_reference\":\"PO-1\"}";
        Http.Reply created = Http.post(PATH, shop.token(), body);
        String id = created.json().getString("id");
        String token = created.json().getString("tracking_token");
        act(shop, id, "submit", null);
        act(shop, id, "confirm", "{\"promised_date\":\"2099-06-01\"}");

        Http.Reply tracked = Http.get("/api/v1/tracking/" + token, null);
        assertEquals(200, tracked.status(), tracked::toString);
        JsonObject json = tracked.json();
        assertEquals(created.json().getString("number"), json.getString("number"));
        assertEquals("confirmed", json.getString("status"));
        assertEquals("2099-06-01", json.getString("promised_date"));
        assertEquals("Oak floor board", json.getJsonArray("lines").getJsonObject(0).getString("item_name"));
        assertEquals(4, json.getJsonArray("lines").getJsonObject(0).getInt("quantity"));
        assertEquals(List.of("draft", "submitted", "confirmed"), json.getJsonArray("timeline").stream()
                .map(s -> s.asJsonObject().getString("status")).toList());
        assertTrue(json.getJsonArray("timeline").getJsonObject(2).containsKey("at"));
        assertEquals(Set.of("object", "number", "status", "status_name", "promised_date", "lines", "timeline"), json.keySet());
        assertEquals(Set.of("item_name", "quantity", "unit"), json.getJsonArray("lines").getJsonObject(0).keySet());
        assertEquals(Set.of("status", "status_name", "at"), json.getJsonArray("timeline").getJsonObject(0).keySet());
        // The timeline's times are left out of the search: a time such as 10:57:24.959Z holds "24.9" without being a price.
        String shown = tracked.body().replaceAll("\"at\":\"[^\"]*\"", "\"at\":\"\"");
        for (String internal : List.of("SECRET-NOTE", "24.9", "EUR", shop.tenant().ownerId(), shop.customer(), id, shop.board(),
                shop.tenant().id(), "actor", "price", "total", "notes", "PO-1")) {
            assertFalse(shown.contains(internal), "the tracking page must not show " + internal + ": " + tracked.body());
        }
        assertTrue(tracked.header("cache-control").contains("no-store"));

        // One character changed, and not just its case: a case-insensitive collation must not make it match either.
        char other = Character.toUpperCase(token.charAt(token.length() - 1)) == 'A' ? 'B' : 'A';
        assertEquals(404, Http.get("/api/v1/tracking/" + token.substring(0, token.length() - 1) + other, null).status());
        assertEquals(404, Http.get("/api/v1/tracking/trk_short", null).status());
        assertEquals(401, Http.get(PATH + "/" + id, null).status(), "the order itself still needs a login");
    }

    @Test
    void statsCountAndValueOrdersFourWaysAndMeasureOnTimeDelivery() {
        Shop shop = shop("Stats GmbH");
        String phone = created(Http.post(PATH, shop.token(), order(shop.customer(), "phone", line(shop.board(), "10", ""))));
        created(Http.post(PATH, shop.token(), order(shop.customer(), "email", line(shop.board(), "1", ""))));
        String late = created(Http.post(PATH, shop.token(), order(shop.customer(), "email", line(shop.board(), "2", ""))));
        stock(shop, shop.board(), "12"); // what the two delivered orders ship
        for (String[] run : List.of(new String[] {phone, "2999-12-31"}, new String[] {late, "2020-01-01"})) {
            act(shop, run[0], "submit", null);
            // a promise in the past is refused at confirm, so the late one is promised for later and moved back, overdue
            Http.Reply confirmed = act(shop, run[0], "confirm", "{\"promised_date\":\"2999-12-31\"}");
            assertEquals(200, Http.patch(PATH + "/" + run[0], shop.token(), confirmed.header("etag"), Http.json("promised_date", run[1])).status());
            for (String action : List.of("start-production", "send-to-quality", "mark-ready", "ship", "deliver")) {
                assertEquals(200, act(shop, run[0], action, null).status());
            }
        }
        Shop other = shop("Other Stats GmbH"); // the database counts and sums, and only the caller's orders
        created(Http.post(PATH, other.token(), order(other.customer(), "phone", line(other.board(), "100", ""))));
        Http.Reply stats = Http.get(PATH + "/stats", TestTenants.userWithRole(shop.tenant(), "viewer"));
        assertEquals(200, stats.status(), stats::toString);
        JsonObject json = stats.json();
        assertEquals(3, json.getInt("count"));
        assertEquals("323.70", json.getJsonArray("value").getJsonObject(0).getJsonNumber("amount").toString());
        assertEquals(Map.of("delivered", 2, "draft", 1), counts(json, "by_status"));
        assertEquals(Map.of("phone", 1, "email", 2), counts(json, "by_channel"));
        assertEquals(Map.of(shop.customer(), 3), counts(json, "by_customer"));
        assertEquals(1, json.getJsonArray("by_month").size());
        assertEquals(java.time.YearMonth.now(java.time.ZoneId.of("Europe/Berlin")).toString(),
                json.getJsonArray("by_month").getJsonObject(0).getString("key"), "the month in the company's zone, as yyyy-MM");
        assertEquals("323.70", json.getJsonArray("by_month").getJsonObject(0).getJsonArray("value").getJsonObject(0)
                .getJsonNumber("amount").toString());
        assertEquals(2, json.getInt("delivered"));
        assertEquals(1, json.getInt("delivered_on_time"));
        assertEquals("0.5000", json.getJsonNumber("on_time_share").toString());
        JsonObject email = json.getJsonArray("by_channel").stream().map(g -> g.asJsonObject())
                .filter(g -> g.getString("key").equals("email")).findFirst().orElseThrow();
        assertEquals("74.70", email.getJsonArray("value").getJsonObject(0).getJsonNumber("amount").toString());
    }

    private static Map<String, Integer> counts(JsonObject stats, String grouping) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        stats.getJsonArray(grouping).forEach(g -> counts.put(g.asJsonObject().getString("key"), g.asJsonObject().getInt("count")));
        return counts;
    }

    @Test
    void aTenantRenamesStagesAndSkipsOptionalOnes() {
        Shop shop = shop("Own Workflow GmbH");
        Http.Reply tenant = Http.get("/api/v1/tenant", shop.token());
        assertEquals(0, tenant.json().getJsonObject("order_workflow").getJsonArray("skipped_stages").size(), "standard at first");
        Http.Reply invalid = Http.patch("/api/v1/tenant", shop.token(), tenant.header("etag"),
                "{\"order_workflow\":{\"stage_names\":{\"packing\":\"Packing\"},\"skipped_stages\":[\"confirmed\"]}}");
        assertEquals(List.of("order_workflow.skipped_stages[0]", "order_workflow.stage_names.packing"), invalid.errorFields());
        Http.Reply saved = Http.patch("/api/v1/tenant", shop.token(), tenant.header("etag"),
                "{\"order_workflow\":{\"stage_names\":{\"in_production\":\"In the workshop\"},\"skipped_stages\":[\"quality_check\"]}}");
        assertEquals(200, saved.status(), saved::toString);
        assertEquals("In the workshop", saved.json().getJsonObject("order_workflow").getJsonObject("stage_names").getString("in_production"));

        Http.Reply created = Http.post(PATH, shop.token(), order(shop.customer(), "phone", line(shop.board(), "1", "\"requested_date\":\"2026-07-01\"")));
        String id = created.json().getString("id");
        act(shop, id, "submit", null);
        act(shop, id, "confirm", null);
        Http.Reply producing = act(shop, id, "start-production", null);
        assertEquals("In the workshop", producing.json().getString("status_name"));
        assertEquals("mark-ready", producing.json().getJsonArray("allowed_actions").getString(0), "no quality stage");
        Http.Reply quality = act(shop, id, "send-to-quality", null);
        assertEquals(409, quality.status(), quality::toString);
        assertTrue(quality.json().getString("detail").contains("In the workshop"), quality::toString);
        assertEquals("ready", act(shop, id, "mark-ready", null).json().getString("status"));
        Http.Reply tracked = Http.get("/api/v1/tracking/" + created.json().getString("tracking_token"), null);
        assertEquals("In the workshop", tracked.json().getJsonArray("timeline").getJsonObject(3).getString("status_name"));
    }

    @Test
    void aSwitchedOffOrdersModuleRefusesOrdersButNotTracking() {
        Shop shop = shop("No Orders GmbH");
        Http.Reply created = Http.post(PATH, shop.token(), order(shop.customer(), "phone", line(shop.board(), "1", "")));
        Http.Reply tenant = Http.get("/api/v1/tenant", shop.token());
        assertEquals(200, Http.patch("/api/v1/tenant", shop.token(), tenant.header("etag"), "{\"enabled_modules\":[\"planning\"]}").status());
        Http.Reply refused = Http.get(PATH, shop.token());
        assertEquals(403, refused.status(), refused::toString);
        assertEquals(200, Http.get("/api/v1/tracking/" + created.json().getString("tracking_token"), null).status());
    }

    /** Plain HTTP/1.1, as in CustomersIT: the JDK client's h2c upgrade delayed answers under 32 simultaneous connections. */
    private static final HttpClient HTTP_1_1 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private static Http.Reply postOverHttp11(String path, String token, String json) throws Exception {
        HttpResponse<String> response = HTTP_1_1.send(HttpRequest.newBuilder(URI.create(Http.BASE_URL + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        return new Http.Reply(response.statusCode(), Map.of(), response.body());
    }

    /** 32 creations at once on a fresh tenant (so also racing to create the year's counter): exactly SO-yyyy-00001 to 00032. */
    @Test
    void concurrentCreationGivesConsecutiveNumbersWithNoneMissingOrDuplicated() throws Exception {
        Shop shop = shop("Rush Orders GmbH");
        int requests = 32;
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Http.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                String body = order(shop.customer(), "api", line(shop.board(), Integer.toString(i + 1), ""));
                replies.add(pool.submit(() -> {
                    start.await();
                    return postOverHttp11(PATH, shop.token(), body);
                }));
            }
            start.countDown();
            List<String> numbers = new ArrayList<>();
            for (Future<Http.Reply> reply : replies) {
                Http.Reply r = reply.get();
                assertEquals(201, r.status(), r::toString);
                numbers.add(r.json().getString("number"));
            }
            List<String> expected = IntStream.rangeClosed(1, requests).mapToObj(n -> String.format("SO-%s-%05d", year(), n)).toList();
            assertEquals(expected, numbers.stream().sorted().toList(), "32 distinct consecutive numbers, none missing");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(String.format("SO-%s-%05d", year(), requests + 1),
                Http.post(PATH, shop.token(), order(shop.customer(), "api", line(shop.board(), "1", ""))).json().getString("number"));
    }
}
