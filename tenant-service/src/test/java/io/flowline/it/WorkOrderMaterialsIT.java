package io.flowline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A work order's materials over HTTP: the list made at release (with scrap), what it reserves, the slip's FEFO picks as JSON
 * and PDF, issues by lot against the reservation, and a configurable item's list from its chosen configuration.
 */
class WorkOrderMaterialsIT {
    private static final String PATH = "/api/v1/work-orders";
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void releaseListsReservesAndTheSlipPicksFirstExpiredFirstThenIssuesByLot() throws IOException {
        TestTenants.TestTenant tenant = TestTenants.signUp("Glue Works AS");
        String token = tenant.token();
        String board = PlanningFixtures.item(token, StockFixtures.unique("BOARD"), "product", "");
        String glue = material(token, "GLUE", "Wood glue", "kg", "\"lot_tracked\":true");
        String screw = material(token, "SCREW", "Screw 4x30", "pcs", "");
        String handle = material(token, "HANDLE", "Brass handle", "pcs", "");
        String stranger = material(token, "VARNISH", "Varnish", "l", "");
        Http.Reply bom = Http.method("PUT", "/api/v1/items/" + board + "/bom", token, "{\"lines\":["
                + "{\"component_id\":\"" + glue + "\",\"quantity_per\":0.25,\"scrap_factor\":0.1},"
                + "{\"component_id\":\"" + screw + "\",\"quantity_per\":8,\"scrap_factor\":0.05},"
                + "{\"component_id\":\"" + handle + "\",\"quantity_per\":1}]}", Map.of("If-Match", "\"0\""));
        assertEquals(200, bom.status(), bom::toString);

        String warehouse = StockFixtures.warehouse(token);
        String shelfA = StockFixtures.location(token, warehouse);
        String shelfB = StockFixtures.location(token, warehouse);
        String lotNoExpiry = lot(token, glue, "G-NONE", null);
        String lotLate = lot(token, glue, "G-LATE", "2027-06-30");
        String lotSoon = lot(token, glue, "G-SOON", "2026-12-31");
        receive(token, glue, warehouse, shelfA, lotNoExpiry, "20");
        receive(token, glue, warehouse, shelfA, lotLate, "10");
        receive(token, glue, warehouse, shelfB, lotSoon, "3");
        receive(token, screw, warehouse, shelfA, null, "1000");

        String order = Http.post(PATH, token, Http.json("item_id", board, "quantity", 20, "start_date", "2026-03-02", "due_date", "2026-03-06"))
                .json().getString("id");
        JsonObject preview = Http.get(PATH + "/" + order + "/material-slip", token).json();
        assertEquals(3, preview.getJsonArray("lines").size(), "a planned work order shows the list its release would make");
        assertEquals("0", reservedOf(token, screw), "nothing reserved before release");

        Http.Reply released = Http.post(PATH + "/" + order + "/release", token, null);
        assertEquals(200, released.status(), released::toString);
        assertEquals("released", released.json().getString("status"), "a shortage does not stop the release");

        Http.Reply slipReply = Http.get(PATH + "/" + order + "/material-slip", token);
        assertEquals(200, slipReply.status(), slipReply::toString);
        JsonObject slip = slipReply.json();
        assertEquals("material_slip", slip.getString("object"));
        assertTrue(slip.getBoolean("has_shortage"), "no handles in stock");
        List<JsonObject> lines = slip.getJsonArray("lines").getValuesAs(JsonObject.class);
        assertEquals(List.of(glue, screw, handle), lines.stream().map(l -> l.getString("item_id")).toList());
        JsonObject glueLine = lines.get(0);
        // 20 boards x 0.25 kg x (1 + 0.1) = 5.5 kg; 20 x 8 x 1.05 = 168 screws; 20 handles
        assertQuantity("5.5", glueLine, "required_quantity");
        assertQuantity("5.5", glueLine, "reserved_quantity");
        assertQuantity("0", glueLine, "short_quantity");
        List<JsonObject> gluePicks = glueLine.getJsonArray("picks").getValuesAs(JsonObject.class);
        assertEquals(List.of(lotSoon, lotLate), gluePicks.stream().map(p -> p.getString("lot_id")).toList(),
                "the lot that expires first, then the next; the lot without expiry last");
        assertEquals(List.of(shelfB, shelfA), gluePicks.stream().map(p -> p.getString("location_id")).toList());
        assertQuantity("3", gluePicks.get(0), "quantity");
        assertQuantity("2.5", gluePicks.get(1), "quantity");
        assertEquals("G-SOON", gluePicks.get(0).getString("lot_number"));
        assertEquals("2026-12-31", gluePicks.get(0).getString("expiry_date"));
        assertQuantity("168", lines.get(1), "required_quantity");
        assertQuantity("168", lines.get(1), "reserved_quantity");
        assertQuantity("20", lines.get(2), "short_quantity");
        assertQuantity("0", lines.get(2), "reserved_quantity");
        assertEquals("168", reservedOf(token, screw), "reserved in the stock ledger for the work order");

        PdfText pdf = pdf(token, order);
        assertTrue(pdf.text().contains("Material requisition slip"), pdf::text);
        assertTrue(pdf.text().contains(released.json().getString("number")), pdf::text);
        assertTrue(pdf.text().contains("Wood glue") && pdf.text().contains("Screw 4x30") && pdf.text().contains("Brass handle"), pdf::text);
        assertTrue(pdf.text().contains("5.5") && pdf.text().contains("168") && pdf.text().contains("G-SOON"), pdf::text);

        Http.Reply tenantNow = Http.get("/api/v1/tenant", token);
        Http.Reply norwegian = Http.patch("/api/v1/tenant", token, tenantNow.header("etag"), Http.json("locale", "nb-NO"));
        assertEquals(200, norwegian.status(), norwegian::toString);
        assertTrue(pdf(token, order).text().contains("Materialuttaksliste"), "labels in the company's language");
        assertEquals("nb", Http.get(PATH + "/" + order + "/material-slip", token).json().getString("language"));

        Http.Reply noLot = issue(token, order, "{\"item_id\":\"" + glue + "\",\"quantity\":2}");
        assertEquals(400, noLot.status(), noLot::toString);
        assertEquals(List.of("lines[0].lot_id"), noLot.errorFields());
        Http.Reply notListed = issue(token, order, "{\"item_id\":\"" + stranger + "\",\"quantity\":1}");
        assertEquals(400, notListed.status(), notListed::toString);
        assertEquals(List.of("lines[0].item_id"), notListed.errorFields());
        Http.Reply tooMuchHere = issue(token, order, "{\"item_id\":\"" + screw + "\",\"quantity\":1001,\"warehouse_id\":\"" + warehouse
                + "\",\"location_id\":\"" + shelfA + "\"}");
        assertEquals(409, tooMuchHere.status(), tooMuchHere::toString);
        Http.Reply tooMuch = issue(token, order, "{\"item_id\":\"" + screw + "\",\"quantity\":5000}");
        assertEquals(409, tooMuch.status(), tooMuch::toString);
        assertEquals("168", reservedOf(token, screw), "a refused issue changes nothing");

        Http.Reply issued = issue(token, order, "{\"item_id\":\"" + glue + "\",\"quantity\":3,\"lot_id\":\"" + lotSoon + "\"},"
                + "{\"item_id\":\"" + screw + "\",\"quantity\":100,\"warehouse_id\":\"" + warehouse + "\",\"location_id\":\"" + shelfA + "\"}");
        assertEquals(201, issued.status(), issued::toString);
        List<JsonObject> issues = issued.json().getJsonArray("issues").getValuesAs(JsonObject.class);
        assertEquals(2, issues.size());
        assertEquals(lotSoon, issues.get(0).getString("lot_id"));
        assertEquals(shelfB, issues.get(0).getString("location_id"), "the lot's place, found for the issue");
        assertEquals("0", onHandOfLot(token, glue, lotSoon), "the lot is used up");
        assertEquals("900", onHand(token, screw));
        assertEquals("68", reservedOf(token, screw), "the reservation holds what is still to issue");
        assertEquals("2.5", reservedOf(token, glue));

        List<JsonObject> movements = Http.get("/api/v1/stock-movements?item_id=" + glue + "&kind=issue", token).data().getValuesAs(JsonObject.class);
        assertEquals(1, movements.size());
        assertEquals("work_order", movements.get(0).getJsonObject("reference").getString("type"), "genealogy reads issues by this reference");
        assertEquals(order, movements.get(0).getJsonObject("reference").getString("id"));

        JsonObject after = Http.get(PATH + "/" + order + "/material-slip", token).json();
        JsonObject glueAfter = after.getJsonArray("lines").getJsonObject(0);
        assertQuantity("3", glueAfter, "issued_quantity");
        assertQuantity("2.5", glueAfter, "remaining_quantity");
        assertQuantity("2.5", glueAfter, "reserved_quantity");
        Http.Reply listed = Http.get(PATH + "/" + order + "/material-issues", token);
        assertEquals(200, listed.status(), listed::toString);
        assertEquals(2, listed.data().size());

        assertEquals(200, Http.post(PATH + "/" + order + "/cancel", token, null).status());
        assertEquals("0", reservedOf(token, screw), "a cancelled work order holds no stock");
        assertEquals("0", reservedOf(token, glue));
        Http.Reply cancelledIssue = issue(token, order, "{\"item_id\":\"" + screw + "\",\"quantity\":1}");
        assertEquals(409, cancelledIssue.status(), cancelledIssue::toString);
        assertTrue(cancelledIssue.json().getString("detail").contains("released"), cancelledIssue::toString);
    }

