package io.flowline.production.rest;

import static io.flowline.platform.json.Decimals.plain;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.flowline.api.platform.ListPage;
import io.flowline.api.production.CreateWorkOrderRequest;
import io.flowline.api.production.PauseOperationRequest;
import io.flowline.api.production.ReportOperationRequest;
import java.net.URI;
import java.util.List;

import io.flowline.api.production.CreateMaterialIssueRequest;
import io.flowline.api.production.CreateWorkOrderRequest;
import io.flowline.api.production.MaterialIssuePosting;
import io.flowline.api.production.UpdateWorkOrderRequest;
import io.flowline.api.production.WorkOrdersApi;
import io.flowline.platform.audit.AuditEvent;
import io.flowline.platform.audit.rest.AuditEventsResource;
import io.flowline.platform.concurrency.OptimisticLocking;
import io.flowline.platform.pagination.PageRequest;
import io.flowline.platform.pagination.rest.ListPages;
import io.flowline.platform.tenancy.Module;
import io.flowline.platform.tenancy.rest.ModuleRequired;
import io.flowline.production.OperationInterruption;
import io.flowline.production.ShopFloorService;
import io.flowline.production.WorkOrder;
import io.flowline.production.WorkOrderChanges;
import io.flowline.production.WorkOrderOperation;
import io.flowline.production.MaterialSlip;
import io.flowline.production.MaterialSlipPdf;
import io.flowline.production.NewMaterialIssue;
import io.flowline.production.WorkOrder;
import io.flowline.production.WorkOrderChanges;
import io.flowline.production.WorkOrderMaterialIssue;
import io.flowline.production.WorkOrderMaterials;
import io.flowline.production.WorkOrderService;
import io.flowline.production.engine.OperationLifecycle;
import io.flowline.production.engine.OperationAction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@RequestScoped
@Path(WorkOrdersApi.PATH)
@ModuleRequired(Module.PRODUCTION)
@RolesAllowed({"owner", "admin", "planner"})
public class WorkOrdersResource implements WorkOrdersApi {
    @Inject
    WorkOrderService workOrders;

    @Inject
    ShopFloorService shopFloor;

    @Inject
    WorkOrderMaterials materials;

    @Context
    HttpHeaders headers;

    @Override
    @RolesAllowed({"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"})
    public Response list(Integer limit, String cursor, String status, String itemId, String salesOrderId) {
        PageRequest page = PageRequest.of(limit, cursor);
        return Response.ok(ListPages.page(page, workOrders.list(page, status, itemId, salesOrderId), WorkOrder::id, WorkOrdersResource::representation))
                .build();
    }

    @Override
    public Response create(CreateWorkOrderRequest request) {
        WorkOrder order = workOrders.create(new WorkOrderService.Draft(request.itemId(), request.quantity(), request.startDate(),
                request.dueDate(), request.salesOrderId(), null, request.outputWarehouseId(), request.outputLocationId(),
                request.configuration()));
        return Response.created(URI.create(PATH + "/" + order.id())).entity(representation(order))
                .tag(OptimisticLocking.etag(order.version())).build();
    }

    @Override
    @RolesAllowed({"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"})
    public Response get(String id) {
        return ok(workOrders.get(id));
    }

    @Override
    public Response update(String id, String ifMatch, UpdateWorkOrderRequest request) {
        return ok(workOrders.update(id, ifMatch, new WorkOrderChanges(request.quantity(), request.startDate(), request.dueDate())));
    }

    @Override
    public Response release(String id) {
        return ok(workOrders.release(id));
    }

    @Override
    public Response cancel(String id) {
        return ok(workOrders.cancel(id));
    }

    @Override
    public Response close(String id) {
        return ok(workOrders.close(id));
    }

    @Override
    @RolesAllowed({"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"})
    public Response materialSlip(String id) {
        MaterialSlip slip = materials.slip(id);
        if (wantsPdf()) {
            return Response.ok(MaterialSlipPdf.render(slip), PDF)
                    .header("Content-Disposition", "inline; filename=\"" + slip.order().number() + "-material-slip.pdf\"").build();
        }
        return Response.ok(MaterialRepresentations.slip(slip), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** PDF only when the caller asks for it before JSON: a browser's or client's default stays JSON. */
    private boolean wantsPdf() {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()) {
                return false;
            }
            if (type.getType().equals("application") && type.getSubtype().equals("pdf")) {
                return true;
            }
        }
        return false;
    }

