package io.flowline.orders.rest;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.flowline.api.orders.CreateOrderRequest;
import io.flowline.api.orders.CreateOrderReturnRequest;
import io.flowline.api.orders.OrderActionRequest;
import io.flowline.api.orders.OrdersApi;
import io.flowline.api.orders.UpdateOrderRequest;
import io.flowline.api.platform.ListPage;
import io.flowline.orders.OrderLine;
import io.flowline.orders.OrderFulfilment;
import io.flowline.orders.OrderLines;
import io.flowline.orders.OrderReturns;
import io.flowline.orders.OrderSearch;
import io.flowline.orders.OrderService;
import io.flowline.orders.OrderStatisticsService;
import io.flowline.orders.OrderTimeline;
import io.flowline.orders.SalesOrder;
import io.flowline.orders.engine.OrderAction;
import io.flowline.orders.engine.OrderWorkflow;
import io.flowline.platform.concurrency.OptimisticLocking;
import io.flowline.platform.pagination.PageRequest;
import io.flowline.platform.pagination.rest.ListPages;
import io.flowline.platform.tenancy.Module;
import io.flowline.platform.tenancy.rest.ModuleRequired;
import io.flowline.stock.LockFailures;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

@RequestScoped
@Path(OrdersApi.PATH)
@ModuleRequired(Module.ORDERS)
@RolesAllowed({"owner", "admin", "sales"})
public class OrdersResource implements OrdersApi {

    @Inject
    OrderService orders;

    @Inject
    OrderSearch search;

    @Inject
    OrderLines lines;

    @Inject
    OrderTimeline timeline;

    @Inject
    OrderStatisticsService statistics;

    @Inject
    OrderFulfilment fulfilment;

    @Inject
    OrderReturns returns;

    @Override
    @RolesAllowed({"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"})
    public Response list(Integer limit, String cursor, String status, String customerId, String channel) {
        PageRequest page = PageRequest.of(limit, cursor);
        List<SalesOrder> found = search.find(page, status, customerId, channel);
        Map<String, List<OrderLine>> linesByOrder = lines.of(found.stream().map(SalesOrder::id).toList());
        List<OrderLine> allLines = linesByOrder.values().stream().flatMap(List::stream).toList();
        var items = lines.items(allLines);
        var reserved = fulfilment.reserved(allLines);
        OrderWorkflow workflow = orders.workflow();
        ListPage<io.flowline.api.orders.Order> shown = ListPages.page(page, found, SalesOrder::id, o -> OrderRepresentations.order(o,
                linesByOrder.getOrDefault(o.id(), List.of()), items, reserved, OrderService.allowedActions(o, workflow), workflow));
        return Response.ok(shown).build();
    }

    @Override
    public Response create(CreateOrderRequest request) {
        SalesOrder order = orders.create(OrderCommands.newOrder(request));
        return Response.created(URI.create(PATH + "/" + order.id())).entity(representation(order))
                .tag(OptimisticLocking.etag(order.version())).build();
    }

    @Override
    @RolesAllowed({"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"})
    public Response stats() {
        return Response.ok(OrderRepresentations.stats(statistics.statistics())).build();
    }

    @Override
    @RolesAllowed({"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"})
    public Response get(String id) {
        return ok(orders.get(id));
    }

    @Override
    public Response update(String id, String ifMatch, UpdateOrderRequest request) {
        return ok(orders.update(id, ifMatch, OrderCommands.orderChanges(request)));
    }

    @Override
    @RolesAllowed({"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"})
    public Response timeline(String id) {
        return Response.ok(ListPage.of(timeline.entries(orders.get(id).id()).stream().map(OrderRepresentations::timelineEntry).toList(), null)).build();
    }

    @Override
    public Response submit(String id, OrderActionRequest request) {
        return act(id, OrderAction.SUBMIT, request);
    }

    @Override
    public Response confirm(String id, OrderActionRequest request) {
        return act(id, OrderAction.CONFIRM, request);
    }

    @Override
    @RolesAllowed({"owner", "admin", "planner", "operator"})
    public Response startProduction(String id, OrderActionRequest request) {
        return act(id, OrderAction.START_PRODUCTION, request);
    }

    @Override
    @RolesAllowed({"owner", "admin", "planner", "operator", "quality"})
    public Response sendToQuality(String id, OrderActionRequest request) {
        return act(id, OrderAction.SEND_TO_QUALITY, request);
    }

    @Override
    @RolesAllowed({"owner", "admin", "planner", "operator", "quality", "warehouse"})
    public Response markReady(String id, OrderActionRequest request) {
        return act(id, OrderAction.MARK_READY, request);
    }

    @Override
    @RolesAllowed({"owner", "admin", "sales", "warehouse"})
    public Response ship(String id, OrderActionRequest request) {
        return act(id, OrderAction.SHIP, request);
    }

    @Override
    @RolesAllowed({"owner", "admin", "sales", "planner", "warehouse"})
    public Response reserve(String id) {
        return ok(LockFailures.retrying(() -> orders.reserve(id)));
    }

    @Override
    @RolesAllowed({"owner", "admin", "sales", "warehouse"})
    public Response createReturn(String id, CreateOrderReturnRequest request) {
        List<io.flowline.api.orders.OrderReturn> made = returns.receive(id, OrderCommands.newOrderReturn(request)).stream()
                .map(OrderRepresentations::orderReturn).toList();
        return Response.created(URI.create(PATH + "/" + id + "/returns")).entity(ListPage.of(made, null)).build();
    }

    @Override
    @RolesAllowed({"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"})
    public Response returns(String id) {
        return Response.ok(ListPage.of(returns.of(id).stream().map(OrderRepresentations::orderReturn).toList(), null)).build();
    }

    @Override
    @RolesAllowed({"owner", "admin", "sales", "warehouse"})
    public Response deliver(String id, OrderActionRequest request) {
        return act(id, OrderAction.DELIVER, request);
    }

    @Override
    public Response close(String id, OrderActionRequest request) {
        return act(id, OrderAction.CLOSE, request);
    }

    @Override
    @RolesAllowed({"owner", "admin", "sales", "planner"})
    public Response hold(String id, OrderActionRequest request) {
        return act(id, OrderAction.HOLD, request);
    }

    @Override
    @RolesAllowed({"owner", "admin", "sales", "planner"})
    public Response release(String id, OrderActionRequest request) {
        return act(id, OrderAction.RELEASE, request);
    }

    @Override
    public Response cancel(String id, OrderActionRequest request) {
        return act(id, OrderAction.CANCEL, request);
    }

    /** Confirm, ship and cancel move stock in the action's transaction: a lock wait that timed out runs the action again. */
    private Response act(String id, OrderAction action, OrderActionRequest request) {
        return ok(LockFailures.retrying(() -> orders.act(id, action, request == null ? null : request.promisedDate(),
                request == null ? null : request.comment())));
    }

    private Response ok(SalesOrder order) {
        return Response.ok(representation(order)).tag(OptimisticLocking.etag(order.version())).build();
    }

    private io.flowline.api.orders.Order representation(SalesOrder order) {
        List<OrderLine> orderLines = lines.of(order.id());
        OrderWorkflow workflow = orders.workflow();
        return OrderRepresentations.order(order, orderLines, lines.items(orderLines), fulfilment.reserved(orderLines),
                OrderService.allowedActions(order, workflow), workflow);
    }
}
