package io.flowline.platform.mail;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.flowline.platform.logging.LogMasks;
import io.flowline.platform.migration.DatabaseMigration;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

/**
 * Sends the outbox: each message right after the transaction that queued it commits, and every poll interval whatever
 * is due again (failed attempts back off, doubling, up to the configured number of attempts; messages left by a stop).
 */
@ApplicationScoped
public class MailSender {
    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
    private static final int BATCH = 100;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    MailOutbox outbox;

    @Inject
    MailTransport transport;

    @Inject
    MailSettings settings;

    @Inject
    DatabaseMigration migration;

    /** Messages this instance is attempting now: the poll and an after-commit send must not both try one. */
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) @Initialized(ApplicationScoped.class) Object ignored) {
        scheduler.scheduleWithFixedDelay(this::deliverDue, settings.pollSeconds(), settings.pollSeconds(), TimeUnit.SECONDS);
        LOG.info(settings.smtp() ? "Mail goes out through the configured SMTP server."
                : "No SMTP server configured (FLOWLINE_MAIL_SMTP_HOST): each e-mail is written as an .eml file into "
                        + Path.of(settings.directory()).toAbsolutePath() + ".");
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) Mailer.MailQueued queued) {
        scheduler.execute(() -> deliver(queued.tenantId(), queued.messageId()));
    }

    void deliverDue() {
        try {
            if (!migration.migrateIfNeeded()) {
                return;
            }
            for (MailQueueEntry entry : outbox.due(Instant.now(), BATCH)) {
                deliver(entry.tenantId(), entry.id());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Looking for e-mails to send failed; trying again in " + settings.pollSeconds() + " s.", e);
        }
    }

    void deliver(String tenantId, String id) {
        if (!inFlight.add(id)) {
            return;
        }
        try {
            Optional<MailOutbox.Outgoing> taken;
            try {
                taken = outbox.take(tenantId, id);
            } catch (RuntimeException e) {
                return; // another instance took it (a version clash), or the database is away: the poll tries again
            }
            taken.ifPresent(this::attempt);
        } finally {
            inFlight.remove(id);
        }
    }

    private void attempt(MailOutbox.Outgoing outgoing) {
        String what = "E-mail " + outgoing.id() + " (" + outgoing.kind() + ") to " + LogMasks.mask(outgoing.recipient());
        try {
            Path file = transport.send(outgoing);
            outbox.sent(outgoing.tenantId(), outgoing.id(), file == null ? null : file.getFileName().toString());
            LOG.info(file == null ? what + " sent." : what + " written to " + file + " (no SMTP server configured).");
        } catch (Exception e) {
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            boolean gaveUp;
            try {
                gaveUp = outbox.failed(outgoing.tenantId(), outgoing.id(), error);
            } catch (RuntimeException recording) {
                LOG.log(Level.WARNING, what + " failed (" + LogMasks.mask(error) + ") and the failure could not be recorded; it is retried.", recording);
                return;
            }
            LOG.warning(what + " failed on attempt " + outgoing.attempt() + " (" + LogMasks.mask(error) + ")"
                    + (gaveUp ? "; given up." : "; retried in " + settings.backoff(outgoing.attempt()).toSeconds() + " s."));
        }
    }
}
