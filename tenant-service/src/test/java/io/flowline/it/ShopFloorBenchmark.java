package io.flowline.it;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The shop floor under load (issue 12: reporting an operation and completing a work order each under 50 ms p95 on
 * MariaDB with 32 concurrent operators) against a running server; not a test, the build never runs it. Run with the
 * shopfloor-benchmark profile (see tenant-service/pom.xml). Each operator takes a work order of a random item (two
 * operations at two work centres), created and released outside the measurement, and works it: start 10, report 10 (timed:
 * a report), complete 10, start 20, report 20 (timed: a report with output, received into stock), complete 20 (timed:
 * completing the work order). The items share one warehouse, so output receipts of one item queue for its balance row.
 * Arguments: operators, seconds, items, think time in ms (32, 30, 16, 0 if absent). With no think time the operators send
 * back to back, so the server is saturated and latency is what Little's law says (operators / throughput); a think time
 * between actions (an operator works between two taps) measures the service at a pace below saturation.
 * The server is -Dflowline.base-url.
 */
public final class ShopFloorBenchmark {
    private static final int WARM_UP_SECONDS = 5;
    private static final String PATH = "/api/v1/work-orders";

    private ShopFloorBenchmark() {
    }

    /** What one operator saw while measuring. */
    private record Tally(long[] reportNanos, long[] outputNanos, long[] completeNanos, int workOrders, int failed) {
    }

    public static void main(String[] args) throws Exception {
        int operators = args.length > 0 ? Integer.parseInt(args[0]) : 32;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int itemCount = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        int thinkMillis = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        String token = TestTenants.signUp("Shop Floor Benchmark GmbH").token();
        String warehouse = StockFixtures.warehouse(token);
        String saw = ShopFloorIT.workCenter(token, "SAW");
        String oil = ShopFloorIT.workCenter(token, "OIL");
        List<String> items = new ArrayList<>();
        for (int i = 0; i < itemCount; i++) {
            String item = PlanningFixtures.item(token, StockFixtures.unique("BOARD"), "product", "");
            Http.Reply routing = Http.method("PUT", "/api/v1/items/" + item + "/routing", token, "{\"operations\":["
                    + "{\"sequence\":10,\"work_center_id\":\"" + saw + "\",\"setup_hours\":0.5,\"run_hours_per_unit\":0.1},"
                    + "{\"sequence\":20,\"work_center_id\":\"" + oil + "\",\"run_hours_per_unit\":0.05}]}", Map.of("If-Match", "\"0\""));
            check(routing, 200);
            items.add(item);
        }
        System.out.printf("%d operators working work orders of %d items (output into one warehouse, %s) at %s, %d ms between actions: "
                + "%d s warm-up, then %d s measured%n", operators, itemCount, warehouse, Http.BASE_URL, thinkMillis, WARM_UP_SECONDS, seconds);

        long warmUpEnds = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
        long ends = warmUpEnds + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(operators);
        List<Future<Tally>> futures = new ArrayList<>();
        for (int c = 0; c < operators; c++) {
            futures.add(pool.submit(() -> operator(token, items, warmUpEnds, ends, thinkMillis)));
        }
        long[] reports = new long[0];
        long[] outputs = new long[0];
        long[] completions = new long[0];
        int workOrders = 0;
        int failed = 0;
        for (Future<Tally> future : futures) {
            Tally tally = future.get();
            reports = concat(reports, tally.reportNanos());
            outputs = concat(outputs, tally.outputNanos());
            completions = concat(completions, tally.completeNanos());
            workOrders += tally.workOrders();
            failed += tally.failed();
        }
        pool.shutdown();
        System.out.printf("%,d work orders completed in %d s (%.1f/s), %,d failures%n", workOrders, seconds, workOrders / (double) seconds, failed);
        print("report (intermediate operation)", reports);
        print("report with output (last operation)", outputs);
        long[] allReports = concat(reports, outputs);
        print("report (all)", allReports);
        print("complete work order (last operation)", completions);
        if (failed > 0) {
            System.exit(1);
        }
    }

    private static Tally operator(String token, List<String> items, long warmUpEnds, long ends, int thinkMillis) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long[][] timed = {new long[256], new long[256], new long[256]};
        int[] counts = new int[3];
        int done = 0;
        int failed = 0;
        while (System.nanoTime() < ends) {
            try {
                Http.Reply created = Http.post(PATH, token, Http.json("item_id", items.get(random.nextInt(items.size())), "quantity", 10,
                        "start_date", "2026-03-02", "due_date", "2026-03-06"));
                check(created, 201);
                String order = PATH + "/" + created.json().getString("id");
                check(Http.post(order + "/release", token, null), 200);
                check(Http.post(order + "/operations/10/start", token, null), 200);
                boolean measuring = System.nanoTime() >= warmUpEnds;
                think(thinkMillis);
                timed(timed, counts, 0, measuring, () -> Http.post(order + "/operations/10/report", token,
                        "{\"good_quantity\":10,\"labour_minutes\":62,\"machine_minutes\":60}"));
                check(Http.post(order + "/operations/10/complete", token, null), 200);
                check(Http.post(order + "/operations/20/start", token, null), 200);
                think(thinkMillis);
                timed(timed, counts, 1, measuring, () -> Http.post(order + "/operations/20/report", token,
                        "{\"good_quantity\":10,\"labour_minutes\":31}"));
                think(thinkMillis);
                timed(timed, counts, 2, measuring, () -> Http.post(order + "/operations/20/complete", token, null));
                if (measuring) {
                    done++;
                }
            } catch (IllegalStateException e) {
                failed++;
                System.out.println(e.getMessage());
            }
        }
        return new Tally(Arrays.copyOf(timed[0], counts[0]), Arrays.copyOf(timed[1], counts[1]), Arrays.copyOf(timed[2], counts[2]), done, failed);
    }

    private static void timed(long[][] timed, int[] counts, int which, boolean measuring, java.util.function.Supplier<Http.Reply> call) {
        long start = System.nanoTime();
        Http.Reply reply = call.get();
        long took = System.nanoTime() - start;
        check(reply, 200);
        if (measuring) {
            if (counts[which] == timed[which].length) {
                timed[which] = Arrays.copyOf(timed[which], counts[which] * 2);
            }
            timed[which][counts[which]++] = took;
        }
    }

    private static void think(int millis) {
        if (millis > 0) {
            try {
                Thread.sleep(ThreadLocalRandom.current().nextInt(millis / 2, millis * 3 / 2 + 1)); // operators do not tap in step
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static void check(Http.Reply reply, int status) {
        if (reply.status() != status) {
            throw new IllegalStateException("expected " + status + ": " + reply);
        }
    }

    private static long[] concat(long[] a, long[] b) {
        long[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: %,d, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", what, sorted.length, percentile(sorted, 50),
                percentile(sorted, 95), percentile(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
    }

    private static double percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
