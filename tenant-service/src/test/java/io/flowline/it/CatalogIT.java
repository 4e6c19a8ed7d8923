package io.flowline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/** Items, bills of materials, explosion, where-used and configurable products through HTTP. */
class CatalogIT {

    private static String item(TestTenants.TestTenant tenant, String code, String kind, String extra) {
        Http.Reply created = Http.post("/api/v1/items", tenant.token(),
                "{\"code\":\"" + code + "\",\"name\":\"" + code + " name\",\"kind\":\"" + kind + "\"" + (extra.isEmpty() ? "" : "," + extra) + "}");
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("id");
    }

    private static String line(String componentId, String quantityPer, String scrap) {
        return "{\"component_id\":\"" + componentId + "\",\"quantity_per\":" + quantityPer + ",\"scrap_factor\":" + scrap + "}";
    }

    private static Http.Reply putBom(TestTenants.TestTenant tenant, String itemId, String ifMatch, String... lines) {
        return Http.method("PUT", "/api/v1/items/" + itemId + "/bom", tenant.token(), "{\"lines\":[" + String.join(",", lines) + "]}",
                ifMatch == null ? java.util.Map.of() : java.util.Map.of("If-Match", ifMatch));
    }

    private static BigDecimal number(JsonObject object, String field) {
        return object.getJsonNumber(field).bigDecimalValue();
    }

    private static void assertNumber(String expected, JsonObject object, String field) {
        assertEquals(0, new BigDecimal(expected).compareTo(number(object, field)), field + " of " + object);
    }

    @Test
    void itemsAreCreatedFoundChangedAndArchived() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Catalog Items GmbH");
        Http.Reply created = Http.post("/api/v1/items", tenant.token(), "{\"code\":\"WOOD-OAK\",\"name\":\"Oak timber\",\"kind\":\"material\","
                + "\"unit\":\"m3\",\"lead_time_days\":20,\"standard_cost\":{\"amount\":850},\"sales_price\":{\"amount\":990.5,\"currency\":\"USD\"},"
                + "\"lot_sizing_rule\":\"fixed_order_quantity\",\"fixed_order_quantity\":12,\"safety_stock\":2,\"holding_cost_rate\":0.2,"
                + "\"lot_tracked\":true}");
        assertEquals(201, created.status(), created::toString);
        JsonObject oak = created.json();
        String oakId = oak.getString("id");
        assertTrue(oakId.startsWith("itm_"));
        assertEquals("item", oak.getString("object"));
        assertEquals("buy", oak.getString("make_or_buy"), "materials are bought unless said otherwise");
        assertEquals("EUR", oak.getJsonObject("standard_cost").getString("currency"), "the company's currency by default");
        assertNumber("850", oak.getJsonObject("standard_cost"), "amount");
        assertEquals("USD", oak.getJsonObject("sales_price").getString("currency"));
        assertEquals("fixed_order_quantity", oak.getString("lot_sizing_rule"));
        assertTrue(oak.getBoolean("lot_tracked"));
        assertEquals("active", oak.getString("status"));
        assertTrue(created.header("location").endsWith("/api/v1/items/" + oakId));

        Http.Reply duplicate = Http.post("/api/v1/items", tenant.token(), Http.json("code", "WOOD-OAK", "name", "Again", "kind", "material"));
        assertEquals(409, duplicate.status(), duplicate::toString);
        assertEquals(List.of("code"), duplicate.errorFields());
        assertTrue(duplicate.json().getString("detail").contains("WOOD-OAK"));

        Http.Reply invalid = Http.post("/api/v1/items", tenant.token(), Http.json("code", "X", "name", "X", "kind", "gadget",
                "lot_sizing_rule", "fixed_order_quantity"));
        assertEquals(400, invalid.status(), invalid::toString);
        assertEquals(List.of("fixed_order_quantity", "kind"), invalid.errorFields());
        Http.Reply badMoney = Http.post("/api/v1/items", tenant.token(), "{\"code\":\"Y\",\"name\":\"Y\",\"kind\":\"product\","
                + "\"sales_price\":{\"amount\":-1,\"currency\":\"EURO\"}}");
        assertEquals(400, badMoney.status(), badMoney::toString);
        assertEquals(List.of("sales_price.amount", "sales_price.currency"), badMoney.errorFields());

