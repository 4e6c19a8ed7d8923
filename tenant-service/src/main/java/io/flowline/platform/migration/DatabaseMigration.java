package io.flowline.platform.migration;

import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

import io.flowline.platform.security.SigningKeys;
import jakarta.inject.Inject;

/**
 * Brings the schema to the current version at start, on H2 and MySQL alike, then says where the service answers.
 * Readiness stays DOWN until this has finished.
 */
@ApplicationScoped
public class DatabaseMigration {
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "jdbc/flowline")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "flowline.public-url")
    String publicUrl;

    private volatile boolean migrated;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        var result = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        migrated = true;
        SigningKeys.signingKey(); // create or load the key now, not on the first sign-in
        LOG.info("Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted + " migrations applied now).");
        LOG.info("Flowline is ready: API at " + publicUrl + "/api/v1, OpenAPI at " + publicUrl + "/openapi/ui, health at " + publicUrl + "/health/ready");
    }

    public boolean migrated() {
        return migrated;
    }
}
