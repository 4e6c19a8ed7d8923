package io.flowline.platform.migration;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import io.flowline.platform.security.SigningKeys;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema to the current version at start, on H2 and MySQL alike, then says where the service answers.
 * A database that is down or refuses the credentials does not stop the application: it stays up and not ready,
 * and the readiness check retries, so the service heals when the database comes back.
 */
@ApplicationScoped
public class DatabaseMigration {
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());
    private static final Duration RETRY_AFTER = Duration.ofSeconds(10);

    @Resource(lookup = "jdbc/flowline")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "flowline.public-url")
    String publicUrl;

    private volatile boolean migrated;
    private volatile String lastError;
    private Instant lastAttempt = Instant.MIN;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        SigningKeys.signingKey(); // create or load the key now, not on the first sign-in
        if (migrateIfNeeded()) {
            LOG.info("Flowline is ready: API at " + publicUrl + "/api/v1, OpenAPI at " + publicUrl + "/openapi/ui, health at "
                    + publicUrl + "/health/ready");
        }
    }

    /** True once the schema is current; otherwise tries again, at most every ten seconds. */
    public synchronized boolean migrateIfNeeded() {
        if (migrated) {
            return true;
        }
        Instant now = Instant.now();
        if (now.isBefore(lastAttempt.plus(RETRY_AFTER))) {
            return false;
        }
        lastAttempt = now;
        try {
            var result = Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .javaMigrations(new V11_1__Order_tracking_and_dates()) // Java migrations are named here; the SQL ones are found in db/migration
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
            migrated = true;
            lastError = null;
            LOG.info("Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted + " migrations applied now).");
            return true;
        } catch (RuntimeException e) {
            lastError = rootMessage(e);
            LOG.log(Level.SEVERE, "The database is not usable yet (" + lastError + "); the service stays not ready and retries.", e);
            return false;
        }
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
