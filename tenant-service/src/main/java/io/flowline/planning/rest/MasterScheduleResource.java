package io.flowline.planning.rest;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.flowline.api.planning.CreateMasterScheduleEntryRequest;
import io.flowline.api.planning.MasterScheduleApi;
import io.flowline.api.planning.UpdateMasterScheduleEntryRequest;
import io.flowline.catalog.ItemService;
import io.flowline.planning.MasterSchedule;
import io.flowline.planning.MasterScheduleEntry;
import io.flowline.planning.StalePlans;
import io.flowline.platform.concurrency.OptimisticLocking;
import io.flowline.platform.json.Decimals;
import io.flowline.platform.pagination.PageRequest;
import io.flowline.platform.tenancy.Module;
import io.flowline.platform.tenancy.ModuleRequired;
import io.flowline.platform.tenancy.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

@RequestScoped
@Path(MasterScheduleApi.PATH)
@ModuleRequired(Module.PLANNING)
@RolesAllowed({"owner", "admin", "planner"})
public class MasterScheduleResource implements MasterScheduleApi {
    @Inject
    MasterSchedule schedule;

    @Inject
    StalePlans stalePlans;

    @Inject
    TenantContext caller;

    @Inject
    EntityManager em;

    @Override
    @RolesAllowed({"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"})
    public Response list(Integer limit, String cursor, String itemId) {
        PageRequest page = PageRequest.of(limit, cursor);
        List<MasterScheduleEntry> entries = schedule.list(page, itemId);
        Map<String, String> codes = codes(entries);
        return Response.ok(page.page(entries, MasterScheduleEntry::id, e -> representation(e, codes))).build();
    }

    @Override
    public Response create(CreateMasterScheduleEntryRequest request) {
        MasterScheduleEntry entry = schedule.create(request);
        stalePlans.masterScheduleChanged(caller.tenantId(), "entry " + entry.id() + " added");
        return Response.created(URI.create(PATH + "/" + entry.id())).entity(representation(entry, codes(List.of(entry))))
                .tag(OptimisticLocking.etag(entry.version())).build();
    }

    @Override
    @RolesAllowed({"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"})
    public Response get(String id) {
        return ok(schedule.get(id));
    }

    @Override
    public Response update(String id, String ifMatch, UpdateMasterScheduleEntryRequest request) {
        MasterScheduleEntry entry = schedule.update(id, ifMatch, request);
        stalePlans.masterScheduleChanged(caller.tenantId(), "entry " + entry.id() + " changed");
        return ok(entry);
    }

    @Override
    public Response delete(String id) {
        MasterScheduleEntry entry = schedule.delete(id);
        stalePlans.masterScheduleChanged(caller.tenantId(), "entry " + entry.id() + " removed");
        return Response.noContent().build();
    }

    private Response ok(MasterScheduleEntry entry) {
        return Response.ok(representation(entry, codes(List.of(entry)))).tag(OptimisticLocking.etag(entry.version())).build();
    }

    private Map<String, String> codes(List<MasterScheduleEntry> entries) {
        Map<String, String> codes = new java.util.HashMap<>();
        ItemService.byId(em, entries.stream().map(MasterScheduleEntry::itemId).toList()).forEach((id, item) -> codes.put(id, item.code()));
        return codes;
    }

    private static io.flowline.api.planning.MasterScheduleEntry representation(MasterScheduleEntry e, Map<String, String> codes) {
        return new io.flowline.api.planning.MasterScheduleEntry(e.id(), "master_schedule_entry", e.itemId(), codes.get(e.itemId()), e.dueDate(),
                Decimals.plain(e.quantity()), e.note(), e.createdAt(), e.updatedAt(), e.version());
    }
}
