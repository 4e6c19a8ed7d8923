package io.flowline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/** Work centres with their calendar, and routings that use them, through HTTP. */
class WorkCentersIT {

    private static final String PRESS = "{\"code\":\"PRESS-1\",\"name\":\"Hot press line 1\",\"machines\":3,\"efficiency\":0.85,"
            + "\"cost_per_hour\":{\"amount\":65},\"working_days\":[\"mon\",\"tue\",\"wed\",\"thu\",\"fri\"],"
            + "\"shifts\":[{\"start\":\"06:00\",\"end\":\"14:00\"},{\"start\":\"14:00\",\"end\":\"22:00\"}],\"holidays\":[\"2026-04-03\"]}";

    private static void assertNumber(String expected, JsonObject object, String field) {
        assertEquals(0, new BigDecimal(expected).compareTo(object.getJsonNumber(field).bigDecimalValue()), field + " of " + object);
    }

    /** Two 8-hour shifts, 3 presses at 85 %: 40.8 hours a working day; the week of Good Friday 2026 has 4 of them, 163.2 hours. */
    @Test
    void aWorkCentresCalendarGivesItsAvailableHours() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Press Works GmbH");
        Http.Reply created = Http.post("/api/v1/work-centers", tenant.token(), PRESS);
        assertEquals(201, created.status(), created::toString);
        JsonObject press = created.json();
        String id = press.getString("id");
        assertTrue(id.startsWith("wkc_"));
        assertNumber("16", press, "hours_per_day");
        assertEquals("EUR", press.getJsonObject("cost_per_hour").getString("currency"));
        assertEquals(List.of("06:00", "14:00"), press.getJsonArray("shifts").stream().map(s -> s.asJsonObject().getString("start")).toList());
        assertEquals(409, Http.post("/api/v1/work-centers", tenant.token(), PRESS).status(), "codes are unique");

        Http.Reply week = Http.get("/api/v1/work-centers/" + id + "/available-hours?from=2026-03-30&to=2026-04-05", tenant.token());
        assertEquals(200, week.status(), week::toString);
        assertNumber("163.2", week.json(), "hours");
        assertEquals(4, week.json().getInt("working_days"));
        List<JsonObject> days = week.json().getJsonArray("days").stream().map(JsonValue::asJsonObject).toList();
        assertEquals(7, days.size());
        assertNumber("40.8", days.get(0), "hours");
        assertNumber("0", days.get(4), "hours"); // Good Friday
        assertNumber("0", days.get(5), "hours"); // Saturday

        Http.Reply missing = Http.get("/api/v1/work-centers/" + id + "/available-hours?from=2026-03-30", tenant.token());
        assertEquals(400, missing.status(), missing::toString);
        assertEquals(List.of("to"), missing.errorFields());
        assertEquals(400, Http.get("/api/v1/work-centers/" + id + "/available-hours?from=2026-04-05&to=2026-03-30", tenant.token()).status());

        Http.Reply overlapping = Http.patch("/api/v1/work-centers/" + id, tenant.token(), created.header("etag"),
                "{\"shifts\":[{\"start\":\"22:00\",\"end\":\"06:00\"},{\"start\":\"05:00\",\"end\":\"13:00\"}]}");
        assertEquals(400, overlapping.status(), overlapping::toString);
        assertEquals(List.of("shifts[1]"), overlapping.errorFields());
        Http.Reply badTime = Http.patch("/api/v1/work-centers/" + id, tenant.token(), created.header("etag"),
                "{\"shifts\":[{\"start\":\"25:00\",\"end\":\"06:00\"}],\"working_days\":[\"mon\",\"funday\"]}");
        assertEquals(400, badTime.status(), badTime::toString);
        assertEquals(List.of("shifts[0].start", "working_days[1]"), badTime.errorFields());

        Http.Reply saturdays = Http.patch("/api/v1/work-centers/" + id, tenant.token(), created.header("etag"),
                "{\"shifts\":[],\"hours_per_day\":7.5,\"machines\":2,\"efficiency\":1,\"working_days\":[\"sat\"]}");
        assertEquals(200, saturdays.status(), saturdays::toString);
        assertEquals(List.of("sat"), saturdays.json().getJsonArray("working_days").stream().map(v -> ((jakarta.json.JsonString) v).getString()).toList());
        assertNumber("15", Http.get("/api/v1/work-centers/" + id + "/available-hours?from=2026-03-28&to=2026-04-03", tenant.token()).json(), "hours");
        assertEquals(412, Http.patch("/api/v1/work-centers/" + id, tenant.token(), created.header("etag"), "{\"machines\":1}").status());

