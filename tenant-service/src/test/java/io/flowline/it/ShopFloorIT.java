package io.flowline.it;

import static io.flowline.it.StockIT.assertNumber;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/** Issue 12, the shop floor: a work order's operations from release to close, over HTTP. */
class ShopFloorIT {
    private static final String PATH = "/api/v1/work-orders";

    @Test
    void aLotTrackedBoardFromReleaseThroughItsOperationsIntoStockWithItsGenealogy() throws InterruptedException {
        TestTenants.TestTenant tenant = TestTenants.signUp("Oak Floor Works");
        String token = tenant.token();
        String warehouse = StockFixtures.warehouse(token); // the company's only warehouse: the default for output
        String saw = workCenter(token, "SAW");
        String oil = workCenter(token, "OIL");
        String board = PlanningFixtures.item(token, "BOARD", "product", "\"lot_tracked\":true");
        String oak = StockFixtures.item(token, "\"lot_tracked\":true");
        String oakLot = StockFixtures.lot(token, oak, "released");
        assertEquals(201, StockFixtures.move(token, "receipt", oak, warehouse, "100", "\"lot_id\":\"" + oakLot + "\"").status());
        Http.Reply routing = Http.method("PUT", "/api/v1/items/" + board + "/routing", token, "{\"operations\":["
                + "{\"sequence\":10,\"work_center_id\":\"" + saw + "\",\"description\":\"Cut\",\"setup_hours\":0.5,\"run_hours_per_unit\":0.1},"
                + "{\"sequence\":20,\"work_center_id\":\"" + oil + "\",\"description\":\"Oil\",\"run_hours_per_unit\":0.05}]}", Map.of("If-Match", "\"0\""));
        assertEquals(200, routing.status(), routing::toString);
        String salesOrder = PlanningFixtures.confirmedOrder(token, PlanningFixtures.customer(token), board, "\"quantity\":10", "2026-03-20")
                .getString("id");
        Http.Reply created = Http.post(PATH, token, Http.json("item_id", board, "quantity", 10, "start_date", "2026-03-02",
                "due_date", "2026-03-06", "sales_order_id", salesOrder));
        assertEquals(201, created.status(), created::toString);
        String id = created.json().getString("id");
        String number = created.json().getString("number");
        assertEquals(List.of("release", "cancel"), strings(created.json().getJsonArray("allowed_actions")));
        assertTrue(Http.get(PATH + "/" + id + "/operations", token).data().isEmpty(), "a planned work order has no operations yet");
        Http.Reply tooEarly = Http.post(PATH + "/" + id + "/operations/10/start", token, null);
        assertEquals(409, tooEarly.status(), tooEarly::toString);
        assertTrue(tooEarly.json().getString("detail").contains("allowed: release, cancel"), tooEarly::toString);

        // Release copies the routing: planned minutes = setup + run per unit × quantity (30 + 6 × 10, 0 + 3 × 10).
        Http.Reply released = Http.post(PATH + "/" + id + "/release", token, null);
        assertEquals(200, released.status(), released::toString);
        assertEquals(List.of("cancel"), strings(released.json().getJsonArray("allowed_actions")));
        assertEquals(warehouse, released.json().getString("output_warehouse_id"), "the default warehouse");
        JsonArray operations = Http.get(PATH + "/" + id + "/operations", token).data();
        assertEquals(2, operations.size(), operations::toString);
        JsonObject cut = operations.getJsonObject(0);
        assertEquals(10, cut.getInt("sequence"));
        assertEquals(saw, cut.getString("work_center_id"));
        assertEquals("pending", cut.getString("status"));
        assertNumber("30", cut, "setup_minutes");
        assertNumber("6", cut, "run_minutes_per_unit");
        assertNumber("90", cut, "planned_minutes");
        assertEquals("90", cut.getJsonNumber("planned_minutes").toString(), "written plainly, not 90.000000 or 9E+1");
        assertNumber("30", operations.getJsonObject(1), "planned_minutes");

        JsonArray sawQueue = queue(token, saw);
        assertEquals(1, sawQueue.size(), sawQueue::toString);
        assertEquals(number, sawQueue.getJsonObject(0).getString("work_order_number"));
        assertEquals("BOARD", sawQueue.getJsonObject(0).getString("item_code"));
        assertNumber("10", sawQueue.getJsonObject(0), "quantity_remaining");
        String urgent = Http.post(PATH, token, Http.json("item_id", board, "quantity", 3, "start_date", "2026-03-02", "due_date", "2026-03-04"))
                .json().getString("id");
        assertEquals(200, Http.post(PATH + "/" + urgent + "/release", token, null).status());
        assertEquals(List.of(urgent, id), queue(token, saw).getValuesAs(JsonObject.class).stream().map(q -> q.getString("work_order_id")).toList(),
                "the earlier due date first");
        assertEquals(200, Http.post(PATH + "/" + urgent + "/cancel", token, null).status());
        assertEquals(List.of(id), queue(token, saw).getValuesAs(JsonObject.class).stream().map(q -> q.getString("work_order_id")).toList(),
                "a cancelled work order leaves the queue");

        Http.Reply outOfOrder = Http.post(PATH + "/" + id + "/operations/20/start", token, null);
        assertEquals(409, outOfOrder.status(), outOfOrder::toString);
        assertTrue(outOfOrder.json().getString("detail").contains("operation 10"), outOfOrder::toString);

        // The first start: the work order is in progress, its customer order in production.
        Http.Reply started = Http.post(PATH + "/" + id + "/operations/10/start", token, null);
        assertEquals(200, started.status(), started::toString);
        assertEquals("running", started.json().getString("status"));
        assertEquals(List.of("pause", "report", "complete"), strings(started.json().getJsonArray("allowed_actions")));
        JsonObject inProgress = Http.get(PATH + "/" + id, token).json();
        assertEquals("in_progress", inProgress.getString("status"));
        assertTrue(inProgress.containsKey("started_at"));
        assertEquals("in_production", Http.get("/api/v1/orders/" + salesOrder, token).json().getString("status"));
        Http.Reply cancel = Http.post(PATH + "/" + id + "/cancel", token, null);
        assertEquals(409, cancel.status(), cancel::toString);
        assertTrue(cancel.json().getString("detail").contains("in_progress"), cancel::toString);
        Http.Reply again = Http.post(PATH + "/" + id + "/operations/10/start", token, null);
        assertEquals(409, again.status(), again::toString);
        assertTrue(again.json().getString("detail").contains("allowed: pause, report, complete"), again::toString);

        // A breakdown: the interruption is recorded with its duration.
        Http.Reply coffee = Http.post(PATH + "/" + id + "/operations/10/pause", token, Http.json("reason", "coffee"));
        assertEquals(400, coffee.status(), coffee::toString);
        assertEquals(List.of("reason"), coffee.errorFields());
        Http.Reply paused = Http.post(PATH + "/" + id + "/operations/10/pause", token, Http.json("reason", "breakdown", "note", "Blade broke"));
        assertEquals(200, paused.status(), paused::toString);
        assertEquals("paused", paused.json().getString("status"));
        Thread.sleep(1100);
        Http.Reply resumed = Http.post(PATH + "/" + id + "/operations/10/resume", token, null);
        assertEquals(200, resumed.status(), resumed::toString);
        JsonObject interruption = resumed.json().getJsonArray("interruptions").getJsonObject(0);
        assertEquals("breakdown", interruption.getString("reason"));
        assertEquals("Blade broke", interruption.getString("note"));
        assertTrue(interruption.containsKey("ended_at"), interruption::toString);
        assertTrue(interruption.getJsonNumber("duration_seconds").longValue() >= 1, interruption::toString);

        // Reports: quantities add up, never beyond the order's quantity.
        Http.Reply reported = report(token, id, 10, "{\"good_quantity\":10,\"scrap_quantity\":1,\"labour_minutes\":95,\"machine_minutes\":90,"
                + "\"scrap_reason\":\"Knot\"}");
        assertEquals(200, reported.status(), reported::toString);
        assertNumber("10", reported.json(), "good_quantity");
        assertNumber("95", reported.json(), "labour_minutes");
        Http.Reply over = report(token, id, 10, "{\"good_quantity\":1}");
        assertEquals(400, over.status(), over::toString);
        assertEquals(List.of("good_quantity"), over.errorFields());
        Http.Reply nothing = report(token, id, 10, "{\"good_quantity\":-1,\"labour_minutes\":-2}");
        assertEquals(400, nothing.status(), nothing::toString);
        assertTrue(nothing.errorFields().containsAll(List.of("good_quantity", "labour_minutes")), nothing::toString);
        assertEquals(200, Http.post(PATH + "/" + id + "/operations/10/complete", token, null).status());
        assertEquals(200, Http.post(PATH + "/" + id + "/operations/20/start", token, null).status());
        assertTrue(queue(token, saw).isEmpty(), "a done operation leaves the queue");
        assertEquals(1, queue(token, oil).size());

        // Material issued to the work order (as the materials side posts it), then output on the last operation.
        Http.Reply issued = StockFixtures.move(token, "issue", oak, warehouse, "20", "\"lot_id\":\"" + oakLot
                + "\",\"reference\":{\"type\":\"work_order\",\"id\":\"" + id + "\"}");
        assertEquals(201, issued.status(), issued::toString);
        assertEquals(200, report(token, id, 20, "{\"good_quantity\":6,\"labour_minutes\":20}").status());
        JsonObject stock = StockIT.level(token, board);
        assertNumber("6", stock, "on_hand");
        assertEquals(warehouse, stock.getString("warehouse_id"));
        JsonObject afterOutput = Http.get(PATH + "/" + id, token).json();
        assertNumber("6", afterOutput, "good_quantity");
        assertNumber("4", afterOutput, "remaining_quantity");
        String outputLot = afterOutput.getString("output_lot_id");
        assertEquals(outputLot, stock.getString("lot_id"));
        assertEquals(number + "-20", Http.get("/api/v1/lots/" + outputLot, token).json().getString("number"));
        JsonArray receipts = Http.get("/api/v1/stock-movements?item_id=" + board, token).data();
        assertEquals(1, receipts.size(), receipts::toString);
        assertEquals("receipt", receipts.getJsonObject(0).getString("kind"));
        assertEquals(id, receipts.getJsonObject(0).getJsonObject("reference").getString("id"));

        JsonObject backward = Http.get("/api/v1/lots/" + outputLot + "/genealogy", token).json();
        assertEquals("lot_genealogy", backward.getString("object"));
        assertEquals(1, backward.getJsonArray("components").size(), backward::toString);
        JsonObject component = backward.getJsonArray("components").getJsonObject(0);
        assertEquals(oakLot, component.getString("lot_id"));
        assertEquals(oak, component.getString("item_id"));
        assertNumber("20", component, "quantity");
        assertEquals(id, component.getString("work_order_id"));
        assertTrue(backward.getJsonArray("used_in").isEmpty());
        JsonObject forward = Http.get("/api/v1/lots/" + oakLot + "/genealogy", token).json();
        assertEquals(outputLot, forward.getJsonArray("used_in").getJsonObject(0).getString("lot_id"));

        // The rest, then completion when the last operation is done, then close.
        assertEquals(200, report(token, id, 20, "{\"good_quantity\":4}").status());
        assertNumber("10", StockIT.level(token, board), "on_hand");
        Http.Reply done = Http.post(PATH + "/" + id + "/operations/20/complete", token, null);
        assertEquals(200, done.status(), done::toString);
        JsonObject completed = Http.get(PATH + "/" + id, token).json();
        assertEquals("completed", completed.getString("status"));
        assertEquals(List.of("close"), strings(completed.getJsonArray("allowed_actions")));
        Http.Reply late = Http.post(PATH + "/" + id + "/cancel", token, null);
        assertEquals(409, late.status(), late::toString);
        assertTrue(late.json().getString("detail").contains("allowed: close"), late::toString);
        Http.Reply closed = Http.post(PATH + "/" + id + "/close", token, null);
        assertEquals(200, closed.status(), closed::toString);
        assertEquals("closed", closed.json().getString("status"));
        assertTrue(queue(token, oil).isEmpty());

        List<String> timeline = Http.get(PATH + "/" + id + "/timeline?limit=100", token).data().getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("action")).toList();
        assertEquals("work_order.closed", timeline.get(0), timeline::toString);
        assertTrue(timeline.containsAll(List.of("work_order.created", "work_order.released", "work_order.started", "work_order.operation_started",
                "work_order.operation_paused", "work_order.operation_resumed", "work_order.operation_reported", "work_order.operation_completed",
                "work_order.completed")), timeline::toString);
        assertEquals(409, Http.post(PATH + "/" + id + "/operations/20/start", token, null).status(), "a closed work order takes no reports");
    }

    @Test
    void anItemWithoutARoutingGetsOneOperationAndAViewerCannotWork() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Bottle Filler AS");
        String token = tenant.token();
        String cleaner = PlanningFixtures.item(token, "CLEANER", "product", "");
        Http.Reply created = Http.post(PATH, token, Http.json("item_id", cleaner, "quantity", 5, "start_date", "2026-03-02",
                "due_date", "2026-03-02"));
        String id = created.json().getString("id");
        assertEquals(200, Http.post(PATH + "/" + id + "/release", token, null).status());
        assertFalse(Http.get(PATH + "/" + id, token).json().containsKey("output_warehouse_id"), "no warehouse yet");
        JsonArray operations = Http.get(PATH + "/" + id + "/operations", token).data();
        assertEquals(1, operations.size(), operations::toString);
        assertEquals(10, operations.getJsonObject(0).getInt("sequence"));
        assertFalse(operations.getJsonObject(0).containsKey("work_center_id"));

        String viewer = TestTenants.userWithRole(tenant, "viewer");
        assertEquals(403, Http.post(PATH + "/" + id + "/operations/10/start", viewer, null).status());
        String operator = TestTenants.userWithRole(tenant, "operator");
        assertEquals(200, Http.post(PATH + "/" + id + "/operations/10/start", operator, null).status());
        Http.Reply noWarehouse = report(operator, id, 10, "{\"good_quantity\":5}");
        assertEquals(409, noWarehouse.status(), noWarehouse::toString);
        assertTrue(noWarehouse.json().getString("detail").contains("warehouse"), noWarehouse::toString);
        assertNumber("0", Http.get(PATH + "/" + id + "/operations", token).data().getJsonObject(0), "good_quantity");

        String warehouse = StockFixtures.warehouse(token);
        assertEquals(200, report(operator, id, 10, "{\"good_quantity\":5}").status());
        JsonObject stock = StockIT.level(token, cleaner);
        assertNumber("5", stock, "on_hand");
        assertEquals(warehouse, stock.getString("warehouse_id"));
        assertNull(Http.get(PATH + "/" + id, token).json().get("output_lot_id"), "not lot-tracked: no lot");
        assertEquals(404, Http.post(PATH + "/" + id + "/operations/20/start", operator, null).status());
        assertEquals(200, Http.post(PATH + "/" + id + "/operations/10/complete", operator, null).status());
        assertEquals("completed", Http.get(PATH + "/" + id, token).json().getString("status"));
    }

    @Test
    void planningCountsWhatAStartedWorkOrderHasLeftAndNeverProposesCancellingIt() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Started Work AB");
        String token = tenant.token();
        StockFixtures.warehouse(token);
        // Board: 14 ordered; 4 already received from a work order of 10 that is in progress, so 6 are still coming and 4 are missing.
        String board = PlanningFixtures.item(token, "BOARD", "product", "");
        PlanningFixtures.confirmedOrder(token, PlanningFixtures.customer(token), board, "\"quantity\":14", "2026-03-20");
        String making = startedWorkOrder(token, board, 10, "2026-03-06");
        assertEquals(200, report(token, making, 10, "{\"good_quantity\":4}").status());
        // Panel: nothing ordered; one work order in progress, one still planned a week later.
        String panel = PlanningFixtures.item(token, "PANEL", "product", "");
        startedWorkOrder(token, panel, 5, "2026-03-06");
        assertEquals(201, Http.post(PATH, token, Http.json("item_id", panel, "quantity", 5, "start_date", "2026-03-09", "due_date", "2026-03-13")).status());

        JsonObject run = PlanningFixtures.run(token, "{\"bucket\":\"week\",\"horizon\":12,\"start_date\":\"2026-03-02\"}");
        assertEquals("completed", run.getString("status"), run::toString);
        java.math.BigDecimal planned = Http.get(PlanningFixtures.RUNS + "/" + run.getString("id") + "/planned-orders?item_id=" + board, token).data()
                .getValuesAs(JsonObject.class).stream().map(o -> o.getJsonNumber("quantity").bigDecimalValue()).reduce(java.math.BigDecimal.ZERO,
                        java.math.BigDecimal::add);
        assertEquals(0, new java.math.BigDecimal("4").compareTo(planned), "14 ordered - 4 received - 6 remaining: " + planned);
        List<String> cancellations = run.getJsonArray("exceptions").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("item_id").equals(panel) && e.getString("type").equals("cancel")).map(e -> e.getString("date")).toList();
        assertEquals(List.of("2026-03-09"), cancellations, "only the planned work order is proposed for cancellation: " + run);
    }

    /** A released work order of an item without a routing whose one operation has started. */
    private static String startedWorkOrder(String token, String item, int quantity, String due) {
        Http.Reply created = Http.post(PATH, token, Http.json("item_id", item, "quantity", quantity, "start_date", "2026-03-02", "due_date", due));
        assertEquals(201, created.status(), created::toString);
        String id = created.json().getString("id");
        assertEquals(200, Http.post(PATH + "/" + id + "/release", token, null).status());
        assertEquals(200, Http.post(PATH + "/" + id + "/operations/10/start", token, null).status());
        return id;
    }

    private static Http.Reply report(String token, String id, int sequence, String body) {
        return Http.post(PATH + "/" + id + "/operations/" + sequence + "/report", token, body);
    }

    private static JsonArray queue(String token, String workCenter) {
        Http.Reply queue = Http.get("/api/v1/work-centers/" + workCenter + "/queue", token);
        assertEquals(200, queue.status(), queue::toString);
        return queue.data();
    }

    static String workCenter(String token, String code) {
        Http.Reply created = Http.post("/api/v1/work-centers", token, Http.json("code", code, "name", code, "hours_per_day", 8));
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("id");
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }
}
