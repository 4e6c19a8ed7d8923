package io.flowline.it;

import java.nio.charset.StandardCharsets;

import jakarta.json.JsonObject;

/**
 * Times an import of 30,000 items (issue 3: at most 10 s on MySQL/MariaDB) against a running server;
 * not a test, the build never runs it. Run with the import-benchmark profile (see tenant-service/pom.xml).
 * Arguments: the number of rows (30000 if absent). The server is -Dflowline.base-url.
 */
public final class ImportBenchmark {
    private ImportBenchmark() {
    }

    public static void main(String[] args) throws InterruptedException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 30_000;
        StringBuilder csv = new StringBuilder("code,name,kind,unit,make_or_buy,lead_time_days,standard_cost,sales_price,lot_sizing_rule,safety_stock\n");
        for (int i = 1; i <= rows; i++) {
            csv.append("BENCH-").append(i).append(",Benchmark item ").append(i).append(',').append(i % 3 == 0 ? "material" : "product")
                    .append(",pc,").append(i % 3 == 0 ? "buy" : "make").append(',').append(i % 30).append(',').append(i % 1000).append(".25,")
                    .append(i % 2000).append(".5,lot_for_lot,").append(i % 50).append('\n');
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        TestTenants.TestTenant tenant = TestTenants.signUp("Import Benchmark GmbH");
        System.out.printf("Importing %,d items (%,d bytes of CSV) into %s at %s%n", rows, file.length, tenant.id(), Http.BASE_URL);

        long start = System.nanoTime();
        Http.Reply started = Http.upload("/api/v1/imports?kind=items", tenant.token(), "text/csv", file);
        if (started.status() != 202) {
            throw new IllegalStateException("the import was not accepted: " + started);
        }
        String id = started.json().getString("id");
        JsonObject job;
        String last = "";
        while (true) {
            job = Http.get("/api/v1/imports/" + id, tenant.token()).json();
            String status = job.getString("status");
            String progress = status + " " + job.getInt("rows_done") + "/" + job.getInt("rows_total");
            if (!progress.equals(last)) {
                System.out.printf("%6.2f s  %s%n", (System.nanoTime() - start) / 1e9, progress);
                last = progress;
            }
            if (status.equals("succeeded") || status.equals("failed")) {
                break;
            }
            Thread.sleep(50);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s: %,d items imported in %.2f s (upload to finished, as polled every 50 ms)%n", job.getString("status"),
                job.getInt("imported"), seconds);
        if (!job.getString("status").equals("succeeded")) {
            System.out.println(job);
            System.exit(1);
        }
    }
}
