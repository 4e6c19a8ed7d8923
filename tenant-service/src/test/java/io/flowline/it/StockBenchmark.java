package io.flowline.it;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.json.JsonObject;

/**
 * Reservations under load (issue 4: reservations per second and p99 latency with 32 concurrent clients against
 * MySQL/MariaDB) against a running server; not a test, the build never runs it. Run with the stock-benchmark
 * profile (see tenant-service/pom.xml). Each client reserves 1 to 5 units of a random item, then issues or
 * cancels what it reserved (half each); a 409 (not enough available) restocks the item with a receipt. Each
 * receipt is small, so the clients' reservations compete for what is there and some are refused.
 * Arguments: clients, seconds, items (32, 30, 16 if absent). The server is -Dflowline.base-url.
 */
public final class StockBenchmark {
    private static final int WARM_UP_SECONDS = 5;
    private static final String RECEIPT = "20";

    private StockBenchmark() {
    }

    /** What one client saw while measuring. */
    private record Tally(long[] reserveNanos, int reserved, int refused, int failed, int requests) {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 32;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int itemCount = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        String token = TestTenants.signUp("Stock Benchmark GmbH").token();
        String warehouse = StockFixtures.warehouse(token);
        List<String> items = new ArrayList<>();
        for (int i = 0; i < itemCount; i++) {
            String item = StockFixtures.item(token, "");
            StockFixtures.receive(token, item, warehouse, RECEIPT);
            items.add(item);
        }
        System.out.printf("%d clients reserving %d items in one warehouse at %s: %d s warm-up, then %d s measured%n", clients, itemCount,
                Http.BASE_URL, WARM_UP_SECONDS, seconds);

        long warmUpEnds = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
        long ends = warmUpEnds + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Tally>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> client(token, warehouse, items, warmUpEnds, ends)));
        }
        long[] latencies = new long[0];
        int reserved = 0;
        int refused = 0;
        int failed = 0;
        int requests = 0;
        for (Future<Tally> future : futures) {
            Tally tally = future.get();
            int from = latencies.length;
            latencies = Arrays.copyOf(latencies, from + tally.reserveNanos().length);
            System.arraycopy(tally.reserveNanos(), 0, latencies, from, tally.reserveNanos().length);
            reserved += tally.reserved();
            refused += tally.refused();
            failed += tally.failed();
            requests += tally.requests();
        }
        pool.shutdown();
        Arrays.sort(latencies);
        System.out.printf("reservations: %,d attempted, %,d reserved, %,d refused with 409, %,d other failures%n", latencies.length, reserved, refused, failed);
        System.out.printf("%.1f reservations/s (%.1f requests/s with the issues, cancels and restocking receipts)%n",
                latencies.length / (double) seconds, requests / (double) seconds);
        System.out.printf("reservation latency: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", percentile(latencies, 50), percentile(latencies, 99),
                latencies.length == 0 ? 0 : latencies[latencies.length - 1] / 1e6);

        boolean agree = true;
        for (String item : items) {
            // an item the clients issued down to nothing has no stock level listed: its on-hand is 0
            List<JsonObject> levels = Http.get("/api/v1/stock?item_id=" + item, token).data().getValuesAs(JsonObject.class);
            BigDecimal onHand = levels.isEmpty() ? BigDecimal.ZERO : StockIT.number(levels.get(0), "on_hand");
            agree &= levels.size() <= 1 && onHand.compareTo(StockIT.ledgerSum(token, "item_id=" + item)) == 0
                    && (levels.isEmpty() || StockIT.number(levels.get(0), "available").signum() >= 0);
        }
        System.out.println("ledger and balances agree, nothing oversold: " + (agree ? "yes" : "NO"));
        if (failed > 0 || !agree) {
            System.exit(1);
        }
    }

    private static Tally client(String token, String warehouse, List<String> items, long warmUpEnds, long ends) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long[] nanos = new long[1024];
        int count = 0;
        int reserved = 0;
        int refused = 0;
        int failed = 0;
        int requests = 0;
        for (long now = System.nanoTime(); now < ends; now = System.nanoTime()) {
            boolean measuring = now >= warmUpEnds;
            String item = items.get(random.nextInt(items.size()));
            String quantity = Integer.toString(1 + random.nextInt(5));
            long start = System.nanoTime();
            Http.Reply reply = StockFixtures.reserve(token, item, warehouse, quantity);
            long took = System.nanoTime() - start;
            List<Http.Reply> more = new ArrayList<>();
            if (reply.status() == 201) {
                String id = reply.json().getString("id");
                more.add(random.nextBoolean() ? Http.post("/api/v1/reservations/" + id + "/cancel", token, null)
                        : StockFixtures.move(token, "issue", item, warehouse, quantity, "\"reservation_id\":\"" + id + "\""));
            } else if (reply.status() == 409) {
                more.add(StockFixtures.move(token, "receipt", item, warehouse, RECEIPT, ""));
            }
            if (!measuring) {
                continue;
            }
            if (count == nanos.length) {
                nanos = Arrays.copyOf(nanos, count * 2);
            }
            nanos[count++] = took;
            requests += 1 + more.size();
            if (reply.status() == 201) {
                reserved++;
            } else if (reply.status() == 409) {
                refused++;
            } else {
                failed++;
                System.out.println("reservation: " + reply);
            }
            for (Http.Reply r : more) {
                if (r.status() != 200 && r.status() != 201) {
                    failed++;
                    System.out.println("issue, cancel or receipt: " + r);
                }
            }
        }
        return new Tally(Arrays.copyOf(nanos, count), reserved, refused, failed, requests);
    }

    private static double percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
