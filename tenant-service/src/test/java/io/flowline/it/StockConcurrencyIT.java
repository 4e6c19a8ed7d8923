package io.flowline.it;

import static io.flowline.it.StockFixtures.item;
import static io.flowline.it.StockFixtures.location;
import static io.flowline.it.StockFixtures.move;
import static io.flowline.it.StockFixtures.receive;
import static io.flowline.it.StockFixtures.reserve;
import static io.flowline.it.StockFixtures.warehouse;
import static io.flowline.it.StockIT.assertNumber;
import static io.flowline.it.StockIT.ledgerSum;
import static io.flowline.it.StockIT.level;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/** Available stock never goes below zero, however many clients reserve or issue at the same moment. */
class StockConcurrencyIT {

    /** Runs the calls all at once (released together by a latch) and counts the replies by status. */
    private static Map<Integer, List<Http.Reply>> concurrently(int clients, Supplier<Http.Reply> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Http.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return call.get();
                }));
            }
            start.countDown();
            Map<Integer, List<Http.Reply>> byStatus = new TreeMap<>();
            for (Future<Http.Reply> reply : replies) {
                Http.Reply r = reply.get(120, TimeUnit.SECONDS);
                byStatus.computeIfAbsent(r.status(), s -> new ArrayList<>()).add(r);
            }
            return byStatus;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String statuses(Map<Integer, List<Http.Reply>> byStatus) {
        StringBuilder text = new StringBuilder();
        byStatus.forEach((status, replies) -> text.append(status).append(" x").append(replies.size()).append(" (").append(replies.get(0)).append(") "));
        return text.toString();
    }

    @Test
    void sixtyFourConcurrentReservationsOfTwoAgainstAHundredReserveExactlyAHundred() throws Exception {
        TestTenants.TestTenant tenant = TestTenants.signUp("Rush GmbH");
        String token = tenant.token();
        String item = item(token, "");
        String wh = warehouse(token);
        receive(token, item, wh, "60");
        move(token, "receipt", item, wh, "40", "\"location_id\":\"" + location(token, wh) + "\""); // two rows to lock

        Map<Integer, List<Http.Reply>> replies = concurrently(64, () -> reserve(token, item, wh, "2"));

        assertEquals(50, replies.getOrDefault(201, List.of()).size(), statuses(replies));
        assertEquals(14, replies.getOrDefault(409, List.of()).size(), statuses(replies));
        assertEquals(2, replies.size(), "nothing but 201 and 409: " + statuses(replies));
        for (Http.Reply refused : replies.get(409)) {
            assertTrue(refused.json().getString("type").endsWith("insufficient-stock"), refused::toString);
            assertTrue(refused.json().getString("detail").contains("requested 2 pc, available "), refused::toString);
        }

        JsonObject stock = level(token, item);
        assertNumber("100", stock, "on_hand");
        assertNumber("100", stock, "reserved");
        assertNumber("0", stock, "available");
        assertEquals(0, new BigDecimal("100").compareTo(ledgerSum(token, "item_id=" + item)), "ledger and balance agree");
        Http.Reply open = Http.get("/api/v1/reservations?limit=100&status=open&item_id=" + item, token);
        assertEquals(50, open.data().size(), open::toString);
        BigDecimal reserved = open.data().getValuesAs(JsonObject.class).stream().map(r -> r.getJsonNumber("open_quantity").bigDecimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, new BigDecimal("100").compareTo(reserved), "the reservations add up to what the balances hold");
    }

    @Test
    void concurrentReceiptsAndConcurrentIssuesNeitherLoseNorOversell() throws Exception {
        TestTenants.TestTenant tenant = TestTenants.signUp("Crowd GmbH");
        String token = tenant.token();
        String item = item(token, "");
        String wh = warehouse(token);
        String bin = location(token, wh);

        // The first receipts into a new bin: all of them race to create its balance row.
        Map<Integer, List<Http.Reply>> receipts = concurrently(32, () -> move(token, "receipt", item, wh, "5", "\"location_id\":\"" + bin + "\""));
        assertEquals(32, receipts.getOrDefault(201, List.of()).size(), "all receipts land: " + statuses(receipts));
        assertNumber("160", level(token, item), "on_hand");

        Map<Integer, List<Http.Reply>> issues = concurrently(40, () -> move(token, "issue", item, wh, "5", "\"location_id\":\"" + bin + "\""));
        assertEquals(32, issues.getOrDefault(201, List.of()).size(), statuses(issues));
        assertEquals(8, issues.getOrDefault(409, List.of()).size(), statuses(issues));
        assertEquals(0, Http.get("/api/v1/stock?item_id=" + item, token).data().size(), "nothing left, and nothing below zero");
        assertEquals(0, BigDecimal.ZERO.compareTo(ledgerSum(token, "item_id=" + item)), "ledger and balance agree");
    }
}
