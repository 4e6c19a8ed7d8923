package io.flowline.orders.rest;

import static io.flowline.platform.json.Decimals.plain;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.flowline.api.audit.AuditEvent;
import io.flowline.api.orders.Order;
import io.flowline.api.orders.OrderStats;
import io.flowline.api.orders.OrderTimelineEntry;
import io.flowline.api.orders.TrackedOrder;
import io.flowline.api.platform.Money;
import io.flowline.catalog.Item;
import io.flowline.orders.OrderFulfilment;
import io.flowline.orders.OrderHistoryEntry;
import io.flowline.orders.OrderReturn;
import io.flowline.orders.OrderLine;
import io.flowline.orders.OrderLines;
import io.flowline.orders.OrderStatistics;
import io.flowline.orders.OrderTracking;
import io.flowline.orders.SalesOrder;
import io.flowline.orders.engine.OrderAction;
import io.flowline.orders.engine.OrderStatus;
import io.flowline.orders.engine.OrderWorkflow;
import io.flowline.platform.json.JsonbConfigurator;

/** Orders as the API shows them: in full to the company, and only what the customer may see through tracking. */
public final class OrderRepresentations {
    private static final Type CHANGES = new HashMap<String, AuditEvent.Change>() { }.getClass().getGenericSuperclass();

    private OrderRepresentations() {
    }

    /** {@code reserved}: the open reserved quantity per line id (absent: none). */
    public static Order order(SalesOrder o, List<OrderLine> lines, Map<String, Item> items, Map<String, BigDecimal> reserved,
                              List<OrderAction> allowed, OrderWorkflow workflow) {
        List<Order.Line> shown = lines.stream().map(l -> {
            Item item = items.get(l.itemId());
            BigDecimal held = reserved.getOrDefault(l.id(), BigDecimal.ZERO);
            BigDecimal lacking = OrderFulfilment.stocked(item) ? l.toShip().subtract(held).max(BigDecimal.ZERO) : BigDecimal.ZERO;
            return new Order.Line(l.id(), l.lineNumber(), l.itemId(), item == null ? null : item.code(), item == null ? null : item.name(),
                    OrderLines.configuration(l), plain(l.quantity()), item == null ? null : item.unit(),
                    money(l.unitPriceAmount(), l.unitPriceCurrency()), money(l.total(), l.unitPriceCurrency()), l.requestedDate(),
                    plain(held), plain(l.shippedQuantity()), plain(l.returnedQuantity()), plain(lacking));
        }).toList();
        return new Order(o.id(), "order", o.number(), o.customerId(), o.channel().apiName(), o.status().apiName(),
                workflow.displayName(o.status()), o.heldFrom() == null ? null : o.heldFrom().apiName(),
                allowed.stream().map(OrderAction::pathSegment).toList(), shown, money(o.totalAmount(), o.currency()), o.promisedDate(),
                o.notes(), o.externalReference(), o.trackingToken(), o.createdAt(), o.updatedAt(), o.version());
    }

    public static io.flowline.api.orders.OrderReturn orderReturn(OrderReturn r) {
        return new io.flowline.api.orders.OrderReturn(r.id(), "order_return", r.orderId(), r.lineId(), r.lineNumber(), r.itemId(),
                plain(r.quantity()), r.reason(), r.warehouseId(), r.lotId(), r.movementId(), r.createdAt());
    }

    public static OrderTimelineEntry timelineEntry(OrderHistoryEntry h) {
        Map<String, AuditEvent.Change> changes = h.changesJson() == null ? null : JsonbConfigurator.jsonb().fromJson(h.changesJson(), CHANGES);
        return new OrderTimelineEntry(h.id(), "order_timeline_entry", h.createdAt(), h.kind(), h.action(), h.fromStatus(), h.toStatus(),
                h.actorType(), h.actorId(), changes, h.comment());
    }

    /** Only the number, status, promised date, what was ordered and when the status changed: nothing internal. */
    public static TrackedOrder tracked(OrderTracking.Tracked t) {
        SalesOrder o = t.order();
        OrderWorkflow workflow = t.workflow();
        List<TrackedOrder.Line> lines = t.lines().stream().map(l -> {
            Item item = t.items().get(l.itemId());
            return new TrackedOrder.Line(item == null ? null : item.name(), plain(l.quantity()), item == null ? null : item.unit());
        }).toList();
        List<TrackedOrder.Step> steps = t.statusChanges().stream().map(h -> {
            OrderStatus status = OrderStatus.parse(h.toStatus()).orElseThrow();
            return new TrackedOrder.Step(status.apiName(), workflow.displayName(status), h.createdAt());
        }).toList();
        return new TrackedOrder("tracked_order", o.number(), o.status().apiName(), workflow.displayName(o.status()), o.promisedDate(), lines, steps);
    }

    public static OrderStats stats(OrderStatistics s) {
        return new OrderStats("order_stats", s.all().count(), values(s.all()), groups(s.byStatus()), groups(s.byCustomer()),
                groups(s.byChannel()), groups(s.byMonth()), s.delivered(), s.deliveredOnTime(), s.onTimeShare());
    }

    private static List<OrderStats.Group> groups(Map<String, OrderStatistics.Group> groups) {
        return groups.entrySet().stream().map(e -> new OrderStats.Group(e.getKey(), e.getValue().count(), values(e.getValue()))).toList();
    }

    private static List<Money> values(OrderStatistics.Group group) {
        return group.value().entrySet().stream().map(e -> money(e.getValue(), e.getKey())).toList();
    }

    /** Like the catalog's: at least two decimals, no trailing zeros beyond them. */
    static Money money(BigDecimal amount, String currency) {
        return amount == null ? null : new Money(amount.setScale(Math.max(2, plain(amount).scale())), currency);
    }
}
