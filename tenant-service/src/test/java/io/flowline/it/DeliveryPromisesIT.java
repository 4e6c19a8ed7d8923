package io.flowline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * POST /api/v1/planning/promise through HTTP, and order confirmation promising its date. A school bag is assembled to
 * order (2 working days) from a shell and five pens of the chosen colour; blue pens are scarce (20 in stock, 5 working
 * days to get more), black ones plentiful, so the blue bag is limited by the blue pens and the black one only by assembly.
 */
class DeliveryPromisesIT {
    private static final String PATH = "/api/v1/planning/promise";
    private TestTenants.TestTenant tenant;
    private String bag;
    private String bluePen;
    private String board;
    private String customer;
    private String warehouse;
    private LocalDate today;

    /** Each test its own company, since confirmed orders change what the next promise sees. */
    @BeforeEach
    void aShopWithStock() {
        tenant = TestTenants.signUp("Promises GmbH");
        String token = tenant.token();
        bag = item("product", "BAG", "School bag", 2, "\"sales_price\":{\"amount\":39}");
        String shell = item("semi_finished", "SHELL", "Bag shell", 1, "");
        String blackPen = item("material", "PEN-BLACK", "Black pen", 3, "");
        bluePen = item("material", "PEN-BLUE", "Blue pen", 5, "");
        board = item("product", "BOARD", "Oak board", 4, "\"sales_price\":{\"amount\":24.9}");
        Http.Reply bom = Http.method("PUT", "/api/v1/items/" + bag + "/bom", token,
                "{\"lines\":[{\"component_id\":\"" + shell + "\",\"quantity_per\":1}]}", Map.of("If-Match", "\"0\""));
        assertEquals(200, bom.status(), bom::toString);
        String options = "{\"groups\":[{\"code\":\"pen_colour\",\"name\":\"Pen colour\",\"required\":true,\"options\":["
                + "{\"code\":\"black\",\"name\":\"Black\",\"components\":[{\"component_id\":\"" + blackPen + "\",\"quantity_per\":5}]},"
                + "{\"code\":\"blue\",\"name\":\"Blue\",\"components\":[{\"component_id\":\"" + bluePen + "\",\"quantity_per\":5}]}]}]}";
        Http.Reply saved = Http.method("PUT", "/api/v1/items/" + bag + "/options", token, options, Map.of("If-Match", "\"0\""));
        assertEquals(200, saved.status(), saved::toString);
        warehouse = StockFixtures.warehouse(token);
        StockFixtures.receive(token, shell, warehouse, "100");
        StockFixtures.receive(token, blackPen, warehouse, "100");
        StockFixtures.receive(token, bluePen, warehouse, "20");
        StockFixtures.receive(token, board, warehouse, "10");
        customer = Http.post("/api/v1/customers", token, Http.json("name", "Northwind Traders")).json().getString("id");
        today = LocalDate.now(ZoneId.of(Http.get("/api/v1/tenant", token).json().getString("time_zone")));
    }

    private String item(String kind, String code, String name, int leadTimeDays, String extra) {
        Http.Reply created = Http.post("/api/v1/items", tenant.token(), "{\"kind\":\"" + kind + "\",\"code\":\"" + code + "\",\"name\":\""
                + name + "\",\"lead_time_days\":" + leadTimeDays + (extra.isEmpty() ? "" : "," + extra) + "}");
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("id");
    }

    /** Working day number {@code days} from today, Monday to Friday; day 0 is today or the next working day. */
    private LocalDate workingDay(int days) {
        LocalDate date = today;
        while (weekend(date)) {
            date = date.plusDays(1);
        }
        for (int d = 0; d < days; d++) {
            do {
                date = date.plusDays(1);
            } while (weekend(date));
        }
        return date;
    }

    private static boolean weekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private Http.Reply promise(String json) {
        return Http.post(PATH, tenant.token(), json);
    }

    private String bagOf(String colour, int quantity) {
        return "{\"item_id\":\"" + bag + "\",\"quantity\":" + quantity + ",\"configuration\":{\"choices\":{\"pen_colour\":\"" + colour + "\"}}}";
    }

