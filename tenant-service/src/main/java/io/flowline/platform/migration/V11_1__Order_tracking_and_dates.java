package io.flowline.platform.migration;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import io.flowline.platform.security.PasswordHasher;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills what V11 added for the orders taken before it: the tracking index (the SHA-256 of each tracking token) and the
 * days on which each order was taken and delivered, in its company's time zone. In Java because neither hashing nor
 * time zones have SQL that both H2 and MariaDB run; the timestamps are read back as the application wrote them.
 */
public class V11_1__Order_tracking_and_dates extends BaseJavaMigration {
    private static final int BATCH = 500;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        Map<String, ZoneId> zones = new HashMap<>();
        try (Statement tenants = connection.createStatement();
             ResultSet rows = tenants.executeQuery("SELECT id, time_zone FROM tenants")) {
            while (rows.next()) {
                zones.put(rows.getString(1), ZoneId.of(rows.getString(2)));
            }
        }
        try (Statement orders = connection.createStatement();
             ResultSet rows = orders.executeQuery("SELECT tenant_id, id, tracking_token, created_at, delivered_at FROM orders");
             PreparedStatement tracking = connection.prepareStatement("INSERT INTO order_tracking (token_hash, tenant_id, order_id) VALUES (?, ?, ?)");
             PreparedStatement dates = connection.prepareStatement("UPDATE orders SET ordered_on = ?, delivered_on = ? WHERE tenant_id = ? AND id = ?")) {
            int pending = 0;
            while (rows.next()) {
                String tenant = rows.getString(1);
                String order = rows.getString(2);
                ZoneId zone = zones.getOrDefault(tenant, ZoneId.of("UTC"));
                tracking.setString(1, PasswordHasher.sha256(rows.getString(3)));
                tracking.setString(2, tenant);
                tracking.setString(3, order);
                tracking.addBatch();
                dates.setDate(1, Date.valueOf(day(rows.getTimestamp(4), zone)));
                Timestamp delivered = rows.getTimestamp(5);
                dates.setDate(2, delivered == null ? null : Date.valueOf(day(delivered, zone)));
                dates.setString(3, tenant);
                dates.setString(4, order);
                dates.addBatch();
                if (++pending == BATCH) {
                    tracking.executeBatch();
                    dates.executeBatch();
                    pending = 0;
                }
            }
            tracking.executeBatch();
            dates.executeBatch();
        }
    }

    private static LocalDate day(Timestamp at, ZoneId zone) {
        return LocalDate.ofInstant(at.toInstant(), zone);
    }
}
