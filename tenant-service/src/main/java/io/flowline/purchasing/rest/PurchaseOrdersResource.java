package io.flowline.purchasing.rest;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.flowline.api.inventory.CreatePurchaseOrderRequest;
import io.flowline.api.inventory.CreatePurchaseReceiptRequest;
import io.flowline.api.inventory.PurchaseOrdersApi;
import io.flowline.api.inventory.UpdatePurchaseOrderRequest;
import io.flowline.api.platform.ListPage;
import io.flowline.platform.concurrency.OptimisticLocking;
import io.flowline.platform.pagination.PageRequest;
import io.flowline.platform.pagination.rest.ListPages;
import io.flowline.platform.tenancy.Module;
import io.flowline.platform.tenancy.rest.ModuleRequired;
import io.flowline.purchasing.PurchaseOrder;
import io.flowline.purchasing.PurchaseOrderLine;
import io.flowline.purchasing.PurchaseOrderService;
import io.flowline.purchasing.PurchaseReceiptLine;
import io.flowline.purchasing.PurchaseReceiptService;
import io.flowline.purchasing.engine.PurchaseOrderAction;
import io.flowline.stock.Lot;
import io.flowline.stock.LotService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

@RequestScoped
@Path(PurchaseOrdersApi.PATH)
@ModuleRequired(Module.INVENTORY)
@RolesAllowed({"owner", "admin", "planner"})
public class PurchaseOrdersResource implements PurchaseOrdersApi {
    @Inject
    PurchaseOrderService orders;

    @Inject
    PurchaseReceiptService receipts;

    @Inject
    LotService lots;

    @Override
    @RolesAllowed({"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"})
    public Response list(Integer limit, String cursor, String status, String supplierId, String itemId) {
        PageRequest page = PageRequest.of(limit, cursor);
        List<PurchaseOrder> found = orders.list(page, status, supplierId, itemId);
        Map<String, List<PurchaseOrderLine>> lines = orders.lines(found.stream().map(PurchaseOrder::id).toList());
        var items = orders.items(lines.values().stream().flatMap(List::stream).toList());
        return Response.ok(ListPages.page(page, found, PurchaseOrder::id,
                o -> PurchasingRepresentations.purchaseOrder(o, lines.getOrDefault(o.id(), List.of()), items))).build();
    }

    @Override
    public Response create(CreatePurchaseOrderRequest request) {
        PurchaseOrder order = orders.create(PurchasingCommands.purchaseOrder(request));
        return Response.created(URI.create(PATH + "/" + order.id())).entity(representation(order))
                .tag(OptimisticLocking.etag(order.version())).build();
    }

    @Override
    @RolesAllowed({"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"})
    public Response get(String id) {
        return ok(orders.get(id));
    }

    @Override
    public Response update(String id, String ifMatch, UpdatePurchaseOrderRequest request) {
        return ok(orders.update(id, ifMatch, PurchasingCommands.changes(request)));
    }

    @Override
    public Response send(String id) {
        return ok(orders.act(id, PurchaseOrderAction.SEND));
    }

    @Override
    public Response close(String id) {
        return ok(orders.act(id, PurchaseOrderAction.CLOSE));
    }

    @Override
    public Response cancel(String id) {
        return ok(orders.act(id, PurchaseOrderAction.CANCEL));
    }

    @Override
    @RolesAllowed({"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"})
    public Response receipts(String id) {
        List<PurchaseReceiptService.Receipt> found = receipts.list(id);
        Map<String, Lot> lotsById = lotsOf(found);
        return Response.ok(ListPage.of(found.stream().map(r -> PurchasingRepresentations.receipt(r, lotsById)).toList(), null)).build();
    }

    @Override
    @RolesAllowed({"owner", "admin", "planner", "warehouse"})
    public Response receive(String id, CreatePurchaseReceiptRequest request) {
        PurchaseReceiptService.Receipt receipt = receipts.receive(id, PurchasingCommands.receipt(request));
        return Response.created(URI.create(PATH + "/" + id + "/receipts")).entity(PurchasingRepresentations.receipt(receipt, lotsOf(List.of(receipt))))
                .build();
    }

    private Map<String, Lot> lotsOf(List<PurchaseReceiptService.Receipt> found) {
        return lots.byId(found.stream().flatMap(r -> r.lines().stream()).map(PurchaseReceiptLine::lotId).filter(java.util.Objects::nonNull)
                .distinct().toList());
    }

    private Response ok(PurchaseOrder order) {
        return Response.ok(representation(order)).tag(OptimisticLocking.etag(order.version())).build();
    }

    private io.flowline.api.inventory.PurchaseOrder representation(PurchaseOrder order) {
        List<PurchaseOrderLine> lines = orders.lines(order.id());
        return PurchasingRepresentations.purchaseOrder(order, lines, orders.items(lines));
    }
}
