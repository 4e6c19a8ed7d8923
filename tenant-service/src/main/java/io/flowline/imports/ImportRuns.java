package io.flowline.imports;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.flowline.platform.migration.DatabaseMigration;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

/**
 * Ends the imports a stopped instance left running. The file of an import is not kept and its rows are written in one
 * transaction, so such an import can neither resume nor have imported anything: it ends as failed, saying so. This
 * instance's own earlier imports are found at its first heartbeat after start, other instances' once their lease runs out.
 */
@ApplicationScoped
public class ImportRuns {
    private static final Logger LOG = Logger.getLogger(ImportRuns.class.getName());
    static final Duration HEARTBEAT = Duration.ofSeconds(30);
    static final String INTERRUPTED = "the service stopped while this import ran; nothing was imported (an import writes all its rows "
            + "in one transaction or none); upload the file again";

    /** This instance: its host and the server's directory, the same after a restart and apart from other servers on the host. */
    private final String runner = host() + ":" + System.getProperty("user.dir");

    /** This server, as the runs it owns name it. A method, not the field: callers hold a CDI proxy, whose fields are its own. */
    String runner() {
        return runner;
    }
    /**
     * Every run this instance registers is renewed from here on; one renewed before was registered in an earlier life.
     * Whole seconds, as a database may keep its times: a run registered in the second the instance started is this life's.
     */
    final Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    ImportJobs jobs;

    @Inject
    DatabaseMigration migration;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 500) @Initialized(ApplicationScoped.class) Object ignored) {
        scheduler.scheduleWithFixedDelay(this::beat, 0, HEARTBEAT.toSeconds(), TimeUnit.SECONDS);
    }

    void beat() {
        try {
            if (!migration.migrateIfNeeded()) {
                return;
            }
            Instant now = Instant.now();
            jobs.renew(runner, started, now);
            List<ImportRun> abandoned = jobs.runs().stream().filter(r -> r.abandoned(runner, started, now)).toList();
            for (ImportRun run : abandoned) {
                jobs.fail(run.tenantId(), run.jobId(), List.of(new RowError(null, null, INTERRUPTED)));
                LOG.warning("Import " + run.jobId() + " was cut off by a stop of the service and ended as failed; nothing was imported.");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Renewing this instance's imports failed; trying again in " + HEARTBEAT.toSeconds() + " s.", e);
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
