package io.flowline.it;

import static io.flowline.it.StockFixtures.move;
import static io.flowline.it.StockFixtures.receive;
import static io.flowline.it.StockFixtures.warehouse;
import static io.flowline.it.StockIT.ledgerSum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * Orders that ship what exists (issue 12): confirm reserves the lines' stock, receipts top it up, ship issues it in the
 * same transaction or refuses naming the short lines, returns come back into quarantine, and the ledger and the balances
 * agree however many ship and receive at once.
 */
class OrderShippingIT {
    private static final String PATH = "/api/v1/orders";
    private static final String LATER = "2099-03-01";

    /** A company whose orders go straight from confirmed to ship (the optional stages skipped), with a customer and a warehouse. */
    private record Company(String token, String customer, String warehouse) {
    }

    private static Company company(String name, boolean partialShipments) {
        String token = TestTenants.signUp(name).token();
        Http.Reply tenant = Http.get("/api/v1/tenant", token);
        Http.Reply saved = Http.patch("/api/v1/tenant", token, tenant.header("etag"), "{\"order_workflow\":{\"skipped_stages\":"
                + "[\"in_production\",\"quality_check\",\"ready\"],\"partial_shipments\":" + partialShipments + "}}");
        assertEquals(200, saved.status(), saved::toString);
        assertEquals(partialShipments, saved.json().getJsonObject("order_workflow").getBoolean("partial_shipments"), saved::toString);
        return new Company(token, created(Http.post("/api/v1/customers", token, Http.json("name", "Ship-To Customer"))), warehouse(token));
    }

    private static String product(Company company, String code, String kind) {
        return created(Http.post("/api/v1/items", company.token(), "{\"code\":\"" + StockFixtures.unique(code) + "\",\"name\":\"" + code
                + "\",\"kind\":\"" + kind + "\",\"sales_price\":{\"amount\":10}}"));
    }

    private static void assertNumber(String expected, JsonObject object, String field) {
        StockIT.assertNumber(expected, object, field);
    }

    private static void assertNumber(String expected, JsonObject object, String field, String why) {
        assertEquals(0, new BigDecimal(expected).compareTo(object.getJsonNumber(field).bigDecimalValue()), why + ": " + field + " of " + object);
    }

    private static String created(Http.Reply reply) {
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getString("id");
    }

