package io.flowline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The master schedule over HTTP: entries checked, listed, changed and removed, and MRP planning what orders leave of them. */
class MasterScheduleIT {
    private static final String PATH = "/api/v1/planning/master-schedule";
    private static final String FORECAST = PATH + "/forecast";
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
        assertEquals(List.of(later.json().getString("id")), ids(page), "oldest first");
        assertEquals(List.of(entry.getString("id")), ids(Http.get(PATH + "?limit=1&cursor=" + page.json().getString("next_cursor"), token)));
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
        String order = PlanningFixtures.confirmedOrder(token, PlanningFixtures.customer(token), widget, "\"quantity\":10", "2026-03-25")
                .getString("id");
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

        // shipped, the order is no demand any more, but it still took its 10 of that week's 25; the 10 it ships arrive first,
        // its reservation takes them and the shipment issues them, so no stock is left to change the next run
        StockFixtures.receive(token, widget, StockFixtures.warehouse(token), "10");
        for (String action : List.of("start-production", "send-to-quality", "mark-ready", "ship")) {
            assertEquals(200, Http.post("/api/v1/orders/" + order + "/" + action, token, null).status(), action);
        }
        JsonObject afterShipping = PlanningFixtures.run(token, OPTIONS);
        JsonObject remainder = Http.get(PlanningFixtures.RUNS + "/" + afterShipping.getString("id") + "/planned-orders", token).data()
                .getJsonObject(0);
        assertEquals("2026-03-23", remainder.getString("due_date"));
        assertEquals(15, remainder.getJsonNumber("quantity").intValue(), "the schedule's 25 less the shipped 10, not 25 again");
    }

    @Test
    void aForecastNeedsAMethodItsHistoryAllowsAndWithoutOrdersWritesNothing() {
        String token = TestTenants.signUp("Quiet Forecasts").token();
        String item = PlanningFixtures.item(token, "QUIET", "product", "");
        String service = PlanningFixtures.item(token, "ADVICE", "service", "");

        assertEquals(List.of("method"), Http.post(FORECAST, token, Http.json("item_id", item, "method", "crystal_ball")).errorFields());
        assertEquals(List.of("season_length"), Http.post(FORECAST, token, Http.json("item_id", item, "method", "holt_winters")).errorFields());
        Http.Reply short_ = Http.post(FORECAST, token, Http.json("item_id", item, "method", "holt_winters", "season_length", 52));
        assertEquals(List.of("history_weeks"), short_.errorFields(), "a year is not two seasons of 52 weeks: " + short_);
        assertEquals(List.of("item_id"), Http.post(FORECAST, token, Http.json("item_id", service)).errorFields());
        assertEquals(List.of("weeks"), Http.post(FORECAST, token, Http.json("item_id", item, "weeks", 0)).errorFields());

        Http.Reply none = Http.post(FORECAST, token, Http.json("item_id", item, "history_weeks", 8));
        assertEquals(200, none.status(), none::toString);
        assertEquals("master_schedule_forecast", none.json().getString("object"));
        assertEquals(8, none.json().getJsonArray("history").size());
        assertTrue(none.json().getJsonArray("history").getValuesAs(jakarta.json.JsonNumber.class).stream().allMatch(n -> n.intValue() == 0));
        assertEquals(0, none.json().getJsonArray("entries").size(), "no demand, no entries");
        assertEquals(0, Http.get(PATH, token).data().size());
    }

    /**
     * Order history can only be made today over HTTP (an order is placed the day it is created), so on MariaDB the test moves
     * the orders' placing days back a week each; on H2, in the server's memory, it is skipped.
     */
    @Test
    void aForecastOfOrderHistoryWritesTheWeeksAheadAndReplacesOnlyItsOwnEntries() throws Exception {
        String url = System.getenv("FLOWLINE_TEST_DB_URL");
        Assumptions.assumeTrue(url != null, "needs the MariaDB test database");
        TestTenants.TestTenant tenant = TestTenants.signUp("Steady Sellers");
        String token = tenant.token();
        String item = PlanningFixtures.item(token, "STEADY", "product", "");
        String customer = PlanningFixtures.customer(token);
        ZoneId zone = ZoneId.of(Http.get("/api/v1/tenant", token).json().getString("time_zone"));
        LocalDate thisMonday = LocalDate.now(zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        try (Connection db = DriverManager.getConnection(url, System.getenv("FLOWLINE_TEST_DB_USER"), System.getenv("FLOWLINE_TEST_DB_PASSWORD"));
             PreparedStatement backdate = db.prepareStatement("UPDATE orders SET ordered_on = ? WHERE tenant_id = ? AND id = ?")) {
            for (int week = 1; week <= 8; week++) { // 10, 20, 10, 20, ... a week, Wednesdays, the newest last week
                String order = PlanningFixtures.confirmedOrder(token, customer, item, "\"quantity\":" + (week % 2 == 0 ? 20 : 10),
                        thisMonday.plusWeeks(4).toString()).getString("id");
                backdate.setObject(1, thisMonday.minusWeeks(week).plusDays(2));
                backdate.setString(2, tenant.id());
                backdate.setString(3, order);
                Assumptions.assumeTrue(backdate.executeUpdate() == 1, "this run's server uses another database");
            }
        }
        String manual = Http.post(PATH, token, Http.json("item_id", item, "due_date", thisMonday.plusWeeks(1).toString(), "quantity", 7))
                .json().getString("id");

        Http.Reply first = Http.post(FORECAST, token, Http.json("item_id", item, "method", "moving_average", "window", 4, "history_weeks", 8,
                "weeks", 3));
        assertEquals(200, first.status(), first::toString);
        assertEquals("moving_average", first.json().getString("method"));
        assertEquals(thisMonday.minusWeeks(8).toString(), first.json().getString("history_from"));
        assertEquals(List.of(20, 10, 20, 10, 20, 10, 20, 10), first.json().getJsonArray("history").getValuesAs(jakarta.json.JsonNumber.class)
                .stream().map(jakarta.json.JsonNumber::intValue).toList(), "oldest first");
        List<JsonObject> written = first.json().getJsonArray("entries").getValuesAs(JsonObject.class);
        assertEquals(List.of(thisMonday.toString(), thisMonday.plusWeeks(1).toString(), thisMonday.plusWeeks(2).toString()),
                written.stream().map(e -> e.getString("due_date")).toList());
        assertTrue(written.stream().allMatch(e -> e.getJsonNumber("quantity").intValue() == 15 && e.getString("source").equals("forecast")),
                "the mean of the last four weeks: " + written);

        // a forecast entry the planner changes becomes manual, and a forecast leaves it alone
        String edited = written.get(0).getString("id");
        Http.Reply edit = Http.patch(PATH + "/" + edited, token, Http.get(PATH + "/" + edited, token).header("etag"), Http.json("quantity", 18));
        assertEquals("manual", edit.json().getString("source"), edit::toString);

        Http.Reply second = Http.post(FORECAST, token, Http.json("item_id", item, "method", "moving_average", "window", 2, "history_weeks", 8,
                "weeks", 2));
        assertEquals(200, second.status(), second::toString);
        List<JsonObject> all = Http.get(PATH + "?item_id=" + item, token).data().getValuesAs(JsonObject.class).stream()
                .sorted(java.util.Comparator.comparing((JsonObject e) -> e.getString("due_date")).thenComparing(e -> e.getString("id"))).toList();
        assertEquals(List.of("manual:18", "forecast:15", "manual:7", "forecast:15", "forecast:15"), all.stream()
                .map(e -> e.getString("source") + ":" + e.getJsonNumber("quantity").intValue()).toList(), all::toString);
        assertEquals(List.of(edited, manual, written.get(2).getString("id")), all.stream().filter(e -> !second.json().getJsonArray("entries")
                .getValuesAs(JsonObject.class).stream().map(w -> w.getString("id")).toList().contains(e.getString("id")))
                .map(e -> e.getString("id")).toList(), "kept: the edited entry, the manual one, and the week the second forecast does not cover");
        assertFalse(all.stream().anyMatch(e -> e.getString("id").equals(written.get(1).getString("id"))), "replaced");
    }

    private static List<String> ids(Http.Reply page) {
        return page.data().getValuesAs(JsonObject.class).stream().map(o -> o.getString("id")).toList();
    }
}
