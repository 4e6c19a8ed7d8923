package io.flowline.platform.mail;

import java.time.Instant;
import java.util.Map;

import io.flowline.platform.ids.PublicIds;
import io.flowline.platform.persistence.TransactionEntityManagers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The platform's way to send an e-mail: {@link #queue} writes it to the outbox in the caller's transaction, so it goes
 * out if and only if the change that caused it commits; {@link MailSender} sends it right after commit and retries.
 */
@ApplicationScoped
public class Mailer {
    public static final String PREFIX = "msg";

    @Inject
    TransactionEntityManagers joined;

    @Inject
    Event<MailQueued> queued;

    /** Raised (and observed after commit) for each queued message. */
    public record MailQueued(String tenantId, String messageId) {
    }

    /**
     * Queues one e-mail from a template of {@link MailTemplates} in the recipient's language (any BCP 47 tag; one the
     * texts lack is English). Returns the message id, which the tenant's mail log shows.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String queue(String tenantId, String to, String language, String template, Map<String, String> params) {
        MailTemplates.Rendered text = MailTemplates.render(template, language, params);
        MailMessage message = new MailMessage(PublicIds.next(PREFIX), to, text.language(), template, text.subject(), text.body(), Instant.now());
        EntityManager em = joined.forTenant(tenantId);
        em.persist(message);
        em.flush();
        queued.fire(new MailQueued(tenantId, message.id()));
        return message.id();
    }
}