    @Test
    void theScarcestChosenComponentLimitsAConfiguredProduct() {
        Http.Reply reply = promise(bagOf("blue", 12));
        assertEquals(200, reply.status(), reply::toString);
        JsonObject blue = reply.json();
        assertEquals("delivery_promise", blue.getString("object"));
        assertEquals(workingDay(5 + 2).toString(), blue.getString("earliest_date"), "pens after 5 working days, then 2 to assemble");
        JsonObject limiting = blue.getJsonObject("limiting_component");
        assertEquals(bluePen, limiting.getString("item_id"));
        assertEquals("PEN-BLUE", limiting.getString("code"));
        assertEquals("Blue pen", limiting.getString("name"));
        assertEquals(2, blue.getInt("assembly_lead_time_days"));
        assertEquals("PEN-BLUE (Blue pen) limits: 40 short, there after 5 working days; assembly takes 2 working days more.",
                blue.getString("explanation"));
        JsonObject pens = blue.getJsonArray("lines").getJsonObject(1);
        assertEquals(List.of("SHELL", "PEN-BLUE"), blue.getJsonArray("lines").stream().map(l -> l.asJsonObject().getString("code")).toList());
        assertEquals(60, pens.getJsonNumber("required").intValue());
        assertEquals(20, pens.getJsonNumber("available").intValue());
        assertEquals(40, pens.getJsonNumber("shortage").intValue());
        assertEquals(workingDay(5).toString(), pens.getString("date"));
        assertEquals(workingDay(0).toString(), blue.getJsonArray("lines").getJsonObject(0).getString("date"), "shells are in stock");

        JsonObject black = promise(bagOf("black", 12)).json();
        assertEquals(workingDay(2).toString(), black.getString("earliest_date"), "every component in stock: assembly alone");
        assertFalse(black.containsKey("limiting_component"), black::toString);
        assertEquals("Every component is available; assembly takes 2 working days.", black.getString("explanation"));
    }

    @Test
    void anOpenWorkOrderArrivesBeforeTheLeadTimeWouldBringMore() {
        // 10 boards in stock, 25 wanted: the lead time alone says day 4, a work order for 20 due on day 2 says day 2
        Http.Reply workOrder = Http.post("/api/v1/work-orders", tenant.token(), "{\"item_id\":\"" + board + "\",\"quantity\":20,"
                + "\"start_date\":\"" + today + "\",\"due_date\":\"" + workingDay(2) + "\"}");
        assertEquals(201, workOrder.status(), workOrder::toString);
        JsonObject promised = promise("{\"item_id\":\"" + board + "\",\"quantity\":25}").json();
        assertEquals(workingDay(2).toString(), promised.getString("earliest_date"), promised::toString);
        JsonObject tooMany = promise("{\"item_id\":\"" + board + "\",\"quantity\":31}").json();
        assertEquals(workingDay(4).toString(), tooMany.getString("earliest_date"), "30 by day 2, the 31st after the lead time");
    }

    @Test
    void aPlainItemIsPromisedFromStockLessConfirmedOrdersElseAfterItsLeadTime() {
        String plenty = "{\"item_id\":\"" + board + "\",\"quantity\":3}";
        JsonObject now = promise(plenty).json();
        assertEquals(workingDay(0).toString(), now.getString("earliest_date"));
        assertFalse(now.containsKey("limiting_component"));
        assertFalse(now.containsKey("assembly_lead_time_days"));
        assertEquals(board, now.getJsonArray("lines").getJsonObject(0).getString("item_id"));

        JsonObject tooMany = promise("{\"item_id\":\"" + board + "\",\"quantity\":25}").json();
        assertEquals(workingDay(4).toString(), tooMany.getString("earliest_date"), "the board's lead time");
        assertEquals("10 available of 25; replenishing takes 4 working days.", tooMany.getString("explanation"));

        // a confirmed order for 8 boards leaves 2 to promise
        String order = Http.post("/api/v1/orders", tenant.token(), OrdersIT.order(customer, "phone", OrdersIT.line(board, "8", "")))
                .json().getString("id");
        Http.post("/api/v1/orders/" + order + "/submit", tenant.token(), null);
        assertEquals(200, Http.post("/api/v1/orders/" + order + "/confirm", tenant.token(), "{\"promised_date\":\"2099-01-05\"}").status());
        JsonObject afterOrder = promise(plenty).json();
        assertEquals(workingDay(4).toString(), afterOrder.getString("earliest_date"), afterOrder::toString);
        assertEquals(2, afterOrder.getJsonArray("lines").getJsonObject(0).getJsonNumber("available").intValue());
    }

