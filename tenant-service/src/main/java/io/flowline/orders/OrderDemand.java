package io.flowline.orders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.flowline.orders.engine.OrderStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.eclipse.persistence.config.QueryHints;

/** The demand of the caller's sales orders, read with JPQL over orders' own entities. */
@ApplicationScoped
public class OrderDemand implements DemandSource {
    /** A JPQL condition on order {@code o}: in one of the {@link #DEMAND} states, or on hold from one. */
    private static final String DEMAND_ORDER = "(o.status IN :demand OR (o.status = :held AND o.heldFrom IN :demand))";
    /** Orders not (or no longer) placed with the company: everything else is order history, and consumes the master schedule. */
    private static final Set<OrderStatus> NOT_PLACED = EnumSet.of(OrderStatus.DRAFT, OrderStatus.SUBMITTED, OrderStatus.CANCELLED);
    /** A JPQL condition on order {@code o}: placed, also while on hold from a placed stage. */
    private static final String PLACED_ORDER = "(o.status NOT IN :notPlaced AND NOT (o.status = :held AND o.heldFrom IN :notPlaced))";

    @Inject
    EntityManager em;

    @Inject
    OrderLines orderLines;

    @Override
    public List<OpenLine> openLines() {
        Map<String, SalesOrder> open = new HashMap<>();
        demandOrders(em.createQuery("SELECT o FROM SalesOrder o WHERE " + DEMAND_ORDER, SalesOrder.class))
                .setHint(QueryHints.READ_ONLY, true).getResultList().forEach(o -> open.put(o.id(), o));
        List<OpenLine> lines = new ArrayList<>();
        for (OrderLine line : orderLines.of(open.keySet()).values().stream().flatMap(List::stream).toList()) {
            SalesOrder order = open.get(line.orderId());
            lines.add(new OpenLine(line, order.number(), order.promisedDate() != null ? order.promisedDate() : line.requestedDate()));
        }
        return lines;
    }

    @Override
    public List<OpenLine> openLines(Collection<String> itemIds) {
        List<OpenLine> lines = new ArrayList<>();
        for (Object[] row : demandOrders(em.createQuery("SELECT l, o.number, o.promisedDate FROM OrderLine l, SalesOrder o WHERE l.orderId = o.id"
                        + " AND " + DEMAND_ORDER + " AND (l.itemId IN :items OR l.configuration IS NOT NULL)", Object[].class))
                .setParameter("items", List.copyOf(itemIds)).getResultList()) {
            OrderLine line = (OrderLine) row[0];
            lines.add(new OpenLine(line, (String) row[1], row[2] != null ? (LocalDate) row[2] : line.requestedDate()));
        }
        return lines;
    }

    @Override
    public List<DueLine> placedLinesDue(LocalDate from, LocalDate to) {
        String due = "COALESCE(o.promisedDate, l.requestedDate)";
        List<DueLine> lines = new ArrayList<>();
        // the dates apart: EclipseLink gives a function's result as the JDBC type (java.sql.Date), not the attribute's
        for (Object[] row : placedOrders(em.createQuery("SELECT l.itemId, o.promisedDate, l.requestedDate, l.quantity FROM SalesOrder o, OrderLine l"
                + " WHERE l.orderId = o.id AND " + PLACED_ORDER + " AND " + due + " >= :from AND " + due + " < :to", Object[].class))
                .setParameter("from", from).setParameter("to", to).getResultList()) {
            lines.add(new DueLine((String) row[0], row[1] != null ? (LocalDate) row[1] : (LocalDate) row[2], (BigDecimal) row[3]));
        }
        return lines;
    }

    @Override
    public List<OrderedLine> placedLinesOrdered(String itemId, LocalDate from, LocalDate to) {
        return placedOrders(em.createQuery("SELECT o.orderedOn, l.quantity FROM SalesOrder o, OrderLine l WHERE l.orderId = o.id"
                        + " AND l.itemId = :item AND " + PLACED_ORDER + " AND o.orderedOn >= :from AND o.orderedOn < :to", Object[].class))
                .setParameter("item", itemId).setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(row -> new OrderedLine((LocalDate) row[0], (BigDecimal) row[1])).toList();
    }

    /** Binds the parameters of {@link #PLACED_ORDER}. */
    private static <T> TypedQuery<T> placedOrders(TypedQuery<T> query) {
        return query.setParameter("notPlaced", NOT_PLACED).setParameter("held", OrderStatus.ON_HOLD);
    }

    /** Binds the parameters of {@link #DEMAND_ORDER}. */
    private static <T> TypedQuery<T> demandOrders(TypedQuery<T> query) {
        return query.setParameter("demand", DEMAND).setParameter("held", OrderStatus.ON_HOLD);
    }
}
