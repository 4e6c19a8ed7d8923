package io.flowline.planning;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.flowline.api.planning.PlannedOrder.Peg;

/**
 * Writes a run's planned orders as plain JDBC batches on the transaction's connection: a run writes hundreds of thousands
 * of rows that nothing reads back in the same transaction, so they skip the entity manager's unit of work. The rows are
 * the ones {@link PlannedOrder} maps (status planned, version 1, created_at in whole seconds, as a persist writes them on
 * MySQL); MySQL Connector/J's rewriteBatchedStatements sends each batch as multi-row INSERTs. Dates and the timestamp are
 * bound as text formatted once per run: Connector/J's encoding of date objects cost more than all other values together.
 */
final class PlannedOrderRows implements AutoCloseable {
    private static final int BATCH = 2000;
    /** How Connector/J writes a java.sql.Timestamp (in the JVM's zone), to the second. */
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String INSERT = "INSERT INTO planned_orders (tenant_id, id, run_id, item_id, kind, configuration, quantity,"
            + " release_date, due_date, pegging, created_at, status, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '"
            + PlannedOrder.PLANNED + "', 1)";

    private final PreparedStatement insert;
    private final String tenantId;
    private final String runId;
    private final String createdAt;
    private int pending;

    PlannedOrderRows(Connection connection, String tenantId, String runId, Instant createdAt) throws SQLException {
        this.insert = connection.prepareStatement(INSERT);
        this.tenantId = tenantId;
        this.runId = runId;
        this.createdAt = LocalDateTime.ofInstant(createdAt, ZoneId.systemDefault()).format(TIMESTAMP);
    }

    /** The dates as ISO text (yyyy-MM-dd), which both databases take for a DATE. */
    void add(String id, String itemId, String kind, String configuration, BigDecimal quantity, String releaseDate, String dueDate,
             String pegging) throws SQLException {
        insert.setString(1, tenantId);
        insert.setString(2, id);
        insert.setString(3, runId);
        insert.setString(4, itemId);
        insert.setString(5, kind);
        insert.setString(6, configuration);
        insert.setBigDecimal(7, quantity);
        insert.setString(8, releaseDate);
        insert.setString(9, dueDate);
        insert.setString(10, pegging);
        insert.setString(11, createdAt);
        insert.addBatch();
        if (++pending == BATCH) {
            flush();
        }
    }

    private void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            pending = 0;
        }
    }

    /** Writes what is still pending. */
    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            insert.close();
        }
    }

    /**
     * The pegging column: what JSON-B writes for these records (snake_case, properties in lexicographical order, nulls left
     * out), written directly, since a run serialises hundreds of thousands of them. Ids and kinds need no escaping.
     */
    static String pegging(List<Peg> pegs) {
        if (pegs.isEmpty()) {
            return null;
        }
        StringBuilder json = new StringBuilder(100 * pegs.size()).append('[');
        for (Peg peg : pegs) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append("{\"kind\":\"").append(peg.kind()).append('"');
            property(json, "planned_order_id", peg.plannedOrderId());
            json.append(",\"quantity\":").append(peg.quantity().toString());
            property(json, "sales_order_id", peg.salesOrderId());
            property(json, "sales_order_line_id", peg.salesOrderLineId());
            property(json, "work_order_id", peg.workOrderId());
            json.append('}');
        }
        return json.append(']').toString();
    }

    private static void property(StringBuilder json, String name, String value) {
        if (value != null) {
            json.append(",\"").append(name).append("\":\"").append(value).append('"');
        }
    }
}
