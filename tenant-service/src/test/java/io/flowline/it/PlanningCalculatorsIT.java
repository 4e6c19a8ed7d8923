package io.flowline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The stateless planning calculators through HTTP: published examples in, published answers out. */
class PlanningCalculatorsIT {
    private static final String BASE = "/api/v1/planning";
    private static String token;

    @BeforeAll
    static void signUp() {
        token = TestTenants.signUp("Calculators GmbH").token();
    }

    /**
     * Wagner, H. M. &amp; Whitin, T. M. (1958), "Dynamic Version of the Economic Lot Size Model",
     * Management Science 5(1), 89–96: month-dependent ordering costs, holding cost 1; optimum 864.
     */
    @Test
    void wagnerWhitin1958ExampleThroughTheApi() {
        Http.Reply reply = Http.post(BASE + "/lot-sizing", token, Http.json(
                "rule", "wagner_whitin",
                "demand", array(69, 29, 36, 61, 61, 26, 34, 67, 45, 67, 79, 56),
                "ordering_cost", array(85, 102, 102, 101, 98, 114, 105, 86, 119, 110, 98, 114),
                "holding_cost", 1));
        assertEquals(200, reply.status(), reply::toString);
        JsonObject result = reply.json();
        assertEquals(864, number(result, "total_cost"), 1e-9);
        assertEquals(579, number(result, "ordering_cost_total"), 1e-9);
        assertEquals(285, number(result, "holding_cost_total"), 1e-9);
        assertEquals(List.of(98.0, 0.0, 97.0, 0.0, 121.0, 0.0, 0.0, 112.0, 0.0, 67.0, 135.0, 0.0), doubles(result.getJsonArray("orders")));
    }

    @Test
    void heuristicRulesTakeOneCostOrOnePerPeriod() {
        JsonObject constant = Http.post(BASE + "/lot-sizing", token, Http.json("rule", "silver_meal",
                "demand", array(10, 10, 15, 20), "ordering_cost", 50, "holding_cost", 1, "initial_inventory", 5)).json();
        JsonObject perPeriod = Http.post(BASE + "/lot-sizing", token, Http.json("rule", "silver_meal",
                "demand", array(10, 10, 15, 20), "ordering_cost", array(50, 50, 50, 50), "holding_cost", array(1, 1, 1, 1),
                "initial_inventory", 5)).json();
        assertEquals(constant, perPeriod);
        assertEquals(4, constant.getJsonArray("orders").size());
    }

    /** Same hand-computed record as MrpCalculatorTest: on hand 40, safety stock 10, lead time 2, 30 due in period 1. */
    @Test
    void mrpRecord() {
        Http.Reply reply = Http.post(BASE + "/mrp-record", token, Http.json(
                "gross_requirements", array(20, 15, 30, 10, 25, 40, 20, 30),
                "scheduled_receipts", array(0, 30, 0, 0, 0, 0, 0, 0),
                "on_hand", 40, "lead_time", Json.createValue(2), "safety_stock", 10,
                "lot_sizing", Json.createObjectBuilder().add("rule", "lot_for_lot").build()));
        assertEquals(200, reply.status(), reply::toString);
        JsonObject record = reply.json();
        assertEquals(List.of(20.0, 35.0, 10.0, 10.0, 10.0, 10.0, 10.0, 10.0), doubles(record.getJsonArray("projected_available")));
        assertEquals(List.of(0.0, 0.0, 5.0, 10.0, 25.0, 40.0, 20.0, 30.0), doubles(record.getJsonArray("net_requirements")));
        assertEquals(List.of(0.0, 0.0, 5.0, 10.0, 25.0, 40.0, 20.0, 30.0), doubles(record.getJsonArray("planned_receipts")));
        assertEquals(List.of(5.0, 10.0, 25.0, 40.0, 20.0, 30.0, 0.0, 0.0), doubles(record.getJsonArray("planned_releases")));
        JsonObject message = record.getJsonArray("exceptions").getJsonObject(0);
        assertEquals("release_now", message.getString("type"));
        assertEquals(0, message.getInt("period"));
        assertEquals(2, message.getInt("suggested_period"));
        assertEquals(5, number(message, "quantity"), 1e-9);
        assertFalse(message.getString("message").isBlank());
    }

