package io.flowline.platform.mail;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;

/** The mail queue of every tenant, read through the global entity manager given. */
record MailQueueEntryRepository(EntityManager global) {

    static MailQueueEntryRepository in(EntityManager global) {
        return new MailQueueEntryRepository(global);
    }

    /** Due messages, oldest due first. */
    List<MailQueueEntry> due(Instant now, int limit) {
        return global.createNamedQuery("MailQueueEntry.due", MailQueueEntry.class).setParameter("queued", MailMessage.Status.QUEUED)
                .setParameter("now", now).setMaxResults(limit).getResultList();
    }
}
