package io.flowline.it;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.json.JsonObject;

import io.flowline.planning.engine.LotSizingPolicy;
import io.flowline.planning.engine.PlanningItem;
import io.flowline.planning.engine.bench.BenchmarkCatalogue;

/**
 * Times a full MRP run through the API on the benchmark catalogue (issue 5: at most 5 s on MySQL/MariaDB, loading
 * and saving included) against a running server; not a test, the build never runs it. Run with the mrp-benchmark profile
 * (see tenant-service/pom.xml).
 *
 * <p>The company is signed up, and its warehouse and customer created, through the API; the catalogue itself (10,000 items,
 * 25,000 bill-of-materials lines, stock, 5,000 confirmed order lines, work orders for the scheduled receipts of made items)
 * is written with plain JDBC batches into the server's database, because creating it over HTTP would take far longer than
 * what is measured. Arguments: the number of runs (2 if absent).
 */
public final class MrpRunBenchmark {
    private static final LocalDate START = LocalDate.parse("2026-03-02");
    private static final int BATCH = 1000;

    private MrpRunBenchmark() {
    }

    public static void main(String[] args) throws SQLException, InterruptedException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        BenchmarkCatalogue catalogue = BenchmarkCatalogue.standard();
        TestTenants.TestTenant tenant = TestTenants.signUp("MRP Benchmark GmbH");
        String warehouse = StockFixtures.warehouse(tenant.token());
        String customer = PlanningFixtures.customer(tenant.token());
        long seeding = System.nanoTime();
        String url = System.getProperty("bench.db.url");
        try (Connection db = DriverManager.getConnection(url + (url.contains("rewriteBatchedStatements") ? "" : "&rewriteBatchedStatements=true"),
                System.getProperty("bench.db.user"), System.getProperty("bench.db.password"))) {
            db.setAutoCommit(false);
            new Seeder(db, tenant.id(), catalogue).seed(warehouse, customer);
            db.commit();
        }
        System.out.printf("Seeded %s at %s: %,d items, %,d BOM lines, %,d order lines in %.1f s%n", tenant.id(), Http.BASE_URL,
                catalogue.items.length, catalogue.bom.lines(), catalogue.demand.lines(), (System.nanoTime() - seeding) / 1e9);