    /**
     * Issue 12: an EOQ lot of 28.884004 in pieces is ordered as 29 pieces each time; in kilograms, 0.1 and 0.2 kg
     * against 0.3 kg on hand leave nothing to order, where doubles find 5.6e-17 kg short.
     */
    @Test
    void quantitiesOfAUnitAreRoundedUpToItsPrecision() {
        JsonObject pieces = Http.post(BASE + "/lot-sizing", token, Http.json("rule", "economic_order_quantity", "demand", array(20, 20, 30),
                "ordering_cost", 50, "holding_cost", 1, "fixed_quantity", new java.math.BigDecimal("28.884004"), "unit", "pc")).json();
        assertEquals(List.of(29.0, 29.0, 29.0), doubles(pieces.getJsonArray("orders")), pieces::toString);
        JsonObject continuous = Http.post(BASE + "/lot-sizing", token, Http.json("rule", "economic_order_quantity", "demand", array(20),
                "ordering_cost", 50, "holding_cost", 1, "fixed_quantity", new java.math.BigDecimal("28.884004"))).json();
        assertEquals(28.884004, doubles(continuous.getJsonArray("orders")).get(0), 1e-9, "without a unit as before");

        Http.Reply kilograms = Http.post(BASE + "/mrp-record", token, "{\"gross_requirements\":[0.1,0.2],\"scheduled_receipts\":[0,0],"
                + "\"on_hand\":0.3,\"lead_time\":0,\"safety_stock\":0,\"lot_sizing\":{\"rule\":\"lot_for_lot\",\"unit\":\"kg\"}}");
        assertEquals(200, kilograms.status(), kilograms::toString);
        assertEquals(List.of(0.0, 0.0), doubles(kilograms.json().getJsonArray("planned_receipts")), kilograms::toString);
        assertEquals(0, kilograms.json().getJsonArray("exceptions").size(), kilograms::toString);

        JsonObject late = Http.post(BASE + "/mrp-record", token, "{\"gross_requirements\":[28.8841,0],\"scheduled_receipts\":[0,0],"
                + "\"on_hand\":0,\"lead_time\":1,\"safety_stock\":0,\"lot_sizing\":{\"rule\":\"lot_for_lot\",\"unit\":\"kg\"}}").json();
        JsonObject pastDue = late.getJsonArray("exceptions").getJsonObject(0);
        assertEquals("Planned order of 28.885 due in period 0 is past due: its release falls before the current period; release it now and "
                + "expedite.", pastDue.getString("message"), late::toString);
    }

    /** Discrete ATP after the APICS Dictionary: a later shortfall is taken from the earlier ATP. */
    @Test
    void availableToPromiseRow() {
        Http.Reply reply = Http.post(BASE + "/atp", token, Http.json("on_hand", 50,
                "master_schedule", array(0, 100, 0, 0, 100, 0), "customer_orders", array(30, 40, 30, 20, 60, 50), "method", "discrete"));
        assertEquals(200, reply.status(), reply::toString);
        assertEquals(List.of(20.0, 0.0, 0.0, 0.0, 0.0, 0.0), doubles(reply.json().getJsonArray("atp")));

        Http.Reply lookAhead = Http.post(BASE + "/atp", token, Http.json("on_hand", 20,
                "master_schedule", array(0, 100, 0, 100), "customer_orders", array(10, 30, 20, 40), "method", "cumulative_look_ahead"));
        assertEquals(List.of(10.0, 60.0, 60.0, 120.0), doubles(lookAhead.json().getJsonArray("atp")));
    }

    @Test
    void simpleExponentialSmoothingForecast() {
        Http.Reply reply = Http.post(BASE + "/forecast", token, Http.json("method", "simple_exponential_smoothing",
                "history", array(10, 20, 30), "alpha", 0.5, "horizon", Json.createValue(2)));
        assertEquals(200, reply.status(), reply::toString);
        JsonObject result = reply.json();
        JsonArray fitted = result.getJsonArray("fitted");
        assertEquals(3, fitted.size(), "one fitted value per history period: " + result);
        assertEquals(JsonValue.NULL, fitted.get(0), "no forecast of the first period without initial_level");
        assertEquals(10, fitted.getJsonNumber(1).doubleValue(), 1e-9, "fitted[1] is history[0]");
        assertEquals(15, fitted.getJsonNumber(2).doubleValue(), 1e-9);
        assertEquals(List.of(22.5, 22.5), doubles(result.getJsonArray("forecast")));
        // errors over periods 1 and 2: 10 and 15
        assertEquals(12.5, number(result, "mae"), 1e-9);
        assertEquals(Math.sqrt((100 + 225) / 2.0), number(result, "rmse"), 1e-9);
        assertEquals(50, number(result, "mape"), 1e-9);
        assertEquals("simple_exponential_smoothing", result.getString("method"));

        JsonObject withLevel = Http.post(BASE + "/forecast", token, Http.json("method", "simple_exponential_smoothing",
                "history", array(10, 20, 30), "alpha", 0.5, "initial_level", 12, "horizon", Json.createValue(1))).json();
        assertEquals(12, withLevel.getJsonArray("fitted").getJsonNumber(0).doubleValue(), 1e-9);

        JsonObject auto = Http.post(BASE + "/forecast", token, Http.json("method", "auto",
                "history", array(10, 12, 14, 16, 18, 20, 22, 24, 26, 28), "horizon", Json.createValue(3))).json();
        assertTrue(List.of("moving_average", "simple_exponential_smoothing", "holt", "holt_winters").contains(auto.getString("method")), auto::toString);
    }

