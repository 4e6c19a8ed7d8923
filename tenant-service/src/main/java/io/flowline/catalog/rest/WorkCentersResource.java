package io.flowline.catalog.rest;

import java.net.URI;

import io.flowline.api.catalog.CreateWorkCenterRequest;
import io.flowline.api.catalog.UpdateWorkCenterRequest;
import io.flowline.api.catalog.WorkCentersApi;
import io.flowline.catalog.WorkCenter;
import io.flowline.catalog.WorkCenterService;
import io.flowline.platform.concurrency.OptimisticLocking;
import io.flowline.platform.pagination.PageRequest;
import io.flowline.platform.pagination.rest.ListPages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** Work centres. Every role reads; owners, admins and planners change. */
@RequestScoped
@Path(WorkCentersApi.PATH)
@RolesAllowed({"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"})
public class WorkCentersResource implements WorkCentersApi {
    @Inject
    WorkCenterService workCenters;

    @Override
    public Response list(Integer limit, String cursor, String query, String status) {
        PageRequest page = PageRequest.of(limit, cursor);
        return Response.ok(ListPages.page(page, workCenters.list(page, query, status), WorkCenter::id, CatalogRepresentations::workCenter)).build();
    }

    @Override
    @RolesAllowed({"owner", "admin", "planner"})
    public Response create(CreateWorkCenterRequest request) {
        WorkCenter center = workCenters.create(CatalogCommands.newWorkCenter(request));
        return Response.created(URI.create(PATH + "/" + center.id())).entity(CatalogRepresentations.workCenter(center))
                .tag(OptimisticLocking.etag(center.version())).build();
    }

    @Override
    public Response get(String id) {
        return ok(workCenters.get(id));
    }

    @Override
    @RolesAllowed({"owner", "admin", "planner"})
    public Response update(String id, String ifMatch, UpdateWorkCenterRequest request) {
        return ok(workCenters.update(id, ifMatch, CatalogCommands.workCenterChanges(request)));
    }

    @Override
    @RolesAllowed({"owner", "admin", "planner"})
    public Response archive(String id) {
        return ok(workCenters.archive(id));
    }

    @Override
    @RolesAllowed({"owner", "admin", "planner"})
    public Response restore(String id) {
        return ok(workCenters.restore(id));
    }

    @Override
    public Response availableHours(String id, String from, String to) {
        return Response.ok(CatalogRepresentations.availableHours(workCenters.availableHours(id, from, to))).build();
    }

    private static Response ok(WorkCenter center) {
        return Response.ok(CatalogRepresentations.workCenter(center)).tag(OptimisticLocking.etag(center.version())).build();
    }
}
