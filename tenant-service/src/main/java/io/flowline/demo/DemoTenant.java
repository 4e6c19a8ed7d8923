package io.flowline.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import io.flowline.catalog.ItemCatalog;
import io.flowline.platform.identity.Credential;
import io.flowline.platform.migration.DatabaseMigration;
import io.flowline.platform.tenancy.EntityManagers;
import io.flowline.platform.tenancy.CompanySignup;
import io.flowline.platform.tenancy.SignupService;
import io.flowline.platform.tenancy.TenantContext;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On the embedded H2 database, the first start creates a demo company with a small manufacturer's catalogue, customers
 * and orders, so that a new user has something to look at. Everything goes through the same services as the API, never
 * through SQL. Off by default on any other database; {@code flowline.demo.enabled} (or {@code FLOWLINE_DEMO_ENABLED})
 * switches it either way. A later start finds the demo company filled and does nothing.
 */
@ApplicationScoped
public class DemoTenant {
    private static final Logger LOG = Logger.getLogger(DemoTenant.class.getName());
    public static final String EMAIL = "demo@flowline.example";
    public static final String PASSPHRASE = "oak lamella and blue crayons";
    public static final String COMPANY = "Lindner Werkstätten GmbH (demo)";
    /** Seeding takes seconds; a slow first start on a small machine must not hit the server's default of two minutes. */
    private static final int TIMEOUT_SECONDS = 600;
    private static final long SCHEMA_RETRY_MILLIS = 10_000;

    @Resource(lookup = "jdbc/flowline")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "flowline.demo.enabled")
    Optional<Boolean> enabled;

    @Inject
    DatabaseMigration migration;

    @Inject
    EntityManagers entityManagers;

    @Inject
    SignupService signup;

    @Inject
    RequestContextController requestContext;

    @Inject
    TenantContext tenantContext;

    @Inject
    DemoCompany company;

    @Resource
    ManagedExecutorService executor;

    @Resource
    UserTransaction transaction;

    /**
     * After the schema migration, which observes the same event at the default priority. The seeding itself runs in the
     * background: the service starts and answers meanwhile, and the demo company is there once the log says so.
     */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) @Initialized(ApplicationScoped.class) Object ignored) {
        try {
            if (enabled.orElseGet(this::embeddedDatabase)) {
                executor.submit(this::seedUnlessDone);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The demo company was not seeded.", e);
        }
    }

    /**
     * Signs the company up unless its login exists, then fills it unless it has a catalogue. The filling is one
     * transaction that the services' own join, so a failure part-way leaves the company empty, and the next start fills
     * it. (The sign-up commits first: order and customer numbering prepare their counters in transactions of their own,
     * which must see the company.)
     */
    private void seedUnlessDone() {
        try {
            while (!migration.migrateIfNeeded()) { // a database that comes up late, as the readiness check waits for it
                Thread.sleep(SCHEMA_RETRY_MILLIS);
            }
            long started = System.nanoTime();
            Credential login = login();
            String tenantId;
            String ownerId;
            if (login == null) {
                SignupService.Result result = signup.signUpVerified(new CompanySignup(COMPANY, "DE", EMAIL, PASSPHRASE, "professional", "en"));
                tenantId = result.tenant().id();
                ownerId = result.owner().id();
            } else {
                tenantId = login.tenantId();
                ownerId = login.subjectId();
            }
            if (hasCatalogue(tenantId)) {
                return;
            }
            transaction.setTransactionTimeout(TIMEOUT_SECONDS);
            transaction.begin();
            try {
                requestContext.activate();
                try {
                    tenantContext.runAs(tenantId, ownerId, "user");
                    company.seed();
                } finally {
                    requestContext.deactivate();
                }
                transaction.commit();
            } catch (Exception | Error e) {
                if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                    transaction.rollback();
                }
                throw e;
            }
            LOG.info("Demo company ready: sign in as " + EMAIL + " / " + PASSPHRASE + " (set FLOWLINE_DEMO_ENABLED=false to skip); seeded in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the server stops
        } catch (Exception e) {
            // The demo is a convenience: a failure here must never keep the service from running.
            LOG.log(Level.WARNING, "The demo company could not be filled; nothing of it was kept, and the next start tries again.", e);
        }
    }

    private Credential login() {
        EntityManager em = entityManagers.global();
        try {
            return em.find(Credential.class, EMAIL);
        } finally {
            em.close();
        }
    }

    private boolean hasCatalogue(String tenantId) {
        EntityManager em = entityManagers.forTenant(tenantId);
        try {
            return !ItemCatalog.in(em).isEmpty();
        } finally {
            em.close();
        }
    }

    private boolean embeddedDatabase() {
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            return false;
        }
    }
}