    @Test
    void inventoryPolicy() {
        Http.Reply reply = Http.post(BASE + "/inventory-policy", token, Http.json("annual_demand", 1200, "ordering_cost", 100,
                "holding_cost_per_unit_year", 6, "lead_time_demand_mean", 100, "lead_time_demand_std_dev", 20, "service_level", 0.95));
        assertEquals(200, reply.status(), reply::toString);
        JsonObject policy = reply.json();
        assertEquals(200, number(policy, "eoq"), 1e-9);
        // z(0.95) = 1.6448536...
        assertEquals(1.6448536269514722 * 20, number(policy, "safety_stock"), 1e-8);
        assertEquals(100 + 1.6448536269514722 * 20, number(policy, "reorder_point"), 1e-8);

        JsonObject eoqOnly = Http.post(BASE + "/inventory-policy", token, Http.json("annual_demand", 1200, "ordering_cost", 100,
                "holding_cost_per_unit_year", 6)).json();
        assertEquals(List.of("eoq"), List.copyOf(eoqOnly.keySet()), "absent results are omitted: " + eoqOnly);
    }

    @Test
    void everyRoleMayCalculateButNobodyWithoutAToken() {
        java.util.Map<String, String> bodies = java.util.Map.of(
                "/lot-sizing", Http.json("rule", "lot_for_lot", "demand", array(5), "ordering_cost", 1, "holding_cost", 1),
                "/mrp-record", Http.json("gross_requirements", array(5), "scheduled_receipts", array(0), "on_hand", 0,
                        "lead_time", Json.createValue(0), "safety_stock", 0, "lot_sizing", Json.createObjectBuilder().add("rule", "lot_for_lot").build()),
                "/atp", Http.json("on_hand", 5, "master_schedule", array(0), "customer_orders", array(1), "method", "discrete"),
                "/forecast", Http.json("method", "auto", "history", array(1, 2, 3), "horizon", Json.createValue(1)),
                "/inventory-policy", Http.json("annual_demand", 100, "ordering_cost", 10, "holding_cost_per_unit_year", 2));
        TestTenants.TestTenant tenant = TestTenants.signUp("Viewer Calc Ltd");
        String viewer = TestTenants.userWithRole(tenant, "viewer");
        bodies.forEach((path, body) -> {
            Http.Reply anonymous = Http.post(BASE + path, null, body);
            assertEquals(401, anonymous.status(), path + ": " + anonymous);
            Http.Reply asViewer = Http.post(BASE + path, viewer, body);
            assertEquals(200, asViewer.status(), path + ": " + asViewer);
        });
    }

    @Test
    void unknownRuleAndMethodNameTheAllowedValues() {
        Http.Reply rule = Http.post(BASE + "/lot-sizing", token, Http.json("rule", "cheapest", "demand", array(10, 20),
                "ordering_cost", 100, "holding_cost", 1));
        assertProblem(rule, List.of("rule"));
        assertTrue(rule.json().getJsonArray("errors").getJsonObject(0).getString("message").contains("wagner_whitin"), rule::toString);

        assertProblem(Http.post(BASE + "/forecast", token, Http.json("method", "crystal_ball", "history", array(1, 2), "horizon", Json.createValue(1))),
                List.of("method"));
        assertProblem(Http.post(BASE + "/atp", token, Http.json("on_hand", 0, "master_schedule", array(1), "customer_orders", array(1),
                "method", "apics")), List.of("method"));
        assertProblem(Http.post(BASE + "/mrp-record", token, Http.json("gross_requirements", array(1), "scheduled_receipts", array(0),
                "on_hand", 0, "lead_time", Json.createValue(0), "safety_stock", 0, "lot_sizing", Json.createObjectBuilder().add("rule", "guess").build())),
                List.of("lot_sizing.rule"));
    }