    @Override
    @RolesAllowed({"owner", "admin", "planner", "warehouse", "operator"})
    public Response issueMaterials(String id, CreateMaterialIssueRequest request) {
        List<WorkOrderMaterialIssue> issued = materials.issue(id, request.lines().stream()
                .map(l -> new NewMaterialIssue(l.itemId(), l.quantity(), l.lotId(), l.warehouseId(), l.locationId())).toList());
        return Response.created(URI.create(PATH + "/" + id + "/material-issues"))
                .entity(new MaterialIssuePosting("material_issue_posting", id, issued.stream().map(MaterialRepresentations::issue).toList())).build();
    }

    @Override
    @RolesAllowed({"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"})
    public Response timeline(String id, Integer limit, String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        return Response.ok(ListPages.page(page, workOrders.timeline(id, page), AuditEvent::id, AuditEventsResource::representation)).build();
    }

    @Override
    @RolesAllowed({"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"})
    public Response operations(String id) {
        List<WorkOrderOperation> operations = shopFloor.operations(id);
        Map<String, List<OperationInterruption>> interruptions = shopFloor.interruptions(id).stream()
                .collect(Collectors.groupingBy(OperationInterruption::operationId));
        return Response.ok(ListPage.of(operations.stream().map(o -> representation(o, interruptions.getOrDefault(o.id(), List.of()))).toList(), null))
                .build();
    }

    @Override
    @RolesAllowed({"owner", "admin", "planner", "operator"})
    public Response startOperation(String id, int sequence) {
        return operation(id, shopFloor.start(id, sequence));
    }

    @Override
    @RolesAllowed({"owner", "admin", "planner", "operator"})
    public Response pauseOperation(String id, int sequence, PauseOperationRequest request) {
        return operation(id, shopFloor.pause(id, sequence, request.reason(), request.note()));
    }

    @Override
    @RolesAllowed({"owner", "admin", "planner", "operator"})
    public Response resumeOperation(String id, int sequence) {
        return operation(id, shopFloor.resume(id, sequence));
    }

    @Override
    @RolesAllowed({"owner", "admin", "planner", "operator"})
    public Response reportOperation(String id, int sequence, ReportOperationRequest request) {
        return operation(id, shopFloor.report(id, sequence, new ShopFloorService.OperationReport(request.goodQuantity(), request.scrapQuantity(),
                request.labourMinutes(), request.machineMinutes(), request.scrapReason())));
    }

    @Override
    @RolesAllowed({"owner", "admin", "planner", "operator"})
    public Response completeOperation(String id, int sequence) {
        return operation(id, shopFloor.complete(id, sequence));
    }

    private Response operation(String workOrderId, WorkOrderOperation operation) {
        List<OperationInterruption> interruptions = shopFloor.interruptions(workOrderId).stream()
                .filter(i -> i.operationId().equals(operation.id())).toList();
        return Response.ok(representation(operation, interruptions)).build();
    }

    @Override
    @RolesAllowed({"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"})
    public Response materialIssues(String id, Integer limit, String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        return Response.ok(ListPages.page(page, materials.issues(id, page), WorkOrderMaterialIssue::id, MaterialRepresentations::issue)).build();
    }

    private static Response ok(WorkOrder order) {
        return Response.ok(representation(order)).tag(OptimisticLocking.etag(order.version())).build();
    }

    public static io.flowline.api.production.WorkOrder representation(WorkOrder w) {
        return new io.flowline.api.production.WorkOrder(w.id(), "work_order", w.number(), w.itemId(), plain(w.quantity()), w.startDate(),
                w.dueDate(), w.status().apiName(), WorkOrderService.allowedActions(w), w.plannedOrderId(), w.salesOrderId(), plain(w.goodQuantity()),
                plain(w.scrapQuantity()), plain(w.remainingQuantity()), w.outputWarehouseId(), w.outputLocationId(), w.outputLotId(), w.releasedAt(),
                w.startedAt(), w.completedAt(), w.closedAt(), w.createdAt(), w.updatedAt(), w.version());
    }

    static io.flowline.api.production.WorkOrderOperation representation(WorkOrderOperation o, List<OperationInterruption> interruptions) {
        return new io.flowline.api.production.WorkOrderOperation(o.id(), "work_order_operation", o.workOrderId(), o.sequence(), o.workCenterId(),
                o.description(), o.status().apiName(), OperationLifecycle.allowedActions(o.status()).stream().map(OperationAction::pathSegment).toList(),
                plain(o.setupMinutes()), plain(o.runMinutesPerUnit()), plain(o.plannedMinutes()), plain(o.goodQuantity()), plain(o.scrapQuantity()),
                plain(o.labourMinutes()), plain(o.machineMinutes()), o.startedAt(), o.completedAt(), interruptions.stream().map(i -> new io.flowline.api.production.OperationInterruption(
                        i.id(), i.reason().apiName(), i.note(), i.startedAt(), i.endedAt(), i.durationSeconds())).toList(), o.version());
    }
}