    /** A submitted order with lines of (item, quantity) pairs. */
    private static String order(Company company, String... itemsAndQuantities) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < itemsAndQuantities.length; i += 2) {
            lines.add(OrdersIT.line(itemsAndQuantities[i], itemsAndQuantities[i + 1], ""));
        }
        String id = created(Http.post(PATH, company.token(), OrdersIT.order(company.customer(), "phone", lines.toArray(String[]::new))));
        assertEquals(200, act(company, id, "submit", null).status());
        return id;
    }

    private static Http.Reply act(Company company, String id, String action, String body) {
        return Http.post(PATH + "/" + id + "/" + action, company.token(), body);
    }

    private static JsonObject confirm(Company company, String id, String promised) {
        Http.Reply confirmed = act(company, id, "confirm", Http.json("promised_date", promised));
        assertEquals(200, confirmed.status(), confirmed::toString);
        return confirmed.json();
    }

    private static JsonObject line(JsonObject order, int number) {
        return order.getJsonArray("lines").getJsonObject(number - 1);
    }

    private static JsonObject get(Company company, String id) {
        return Http.get(PATH + "/" + id, company.token()).json();
    }

    /** The item's stock without a lot in the company's warehouse: on hand, reserved, available. */
    private static JsonObject unlotted(Company company, String item) {
        JsonArray levels = Http.get("/api/v1/stock?item_id=" + item, company.token()).data();
        return levels.getValuesAs(JsonObject.class).stream().filter(l -> !l.containsKey("lot_id") || l.isNull("lot_id")).findFirst()
                .orElseThrow(() -> new AssertionError("no stock without a lot: " + levels));
    }

    private static List<JsonObject> reservations(Company company, String item, String status) {
        return Http.get("/api/v1/reservations?limit=100&item_id=" + item + "&status=" + status, company.token()).data()
                .getValuesAs(JsonObject.class);
    }

    @Test
    void confirmReservesWhatIsThereAndShipIssuesItClosingTheReservation() {
        Company company = company("Stock Shippers GmbH", false);
        String board = product(company, "BOARD", "product");
        String fitting = product(company, "FITTING", "service");
        receive(company.token(), board, company.warehouse(), "30");
        String id = order(company, board, "12", fitting, "1");

        JsonObject confirmed = confirm(company, id, LATER);
        assertNumber("12", line(confirmed, 1), "reserved_quantity");
        assertNumber("0", line(confirmed, 1), "short_quantity");
        assertNumber("0", line(confirmed, 2), "reserved_quantity");
        assertNumber("0", line(confirmed, 2), "short_quantity", "a service needs no stock");
        assertNumber("12", unlotted(company, board), "reserved");
        List<JsonObject> open = reservations(company, board, "open");
        assertEquals(1, open.size(), open::toString);
        assertEquals("order_line", open.get(0).getJsonObject("reference").getString("type"));
        assertEquals(line(confirmed, 1).getString("id"), open.get(0).getJsonObject("reference").getString("id"), "the line's reservation");

        Http.Reply shipped = act(company, id, "ship", null);
        assertEquals(200, shipped.status(), shipped::toString);
        assertEquals("shipped", shipped.json().getString("status"));
        assertNumber("12", line(shipped.json(), 1), "shipped_quantity");
        assertNumber("0", line(shipped.json(), 1), "reserved_quantity");
        assertNumber("1", line(shipped.json(), 2), "shipped_quantity");
        JsonObject stock = unlotted(company, board);
        assertNumber("18", stock, "on_hand");
        assertNumber("0", stock, "reserved");
        assertEquals(0, reservations(company, board, "open").size(), "the reservation is closed");
        assertEquals(1, reservations(company, board, "consumed").size(), "by the issue");
        List<JsonObject> issues = Http.get("/api/v1/stock-movements?kind=issue&item_id=" + board, company.token()).data()
                .getValuesAs(JsonObject.class);
        assertEquals(1, issues.size(), issues::toString);
        assertNumber("-12", issues.get(0), "quantity");
        assertEquals("sales_order", issues.get(0).getJsonObject("reference").getString("type"));
        assertEquals(id, issues.get(0).getJsonObject("reference").getString("id"), "the movement refers to the order");
        assertEquals(0, new BigDecimal("18").compareTo(ledgerSum(company.token(), "item_id=" + board)), "ledger and balance agree");
    }

    @Test
    void shippingWithoutStockIsAConflictNamingTheShortLinesAndMovesNothing() {
        Company company = company("Short Shippers GmbH", false);
        String board = product(company, "BOARD", "product");
        String bag = product(company, "BAG", "product");
        receive(company.token(), board, company.warehouse(), "5");
        String id = order(company, board, "8", bag, "3");
        JsonObject confirmed = confirm(company, id, LATER);
        assertNumber("5", line(confirmed, 1), "reserved_quantity", "a part, when only a part is there");
        assertNumber("3", line(confirmed, 1), "short_quantity");
        assertNumber("0", line(confirmed, 2), "reserved_quantity");
        assertNumber("3", line(confirmed, 2), "short_quantity");

        Http.Reply refused = act(company, id, "ship", null);
        assertEquals(409, refused.status(), refused::toString);
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused::toString);
        assertTrue(refused.json().getString("type").endsWith("insufficient-stock"), refused::toString);
        assertEquals(List.of("lines[0]", "lines[1]"), refused.errorFields(), refused::toString);
        String detail = refused.json().getString("detail");
        assertTrue(detail.contains("line 1 (") && detail.contains("ordered 8, shipped 0, reserved 5, short 3"), detail);
        assertTrue(detail.contains("line 2 (") && detail.contains("ordered 3, shipped 0, reserved 0, short 3"), detail);

        assertEquals("confirmed", get(company, id).getString("status"), "nothing shipped");
        JsonObject stock = unlotted(company, board);
        assertNumber("5", stock, "on_hand");
        assertNumber("5", stock, "reserved", "still held for the order");
        assertEquals(0, Http.get("/api/v1/stock-movements?kind=issue&item_id=" + board, company.token()).data().size(), "nothing moved");
    }

    @Test
    void withPartialShipmentsTheReservedPartShipsAndALaterShipSendsTheRest() {
        Company company = company("Partial Shippers GmbH", true);
        String board = product(company, "BOARD", "product");
        String bag = product(company, "BAG", "product");
        receive(company.token(), board, company.warehouse(), "5");
        String id = order(company, board, "8", bag, "3");
        confirm(company, id, LATER);

        Http.Reply first = act(company, id, "ship", "{\"comment\":\"The boards we have go now.\"}");
        assertEquals(200, first.status(), first::toString);
        assertEquals("confirmed", first.json().getString("status"), "not everything has shipped");
        assertEquals("ship", first.json().getJsonArray("allowed_actions").getString(0), "the rest ships later");
        assertNumber("5", line(first.json(), 1), "shipped_quantity");
        assertNumber("3", line(first.json(), 1), "short_quantity");
        assertNumber("0", line(first.json(), 2), "shipped_quantity");
        assertEquals(0, Http.get("/api/v1/stock?item_id=" + board, company.token()).data().size(), "all five boards left");
        JsonArray timeline = Http.get(PATH + "/" + id + "/timeline", company.token()).data();
        JsonObject shipment = timeline.getJsonObject(timeline.size() - 1);
        assertEquals("shipment", shipment.getString("kind"), shipment::toString);
        assertEquals("5", shipment.getJsonObject("changes").getJsonObject("lines[0].shipped_quantity").getString("to"));
        assertEquals("The boards we have go now.", shipment.getString("comment"));

        // nothing reserved now: a ship of nothing is refused, even with partial shipments
        Http.Reply nothing = act(company, id, "ship", null);
        assertEquals(409, nothing.status(), nothing::toString);
        assertEquals(List.of("lines[0]", "lines[1]"), nothing.errorFields());

        // MRP plans what is still to ship (8 ordered, 5 shipped: 3 boards), not the whole line again
        JsonObject run = PlanningFixtures.run(company.token(), "{\"bucket\":\"week\",\"horizon\":12,\"start_date\":\"2099-01-05\"}");
        assertEquals("completed", run.getString("status"), run::toString);
        BigDecimal planned = Http.get("/api/v1/planning/mrp-runs/" + run.getString("id") + "/planned-orders?limit=100&item_id=" + board,
                company.token()).data().getValuesAs(JsonObject.class).stream().map(o -> o.getJsonNumber("quantity").bigDecimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, new BigDecimal("3").compareTo(planned), "boards planned after a partial shipment: " + planned);

        receive(company.token(), board, company.warehouse(), "3"); // receipts top the order's reservations up
        receive(company.token(), bag, company.warehouse(), "4");
        JsonObject topped = get(company, id);
        assertNumber("3", line(topped, 1), "reserved_quantity");
        assertNumber("3", line(topped, 2), "reserved_quantity", "what it lacks, not all that arrived");
        Http.Reply rest = act(company, id, "ship", null);
        assertEquals(200, rest.status(), rest::toString);
        assertEquals("shipped", rest.json().getString("status"));
        assertNumber("8", line(rest.json(), 1), "shipped_quantity");
        assertNumber("3", line(rest.json(), 2), "shipped_quantity");
        assertNumber("1", unlotted(company, bag), "on_hand");
        assertNumber("0", unlotted(company, bag), "reserved");
    }

    @Test
    void stockReceivedLaterGoesToTheEarliestPromiseFirstAndReserveRetriesAfterOtherArrivals() {
        Company company = company("Waiting Orders GmbH", false);
        String bag = product(company, "BAG", "product");
        String later = order(company, bag, "4");
        String sooner = order(company, bag, "4");
        confirm(company, later, "2099-02-01");
        confirm(company, sooner, "2099-01-01");
        assertNumber("4", line(get(company, sooner), 1), "short_quantity", "made to order: nothing in stock yet");

        receive(company.token(), bag, company.warehouse(), "6"); // e.g. a work order's output, received through the ledger
        assertNumber("4", line(get(company, sooner), 1), "reserved_quantity", "the earliest promise first");
        assertNumber("2", line(get(company, later), 1), "reserved_quantity");
        assertNumber("2", line(get(company, later), 1), "short_quantity");

        // an adjustment reserves nothing by itself; POST /reserve takes what is available now
        assertEquals(201, move(company.token(), "adjustment", bag, company.warehouse(), "2", "\"reason\":\"Found in the back\"").status());
        assertNumber("2", line(get(company, later), 1), "reserved_quantity");
        Http.Reply reserved = act(company, later, "reserve", null);
        assertEquals(200, reserved.status(), reserved::toString);
        assertNumber("4", line(reserved.json(), 1), "reserved_quantity");
        assertNumber("0", line(reserved.json(), 1), "short_quantity");
        JsonObject stock = unlotted(company, bag);
        assertNumber("8", stock, "on_hand");
        assertNumber("8", stock, "reserved");

        Http.Reply cancelled = act(company, later, "cancel", null);
        assertEquals(200, cancelled.status(), cancelled::toString);
        assertNumber("4", unlotted(company, bag), "reserved", "a cancelled order gives its stock back");
        Http.Reply notConfirmed = act(company, later, "reserve", null);
        assertEquals(409, notConfirmed.status(), notConfirmed::toString);
    }

    @Test
    void returnsComeBackIntoAQuarantinedLotAndOnlyWhatShipped() {
        Company company = company("Returns GmbH", false);
        String board = product(company, "BOARD", "product");
        receive(company.token(), board, company.warehouse(), "10");
        String id = order(company, board, "10");
        confirm(company, id, LATER);
        String unshipped = order(company, board, "1");
        Http.Reply early = Http.post(PATH + "/" + unshipped + "/returns", company.token(),
                "{\"lines\":[{\"line_number\":1,\"quantity\":1,\"reason\":\"Never came\"}]}");
        assertEquals(400, early.status(), early::toString);
        assertEquals(List.of("lines[0].quantity"), early.errorFields(), "nothing shipped, nothing returns");
        assertEquals(200, act(company, id, "ship", null).status());

        Http.Reply returned = Http.post(PATH + "/" + id + "/returns", company.token(),
                "{\"lines\":[{\"item_id\":\"" + board + "\",\"quantity\":2,\"reason\":\"Damaged in transport\"}]}");
        assertEquals(201, returned.status(), returned::toString);
        JsonObject made = returned.json().getJsonArray("data").getJsonObject(0);
        assertEquals("order_return", made.getString("object"));
        assertEquals(1, made.getInt("line_number"));
        assertEquals(company.warehouse(), made.getString("warehouse_id"), "where the line shipped from");
        assertEquals("quarantined", Http.get("/api/v1/lots/" + made.getString("lot_id"), company.token()).json().getString("status"));
        JsonObject quarantined = Http.get("/api/v1/stock?item_id=" + board, company.token()).data().getValuesAs(JsonObject.class).stream()
                .filter(l -> made.getString("lot_id").equals(l.getString("lot_id", null))).findFirst().orElseThrow();
        assertNumber("2", quarantined, "on_hand");
        assertNumber("0", quarantined, "available", "not available until quality releases it");
        JsonObject receipt = Http.get("/api/v1/stock-movements/" + made.getString("movement_id"), company.token()).json();
        assertEquals("receipt", receipt.getString("kind"));
        assertEquals(id, receipt.getJsonObject("reference").getString("id"));
        assertNumber("2", line(get(company, id), 1), "returned_quantity");

        Http.Reply tooMany = Http.post(PATH + "/" + id + "/returns", company.token(),
                "{\"lines\":[{\"line_number\":1,\"quantity\":9,\"reason\":\"All of them\"}]}");
        assertEquals(400, tooMany.status(), tooMany::toString);
        assertEquals(List.of("lines[0].quantity"), tooMany.errorFields());
        assertTrue(tooMany.json().getJsonArray("errors").getJsonObject(0).getString("message").contains("at most 8"), tooMany::toString);

        Http.Reply listed = Http.get(PATH + "/" + id + "/returns", company.token());
        assertEquals(200, listed.status(), listed::toString);
        assertEquals(1, listed.data().size());
        JsonArray timeline = Http.get(PATH + "/" + id + "/timeline", company.token()).data();
        JsonObject entry = timeline.getJsonObject(timeline.size() - 1);
        assertEquals("return", entry.getString("kind"));
        assertEquals("Damaged in transport", entry.getString("comment"));
    }

    @Test
    void aPromiseInThePastIsRefused() {
        Company company = company("Punctual GmbH", false);
        String board = product(company, "BOARD", "product");
        String id = order(company, board, "1");
        Http.Reply past = act(company, id, "confirm", Http.json("promised_date", LocalDate.now(ZoneOffset.UTC).minusDays(2).toString()));
        assertEquals(400, past.status(), past::toString);
        assertEquals(List.of("promised_date"), past.errorFields());
        assertEquals("submitted", get(company, id).getString("status"));
    }

    @Test
    void sixteenClientsShippingAndReceivingAtOnceKeepLedgerAndBalancesEqual() throws Exception {
        Company company = company("Busy Dock GmbH", false);
        String box = product(company, "BOX", "product");
        receive(company.token(), box, company.warehouse(), "4");
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String id = order(company, box, "1");
            confirm(company, id, LATER);
            orders.add(id);
        }
        assertNumber("4", unlotted(company, box), "reserved", "four orders hold one each, four wait");

        ExecutorService pool = Executors.newFixedThreadPool(16);
        Map<String, Http.Reply> ships = new TreeMap<>();
        List<Http.Reply> receipts = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            Map<String, Future<Http.Reply>> shipping = new TreeMap<>();
            List<Future<Http.Reply>> receiving = new ArrayList<>();
            for (String id : orders) {
                shipping.put(id, pool.submit(() -> {
                    start.await();
                    return act(company, id, "ship", null);
                }));
                receiving.add(pool.submit(() -> {
                    start.await();
                    return move(company.token(), "receipt", box, company.warehouse(), "1", "");
                }));
            }
            start.countDown();
            for (Map.Entry<String, Future<Http.Reply>> ship : shipping.entrySet()) {
                ships.put(ship.getKey(), ship.getValue().get(120, TimeUnit.SECONDS));
            }
            for (Future<Http.Reply> receipt : receiving) {
                receipts.add(receipt.get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        receipts.forEach(r -> assertEquals(201, r.status(), r::toString));
        int shipped = 0;
        for (Map.Entry<String, Http.Reply> ship : ships.entrySet()) {
            Http.Reply reply = ship.getValue();
            assertTrue(reply.status() == 200 || reply.status() == 409, "shipped or refused, nothing else: " + reply);
            String status = get(company, ship.getKey()).getString("status");
            assertEquals(reply.status() == 200 ? "shipped" : "confirmed", status, reply::toString);
            shipped += reply.status() == 200 ? 1 : 0;
        }
        assertTrue(shipped >= 4, "the four that held stock ship: " + ships);

        JsonObject stock = unlotted(company, box);
        assertNumber(Integer.toString(12 - shipped), stock, "on_hand");
        assertEquals(0, stock.getJsonNumber("on_hand").bigDecimalValue().compareTo(ledgerSum(company.token(), "item_id=" + box)),
                "ledger and balance agree");
        BigDecimal reserved = reservations(company, box, "open").stream().map(r -> r.getJsonNumber("open_quantity").bigDecimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, stock.getJsonNumber("reserved").bigDecimalValue().compareTo(reserved), "the reservations add up to the balance's");
        assertEquals(0, new BigDecimal(8 - shipped).compareTo(reserved), "every order not shipped holds its one now: " + stock);
    }
}