        item(tenant, "PB-OAK-14", "product", "\"unit\":\"pc\"");
        item(tenant, "GLUE-PU", "material", "");
        Http.Reply materials = Http.get("/api/v1/items?kind=material", tenant.token());
        assertEquals(List.of("WOOD-OAK", "GLUE-PU"), codes(materials));
        assertEquals(List.of("WOOD-OAK", "PB-OAK-14"), codes(Http.get("/api/v1/items?q=oak", tenant.token())), "code or name, any case");
        assertEquals(List.of("GLUE-PU"), codes(Http.get("/api/v1/items?q=Pu%20NAME", tenant.token())));
        assertEquals(List.of(), codes(Http.get("/api/v1/items?q=%25", tenant.token())), "a % is searched for, not a wildcard");
        assertEquals(400, Http.get("/api/v1/items?kind=gadget", tenant.token()).status());
        Http.Reply page = Http.get("/api/v1/items?limit=2", tenant.token());
        assertTrue(page.json().getBoolean("has_more"));
        assertEquals(List.of("GLUE-PU"), codes(Http.get("/api/v1/items?limit=2&cursor=" + page.json().getString("next_cursor"), tenant.token())));

        assertEquals(428, Http.patch("/api/v1/items/" + oakId, tenant.token(), null, Http.json("safety_stock", 3)).status());
        Http.Reply patched = Http.patch("/api/v1/items/" + oakId, tenant.token(), created.header("etag"),
                "{\"safety_stock\":3,\"sales_price\":{\"amount\":1000},\"name\":\"Oak timber, kiln-dried\"}");
        assertEquals(200, patched.status(), patched::toString);
        assertNumber("3", patched.json(), "safety_stock");
        assertEquals("EUR", patched.json().getJsonObject("sales_price").getString("currency"));
        assertEquals("Oak timber, kiln-dried", patched.json().getString("name"));
        assertEquals(412, Http.patch("/api/v1/items/" + oakId, tenant.token(), created.header("etag"), Http.json("safety_stock", 4)).status());
        Http.Reply recode = Http.patch("/api/v1/items/" + oakId, tenant.token(), patched.header("etag"), Http.json("code", "GLUE-PU"));
        assertEquals(409, recode.status(), recode::toString);

        String viewer = TestTenants.userWithRole(tenant, "viewer");
        assertEquals(200, Http.get("/api/v1/items/" + oakId, viewer).status());
        assertEquals(403, Http.post("/api/v1/items", viewer, Http.json("code", "V", "name", "V", "kind", "product")).status());

