package io.flowline.planning;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Writes a run's {@link ItemPlan}s as plain JDBC batches on the transaction's connection: nothing reads them back in the
 * same transaction, so they skip the entity manager's unit of work. The rows are the ones {@link ItemPlan} maps (version 1,
 * created_at in whole seconds, as a persist writes them on MySQL); MySQL Connector/J's rewriteBatchedStatements sends each
 * batch as multi-row INSERTs, so a batch is kept well below the server's smallest default max_allowed_packet (4 MB).
 */
final class ItemPlanRows implements AutoCloseable {
    private static final int BATCH_ROWS = 500;
    private static final int BATCH_CHARS = 1 << 20;
    /** How Connector/J writes a java.sql.Timestamp (in the JVM's zone), to the second. */
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String INSERT = "INSERT INTO mrp_item_plans (tenant_id, id, run_id, seq, first_day, item_id, kind, configuration,"
            + " order_count, planned_orders, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";

    private final PreparedStatement insert;
    private final String tenantId;
    private final String runId;
    private final String createdAt;
    private final String firstDay;
    private int pendingRows;
    private long pendingChars;

    ItemPlanRows(Connection connection, String tenantId, String runId, LocalDate firstDay, Instant createdAt) throws SQLException {
        this.insert = connection.prepareStatement(INSERT);
        this.tenantId = tenantId;
        this.runId = runId;
        this.createdAt = LocalDateTime.ofInstant(createdAt, ZoneId.systemDefault()).format(TIMESTAMP);
        this.firstDay = firstDay.toString();
    }

    void add(int seq, String itemId, String kind, String configuration, int orderCount, String plannedOrders) throws SQLException {
        insert.setString(1, tenantId);
        insert.setString(2, ItemPlan.id(runId, seq));
        insert.setString(3, runId);
        insert.setInt(4, seq);
        insert.setString(5, firstDay);
        insert.setString(6, itemId);
        insert.setString(7, kind);
        insert.setString(8, configuration);
        insert.setInt(9, orderCount);
        insert.setString(10, plannedOrders);
        insert.setString(11, createdAt);
        insert.addBatch();
        pendingChars += plannedOrders.length();
        if (++pendingRows == BATCH_ROWS || pendingChars >= BATCH_CHARS) {
            flush();
        }
    }

    private void flush() throws SQLException {
        if (pendingRows > 0) {
            insert.executeBatch();
            pendingRows = 0;
            pendingChars = 0;
        }
    }

    /** Writes what is still pending. */
    void finish() throws SQLException {
        flush();
    }

    /** Closes the statement; what was not finished is not written. */
    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