    @Test
    void aConfiguredProductsWorkOrderListsItsConfigurationsComponents() throws IOException {
        TestTenants.TestTenant tenant = TestTenants.signUp("Bag Maker AB");
        String token = tenant.token();
        String bag = PlanningFixtures.item(token, "BAG", "product", "");
        String shell = material(token, "SHELL", "Bag shell", "pcs", "");
        String blackPen = material(token, "PEN-BLACK", "Black pen", "pcs", "");
        String bluePen = material(token, "PEN-BLUE", "Blue pen", "pcs", "");
        assertEquals(200, Http.method("PUT", "/api/v1/items/" + bag + "/bom", token,
                "{\"lines\":[{\"component_id\":\"" + shell + "\",\"quantity_per\":1}]}", Map.of("If-Match", "\"0\"")).status());
        String options = "{\"groups\":[{\"code\":\"pen_colour\",\"name\":\"Pen colour\",\"required\":true,\"options\":["
                + "{\"code\":\"black\",\"name\":\"Black\",\"components\":[{\"component_id\":\"" + blackPen + "\",\"quantity_per\":5}]},"
                + "{\"code\":\"blue\",\"name\":\"Blue\",\"components\":[{\"component_id\":\"" + bluePen + "\",\"quantity_per\":5}]}]}]}";
        assertEquals(200, Http.method("PUT", "/api/v1/items/" + bag + "/options", token, options, Map.of("If-Match", "\"0\"")).status());

        Http.Reply wrong = Http.post(PATH, token, "{\"item_id\":\"" + bag + "\",\"quantity\":4,\"start_date\":\"2026-03-02\","
                + "\"due_date\":\"2026-03-06\",\"configuration\":{\"pen_colour\":\"green\"}}");
        assertEquals(400, wrong.status(), wrong::toString);
        assertEquals(List.of("configuration.pen_colour"), wrong.errorFields());

        Http.Reply created = Http.post(PATH, token, "{\"item_id\":\"" + bag + "\",\"quantity\":4,\"start_date\":\"2026-03-02\","
                + "\"due_date\":\"2026-03-06\",\"configuration\":{\"pen_colour\":\"blue\"}}");
        assertEquals(201, created.status(), created::toString);
        String order = created.json().getString("id");
        assertEquals(200, Http.post(PATH + "/" + order + "/release", token, null).status());
        JsonObject slip = Http.get(PATH + "/" + order + "/material-slip", token).json();
        assertEquals("blue", slip.getJsonObject("configuration").getString("pen_colour"));
        List<JsonObject> lines = slip.getJsonArray("lines").getValuesAs(JsonObject.class);
        assertEquals(List.of(shell, bluePen), lines.stream().map(l -> l.getString("item_id")).toList(), "the base bill and the chosen option");
        assertQuantity("20", lines.get(1), "required_quantity");
        assertFalse(lines.stream().anyMatch(l -> l.getString("item_id").equals(blackPen)));

        // released from MRP's proposal for a customer's blue bags, the work order keeps the configuration (it used to lose it)
        assertEquals(200, Http.post(PATH + "/" + order + "/cancel", token, null).status(), "no longer supply for MRP to net against");
        PlanningFixtures.confirmedOrder(token, PlanningFixtures.customer(token), bag,
                "\"configuration\":{\"choices\":{\"pen_colour\":\"blue\"}},\"quantity\":3,\"requested_date\":\"2026-03-18\"", "2026-03-18");
        String run = PlanningFixtures.run(token, "{\"horizon\":8,\"start_date\":\"2026-03-02\"}").getString("id");
        List<JsonObject> proposals = Http.get(PlanningFixtures.RUNS + "/" + run + "/planned-orders?item_id=" + bag, token).data()
                .getValuesAs(JsonObject.class);
        assertEquals(1, proposals.size(), proposals::toString);
        Http.Reply proposalReleased = Http.post("/api/v1/planning/planned-orders/" + proposals.get(0).getString("id") + "/release", token, null);
        assertEquals(200, proposalReleased.status(), proposalReleased::toString);
        String fromPlan = proposalReleased.json().getString("work_order_id");
        assertEquals(200, Http.post(PATH + "/" + fromPlan + "/release", token, null).status());
        JsonObject planned = Http.get(PATH + "/" + fromPlan + "/material-slip", token).json();
        assertEquals("blue", planned.getJsonObject("configuration").getString("pen_colour"));
        assertEquals(List.of(shell, bluePen), planned.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .map(l -> l.getString("item_id")).toList());
    }

