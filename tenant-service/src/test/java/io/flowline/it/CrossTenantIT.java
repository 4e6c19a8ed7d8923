package io.flowline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/**
 * Walks every path of the served OpenAPI document that takes an id, and proves that a second tenant
 * gets 404 for the first tenant's object with every method, and that the object is unchanged after.
 * New endpoints join by being in the document: give the collection's POST a request example so
 * this test can create an object to probe. Where that example cannot succeed on an empty company
 * (a stock movement needs an item and a warehouse), add the collection to {@link #PREPARED}.
 */
class CrossTenantIT {
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    /** Objects that cannot be created from a JSON request example (an import takes a file): made before the walk. */
    static final List<java.util.function.Consumer<TestTenants.TestTenant>> PREPARATIONS = List.of(ImportsIT::startOneImport,
            PurchasingFixtures::aReceivedPurchaseOrder);

    /**
     * Collections whose objects need others first: a function that creates one object, with everything
     * it needs, in the owner's company and returns its id. Used instead of the POST example.
     */
    private static final Map<String, Function<TestTenants.TestTenant, String>> PREPARED = Map.of(
            "/api/v1/stock-movements", StockFixtures::aStockMovement,
            "/api/v1/lots", StockFixtures::aLot,
            "/api/v1/reservations", StockFixtures::aReservation,
            "/api/v1/stock-counts", StockFixtures::aStockCount,
            "/api/v1/work-orders", PlanningFixtures::aWorkOrder,
            "/api/v1/planning/mrp-runs", PlanningFixtures::anMrpRun,
            "/api/v1/planning/planned-orders", PlanningFixtures::aPlannedOrder,
            "/api/v1/planning/master-schedule", PlanningFixtures::aMasterScheduleEntry);

    @Test
    void anotherTenantsObjectsAreNotFoundOnEveryPathThatTakesAnId() {
        TestTenants.TestTenant owner = TestTenants.signUp("Isolation Owner");
        TestTenants.TestTenant intruder = TestTenants.signUp("Isolation Intruder");
        PREPARATIONS.forEach(prepare -> prepare.accept(owner));
        JsonObject paths = OpenApiDocument.served().getJsonObject("paths");

        List<String> probed = new ArrayList<>();
        for (String path : paths.keySet()) {
            if (!path.contains("{id}")) {
                continue;
            }
            String collection = path.substring(0, path.indexOf("/{id}"));
            String id = firstObjectOf(owner, collection, paths)
                    .orElseGet(() -> fail("Tenant A has no object in " + collection + " to probe " + path
                            + "; give POST " + collection + " a request example in the API description"));
            Http.Reply before = Http.get(collection + "/" + id, owner.token());
            JsonObject operations = paths.getJsonObject(path);
            for (String method : operations.keySet()) {
                if (!METHODS.contains(method)) {
                    continue;
                }
                String body = exampleBody(operations.getJsonObject(method)).orElse(null);
                Http.Reply reply = Http.method(method.toUpperCase(), nestedIdsFilled(path.replace("{id}", id), owner), intruder.token(), body,
                        Map.of("If-Match", "\"1\"", "Idempotency-Key", UUID.randomUUID().toString()));
                assertEquals(404, reply.status(), method.toUpperCase() + " " + path + " by another tenant: " + reply);
                assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
                assertFalse(reply.body().contains(id) && reply.body().contains("\"version\""), "no data of the object leaks: " + reply.body());
                probed.add(method.toUpperCase() + " " + path);
            }
            Http.Reply after = Http.get(collection + "/" + id, owner.token());
            assertEquals(before.body(), after.body(), "the probes must not have changed " + collection + "/" + id);
        }
        assertTrue(probed.containsAll(List.of("GET /api/v1/users/{id}", "POST /api/v1/users/{id}/sessions/revoke", "GET /api/v1/mail-log/{id}")),
                "the walk must reach the known paths: " + probed);
        assertTrue(probed.containsAll(List.of("PUT /api/v1/items/{id}/bom", "GET /api/v1/items/{id}/bom/explosion",
                "GET /api/v1/items/{id}/where-used", "PUT /api/v1/items/{id}/routing", "PUT /api/v1/items/{id}/options",
                "POST /api/v1/items/{id}/configurations/resolve", "PATCH /api/v1/work-centers/{id}",
                "GET /api/v1/work-centers/{id}/available-hours")), "the walk must reach the catalog: " + probed);
        assertTrue(probed.containsAll(List.of("GET /api/v1/orders/{id}", "PATCH /api/v1/orders/{id}", "GET /api/v1/orders/{id}/timeline",
                "POST /api/v1/orders/{id}/confirm", "POST /api/v1/orders/{id}/cancel")), "the walk must reach the orders: " + probed);
        assertTrue(probed.containsAll(List.of("GET /api/v1/stock-movements/{id}", "PATCH /api/v1/lots/{id}",
                "POST /api/v1/reservations/{id}/cancel", "GET /api/v1/stock-counts/{id}", "GET /api/v1/stock-counts/{id}/lines",
                "PATCH /api/v1/stock-counts/{id}/lines", "POST /api/v1/stock-counts/{id}/post", "POST /api/v1/stock-counts/{id}/cancel")),
                "the walk must reach the stock paths: " + probed);
        assertTrue(probed.containsAll(List.of("PATCH /api/v1/work-orders/{id}", "POST /api/v1/work-orders/{id}/release",
                "POST /api/v1/work-orders/{id}/close", "GET /api/v1/work-orders/{id}/timeline", "GET /api/v1/work-orders/{id}/operations",
                "POST /api/v1/work-orders/{id}/operations/{sequence}/start", "POST /api/v1/work-orders/{id}/operations/{sequence}/report",
                "GET /api/v1/work-centers/{id}/queue", "GET /api/v1/lots/{id}/genealogy",
                "GET /api/v1/planning/mrp-runs/{id}", "GET /api/v1/planning/mrp-runs/{id}/planned-orders",
                "GET /api/v1/planning/planned-orders/{id}", "POST /api/v1/planning/planned-orders/{id}/release",
                "GET /api/v1/planning/master-schedule/{id}", "PATCH /api/v1/planning/master-schedule/{id}",
                "DELETE /api/v1/planning/master-schedule/{id}")),
                "the walk must reach planning and production: " + probed);
        assertTrue(probed.containsAll(List.of("PATCH /api/v1/suppliers/{id}/items/{item_id}", "DELETE /api/v1/suppliers/{id}/items/{item_id}",
                "PATCH /api/v1/purchase-orders/{id}", "POST /api/v1/purchase-orders/{id}/receipts", "GET /api/v1/purchase-orders/{id}/receipts",
                "POST /api/v1/purchase-orders/{id}/send")), "the walk must reach purchasing: " + probed);
        assertTrue(probed.size() >= 6, "probed: " + probed);
    }

