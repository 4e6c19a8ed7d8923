package io.flowline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.json.JsonObject;

/** Items with bills, confirmed orders, MRP runs and work orders for the planning tests, created through HTTP. */
final class PlanningFixtures {
    static final String RUNS = "/api/v1/planning/mrp-runs";

    private PlanningFixtures() {
    }

    /** An item; {@code extra} is more JSON members, such as "\"make_or_buy\":\"buy\"". */
    static String item(String token, String code, String kind, String extra) {
        Http.Reply created = Http.post("/api/v1/items", token, "{\"code\":\"" + code + "\",\"name\":\"" + code + "\",\"kind\":\"" + kind
                + "\",\"sales_price\":{\"amount\":10}" + (extra.isEmpty() ? "" : "," + extra) + "}");
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("id");
    }

    /** Replaces the item's bill: component id, quantity per, component id, quantity per, ... */
    static void bill(String token, String parent, Object... componentsAndQuantities) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < componentsAndQuantities.length; i += 2) {
            lines.append(i == 0 ? "" : ",").append("{\"component_id\":\"").append(componentsAndQuantities[i]).append("\",\"quantity_per\":")
                    .append(componentsAndQuantities[i + 1]).append('}');
        }
        Http.Reply saved = Http.method("PUT", "/api/v1/items/" + parent + "/bom", token, "{\"lines\":[" + lines + "]}", Map.of("If-Match", "\"0\""));
        assertEquals(200, saved.status(), saved::toString);
    }

    static String customer(String token) {
        Http.Reply created = Http.post("/api/v1/customers", token, Http.json("name", "Planning Customer"));
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("id");
    }

    /** A confirmed order of one line, promised for {@code promised}; {@code line} holds the line's JSON members after item_id. */
    static JsonObject confirmedOrder(String token, String customer, String item, String line, String promised) {
        Http.Reply created = Http.post("/api/v1/orders", token, "{\"customer_id\":\"" + customer + "\",\"channel\":\"phone\",\"lines\":[{\"item_id\":\""
                + item + "\"," + line + "}]}");
        assertEquals(201, created.status(), created::toString);
        String id = created.json().getString("id");
        assertEquals(200, Http.post("/api/v1/orders/" + id + "/submit", token, null).status());
        // A promise in the past is refused at confirm (400); the fixtures' dates of early 2026 are kept by confirming for later
        // and moving the promise back with PATCH, which an overdue order may need anyway.
        boolean past = java.time.LocalDate.parse(promised).isBefore(java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1));
        Http.Reply confirmed = Http.post("/api/v1/orders/" + id + "/confirm", token, Http.json("promised_date", past ? "2999-12-31" : promised));
        assertEquals(200, confirmed.status(), confirmed::toString);
        if (past) {
            confirmed = Http.patch("/api/v1/orders/" + id, token, confirmed.header("etag"), Http.json("promised_date", promised));
            assertEquals(200, confirmed.status(), confirmed::toString);
        }
        return confirmed.json();
    }

    /** Starts a run and waits until it has finished. */
    static JsonObject run(String token, String options) {
        Http.Reply started = Http.post(RUNS, token, options);
        assertEquals(202, started.status(), started::toString);
        assertEquals(RUNS + "/" + started.json().getString("id"), java.net.URI.create(started.header("location")).getPath());
        return finished(token, started.json().getString("id"));
    }

    static JsonObject finished(String token, String runId) {
        for (int attempt = 0; attempt < 600; attempt++) {
            JsonObject run = Http.get(RUNS + "/" + runId, token).json();
            if (run.getString("status").equals("completed") || run.getString("status").equals("failed")) {
                return run;
            }
            pause();
        }
        throw new AssertionError("MRP run " + runId + " did not finish in a minute");
    }

    /** Waits until the path answers 404: for what is deleted after a run has completed (the retention of proposals). */
    static void awaitGone(String token, String path) {
        for (int attempt = 0; attempt < 600; attempt++) {
            if (Http.get(path, token).status() == 404) {
                return;
            }
            pause();
        }
        throw new AssertionError(path + " was not deleted in a minute");
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---- for CrossTenantIT: one object of each planning and production collection, with what it needs

    static String aWorkOrder(TestTenants.TestTenant owner) {
        String item = item(owner.token(), StockFixtures.unique("WO"), "product", "");
        Http.Reply created = Http.post("/api/v1/work-orders", owner.token(), Http.json("item_id", item, "quantity", 5,
                "start_date", "2026-03-02", "due_date", "2026-03-06"));
        assertEquals(201, created.status(), created::toString);
        String id = created.json().getString("id");
        // Released, so that it has an operation for the walk of /work-orders/{id}/operations/{sequence}/…
        Http.Reply released = Http.post("/api/v1/work-orders/" + id + "/release", owner.token(), null);
        assertEquals(200, released.status(), released::toString);
        return id;
    }

    static String anMrpRun(TestTenants.TestTenant owner) {
        return run(owner.token(), "{\"horizon\":4}").getString("id");
    }

    static String aMasterScheduleEntry(TestTenants.TestTenant owner) {
        String item = item(owner.token(), StockFixtures.unique("MSE"), "product", "");
        Http.Reply created = Http.post("/api/v1/planning/master-schedule", owner.token(),
                Http.json("item_id", item, "due_date", "2026-03-16", "quantity", 20));
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("id");
    }

    static String aPlannedOrder(TestTenants.TestTenant owner) {
        String item = item(owner.token(), StockFixtures.unique("PLO"), "product", "");
        confirmedOrder(owner.token(), customer(owner.token()), item, "\"quantity\":3", "2026-03-20");
        JsonObject run = run(owner.token(), "{\"horizon\":8,\"start_date\":\"2026-03-02\"}");
        Http.Reply orders = Http.get(RUNS + "/" + run.getString("id") + "/planned-orders", owner.token());
        assertEquals(200, orders.status(), orders::toString);
        return orders.data().getJsonObject(0).getString("id");
    }
}
