package io.flowline.production.rest;

import static io.flowline.platform.json.Decimals.plain;

import java.util.List;

import io.flowline.api.platform.ListPage;
import io.flowline.api.production.QueuedOperation;
import io.flowline.api.production.WorkCenterQueueApi;
import io.flowline.platform.tenancy.Module;
import io.flowline.platform.tenancy.rest.ModuleRequired;
import io.flowline.production.ShopFloorService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

@RequestScoped
@Path(WorkCenterQueueApi.PATH)
@ModuleRequired(Module.PRODUCTION)
@RolesAllowed({"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"})
public class WorkCenterQueueResource implements WorkCenterQueueApi {
    @Inject
    ShopFloorService shopFloor;

    @Override
    public Response queue(String id) {
        List<ShopFloorService.QueuedOperation> queue = shopFloor.queue(id);
        List<QueuedOperation> data = queue.stream().map(q -> new QueuedOperation(q.operation().id(), "queued_operation", q.workOrder().id(),
                q.workOrder().number(), q.workOrder().itemId(), q.itemCode(), q.operation().sequence(), q.operation().description(),
                q.operation().status().apiName(), q.workOrder().dueDate(), plain(q.workOrder().quantity()), plain(q.remainingQuantity()),
                plain(q.operation().plannedMinutes()))).toList();
        // The queue is short and read in its own order (due date), not by id: its first page is all an operator needs.
        return Response.ok(new ListPage<>("list", data, data.size() >= ShopFloorService.QUEUE_LIMIT, null)).build();
    }
}
