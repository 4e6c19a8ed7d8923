package io.flowline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/** The master schedule over HTTP: entries checked, listed, changed and removed, and MRP planning what orders leave of them. */
class MasterScheduleIT {
    private static final String PATH = "/api/v1/planning/master-schedule";
    private static final String OPTIONS = "{\"bucket\":\"week\",\"horizon\":12,\"start_date\":\"2026-03-02\"}";

    @Test
    void entriesAreCheckedListedChangedAndRemoved() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Scheduled Boards");
        String token = tenant.token();
        String board = PlanningFixtures.item(token, "BOARD", "product", "");
        String fitting = PlanningFixtures.item(token, "FITTING", "service", "");

        Http.Reply invalid = Http.post(PATH, token, "{\"item_id\":\"" + board + "\",\"quantity\":0}");
        assertEquals(400, invalid.status(), invalid::toString);
        assertEquals(List.of("due_date", "quantity"), invalid.errorFields().stream().sorted().toList());
        assertEquals(List.of("item_id"), Http.post(PATH, token, Http.json("item_id", "itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y", "due_date", "2026-03-16",
                "quantity", 5)).errorFields());
        Http.Reply service = Http.post(PATH, token, Http.json("item_id", fitting, "due_date", "2026-03-16", "quantity", 5));
        assertEquals(List.of("item_id"), service.errorFields(), service::toString);

        Http.Reply later = Http.post(PATH, token, Http.json("item_id", board, "due_date", "2026-04-06", "quantity", 40));
        assertEquals(201, later.status(), later::toString);
        Http.Reply sooner = Http.post(PATH, token, Http.json("item_id", board, "due_date", "2026-03-16", "quantity", 200, "note", " Spring fair "));
        assertEquals(201, sooner.status(), sooner::toString);
        JsonObject entry = sooner.json();
        assertEquals("master_schedule_entry", entry.getString("object"));
        assertEquals("BOARD", entry.getString("item_code"));
        assertEquals(200, entry.getJsonNumber("quantity").intValue());
        assertEquals("Spring fair", entry.getString("note"));
        assertEquals(PATH + "/" + entry.getString("id"), java.net.URI.create(sooner.header("location")).getPath());

        Http.Reply page = Http.get(PATH + "?limit=1", token);
        assertEquals(List.of(entry.getString("id")), ids(page), "by due date");
        assertEquals(List.of(later.json().getString("id")), ids(Http.get(PATH + "?limit=1&cursor=" + page.json().getString("next_cursor"), token)));
        assertEquals(0, Http.get(PATH + "?item_id=" + fitting, token).data().size());

        String id = entry.getString("id");
        Http.Reply changed = Http.patch(PATH + "/" + id, token, sooner.header("etag"), Http.json("quantity", 250, "due_date", "2026-03-23"));
        assertEquals(200, changed.status(), changed::toString);
        assertEquals(250, changed.json().getJsonNumber("quantity").intValue());
        assertEquals("2026-03-23", changed.json().getString("due_date"));
        assertEquals("Spring fair", changed.json().getString("note"), "an omitted field stays");
        assertEquals(412, Http.patch(PATH + "/" + id, token, sooner.header("etag"), Http.json("quantity", 1)).status(), "a stale ETag");
        assertEquals(400, Http.patch(PATH + "/" + id, token, changed.header("etag"), "{\"due_date\":\"+10000-01-01\"}").status());

        String viewer = TestTenants.userWithRole(tenant, "viewer");
        assertEquals(200, Http.get(PATH + "/" + id, viewer).status(), "every role reads");
        assertEquals(403, Http.post(PATH, viewer, Http.json("item_id", board, "due_date", "2026-03-16", "quantity", 5)).status());
        assertEquals(204, Http.method("DELETE", PATH + "/" + id, token, null, Map.of()).status());
        assertEquals(404, Http.get(PATH + "/" + id, token).status());
        assertEquals(1, Http.get(PATH, token).data().size());
    }

    @Test
    void mrpPlansWhatConfirmedOrdersLeaveOfTheScheduleAndAChangeMakesThePlanStale() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Forecast Traders");
        String token = tenant.token();
        String widget = PlanningFixtures.item(token, "WIDGET", "material", "\"make_or_buy\":\"buy\",\"lead_time_days\":7");
        PlanningFixtures.confirmedOrder(token, PlanningFixtures.customer(token), widget, "\"quantity\":10", "2026-03-25");
        // the week of 23 March: 25 scheduled, 10 of them ordered; the week of 6 April: 5 scheduled, none ordered
        String fair = Http.post(PATH, token, Http.json("item_id", widget, "due_date", "2026-03-24", "quantity", 25)).json().getString("id");
        String spares = Http.post(PATH, token, Http.json("item_id", widget, "due_date", "2026-04-08", "quantity", 5)).json().getString("id");

        JsonObject run = PlanningFixtures.run(token, OPTIONS);
        List<JsonObject> orders = Http.get(PlanningFixtures.RUNS + "/" + run.getString("id") + "/planned-orders", token).data()
                .getValuesAs(JsonObject.class);
        assertEquals(2, orders.size(), orders::toString);
        JsonObject march = orders.get(0);
        assertEquals("2026-03-23", march.getString("due_date"));
        assertEquals(25, march.getJsonNumber("quantity").intValue(), "the orders' 10 and the 15 they leave of the schedule, not 35");
        Map<String, Integer> pegs = march.getJsonArray("pegging").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(p -> p.getString("kind"), p -> p.getJsonNumber("quantity").intValue()));
        assertEquals(Map.of("sales_order_line", 10, "master_schedule", 15), pegs);
        JsonObject schedulePeg = march.getJsonArray("pegging").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("kind").equals("master_schedule")).findFirst().orElseThrow();
        assertEquals(fair, schedulePeg.getString("master_schedule_entry_id"));
        JsonObject april = orders.get(1);
        assertEquals("2026-04-06", april.getString("due_date"));
        assertEquals(5, april.getJsonNumber("quantity").intValue());
        assertEquals(spares, april.getJsonArray("pegging").getJsonObject(0).getString("master_schedule_entry_id"));

        Http.Reply read = Http.get(PATH + "/" + spares, token);
        assertEquals(200, Http.patch(PATH + "/" + spares, token, read.header("etag"), Http.json("quantity", 8)).status());
        JsonObject stale = Http.get(PlanningFixtures.RUNS + "/" + run.getString("id"), token).json();
        assertTrue(stale.getBoolean("stale"), stale::toString);
        assertEquals("master schedule: entry " + spares + " changed", stale.getString("stale_reason"));
        JsonObject next = PlanningFixtures.run(token, OPTIONS);
        assertEquals(8, Http.get(PlanningFixtures.RUNS + "/" + next.getString("id") + "/planned-orders", token).data().getJsonObject(1)
                .getJsonNumber("quantity").intValue());
    }

    private static List<String> ids(Http.Reply page) {
        return page.data().getValuesAs(JsonObject.class).stream().map(o -> o.getString("id")).toList();
    }
}