        assertEquals(List.of("PRESS-1"), Http.get("/api/v1/work-centers?q=press", tenant.token()).data().stream()
                .map(v -> v.asJsonObject().getString("code")).toList());
        assertEquals("archived", Http.post("/api/v1/work-centers/" + id + "/archive", tenant.token(), null).json().getString("status"));
        assertEquals(0, Http.get("/api/v1/work-centers?status=active", tenant.token()).data().size());
    }

    @Test
    void aRoutingNamesItsWorkCentresAndRefusesUnknownOnes() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Routing Works GmbH");
        String press = Http.post("/api/v1/work-centers", tenant.token(), PRESS).json().getString("id");
        String finishing = Http.post("/api/v1/work-centers", tenant.token(), Http.json("code", "FINISH-1", "name", "Brushing and oiling"))
                .json().getString("id");
        Http.Reply board = Http.post("/api/v1/items", tenant.token(), Http.json("code", "BOARD", "name", "Parquet board", "kind", "product"));
        String boardId = board.json().getString("id");
        String lacquer = Http.post("/api/v1/items", tenant.token(), Http.json("code", "LACQUER", "name", "Lacquer", "kind", "material"))
                .json().getString("id");

        String unknownCentre = "{\"operations\":[{\"sequence\":10,\"work_center_id\":\"" + press + "\",\"run_hours_per_unit\":0.02},"
                + "{\"sequence\":20,\"work_center_id\":\"wkc_01JD0Z8V6Q3N4R5S6T7V8W9X0Y\",\"run_hours_per_unit\":0.01}]}";
        Http.Reply refused = Http.method("PUT", "/api/v1/items/" + boardId + "/routing", tenant.token(), unknownCentre, Map.of("If-Match", "\"0\""));
        assertEquals(400, refused.status(), refused::toString);
        assertEquals(List.of("operations[1].work_center_id"), refused.errorFields());
        Http.Reply repeated = Http.method("PUT", "/api/v1/items/" + boardId + "/routing", tenant.token(),
                unknownCentre.replace("wkc_01JD0Z8V6Q3N4R5S6T7V8W9X0Y", finishing).replace("\"sequence\":20", "\"sequence\":10"), Map.of("If-Match", "\"0\""));
        assertEquals(List.of("operations[1].sequence"), repeated.errorFields());

        String routing = "{\"operations\":[{\"sequence\":20,\"work_center_id\":\"" + finishing + "\",\"description\":\"Brush and oil\","
                + "\"run_hours_per_unit\":0.01},{\"sequence\":10,\"work_center_id\":\"" + press + "\",\"description\":\"Press\","
                + "\"setup_hours\":0.5,\"run_hours_per_unit\":0.02}]}";
        Http.Reply saved = Http.method("PUT", "/api/v1/items/" + boardId + "/routing", tenant.token(), routing, Map.of("If-Match", "\"0\""));
        assertEquals(200, saved.status(), saved::toString);
        assertEquals("\"1\"", saved.header("etag"));
        List<JsonObject> operations = saved.json().getJsonArray("operations").stream().map(JsonValue::asJsonObject).toList();
        assertEquals(List.of(10, 20), operations.stream().map(o -> o.getInt("sequence")).toList(), "in sequence");
        assertEquals("PRESS-1", operations.get(0).getString("work_center_code"));
        assertNumber("0.5", operations.get(0), "setup_hours");
        assertEquals(board.header("etag"), Http.get("/api/v1/items/" + boardId, tenant.token()).header("etag"),
                "the routing has its own version; the item's stays");

        Http.Reply bom = Http.method("PUT", "/api/v1/items/" + boardId + "/bom", tenant.token(),
                "{\"lines\":[{\"component_id\":\"" + lacquer + "\",\"quantity_per\":0.15,\"operation_sequence\":20}]}", Map.of("If-Match", "\"0\""));
        assertEquals(200, bom.status(), bom::toString);
        Http.Reply badOperation = Http.method("PUT", "/api/v1/items/" + boardId + "/bom", tenant.token(),
                "{\"lines\":[{\"component_id\":\"" + lacquer + "\",\"quantity_per\":0.15,\"operation_sequence\":30}]}", Map.of("If-Match", "\"1\""));
        assertEquals(List.of("lines[0].operation_sequence"), badOperation.errorFields());
        Http.Reply dropFinishing = Http.method("PUT", "/api/v1/items/" + boardId + "/routing", tenant.token(),
                "{\"operations\":[{\"sequence\":10,\"work_center_id\":\"" + press + "\",\"run_hours_per_unit\":0.02}]}", Map.of("If-Match", "\"1\""));
        assertEquals(409, dropFinishing.status(), dropFinishing::toString);
        assertTrue(dropFinishing.json().getString("detail").contains("20"));
        assertEquals(2, Http.get("/api/v1/items/" + boardId + "/routing", tenant.token()).json().getJsonArray("operations").size());
    }
}
