package io.flowline.platform.health;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import io.flowline.platform.migration.DatabaseMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the schema is migrated and the database answers now. The public {@code /health/ready} shows only
 * UP or DOWN; the details (error messages name hosts and users) are for the operator, at {@code /operator/health}.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {
    @Resource(lookup = "jdbc/flowline")
    DataSource dataSource;

    @Inject
    DatabaseMigration migration;

    @Override
    public HealthCheckResponse call() {
        return HealthDetails.withoutDetails(details());
    }

    public HealthCheckResponse details() {
        boolean migrated = migration.migrateIfNeeded();
        var response = HealthCheckResponse.named("database").withData("schema_migrated", migrated);
        if (!migrated) {
            return response.down().withData("error", migration.lastError().orElse("schema migration pending")).build();
        }
        try (Connection connection = dataSource.getConnection()) {
            return response.status(connection.isValid(2)).withData("product", connection.getMetaData().getDatabaseProductName()).build();
        } catch (SQLException e) {
            return response.down().withData("error", e.getMessage()).build();
        }
    }
}