    /**
     * Fills a path's further parameters ({@code /suppliers/sup_1/items/{item_id}}) from the owner's last object in the
     * collection before each: its field of that name, else its id. The intruder then probes an object that exists.
     */
    static String nestedIdsFilled(String path, TestTenants.TestTenant owner) {
        Matcher parameter = PARAMETER.matcher(path);
        while (parameter.find()) {
            Http.Reply list = Http.get(path.substring(0, parameter.start() - 1), owner.token());
            assertFalse(list.data().isEmpty(), "tenant A has nothing to probe " + path + " with; prepare it in PREPARATIONS");
            JsonObject last = list.data().getJsonObject(list.data().size() - 1);
            JsonValue value = last.get(last.containsKey(parameter.group(1)) ? parameter.group(1) : "id"); // a sequence is a number
            path = path.replace(parameter.group(), value instanceof jakarta.json.JsonString text ? text.getString() : value.toString());
            parameter = PARAMETER.matcher(path);
        }
        return path;
    }

    /** The first object the owner has in the collection, creating one from the documented example when there is none. */
    static Optional<String> firstObjectOf(TestTenants.TestTenant owner, String collection, JsonObject paths) {
        Http.Reply list = Http.get(collection, owner.token());
        if (list.status() == 200 && !list.data().isEmpty()) {
            return Optional.of(list.data().getJsonObject(list.data().size() - 1).getString("id"));
        }
        if (PREPARED.containsKey(collection)) {
            return Optional.of(PREPARED.get(collection).apply(owner));
        }
        JsonObject collectionOperations = paths.getJsonObject(collection);
        if (collectionOperations == null || !collectionOperations.containsKey("post")) {
            return Optional.empty();
        }
        Optional<String> example = exampleBody(collectionOperations.getJsonObject("post"));
        if (example.isEmpty()) {
            return Optional.empty();
        }
        String body = example.get();
        // Examples that name objects a fresh tenant lacks: prepared through the API (one line per such collection).
        if (collection.equals(OrderExamplePreparation.COLLECTION)) {
            body = OrderExamplePreparation.prepare(owner, body);
        }
        Http.Reply created = Http.post(collection, owner.token(), body);
        assertEquals(201, created.status(), "creating from the documented example of POST " + collection + ": " + created);
        return Optional.of(created.json().getString("id"));
    }

    static Optional<String> exampleBody(JsonObject operation) {
        JsonObject body = operation.getJsonObject("requestBody");
        if (body == null) {
            return Optional.empty();
        }
        JsonObject json = body.getJsonObject("content").getJsonObject("application/json");
        if (json == null || !json.containsKey("examples")) {
            return Optional.empty();
        }
        JsonObject examples = json.getJsonObject("examples");
        JsonValue value = examples.getJsonObject(examples.keySet().iterator().next()).get("value");
        return Optional.of(value.getValueType() == JsonValue.ValueType.STRING ? ((jakarta.json.JsonString) value).getString() : value.toString());
    }
}
