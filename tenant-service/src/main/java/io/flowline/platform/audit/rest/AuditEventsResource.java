package io.flowline.platform.audit.rest;

import java.util.Map;

import io.flowline.api.audit.AuditEvent.Change;
import io.flowline.api.audit.AuditEventsApi;
import io.flowline.platform.audit.AuditEvent;
import io.flowline.platform.audit.AuditTrail;
import io.flowline.platform.json.JsonbConfigurator;
import io.flowline.platform.pagination.PageRequest;
import io.flowline.platform.pagination.rest.ListPages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

@RequestScoped
@Path(AuditEventsApi.PATH)
@RolesAllowed({"owner", "admin"})
public class AuditEventsResource implements AuditEventsApi {
    private static final java.lang.reflect.Type CHANGES = new java.util.HashMap<String, Change>() { }.getClass().getGenericSuperclass();

    @Inject
    AuditTrail trail;

    @Override
    public Response list(Integer limit, String cursor, String objectId, String actorId) {
        PageRequest page = PageRequest.of(limit, cursor);
        return Response.ok(ListPages.page(page, trail.list(page, objectId, actorId), AuditEvent::id, AuditEventsResource::representation)).build();
    }

    @Override
    public Response get(String id) {
        return Response.ok(representation(trail.get(id))).build();
    }

    public static io.flowline.api.audit.AuditEvent representation(AuditEvent e) {
        Map<String, Change> changes = e.changes() == null ? null : JsonbConfigurator.jsonb().fromJson(e.changes(), CHANGES);
        return new io.flowline.api.audit.AuditEvent(e.id(), "audit_event", e.createdAt(), e.actorType(), e.actorId(), e.action(),
                e.objectType(), e.objectId(), changes);
    }
}