        Http.Reply archived = Http.post("/api/v1/items/" + oakId + "/archive", tenant.token(), null);
        assertEquals(200, archived.status(), archived::toString);
        assertEquals("archived", archived.json().getString("status"));
        assertEquals(409, Http.post("/api/v1/items/" + oakId + "/archive", tenant.token(), null).status());
        assertEquals(List.of("PB-OAK-14", "GLUE-PU"), codes(Http.get("/api/v1/items?status=active", tenant.token())));
        String board = Http.get("/api/v1/items?q=PB-OAK", tenant.token()).data().getJsonObject(0).getString("id");
        Http.Reply archivedComponent = putBom(tenant, board, "\"0\"", line(oakId, "1", "0"));
        assertEquals(400, archivedComponent.status(), archivedComponent::toString);
        assertEquals(List.of("lines[0].component_id"), archivedComponent.errorFields());
        assertEquals("active", Http.post("/api/v1/items/" + oakId + "/restore", tenant.token(), null).json().getString("status"));
        assertEquals(404, Http.get("/api/v1/items/itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y", tenant.token()).status());
    }

    private static List<String> codes(Http.Reply list) {
        assertEquals(200, list.status(), list::toString);
        return list.data().stream().map(v -> v.asJsonObject().getString("code")).toList();
    }

    /**
     * The parquet floor board: BOARD ← LAMELLA (1, 5 % scrap), CORE (1, 2 %), FINISH (0.15 l, 10 %);
     * LAMELLA ← WOOD (0.012 m³, 10 %). For 100 boards: 105 lamellas, 105 x 0.012 x 1.1 = 1.386 m³ of
     * wood, 102 cores, 16.5 l of finish.
     */
    @Test
    void parquetBoardExplodesOverThreeLevelsAndRefusesACycle() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Parquet Explosion GmbH");
        String board = item(tenant, "BOARD", "product", "");
        String lamella = item(tenant, "LAMELLA", "semi_finished", "");
        String core = item(tenant, "CORE", "material", "");
        String finish = item(tenant, "FINISH", "material", "\"unit\":\"l\"");
        String wood = item(tenant, "WOOD", "material", "\"unit\":\"m3\"");

        Http.Reply empty = Http.get("/api/v1/items/" + board + "/bom", tenant.token());
        assertEquals(200, empty.status(), empty::toString);
        assertEquals("\"0\"", empty.header("etag"));
        assertEquals(0, empty.json().getJsonArray("lines").size());

        assertEquals(428, putBom(tenant, board, null, line(lamella, "1", "0.05")).status());
        Http.Reply unknown = putBom(tenant, board, "\"0\"", line(lamella, "1", "0.05"), line("itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y", "1", "0"),
                line(core, "1", "0"));
        assertEquals(400, unknown.status(), unknown::toString);
        assertEquals(List.of("lines[1].component_id"), unknown.errorFields());
        Http.Reply wholeScrap = putBom(tenant, board, "\"0\"", line(lamella, "1", "0.05"), line(core, "1", "0"), line(finish, "1", "1"));
        assertEquals(400, wholeScrap.status(), wholeScrap::toString);
        assertEquals(List.of("lines[2].scrap_factor"), wholeScrap.errorFields());

        Http.Reply boardBom = putBom(tenant, board, "\"0\"", line(lamella, "1", "0.05"), line(core, "1", "0.02"), line(finish, "0.15", "0.10"));
        assertEquals(200, boardBom.status(), boardBom::toString);
        assertEquals("\"1\"", boardBom.header("etag"));
        assertEquals(List.of("LAMELLA", "CORE", "FINISH"), boardBom.json().getJsonArray("lines").stream()
                .map(l -> l.asJsonObject().getString("component_code")).toList());
        assertEquals(412, putBom(tenant, board, "\"0\"", line(core, "1", "0")).status(), "the bill's ETag moved on");
        assertEquals(200, putBom(tenant, lamella, "\"0\"", line(wood, "0.012", "0.1")).status());

        Http.Reply explosion = Http.get("/api/v1/items/" + board + "/bom/explosion?quantity=100", tenant.token());
        assertEquals(200, explosion.status(), explosion::toString);
        List<JsonObject> lines = explosion.json().getJsonArray("lines").stream().map(JsonValue::asJsonObject).toList();
        assertEquals(List.of("LAMELLA", "WOOD", "CORE", "FINISH"), lines.stream().map(l -> l.getString("item_code")).toList());
        assertEquals(List.of(1, 2, 1, 1), lines.stream().map(l -> l.getInt("level")).toList());
        assertNumber("105", lines.get(0), "extended_quantity");
        assertNumber("1.386", lines.get(1), "extended_quantity");
        assertNumber("102", lines.get(2), "extended_quantity");
        assertNumber("16.5", lines.get(3), "extended_quantity");
        assertEquals("m3", lines.get(1).getString("unit"));
        assertEquals(4, explosion.json().getJsonArray("totals").size());
        assertNumber("1", Http.get("/api/v1/items/" + board + "/bom/explosion", tenant.token()).json(), "quantity");
        Http.Reply badQuantity = Http.get("/api/v1/items/" + board + "/bom/explosion?quantity=-2", tenant.token());
        assertEquals(400, badQuantity.status());
        assertEquals(List.of("quantity"), badQuantity.errorFields());

        Http.Reply cycle = putBom(tenant, wood, "\"0\"", line(board, "1", "0"));
        assertEquals(409, cycle.status(), cycle::toString);
        assertTrue(cycle.contentType().startsWith("application/problem+json"));
        assertTrue(cycle.json().getString("detail").contains("WOOD → BOARD → LAMELLA → WOOD"), cycle.json().getString("detail"));
        Http.Reply self = putBom(tenant, core, "\"0\"", line(core, "2", "0"));
        assertEquals(409, self.status(), self::toString);
        assertTrue(self.json().getString("detail").contains("CORE → CORE"), self.json().getString("detail"));
        assertEquals(0, Http.get("/api/v1/items/" + wood + "/bom", tenant.token()).json().getJsonArray("lines").size(), "a refused bill changes nothing");

        Http.Reply direct = Http.get("/api/v1/items/" + wood + "/where-used", tenant.token());
        assertEquals(200, direct.status(), direct::toString);
        List<JsonObject> parents = direct.json().getJsonArray("lines").stream().map(JsonValue::asJsonObject).toList();
        assertEquals(List.of("LAMELLA"), parents.stream().map(l -> l.getString("item_code")).toList());
        assertNumber("0.012", parents.get(0), "quantity_per");
        assertFalse(parents.get(0).getBoolean("top_level"));
        Http.Reply all = Http.get("/api/v1/items/" + wood + "/where-used?levels=all", tenant.token());
        List<JsonObject> ancestors = all.json().getJsonArray("lines").stream().map(JsonValue::asJsonObject).toList();
        assertEquals(List.of("LAMELLA", "BOARD"), ancestors.stream().map(l -> l.getString("item_code")).toList());
        assertEquals(List.of(1, 2), ancestors.stream().map(l -> l.getInt("level")).toList());
        assertTrue(ancestors.get(1).getBoolean("top_level"));
        assertEquals(lamella, ancestors.get(1).getString("component_id"));
        assertEquals(400, Http.get("/api/v1/items/" + wood + "/where-used?levels=3", tenant.token()).status());
        assertEquals(0, Http.get("/api/v1/items/" + board + "/where-used", tenant.token()).json().getJsonArray("lines").size());
    }

    @Test
    void aConfiguredBagResolvesToItsOwnBillAndRefusesMissingChoices() {
        TestTenants.TestTenant tenant = TestTenants.signUp("School Bags Ltd");
        String set = item(tenant, "BAG-SET", "product", "");
        String bag = item(tenant, "BAG", "semi_finished", "");
        String black = item(tenant, "PEN-BLACK", "material", "");
        String blue = item(tenant, "PEN-BLUE", "material", "");
        String yellow = item(tenant, "CRAYON-YELLOW", "material", "");
        String red = item(tenant, "CRAYON-RED", "material", "");
        assertEquals(200, putBom(tenant, set, "\"0\"", line(bag, "1", "0")).status());

        String options = "{\"groups\":[{\"code\":\"pen_colour\",\"name\":\"Pen colour\",\"required\":true,\"options\":["
                + "{\"code\":\"black\",\"name\":\"Black\",\"components\":[" + line(black, "5", "0") + "]},"
                + "{\"code\":\"blue\",\"name\":\"Blue\",\"components\":[" + line(blue, "5", "0") + "]}]},"
                + "{\"code\":\"crayon_colour\",\"name\":\"Crayon colour\",\"required\":false,\"options\":["
                + "{\"code\":\"yellow\",\"name\":\"Yellow\",\"components\":[" + line(yellow, "12", "0") + "]},"
                + "{\"code\":\"red\",\"name\":\"Red\",\"components\":[" + line(red, "12", "0") + "]}]}]}";
        assertEquals("\"0\"", Http.get("/api/v1/items/" + set + "/options", tenant.token()).header("etag"));
        Http.Reply saved = Http.method("PUT", "/api/v1/items/" + set + "/options", tenant.token(), options, java.util.Map.of("If-Match", "\"0\""));
        assertEquals(200, saved.status(), saved::toString);
        assertEquals("\"1\"", saved.header("etag"));
        JsonObject penColour = saved.json().getJsonArray("groups").getJsonObject(0);
        assertEquals("pen_colour", penColour.getString("code"));
        assertEquals("PEN-BLUE", penColour.getJsonArray("options").getJsonObject(1).getJsonArray("components").getJsonObject(0)
                .getString("component_code"));

        Http.Reply resolved = Http.post("/api/v1/items/" + set + "/configurations/resolve", tenant.token(),
                "{\"choices\":{\"pen_colour\":\"blue\",\"crayon_colour\":\"red\"}}");
        assertEquals(200, resolved.status(), resolved::toString);
        List<JsonObject> lines = resolved.json().getJsonArray("lines").stream().map(JsonValue::asJsonObject).toList();
        assertEquals(List.of("BAG", "PEN-BLUE", "CRAYON-RED"), lines.stream().map(l -> l.getString("component_code")).toList());
        assertFalse(lines.get(0).containsKey("option_group_code"), "a base line");
        assertEquals("pen_colour", lines.get(1).getString("option_group_code"));
        assertNumber("12", lines.get(2), "quantity_per");
        Http.Reply noCrayons = Http.post("/api/v1/items/" + set + "/configurations/resolve", tenant.token(), "{\"choices\":{\"pen_colour\":\"black\"}}");
        assertEquals(2, noCrayons.json().getJsonArray("lines").size(), "an optional group may be left out");

        Http.Reply missing = Http.post("/api/v1/items/" + set + "/configurations/resolve", tenant.token(), "{\"choices\":{}}");
        assertEquals(400, missing.status(), missing::toString);
        assertEquals(List.of("choices.pen_colour"), missing.errorFields());
        Http.Reply invalid = Http.post("/api/v1/items/" + set + "/configurations/resolve", tenant.token(),
                "{\"choices\":{\"pen_colour\":\"green\",\"size\":\"xl\"}}");
        assertEquals(400, invalid.status(), invalid::toString);
        assertEquals(List.of("choices.pen_colour", "choices.size"), invalid.errorFields());
        Http.Reply notAString = Http.post("/api/v1/items/" + set + "/configurations/resolve", tenant.token(), "{\"choices\":{\"pen_colour\":5}}");
        assertEquals(400, notAString.status(), notAString::toString);
        assertEquals(List.of("choices.pen_colour"), notAString.errorFields());

        Http.Reply usedIn = Http.get("/api/v1/items/" + blue + "/where-used", tenant.token());
        JsonObject use = usedIn.json().getJsonArray("lines").getJsonObject(0);
        assertEquals("BAG-SET", use.getString("item_code"));
        assertEquals("pen_colour", use.getString("option_group_code"));
        assertEquals("blue", use.getString("option_code"));

        String itself = options.replace(red, set);
        Http.Reply cycle = Http.method("PUT", "/api/v1/items/" + set + "/options", tenant.token(), itself, java.util.Map.of("If-Match", "\"1\""));
        assertEquals(409, cycle.status(), cycle::toString);
        assertTrue(cycle.json().getString("detail").contains("BAG-SET → BAG-SET"), cycle.json().getString("detail"));
        Http.Reply repeated = Http.method("PUT", "/api/v1/items/" + set + "/options", tenant.token(),
                options.replace("\"code\":\"blue\"", "\"code\":\"black\""), java.util.Map.of("If-Match", "\"1\""));
        assertEquals(400, repeated.status(), repeated::toString);
        assertEquals(List.of("groups[0].options[1].code"), repeated.errorFields());
    }
}