    /**
     * Issue 12's example: 6,000 bottles of cleaner take a day to fill, but their concentrate must first be mixed (2 working
     * days) from a surfactant base bought in 7, none of it in stock. Once promised "in 1 day"; now after 7 + 2 + 1 working
     * days, limited by the base two levels down. The caps, in stock, wait for nothing.
     */
    @Test
    void aMadeItemWaitsForItsComponentsOverEveryLevel() {
        String bottle = item("product", "CLEAN-1L", "Cleaner 1 l", 1, "");
        String concentrate = item("semi_finished", "CONC", "Cleaner concentrate", 2, "\"unit\":\"l\"");
        String base = item("material", "BASE", "Surfactant base", 7, "\"unit\":\"kg\"");
        String cap = item("material", "CAP", "Bottle cap", 3, "");
        PlanningFixtures.bill(tenant.token(), bottle, concentrate, "1", cap, "1");
        PlanningFixtures.bill(tenant.token(), concentrate, base, "0.2");
        StockFixtures.receive(tenant.token(), cap, warehouse, "10000");
        StockFixtures.receive(tenant.token(), bottle, warehouse, "10");

        JsonObject promised = promise("{\"item_id\":\"" + bottle + "\",\"quantity\":6000}").json();
        assertEquals(workingDay(7 + 2 + 1).toString(), promised.getString("earliest_date"), promised::toString);
        assertEquals("BASE", promised.getJsonObject("limiting_component").getString("code"), promised::toString);
        assertEquals(1, promised.getInt("assembly_lead_time_days"));
        assertEquals(List.of("CLEAN-1L", "CONC", "BASE", "CAP"),
                promised.getJsonArray("lines").stream().map(l -> l.asJsonObject().getString("code")).toList());
        JsonObject baseLine = promised.getJsonArray("lines").getJsonObject(2);
        assertEquals(0, new java.math.BigDecimal("1198").compareTo(baseLine.getJsonNumber("required").bigDecimalValue()),
                "0.2 kg for each of the 5,990 bottles not in stock: " + baseLine);
        assertEquals(workingDay(7).toString(), baseLine.getString("date"));
        assertEquals(workingDay(0).toString(), promised.getJsonArray("lines").getJsonObject(3).getString("date"), "caps are in stock");
        assertEquals("BASE (Surfactant base) limits: 1198 short, there after 7 working days; assembly takes 1 working days more.",
                promised.getString("explanation"));

        JsonObject fromStock = promise("{\"item_id\":\"" + bottle + "\",\"quantity\":10}").json();
        assertEquals(workingDay(0).toString(), fromStock.getString("earliest_date"), "the bottles in stock need no making");
        assertFalse(fromStock.containsKey("limiting_component"));
    }

    /**
     * A made item is finished on a day its work centres work: the bottling line is off on working day 1 (the packing
     * line, working then, keeps it a company working day), so a day's filling promised for day 1 moves to day 2. And
     * its routing's hours count: 6,000 bottles at 0.01 h each are 60 h on a line of 8 h a day, eight working days.
     */
    @Test
    void aMadeItemIsPromisedOnADayItsWorkCentresWorkAfterItsRoutingsHours() {
        String bottling = workCentre("BOTTLING", workingDay(1));
        String packing = workCentre("PACKING", null);
        String bottle = item("product", "CLEAN-1L", "Cleaner 1 l", 1, "");
        String canister = item("product", "CLEAN-5L", "Cleaner 5 l", 1, "");
        routing(bottle, bottling, "0.001");
        routing(canister, packing, "0.01");

        JsonObject bottles = promise("{\"item_id\":\"" + bottle + "\",\"quantity\":100}").json();
        assertEquals(workingDay(2).toString(), bottles.getString("earliest_date"), "not on the bottling line's holiday: " + bottles);
        JsonObject canisters = promise("{\"item_id\":\"" + canister + "\",\"quantity\":6000}").json();
        assertEquals(workingDay(7).toString(), canisters.getString("earliest_date"), "60 h from day 0 at 8 h a day: " + canisters);
    }

    private String workCentre(String code, LocalDate holiday) {
        Http.Reply created = Http.post("/api/v1/work-centers", tenant.token(), "{\"code\":\"" + code + "\",\"name\":\"" + code + "\","
                + "\"shifts\":[],\"hours_per_day\":8,\"machines\":1,\"efficiency\":1,"
                + "\"working_days\":[\"mon\",\"tue\",\"wed\",\"thu\",\"fri\"],\"holidays\":[" + (holiday == null ? "" : "\"" + holiday + "\"") + "]}");
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("id");
    }

