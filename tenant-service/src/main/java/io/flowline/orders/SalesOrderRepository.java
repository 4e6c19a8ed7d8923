package io.flowline.orders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import io.flowline.orders.engine.OrderStatus;
import io.flowline.platform.pagination.ListQuery;
import io.flowline.platform.pagination.PageRequest;
import io.flowline.platform.security.PasswordHasher;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.eclipse.persistence.config.QueryHints;

/**
 * The stored sales orders of the entity manager's tenant, with their lines and timelines, and where their tracking tokens
 * lead. The queries are named on the entities ({@code SalesOrder.demand}, ...); only the filtered list is built per call.
 */
final class SalesOrderRepository {
    /** Orders not (or no longer) placed with the company: everything else is order history, and consumes the master schedule. */
    private static final Set<OrderStatus> NOT_PLACED = EnumSet.of(OrderStatus.DRAFT, OrderStatus.SUBMITTED, OrderStatus.CANCELLED);

    private final EntityManager em;

    private SalesOrderRepository(EntityManager em) {
        this.em = em;
    }

    /** The orders seen through {@code em}: that entity manager's tenant and persistence context. */
    static SalesOrderRepository in(EntityManager em) {
        return new SalesOrderRepository(em);
    }

    Optional<SalesOrder> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(SalesOrder.class, id));
    }

    /** Saves a new order and the row its tracking token is found by, which names the order's tenant. */
    void add(SalesOrder order, String tenantId) {
        em.persist(order);
        em.persist(new TrackingToken(order.trackingToken(), tenantId, order.id()));
    }

    /** A page in id order, filtered by whichever of status, customer and channel are given. */
    List<SalesOrder> list(PageRequest page, OrderStatus status, String customerId, OrderChannel channel) {
        return ListQuery.of(SalesOrder.class, "o").filter("o.status = :status", "status", status)
                .filter("o.customerId = :customer", "customer", customerId).filter("o.channel = :channel", "channel", channel).list(em, page);
    }

    boolean numberTaken(String number) {
        return em.createNamedQuery("SalesOrder.countByNumber", Long.class).setParameter("number", number).getSingleResult() > 0;
    }

    /** Orders taken on {@code first} or later, cancelled ones too. */
    long countOrderedSince(LocalDate first) {
        return em.createNamedQuery("SalesOrder.countOrderedSince", Long.class).setParameter("first", first).getSingleResult();
    }

    // ---- lines

    /** The lines of these orders, by order id, in line order. */
    Map<String, List<OrderLine>> lines(Collection<String> orderIds) {
        Map<String, List<OrderLine>> byOrder = new HashMap<>();
        if (orderIds.isEmpty()) {
            return byOrder;
        }
        em.createNamedQuery("OrderLine.ofOrders", OrderLine.class).setParameter("orders", List.copyOf(orderIds)).getResultList()
                .forEach(l -> byOrder.computeIfAbsent(l.orderId(), k -> new ArrayList<>()).add(l));
        return byOrder;
    }

    void addLine(OrderLine line) {
        em.persist(line);
    }

    /** Removes the lines and flushes, so that new lines can take their line numbers. */
    void removeLines(List<OrderLine> lines) {
        lines.forEach(em::remove);
        em.flush();
    }

    // ---- returns

    List<OrderReturn> returns(String orderId) {
        return em.createNamedQuery("OrderReturn.ofOrder", OrderReturn.class).setParameter("order", orderId).getResultList();
    }

    long returnsOfLine(String lineId) {
        return em.createNamedQuery("OrderReturn.countOfLine", Long.class).setParameter("line", lineId).getSingleResult();
    }

    void addReturn(OrderReturn orderReturn) {
        em.persist(orderReturn);
    }

    /** The order, locked until the transaction ends: shipments and returns of one order queue behind each other. */
    SalesOrder lock(String id) {
        return em.find(SalesOrder.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    // ---- timeline

    /** The order's timeline, oldest first. */
    List<OrderHistoryEntry> timeline(String orderId) {
        return em.createNamedQuery("OrderHistoryEntry.ofOrder", OrderHistoryEntry.class).setParameter("order", orderId).getResultList();
    }

    /** The entries of the order's timeline that changed its status, oldest first. */
    List<OrderHistoryEntry> statusChanges(String orderId) {
        return em.createNamedQuery("OrderHistoryEntry.statusChangesOfOrder", OrderHistoryEntry.class).setParameter("order", orderId)
                .getResultList();
    }

    void addToTimeline(OrderHistoryEntry entry) {
        em.persist(entry);
    }

    // ---- tracking (the global table: read through an entity manager without a tenant)

    /** Where the order of this tracking token lives; empty for an unknown token. */
    Optional<TrackingToken> trackingToken(String token) {
        return Optional.ofNullable(em.find(TrackingToken.class, PasswordHasher.sha256(token)));
    }

    // ---- demand (DemandSource)

    /** Orders in a {@link DemandSource#DEMAND} state, or on hold from one; read-only. */
    List<SalesOrder> demandOrders() {
        return demand(em.createNamedQuery("SalesOrder.demand", SalesOrder.class)).setHint(QueryHints.READ_ONLY, true).getResultList();
    }

    /** The lines of demand orders for these items, and every configured line. */
    List<DemandSource.OpenLine> demandLines(Collection<String> itemIds) {
        List<DemandSource.OpenLine> lines = new ArrayList<>();
        for (Object[] row : demand(em.createNamedQuery("SalesOrder.demandLines", Object[].class)).setParameter("items", List.copyOf(itemIds))
                .getResultList()) {
            OrderLine line = (OrderLine) row[0];
            lines.add(new DemandSource.OpenLine(line, (String) row[1], row[2] != null ? (LocalDate) row[2] : line.requestedDate()));
        }
        return lines;
    }

    List<DemandSource.DueLine> placedLinesDue(LocalDate from, LocalDate to) {
        return placed(em.createNamedQuery("SalesOrder.placedLinesDue", Object[].class)).setParameter("from", from).setParameter("to", to)
                .getResultList().stream()
                .map(row -> new DemandSource.DueLine((String) row[0], row[1] != null ? (LocalDate) row[1] : (LocalDate) row[2], (BigDecimal) row[3]))
                .toList();
    }

    List<DemandSource.OrderedLine> placedLinesOrdered(String itemId, LocalDate from, LocalDate to) {
        return placed(em.createNamedQuery("SalesOrder.placedLinesOrdered", Object[].class)).setParameter("item", itemId)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(row -> new DemandSource.OrderedLine((LocalDate) row[0], (BigDecimal) row[1])).toList();
    }

    /** Binds the parameters of the demand condition. */
    private static <T> TypedQuery<T> demand(TypedQuery<T> query) {
        return query.setParameter("demand", DemandSource.DEMAND).setParameter("held", OrderStatus.ON_HOLD);
    }

    /** Binds the parameters of the placed condition. */
    private static <T> TypedQuery<T> placed(TypedQuery<T> query) {
        return query.setParameter("notPlaced", NOT_PLACED).setParameter("held", OrderStatus.ON_HOLD);
    }

    // ---- statistics, counted and summed by the database

    List<OrderStatistics.Sum> sumsByStatus() {
        return sums("SalesOrder.sumsByStatus", s -> ((OrderStatus) s).apiName());
    }

    List<OrderStatistics.Sum> sumsByCustomer() {
        return sums("SalesOrder.sumsByCustomer", String.class::cast);
    }

    List<OrderStatistics.Sum> sumsByChannel() {
        return sums("SalesOrder.sumsByChannel", c -> ((OrderChannel) c).apiName());
    }

    /** By the month the orders were taken in, as {@code 2026-03}. */
    List<OrderStatistics.Sum> sumsByMonth() {
        return em.createNamedQuery("SalesOrder.sumsByMonth", Object[].class).getResultStream()
                .map(r -> new OrderStatistics.Sum(String.format("%04d-%02d", ((Number) r[0]).intValue(), ((Number) r[1]).intValue()),
                        (String) r[2], ((Number) r[3]).longValue(), (BigDecimal) r[4]))
                .toList();
    }

    /** Delivered orders that had a promised date. */
    long countDelivered() {
        return em.createNamedQuery("SalesOrder.countDelivered", Long.class).getSingleResult();
    }

    /** Delivered orders that had a promised date and were delivered by it. */
    long countDeliveredOnTime() {
        return em.createNamedQuery("SalesOrder.countDeliveredOnTime", Long.class).getSingleResult();
    }

    private List<OrderStatistics.Sum> sums(String query, Function<Object, String> key) {
        return em.createNamedQuery(query, Object[].class).getResultStream()
                .map(r -> new OrderStatistics.Sum(key.apply(r[0]), (String) r[1], ((Number) r[2]).longValue(), (BigDecimal) r[3]))
                .toList();
    }
}
