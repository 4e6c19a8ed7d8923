package io.flowline.platform.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import io.flowline.platform.security.PasswordHasher;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

/** The backfill of V11 on the embedded database in MySQL mode, with the columns it reads and writes. */
class V11_1__Order_tracking_and_datesTest {

    @Test
    void fillsTheTrackingIndexAndTheDaysInEachCompanysZone() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:v11_1;MODE=MySQL;DATABASE_TO_LOWER=TRUE");
             Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE tenants (id VARCHAR(40) PRIMARY KEY, time_zone VARCHAR(64) NOT NULL)");
            sql.execute("CREATE TABLE orders (tenant_id VARCHAR(40), id VARCHAR(40), tracking_token VARCHAR(64), created_at DATETIME(6), "
                    + "delivered_at DATETIME(6), ordered_on DATE, delivered_on DATE, PRIMARY KEY (tenant_id, id))");
            sql.execute("CREATE TABLE order_tracking (token_hash CHAR(64) PRIMARY KEY, tenant_id VARCHAR(40), order_id VARCHAR(40))");
            sql.execute("INSERT INTO tenants VALUES ('ten_nz', 'Pacific/Auckland'), ('ten_de', 'Europe/Berlin')");
            try (PreparedStatement order = connection.prepareStatement("INSERT INTO orders (tenant_id, id, tracking_token, created_at, delivered_at) "
                    + "VALUES (?, ?, ?, ?, ?)")) {
                // 31 Dec 11:30 UTC is 1 Jan in Auckland; 10 Jan 11:00 UTC is 11 Jan there
                add(order, "ten_nz", "ord_1", "trk_one", "2026-12-31T11:30:00Z", "2027-01-10T11:00:00Z");
                add(order, "ten_de", "ord_2", "trk_two", "2026-12-31T11:30:00Z", null);
            }

            new V11_1__Order_tracking_and_dates().migrate(context(connection));

            try (ResultSet rows = sql.executeQuery("SELECT tenant_id, order_id FROM order_tracking WHERE token_hash = '"
                    + PasswordHasher.sha256("trk_one") + "'")) {
                assertTrue(rows.next(), "the token's hash leads to its order");
                assertEquals("ten_nz", rows.getString(1));
                assertEquals("ord_1", rows.getString(2));
            }
            try (ResultSet rows = sql.executeQuery("SELECT id, ordered_on, delivered_on FROM orders ORDER BY id")) {
                rows.next();
                assertEquals(LocalDate.of(2027, 1, 1), rows.getDate(2).toLocalDate());
                assertEquals(LocalDate.of(2027, 1, 11), rows.getDate(3).toLocalDate());
                rows.next();
                assertEquals(LocalDate.of(2026, 12, 31), rows.getDate(2).toLocalDate());
                assertNull(rows.getDate(3), "not delivered");
            }
        }
    }

    private static void add(PreparedStatement order, String tenant, String id, String token, String created, String delivered) throws Exception {
        order.setString(1, tenant);
        order.setString(2, id);
        order.setString(3, token);
        order.setTimestamp(4, Timestamp.from(Instant.parse(created)));
        order.setTimestamp(5, delivered == null ? null : Timestamp.from(Instant.parse(delivered)));
        order.executeUpdate();
    }

    private static Context context(Connection connection) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }
}
