package io.flowline.platform.mail;

import java.util.Arrays;
import java.util.List;

import io.flowline.platform.failure.NotFound;
import io.flowline.platform.failure.RuleBroken;
import io.flowline.platform.pagination.ListQuery;
import io.flowline.platform.pagination.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** The caller's company's e-mails and how their sending went, newest first. */
@ApplicationScoped
public class MailLog {
    @Inject
    EntityManager em;

    public List<MailMessage> list(PageRequest page, String status) {
        MailMessage.Status wanted = status == null ? null : Arrays.stream(MailMessage.Status.values())
                .filter(s -> s.name().equalsIgnoreCase(status)).findFirst()
                .orElseThrow(() -> new RuleBroken("status", "must be one of queued, sent, failed"));
        return ListQuery.of(MailMessage.class, "m").filter("m.status = :status", "status", wanted).newestFirst().list(em, page);
    }

    public MailMessage get(String id) {
        MailMessage message = em.find(MailMessage.class, id);
        if (message == null) {
            throw new NotFound("mail_message", id);
        }
        return message;
    }
}
