package io.flowline.platform.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.flowline.platform.persistence.TransactionEntityManagers;
import io.flowline.platform.tenancy.EntityManagers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The sender's transactions on the outbox, each short and of its own, so no transaction is open while SMTP talks. */
@ApplicationScoped
public class MailOutbox {
    @Inject
    EntityManagers entityManagers;

    @Inject
    TransactionEntityManagers joined;

    @Inject
    MailSettings settings;

    /** A message taken for one attempt. */
    public record Outgoing(String tenantId, String id, String recipient, String language, String kind, String subject, String body, int attempt) {
    }

    /** Due messages of every tenant, oldest due first. */
    public List<MailQueueEntry> due(Instant now, int limit) {
        try (EntityManager global = entityManagers.global()) {
            return MailQueueEntryRepository.in(global).due(now, limit);
        }
    }

    /**
     * Takes a due message for an attempt, moving its next attempt to after the backoff: a sender that dies mid-attempt
     * leaves it to be retried then. Another instance taking the same message at once fails on the version (an
     * OptimisticLockException out of this method), so each attempt is made by one instance.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Outgoing> take(String tenantId, String id) {
        EntityManager em = joined.forTenant(tenantId);
        MailMessage message = em.find(MailMessage.class, id);
        Instant now = Instant.now();
        if (message == null || !message.dueAt(now)) {
            return Optional.empty();
        }
        message.attempt(now, now.plus(settings.backoff(message.attempts() + 1)));
        em.flush();
        return Optional.of(new Outgoing(tenantId, id, message.recipient(), message.language(), message.kind(), message.subject(),
                message.body(), message.attempts()));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sent(String tenantId, String id, String fileName) {
        entityManagers.change(tenantId, MailMessage.class, id, m -> m.sent(Instant.now(), fileName));
    }

    /** Records a failed attempt; returns whether the message was given up. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean failed(String tenantId, String id, String error) {
        boolean[] last = {false};
        entityManagers.change(tenantId, MailMessage.class, id, m -> {
            last[0] = m.attempts() >= settings.maxAttempts();
            m.failed(Instant.now(), error, last[0]);
        });
        return last[0];
    }
}
