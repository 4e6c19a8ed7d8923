package io.flowline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

class WorkOrdersIT {
    private static final String PATH = "/api/v1/work-orders";

    @Test
    void numberedPlannedChangedReleasedAndCancelled() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Workshop GmbH");
        String board = PlanningFixtures.item(tenant.token(), "BOARD", "product", "");
        Http.Reply created = Http.post(PATH, tenant.token(), Http.json("item_id", board, "quantity", 120, "start_date", "2026-03-02",
                "due_date", "2026-03-06"));
        assertEquals(201, created.status(), created::toString);
        JsonObject order = created.json();
        assertEquals("work_order", order.getString("object"));
        assertEquals("WO-" + Year.now().getValue() + "-00001", order.getString("number"));
        assertEquals("planned", order.getString("status"));
        assertEquals(120, order.getJsonNumber("quantity").intValue());
        String id = order.getString("id");
        assertEquals(PATH + "/" + id, java.net.URI.create(created.header("location")).getPath());
        String second = Http.post(PATH, tenant.token(), Http.json("item_id", board, "quantity", 5, "start_date", "2026-04-01",
                "due_date", "2026-04-01")).json().getString("number");
        assertEquals("WO-" + Year.now().getValue() + "-00002", second, "gap-free");

        Http.Reply changed = Http.patch(PATH + "/" + id, tenant.token(), created.header("etag"), Http.json("quantity", 150, "due_date", "2026-03-13"));
        assertEquals(200, changed.status(), changed::toString);
        assertEquals(150, changed.json().getJsonNumber("quantity").intValue());
        assertEquals("2026-03-02", changed.json().getString("start_date"), "fields left out stay as they were");
        assertEquals(412, Http.patch(PATH + "/" + id, tenant.token(), created.header("etag"), Http.json("quantity", 1)).status());
        Http.Reply backwards = Http.patch(PATH + "/" + id, tenant.token(), changed.header("etag"), Http.json("due_date", "2026-03-01"));
        assertEquals(400, backwards.status(), backwards::toString);
        assertEquals(List.of("due_date"), backwards.errorFields());

        Http.Reply released = Http.post(PATH + "/" + id + "/release", tenant.token(), null);
        assertEquals(200, released.status(), released::toString);
        assertEquals("released", released.json().getString("status"));
        assertTrue(released.json().containsKey("released_at"));
        Http.Reply again = Http.post(PATH + "/" + id + "/release", tenant.token(), null);
        assertEquals(409, again.status(), again::toString);
        assertTrue(again.json().getString("detail").contains("released"), again::toString);
        assertEquals(409, Http.patch(PATH + "/" + id, tenant.token(), released.header("etag"), Http.json("quantity", 1)).status(),
                "only a planned work order changes");

        assertEquals(List.of(id), ids(Http.get(PATH + "?status=released", tenant.token())));
        assertEquals(2, Http.get(PATH + "?item_id=" + board, tenant.token()).data().size());
        Http.Reply firstPage = Http.get(PATH + "?limit=1", tenant.token());
        assertEquals(List.of(id), ids(firstPage));
        assertEquals(1, Http.get(PATH + "?limit=1&cursor=" + firstPage.json().getString("next_cursor"), tenant.token()).data().size());
        assertEquals(400, Http.get(PATH + "?status=done", tenant.token()).status());

        assertEquals("cancelled", Http.post(PATH + "/" + id + "/cancel", tenant.token(), null).json().getString("status"));
        assertEquals(409, Http.post(PATH + "/" + id + "/cancel", tenant.token(), null).status());
        assertEquals(List.of("work_order.cancelled", "work_order.released", "work_order.changed", "work_order.created"),
                Http.get("/api/v1/audit-events?object_id=" + id, tenant.token()).data().getValuesAs(JsonObject.class).stream()
                        .map(e -> e.getString("action")).toList(), "created, changed, released, cancelled, newest first");
    }

    @Test
    void onlyItemsMadeInHouseAndNamedFieldErrors() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Picky Workshop");
        String bought = PlanningFixtures.item(tenant.token(), "SCREW", "material", "");
        Http.Reply refused = Http.post(PATH, tenant.token(), Http.json("item_id", bought, "quantity", 1, "start_date", "2026-03-02",
                "due_date", "2026-03-02", "sales_order_id", "ord_01JD0Z8V6Q3N4R5S6T7V8W9X0Y"));
        assertEquals(400, refused.status(), refused::toString);
        assertEquals(List.of("item_id", "sales_order_id"), refused.errorFields());
        Http.Reply invalid = Http.post(PATH, tenant.token(), Http.json("item_id", bought, "quantity", -1));
        assertEquals(400, invalid.status(), invalid::toString);
        assertTrue(invalid.errorFields().containsAll(List.of("quantity", "start_date", "due_date")), invalid::toString);
        String viewer = TestTenants.userWithRole(tenant, "viewer");
        assertEquals(403, Http.post(PATH, viewer, Http.json("item_id", bought, "quantity", 1, "start_date", "2026-03-02",
                "due_date", "2026-03-02")).status());
        assertEquals(200, Http.get(PATH, viewer).status(), "every role reads");
    }

    private static List<String> ids(Http.Reply list) {
        return list.data().stream().map(v -> v.asJsonObject().getString("id")).toList();
    }
}