    @Test
    void mismatchedLengthsNameTheField() {
        assertProblem(Http.post(BASE + "/mrp-record", token, Http.json("gross_requirements", array(10, 20, 30),
                "scheduled_receipts", array(0, 5), "on_hand", 0, "lead_time", Json.createValue(1), "safety_stock", 0,
                "lot_sizing", Json.createObjectBuilder().add("rule", "lot_for_lot").build())), List.of("scheduled_receipts"));
        assertProblem(Http.post(BASE + "/lot-sizing", token, Http.json("rule", "wagner_whitin", "demand", array(10, 20, 30),
                "ordering_cost", array(100, 100), "holding_cost", 1)), List.of("ordering_cost"));
        assertProblem(Http.post(BASE + "/atp", token, Http.json("on_hand", 0, "master_schedule", array(1, 2),
                "customer_orders", array(1), "method", "discrete")), List.of("customer_orders"));
    }

    @Test
    void badValuesAre400sNeverEngineErrors() {
        assertProblem(Http.post(BASE + "/lot-sizing", token, Http.json("rule", "lot_for_lot", "demand", array(),
                "ordering_cost", 1, "holding_cost", 1)), List.of("demand"));
        assertProblem(Http.post(BASE + "/lot-sizing", token, Http.json("rule", "lot_for_lot", "demand", array(10, -1),
                "ordering_cost", 5, "holding_cost", 1)), List.of("demand"));
        assertProblem(Http.post(BASE + "/lot-sizing", token, Http.json("rule", "lot_for_lot", "demand", array(10, 1),
                "ordering_cost", -5, "holding_cost", "cheap")), List.of("holding_cost", "ordering_cost"));
        assertProblem(Http.post(BASE + "/lot-sizing", token, Http.json("rule", "lot_for_lot", "demand", array(10, 1),
                "ordering_cost", 5, "holding_cost", array(1, -1))), List.of("holding_cost"));
        assertProblem(Http.post(BASE + "/lot-sizing", token, Http.json("rule", "lot_for_lot", "demand", array(10),
                "ordering_cost", 1, "holding_cost", 1, "lead_time", Json.createValue(2))), List.of("lead_time"));
        assertProblem(Http.post(BASE + "/forecast", token, Http.json("method", "holt", "history", array(5, 6, 7),
                "alpha", 0, "beta", 1.5, "horizon", Json.createValue(521))), List.of("alpha", "beta", "horizon"));
        assertProblem(Http.post(BASE + "/forecast", token, Http.json("method", "holt_winters", "history", array(1, 2, 3, 4, 5),
                "season_length", Json.createValue(3), "horizon", Json.createValue(4))), List.of("history"));
        assertProblem(Http.post(BASE + "/forecast", token, Http.json("method", "holt_winters", "history", array(1, 2, 3, 4, 5),
                "season_length", Json.createValue(1), "horizon", Json.createValue(4))), List.of("season_length"));
        assertProblem(Http.post(BASE + "/inventory-policy", token, Http.json("lead_time_demand_mean", 100,
                "lead_time_demand_std_dev", 20, "service_level", 1)), List.of("service_level"));
        assertProblem(Http.post(BASE + "/inventory-policy", token, "{}"), List.of("body"));
        assertProblem(Http.post(BASE + "/mrp-record", token, Http.json("gross_requirements", array(10),
                "scheduled_receipts", array(0), "on_hand", 0, "lead_time", Json.createValue(1), "safety_stock", 0,
                "lot_sizing", Json.createObjectBuilder().add("rule", "fixed_order_quantity").build())), List.of("lot_sizing.fixed_quantity"));
    }

    private static void assertProblem(Http.Reply reply, List<String> fields) {
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
        assertEquals(fields, reply.errorFields().stream().map(f -> f.replaceAll("\\[\\d+]$", "")).distinct().toList(), reply::toString);
    }

    private static JsonArray array(double... values) {
        var builder = Json.createArrayBuilder();
        for (double value : values) {
            builder.add(value);
        }
        return builder.build();
    }

    private static double number(JsonObject object, String name) {
        return object.getJsonNumber(name).doubleValue();
    }

    private static List<Double> doubles(JsonArray array) {
        return array.stream().map(v -> ((JsonNumber) v).doubleValue()).toList();
    }
}