    @Test
    void backflushIsAnItemOption() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Backflush GmbH");
        String token = tenant.token();
        Http.Reply created = Http.post("/api/v1/items", token, Http.json("code", "CLIP", "name", "Clip", "kind", "material", "backflush", jakarta.json.JsonValue.TRUE));
        assertEquals(201, created.status(), created::toString);
        assertTrue(created.json().getBoolean("backflush"));
        Http.Reply changed = Http.patch("/api/v1/items/" + created.json().getString("id"), token, created.header("etag"), Http.json("backflush", jakarta.json.JsonValue.FALSE));
        assertEquals(200, changed.status(), changed::toString);
        assertFalse(changed.json().getBoolean("backflush"));
        assertFalse(Http.post("/api/v1/items", token, Http.json("code", "PIN", "name", "Pin", "kind", "material")).json().getBoolean("backflush"),
                "false unless asked for");
    }

    // ---- helpers

    private static String material(String token, String code, String name, String unit, String extra) {
        Http.Reply created = Http.post("/api/v1/items", token, "{\"code\":\"" + StockFixtures.unique(code) + "\",\"name\":\"" + name
                + "\",\"kind\":\"material\",\"unit\":\"" + unit + "\"" + (extra.isEmpty() ? "" : "," + extra) + "}");
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("id");
    }

    private static String lot(String token, String item, String number, String expiry) {
        Http.Reply created = Http.post("/api/v1/lots", token, expiry == null ? Http.json("item_id", item, "number", number, "status", "released")
                : Http.json("item_id", item, "number", number, "status", "released", "expiry_date", expiry));
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("id");
    }

    private static void receive(String token, String item, String warehouse, String location, String lot, String quantity) {
        Http.Reply posted = StockFixtures.move(token, "receipt", item, warehouse, quantity, "\"location_id\":\"" + location + "\""
                + (lot == null ? "" : ",\"lot_id\":\"" + lot + "\""));
        assertEquals(201, posted.status(), posted::toString);
    }

    private static Http.Reply issue(String token, String order, String lines) {
        return Http.post(PATH + "/" + order + "/material-issues", token, "{\"lines\":[" + lines + "]}");
    }

    private static List<JsonObject> levels(String token, String item) {
        return Http.get("/api/v1/stock?item_id=" + item, token).data().getValuesAs(JsonObject.class);
    }

    private static String reservedOf(String token, String item) {
        return plain(levels(token, item).stream().map(l -> l.getJsonNumber("reserved").bigDecimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static String onHand(String token, String item) {
        return plain(levels(token, item).stream().map(l -> l.getJsonNumber("on_hand").bigDecimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static String onHandOfLot(String token, String item, String lot) {
        return plain(levels(token, item).stream().filter(l -> lot.equals(l.getString("lot_id", null)))
                .map(l -> l.getJsonNumber("on_hand").bigDecimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    private static void assertQuantity(String expected, JsonObject object, String field) {
        assertEquals(0, new BigDecimal(expected).compareTo(object.getJsonNumber(field).bigDecimalValue()), field + " of " + object);
    }

    private record PdfText(String text) {
    }

    /** The slip as PDF, read back with PDFBox's text extraction. */
    private static PdfText pdf(String token, String order) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Http.BASE_URL + PATH + "/" + order + "/material-slip")).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/pdf").header("Authorization", "Bearer " + token).GET().build();
        try {
            HttpResponse<byte[]> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, response.statusCode(), () -> new String(response.body()));
            assertEquals("application/pdf", response.headers().firstValue("content-type").orElse(""));
            try (PDDocument document = Loader.loadPDF(response.body())) {
                return new PdfText(new PDFTextStripper().getText(document));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
