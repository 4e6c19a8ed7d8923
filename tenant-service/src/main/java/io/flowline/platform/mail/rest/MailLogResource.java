package io.flowline.platform.mail.rest;

import io.flowline.api.mail.MailLogApi;
import io.flowline.api.mail.MailLogEntry;
import io.flowline.platform.mail.MailLog;
import io.flowline.platform.mail.MailMessage;
import io.flowline.platform.pagination.PageRequest;
import io.flowline.platform.pagination.rest.ListPages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

@RequestScoped
@Path(MailLogApi.PATH)
@RolesAllowed({"owner", "admin"})
public class MailLogResource implements MailLogApi {
    @Inject
    MailLog log;

    @Override
    public Response list(Integer limit, String cursor, String status) {
        PageRequest page = PageRequest.of(limit, cursor);
        return Response.ok(ListPages.page(page, log.list(page, status), MailMessage::id, MailLogResource::representation)).build();
    }

    @Override
    public Response get(String id) {
        return Response.ok(representation(log.get(id))).build();
    }

    static MailLogEntry representation(MailMessage m) {
        return new MailLogEntry(m.id(), "mail_message", m.recipient(), m.subject(), m.kind(), m.language(), m.status().name().toLowerCase(),
                m.attempts(), m.lastError(), m.nextAttemptAt(), m.sentAt(), m.createdAt(), m.updatedAt());
    }
}
