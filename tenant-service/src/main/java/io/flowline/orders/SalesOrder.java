package io.flowline.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import io.flowline.orders.engine.OrderStatus;
import io.flowline.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A customer order. Named SalesOrder because ORDER is a reserved word of JPQL; its lines are {@link OrderLine}s. */
@Entity(name = "SalesOrder")
@Table(name = "orders")
@NamedQuery(name = "SalesOrder.countByNumber", query = "SELECT COUNT(o) FROM SalesOrder o WHERE o.number = :number")
@NamedQuery(name = "SalesOrder.countOrderedSince", query = "SELECT COUNT(o) FROM SalesOrder o WHERE o.orderedOn >= :first")
@NamedQuery(name = "SalesOrder.demand", query = "SELECT o FROM SalesOrder o WHERE " + SalesOrder.DEMAND)
@NamedQuery(name = "SalesOrder.demandLines", query = "SELECT l, o.number, o.promisedDate FROM OrderLine l, SalesOrder o WHERE l.orderId = o.id"
        + " AND " + SalesOrder.DEMAND + " AND (l.itemId IN :items OR l.configuration IS NOT NULL)")
// the dates apart: EclipseLink gives a function's result as the JDBC type (java.sql.Date), not the attribute's
@NamedQuery(name = "SalesOrder.placedLinesDue", query = "SELECT l.itemId, o.promisedDate, l.requestedDate, l.quantity FROM SalesOrder o, OrderLine l"
        + " WHERE l.orderId = o.id AND " + SalesOrder.PLACED + " AND " + SalesOrder.DUE + " >= :from AND " + SalesOrder.DUE + " < :to")
@NamedQuery(name = "SalesOrder.placedLinesOrdered", query = "SELECT o.orderedOn, l.quantity FROM SalesOrder o, OrderLine l WHERE l.orderId = o.id"
        + " AND l.itemId = :item AND " + SalesOrder.PLACED + " AND o.orderedOn >= :from AND o.orderedOn < :to")
@NamedQuery(name = "SalesOrder.sumsByStatus", query = "SELECT o.status, o.currency, COUNT(o), SUM(o.totalAmount) FROM SalesOrder o"
        + " GROUP BY o.status, o.currency")
@NamedQuery(name = "SalesOrder.sumsByCustomer", query = "SELECT o.customerId, o.currency, COUNT(o), SUM(o.totalAmount) FROM SalesOrder o"
        + " GROUP BY o.customerId, o.currency")
@NamedQuery(name = "SalesOrder.sumsByChannel", query = "SELECT o.channel, o.currency, COUNT(o), SUM(o.totalAmount) FROM SalesOrder o"
        + " GROUP BY o.channel, o.currency")
@NamedQuery(name = "SalesOrder.sumsByMonth", query = "SELECT EXTRACT(YEAR FROM o.orderedOn), EXTRACT(MONTH FROM o.orderedOn), o.currency, "
        + "COUNT(o), SUM(o.totalAmount) FROM SalesOrder o WHERE o.orderedOn IS NOT NULL GROUP BY EXTRACT(YEAR FROM o.orderedOn), EXTRACT(MONTH FROM o.orderedOn), "
        + "o.currency")
@NamedQuery(name = "SalesOrder.countDelivered", query = SalesOrder.DELIVERED)
@NamedQuery(name = "SalesOrder.countDeliveredOnTime", query = SalesOrder.DELIVERED + " AND o.deliveredOn <= o.promisedDate")
public class SalesOrder extends TenantOwned {
    /** A JPQL condition on order {@code o}: in one of the :demand states, or on hold (:held) from one. */
    static final String DEMAND = "(o.status IN :demand OR (o.status = :held AND o.heldFrom IN :demand))";
    /** A JPQL condition on order {@code o}: placed, also while on hold (:held) from a placed stage (not in :notPlaced). */
    static final String PLACED = "(o.status NOT IN :notPlaced AND NOT (o.status = :held AND o.heldFrom IN :notPlaced))";
    /** When line {@code l} of order {@code o} is due: the promised date, else the requested one. */
    static final String DUE = "COALESCE(o.promisedDate, l.requestedDate)";
    static final String DELIVERED = "SELECT COUNT(o) FROM SalesOrder o WHERE o.deliveredOn IS NOT NULL AND o.promisedDate IS NOT NULL";

    private String number;
    @Column(name = "customer_id")
    private String customerId;
    @Enumerated(EnumType.STRING)
    private OrderChannel channel;
    @Enumerated(EnumType.STRING)
    private OrderStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "held_from")
    private OrderStatus heldFrom;
    private String currency;
    @Column(name = "total_amount")
    private BigDecimal totalAmount;
    @Column(name = "promised_date")
    private LocalDate promisedDate;
    @Column(name = "delivered_at")
    private Instant deliveredAt;
    /** The day the order was taken, in the company's calendar then; statistics group by its month. */
    @Column(name = "ordered_on")
    private LocalDate orderedOn;
    /** The day of delivery in the company's calendar, compared with the promised date for punctuality. */
    @Column(name = "delivered_on")
    private LocalDate deliveredOn;
    private String notes;
    @Column(name = "external_reference")
    private String externalReference;
    @Column(name = "tracking_token")
    private String trackingToken;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected SalesOrder() {
    }

    SalesOrder(String id, String number, String customerId, OrderChannel channel, String currency, String trackingToken, Instant now,
               LocalDate orderedOn) {
        super(id, now);
        this.orderedOn = orderedOn;
        this.number = number;
        this.customerId = customerId;
        this.channel = channel;
        this.status = OrderStatus.DRAFT;
        this.currency = currency;
        this.totalAmount = BigDecimal.ZERO;
        this.trackingToken = trackingToken;
        this.updatedAt = now;
    }

    public String number() { return number; }
    public String customerId() { return customerId; }
    public OrderChannel channel() { return channel; }
    public OrderStatus status() { return status; }
    public OrderStatus heldFrom() { return heldFrom; }
    public String currency() { return currency; }
    public BigDecimal totalAmount() { return totalAmount; }
    public LocalDate promisedDate() { return promisedDate; }
    public Instant deliveredAt() { return deliveredAt; }
    public String notes() { return notes; }
    public String externalReference() { return externalReference; }
    public String trackingToken() { return trackingToken; }
    public Instant updatedAt() { return updatedAt; }

    /** Shipped, delivered, closed or cancelled: nothing about the order can change any more. */
    public boolean finished() {
        return status == OrderStatus.SHIPPED || status == OrderStatus.DELIVERED || status == OrderStatus.CLOSED
                || status == OrderStatus.CANCELLED;
    }

    void moveTo(OrderStatus status, OrderStatus heldFrom, Instant at, ZoneId zone) {
        this.status = status;
        this.heldFrom = heldFrom;
        if (status == OrderStatus.DELIVERED) {
            this.deliveredAt = at;
            this.deliveredOn = LocalDate.ofInstant(at, zone);
        }
        this.updatedAt = at;
    }

    void promise(LocalDate date) { this.promisedDate = date; }
    void changeTotal(BigDecimal amount) { this.totalAmount = amount; }
    void changeNotes(String notes) { this.notes = notes; }
    void changeExternalReference(String reference) { this.externalReference = reference; }
    void touched(Instant at) { this.updatedAt = at; }
}