        for (int run = 1; run <= runs; run++) {
            long start = System.nanoTime();
            Http.Reply started = Http.post(PlanningFixtures.RUNS, tenant.token(), "{\"bucket\":\"week\",\"horizon\":" + catalogue.periods
                    + ",\"start_date\":\"" + START + "\"}");
            if (started.status() != 202) {
                throw new IllegalStateException("the run was not accepted: " + started);
            }
            JsonObject job;
            do {
                Thread.sleep(20);
                job = Http.get(PlanningFixtures.RUNS + "/" + started.json().getString("id"), tenant.token()).json();
            } while (!job.getString("status").equals("completed") && !job.getString("status").equals("failed"));
            double seconds = (System.nanoTime() - start) / 1e9;
            JsonObject counts = job.getJsonObject("counts");
            System.out.printf("run %d: %s in %.2f s (POST to completed, polled every 20 ms); server-reported duration %,d ms; "
                            + "%,d items, %,d planned orders, %,d exceptions%n", run, job.getString("status"), seconds,
                    job.getJsonNumber("duration_ms").longValue(), counts.getInt("items"), counts.getInt("planned_orders"), counts.getInt("exceptions"));
            if (!job.getString("status").equals("completed")) {
                System.out.println(job);
                System.exit(1);
            }
        }
    }

    /** Writes the catalogue as the tenant's rows, in JDBC batches. */
    private record Seeder(Connection db, String tenant, BenchmarkCatalogue catalogue) {
        void seed(String warehouse, String customer) throws SQLException {
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement items = db.prepareStatement("INSERT INTO items (tenant_id, id, code, name, kind, unit, make_or_buy, "
                    + "lead_time_days, standard_cost_amount, standard_cost_currency, lot_sizing_rule, fixed_order_quantity, order_periods, "
                    + "safety_stock, ordering_cost_amount, ordering_cost_currency, holding_cost_rate, minimum_order_quantity, order_multiple, "
                    + "lot_tracked, status, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, 'pc', ?, ?, 100, 'EUR', ?, ?, ?, ?, ?, 'EUR', ?, ?, ?, "
                    + "FALSE, 'ACTIVE', ?, ?, 1)")) {
                for (int i = 0; i < catalogue.items.length; i++) {
                    PlanningItem item = catalogue.items[i];
                    LotSizingPolicy policy = item.lotSizing();
                    int level = catalogue.level[i];
                    items.setString(1, tenant);
                    items.setString(2, id("itm", i));
                    items.setString(3, String.format("BENCH-%05d", i));
                    items.setString(4, "Benchmark item " + i);
                    items.setString(5, level == 0 ? "PRODUCT" : level == BenchmarkCatalogue.LEVELS - 1 ? "MATERIAL" : "SEMI_FINISHED");
                    items.setString(6, bought(i) ? "BUY" : "MAKE");
                    items.setInt(7, item.leadTime() * 7);
                    items.setString(8, policy.rule().name());
                    items.setBigDecimal(9, policy.fixedQuantity() > 0 ? BigDecimal.valueOf(policy.fixedQuantity()) : null);
                    items.setObject(10, policy.periods() > 0 ? policy.periods() : null);
                    items.setBigDecimal(11, BigDecimal.valueOf(item.safetyStock()));
                    items.setBigDecimal(12, BigDecimal.valueOf(item.orderingCost()));
                    // the catalogue's holding cost per unit and week, as a yearly rate of the standard cost of 100
                    items.setBigDecimal(13, BigDecimal.valueOf(item.holdingCost() * 365 / 7 / 100).setScale(6, java.math.RoundingMode.HALF_UP));
                    items.setBigDecimal(14, policy.minimumOrderQuantity() > 0 ? BigDecimal.valueOf(policy.minimumOrderQuantity()) : null);
                    items.setBigDecimal(15, policy.orderMultiple() > 0 ? BigDecimal.valueOf(policy.orderMultiple()) : null);
                    items.setTimestamp(16, now);
                    items.setTimestamp(17, now);
                    add(items, i);
                }
                items.executeBatch();
            }
            try (PreparedStatement lines = db.prepareStatement("INSERT INTO bom_lines (tenant_id, id, parent_id, line_number, component_id, "
                    + "quantity_per, scrap_factor, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
                int[] lineNumbers = new int[catalogue.items.length];
                for (int l = 0; l < catalogue.bom.lines(); l++) {
                    int parent = catalogue.bom.parent()[l];
                    lines.setString(1, tenant);
                    lines.setString(2, id("bml", l));
                    lines.setString(3, id("itm", parent));
                    lines.setInt(4, ++lineNumbers[parent]);
                    lines.setString(5, id("itm", catalogue.bom.component()[l]));
                    lines.setBigDecimal(6, BigDecimal.valueOf(catalogue.bom.quantityPer()[l]));
                    lines.setBigDecimal(7, BigDecimal.valueOf(catalogue.bom.scrapFactor()[l]));
                    lines.setTimestamp(8, now);
                    add(lines, l);
                }
                lines.executeBatch();
            }
            try (PreparedStatement stock = db.prepareStatement("INSERT INTO stock_balances (tenant_id, id, balance_key, item_id, warehouse_id, "
                    + "on_hand, reserved, created_at, version) VALUES (?, ?, ?, ?, ?, ?, 0, ?, 1)")) {
                for (int i = 0; i < catalogue.items.length; i++) {
                    if (catalogue.items[i].onHand() > 0) {
                        stock.setString(1, tenant);
                        stock.setString(2, id("stb", i));
                        stock.setString(3, id("itm", i) + "/" + warehouse + "/-/-");
                        stock.setString(4, id("itm", i));
                        stock.setString(5, warehouse);
                        stock.setBigDecimal(6, BigDecimal.valueOf(catalogue.items[i].onHand()));
                        stock.setTimestamp(7, now);
                        add(stock, i);
                    }
                }
                stock.executeBatch();
            }
            try (PreparedStatement orders = db.prepareStatement("INSERT INTO orders (tenant_id, id, number, customer_id, channel, status, currency, "
                    + "total_amount, promised_date, tracking_token, ordered_on, updated_at, created_at, version) VALUES (?, ?, ?, ?, 'PHONE', "
                    + "'CONFIRMED', 'EUR', 0, ?, ?, ?, ?, ?, 1)");
                 PreparedStatement lines = db.prepareStatement("INSERT INTO order_lines (tenant_id, id, order_id, line_number, item_id, quantity, "
                         + "unit_price_amount, unit_price_currency, created_at, version) VALUES (?, ?, ?, 1, ?, ?, 0, 'EUR', ?, 1)")) {
                for (int d = 0; d < catalogue.demand.lines(); d++) {
                    orders.setString(1, tenant);
                    orders.setString(2, id("ord", d));
                    orders.setString(3, String.format("BENCH-%05d", d));
                    orders.setString(4, customer);
                    orders.setDate(5, Date.valueOf(week(catalogue.demand.period()[d]).plusDays(2)));
                    orders.setString(6, "trk_" + tenant + "_" + d);
                    orders.setDate(7, Date.valueOf(now.toLocalDateTime().toLocalDate()));
                    orders.setTimestamp(8, now);
                    orders.setTimestamp(9, now);
                    add(orders, d);
                    lines.setString(1, tenant);
                    lines.setString(2, id("orl", d));
                    lines.setString(3, id("ord", d));
                    lines.setString(4, id("itm", catalogue.demand.item()[d]));
                    lines.setBigDecimal(5, BigDecimal.valueOf(catalogue.demand.quantity()[d]));
                    lines.setTimestamp(6, now);
                    add(lines, d);
                }
                orders.executeBatch();
                lines.executeBatch();
            }
            // Scheduled receipts of made items are work orders; those of bought items would be purchase orders, which do not exist yet.
            try (PreparedStatement workOrders = db.prepareStatement("INSERT INTO work_orders (tenant_id, id, number, item_id, quantity, start_date, "
                    + "due_date, status, updated_at, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, 'PLANNED', ?, ?, 1)")) {
                int count = 0;
                for (int i = 0; i < catalogue.items.length; i++) {
                    double[] receipts = catalogue.items[i].scheduledReceipts();
                    for (int p = 0; p < receipts.length && !bought(i); p++) {
                        if (receipts[p] > 0) {
                            workOrders.setString(1, tenant);
                            workOrders.setString(2, id("wor", count));
                            workOrders.setString(3, String.format("WO-BENCH-%05d", count));
                            workOrders.setString(4, id("itm", i));
                            workOrders.setBigDecimal(5, BigDecimal.valueOf(receipts[p]));
                            workOrders.setDate(6, Date.valueOf(week(p)));
                            workOrders.setDate(7, Date.valueOf(week(p)));
                            workOrders.setTimestamp(8, now);
                            workOrders.setTimestamp(9, now);
                            add(workOrders, count++);
                        }
                    }
                }
                workOrders.executeBatch();
            }
        }

        /** The bottom level is bought, everything above it made. */
        private boolean bought(int item) {
            return catalogue.level[item] == BenchmarkCatalogue.LEVELS - 1;
        }

        private static LocalDate week(int period) {
            return START.plusWeeks(period);
        }

        /** Ids in the API's form (prefix, 26 characters), unique within the tenant. */
        private static String id(String prefix, int n) {
            return prefix + "_" + String.format("%026d", n);
        }

        private static void add(PreparedStatement statement, int n) throws SQLException {
            statement.addBatch();
            if ((n + 1) % BATCH == 0) {
                statement.executeBatch();
            }
        }
    }
}
