package io.flowline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/** The IT server runs on the embedded H2, so it seeded the demo company at start: sign in with the printed login and look. */
class DemoTenantIT {
    private static final String EMAIL = "demo@flowline.example";
    private static final String PASSPHRASE = "oak lamella and blue crayons";

    private static String itemId(String token, String code) {
        Http.Reply found = Http.get("/api/v1/items?q=" + code + "&limit=100", token);
        assertEquals(200, found.status(), found::toString);
        return found.data().stream().map(JsonValue::asJsonObject).filter(i -> i.getString("code").equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " is not in the demo catalogue: " + found)).getString("id");
    }

    /** The demo is filled in the background after start, in one transaction: once one item shows, all of it is there. */
    private static String demoLogin() {
        long deadline = System.currentTimeMillis() + 180_000;
        while (true) {
            Http.Reply reply = Http.form("/api/v1/auth/token", Map.of("grant_type", "password", "username", EMAIL, "password", PASSPHRASE), Map.of());
            if (reply.status() == 200) {
                String token = reply.json().getString("access_token");
                if (!Http.get("/api/v1/items?limit=1", token).data().isEmpty()) {
                    return token;
                }
            }
            assertTrue(System.currentTimeMillis() < deadline, "the demo company was not seeded: " + reply);
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void theDemoCompanyHasACatalogueThatExplodesAndResolvesAndOrdersInManyStates() {
        String token = demoLogin();

        String board = itemId(token, "PARQUET-OAK");
        Http.Reply explosion = Http.get("/api/v1/items/" + board + "/bom/explosion?quantity=100", token);
        assertEquals(200, explosion.status(), explosion::toString);
        List<JsonObject> lines = explosion.json().getJsonArray("lines").stream().map(JsonValue::asJsonObject).toList();
        assertEquals(List.of("LAMELLA-OAK", "WOOD-OAK", "CORE-SPRUCE", "FINISH-OIL"), lines.stream().map(l -> l.getString("item_code")).toList());

        String bag = itemId(token, "BAG-SET");
        Http.Reply resolved = Http.post("/api/v1/items/" + bag + "/configurations/resolve", token,
                "{\"choices\":{\"pen_colour\":\"blue\",\"crayon_colour\":\"orange\"}}");
        assertEquals(200, resolved.status(), resolved::toString);
        assertEquals(List.of("BAG", "PEN-BLUE", "CRAYON-ORANGE"), resolved.json().getJsonArray("lines").stream()
                .map(l -> l.asJsonObject().getString("component_code")).toList());

        Http.Reply where = Http.get("/api/v1/items/" + itemId(token, "APC-LIQUID") + "/where-used", token);
        assertEquals(200, where.status(), where::toString);
        assertEquals(3, where.json().getJsonArray("lines").size(), "one liquid in three bottle sizes: " + where);

        assertTrue(Http.get("/api/v1/work-centers", token).data().size() >= 5);
        assertTrue(Http.get("/api/v1/customers", token).data().size() >= 5);
        assertTrue(Http.get("/api/v1/warehouses", token).data().size() >= 2);

        Http.Reply stats = Http.get("/api/v1/orders/stats", token);
        assertEquals(200, stats.status(), stats::toString);
        assertTrue(stats.json().getJsonNumber("count").longValue() >= 30, stats::toString);
        Map<String, Long> byStatus = stats.json().getJsonArray("by_status").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(g -> g.getString("key"), g -> g.getJsonNumber("count").longValue()));
        for (String status : List.of("draft", "submitted", "confirmed", "in_production", "shipped", "delivered", "cancelled")) {
            assertTrue(byStatus.getOrDefault(status, 0L) > 0, status + " in " + byStatus);
        }
    }
}