    private void routing(String item, String workCentre, String runHoursPerUnit) {
        Http.Reply saved = Http.method("PUT", "/api/v1/items/" + item + "/routing", tenant.token(), "{\"operations\":[{\"sequence\":10,"
                + "\"work_center_id\":\"" + workCentre + "\",\"run_hours_per_unit\":" + runHoursPerUnit + "}]}", Map.of("If-Match", "\"0\""));
        assertEquals(200, saved.status(), saved::toString);
    }

    @Test
    void confirmingWithoutADatePromisesTheLatestLine() {
        String order = Http.post("/api/v1/orders", tenant.token(), OrdersIT.order(customer, "phone",
                OrdersIT.line(bag, "12", "\"configuration\":{\"choices\":{\"pen_colour\":\"blue\"}}"),
                OrdersIT.line(bag, "1", "\"configuration\":{\"choices\":{\"pen_colour\":\"black\"}}"))).json().getString("id");
        Http.post("/api/v1/orders/" + order + "/submit", tenant.token(), null);
        Http.Reply confirmed = Http.post("/api/v1/orders/" + order + "/confirm", tenant.token(), null);
        assertEquals(200, confirmed.status(), confirmed::toString);
        assertEquals(workingDay(7).toString(), confirmed.json().getString("promised_date"), "the blue bags' promise");
    }

    @Test
    void withPlanningSwitchedOffConfirmationNeedsARequestedDateAsBefore() {
        TestTenants.TestTenant other = TestTenants.signUp("No Planning GmbH");
        String product = Http.post("/api/v1/items", other.token(), "{\"kind\":\"product\",\"code\":\"B\",\"name\":\"Board\","
                + "\"sales_price\":{\"amount\":5}}").json().getString("id");
        String buyer = Http.post("/api/v1/customers", other.token(), Http.json("name", "Buyer")).json().getString("id");
        Http.Reply settings = Http.get("/api/v1/tenant", other.token());
        assertEquals(200, Http.patch("/api/v1/tenant", other.token(), settings.header("etag"),
                "{\"enabled_modules\":[\"orders\",\"inventory\"]}").status());
        String order = Http.post("/api/v1/orders", other.token(), OrdersIT.order(buyer, "phone", OrdersIT.line(product, "1", "")))
                .json().getString("id");
        Http.post("/api/v1/orders/" + order + "/submit", other.token(), null);
        Http.Reply noDate = Http.post("/api/v1/orders/" + order + "/confirm", other.token(), null);
        assertEquals(400, noDate.status(), noDate::toString);
        assertEquals(List.of("promised_date"), noDate.errorFields());
        assertEquals(403, Http.post(PATH, other.token(), "{\"item_id\":\"" + product + "\",\"quantity\":1}").status());
    }

    @Test
    void everyBadFieldIsNamed() {
        assertEquals(List.of("item_id"), promise("{\"item_id\":\"itm_nope\",\"quantity\":1}").errorFields());
        assertEquals(List.of("quantity"), promise("{\"item_id\":\"" + board + "\",\"quantity\":0}").errorFields());
        assertEquals(List.of("quantity"), promise("{\"item_id\":\"" + board + "\",\"quantity\":-2}").errorFields());
        assertEquals(List.of("warehouse_id"), promise("{\"item_id\":\"" + board + "\",\"quantity\":1,\"warehouse_id\":\"whs_nope\"}")
                .errorFields());
        assertEquals(List.of("configuration"), promise("{\"item_id\":\"" + board + "\",\"quantity\":1,"
                + "\"configuration\":{\"choices\":{\"pen_colour\":\"blue\"}}}").errorFields());
        Http.Reply missing = promise("{\"item_id\":\"" + bag + "\",\"quantity\":1}");
        assertEquals(400, missing.status(), missing::toString);
        assertEquals(List.of("configuration.choices.pen_colour"), missing.errorFields());
        assertEquals(List.of("configuration.choices.pen_colour"), promise(bagOf("green", 1)).errorFields());
        Http.Reply unknownGroup = promise("{\"item_id\":\"" + bag + "\",\"quantity\":1,\"configuration\":{\"choices\":"
                + "{\"pen_colour\":\"blue\",\"strap\":\"long\"}}}");
        assertEquals(List.of("configuration.choices.strap"), unknownGroup.errorFields());
    }
}
