package io.flowline.planning;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.flowline.platform.json.JsonbConfigurator;

import io.flowline.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

/**
 * An MRP proposal to make or buy an item, and the demands it covers (pegging, JSON). A run writes its proposals as
 * {@link ItemPlan}s; one gets a row here when it is released (runs made before item plans wrote every proposal here). Stored
 * status is planned or released; an unreleased proposal of any run but the tenant's latest completed one is superseded,
 * which is worked out on reading, so a new run never rewrites the last one's rows.
 */
@Entity
@NamedQuery(name = "PlannedOrder.byIds", query = "SELECT p FROM PlannedOrder p WHERE p.id IN :ids")
@NamedQuery(name = "PlannedOrder.ofRunToRelease", query = "SELECT p FROM PlannedOrder p WHERE p.runId = :run AND p.kind = :kind"
        + " AND p.status = :planned AND p.releaseDate BETWEEN :from AND :to")
@NamedQuery(name = "PlannedOrder.idsOfRun", query = "SELECT p.id FROM PlannedOrder p WHERE p.runId = :run")
@NamedQuery(name = "PlannedOrder.unreleasedIdsBefore", query = "SELECT p.id FROM PlannedOrder p WHERE p.runId < :run AND p.status = :planned")
@NamedQuery(name = "PlannedOrder.deleteByIds", query = "DELETE FROM PlannedOrder p WHERE p.id IN :ids")
@Table(name = "planned_orders")
public class PlannedOrder extends TenantOwned {
    public static final String PLANNED = "planned";
    public static final String RELEASED = "released";
    public static final String SUPERSEDED = "superseded";

    /**
     * Part of a proposal that covers one demand, of a kind ({@code sales_order_line}, {@code planned_order}, {@code work_order},
     * {@code master_schedule}) that says which of the ids is set. Its components are the pegging column's properties.
     */
    public record Peg(String kind, String salesOrderId, String salesOrderLineId, String plannedOrderId, String workOrderId,
                      String masterScheduleEntryId, BigDecimal quantity) {
    }

    @Column(name = "run_id")
    private String runId;
    @Column(name = "item_id")
    private String itemId;
    private String kind;
    private String configuration;
    private BigDecimal quantity;
    @Column(name = "release_date")
    private LocalDate releaseDate;
    @Column(name = "due_date")
    private LocalDate dueDate;
    private String status;
    @Column(name = "work_order_id")
    private String workOrderId;
    @Column(name = "purchase_order_id")
    private String purchaseOrderId;
    @Column(name = "released_at")
    private Instant releasedAt;
    private String pegging;
    /** A proposal's pegs, kept as read from its item plan until a row needs them as JSON. */
    @Transient
    private List<Peg> proposedPegs;

    protected PlannedOrder() {
    }

    private PlannedOrder(String id, Instant createdAt) {
        super(id, createdAt);
    }

    /** A proposal as its item plan holds it: planned, and with no row of its own until it is released. */
    static PlannedOrder proposed(String id, Instant createdAt, String runId, String itemId, String kind, String configuration,
                                 BigDecimal quantity, LocalDate releaseDate, LocalDate dueDate, List<Peg> pegs) {
        PlannedOrder order = new PlannedOrder(id, createdAt);
        order.runId = runId;
        order.itemId = itemId;
        order.kind = kind;
        order.configuration = configuration;
        order.quantity = quantity;
        order.releaseDate = releaseDate;
        order.dueDate = dueDate;
        order.status = PLANNED;
        order.proposedPegs = pegs;
        return order;
    }

    @PrePersist
    void writePegging() {
        if (pegging == null && proposedPegs != null) {
            pegging = pegging(proposedPegs);
        }
    }

    /** A proposal read from its item plan has no row yet: it is the first version, as a row of its own starts. */
    @Override
    public long version() {
        return Math.max(1, super.version());
    }

    public String runId() { return runId; }
    public String itemId() { return itemId; }
    public String kind() { return kind; }
    public String configurationJson() { return configuration; }
    public BigDecimal quantity() { return quantity; }
    public LocalDate releaseDate() { return releaseDate; }
    public LocalDate dueDate() { return dueDate; }
    public String workOrderId() { return workOrderId; }
    public String purchaseOrderId() { return purchaseOrderId; }
    public Instant releasedAt() { return releasedAt; }

    public boolean released() {
        return RELEASED.equals(status);
    }

    /** What the API shows: released, planned while its run is the latest completed one, else superseded. */
    public String status(String latestRunId) {
        return released() ? RELEASED : runId.equals(latestRunId) ? PLANNED : SUPERSEDED;
    }

    /** A make proposal is released into a work order, a buy proposal into a purchase order. */
    void release(String workOrderId, String purchaseOrderId, Instant at) {
        this.status = RELEASED;
        this.workOrderId = workOrderId;
        this.purchaseOrderId = purchaseOrderId;
        this.releasedAt = at;
    }

    /** The work order or purchase order it was released into. */
    public String releasedInto() {
        return workOrderId != null ? workOrderId : purchaseOrderId;
    }

    public List<Peg> pegs() {
        return proposedPegs != null ? proposedPegs : pegging == null ? List.of() : List.of(JsonbConfigurator.jsonb().fromJson(pegging, Peg[].class));
    }

    /**
     * The pegging column: what JSON-B writes for these records (snake_case, properties in lexicographical order, nulls left
     * out), written directly: a released proposal's pegs came from its item plan. Ids and kinds need no escaping.
     */
    static String pegging(List<Peg> pegs) {
        if (pegs.isEmpty()) {
            return null;
        }
        StringBuilder json = new StringBuilder(100 * pegs.size()).append('[');
        for (Peg peg : pegs) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append("{\"kind\":\"").append(peg.kind()).append('"');
            property(json, "master_schedule_entry_id", peg.masterScheduleEntryId());
            property(json, "planned_order_id", peg.plannedOrderId());
            json.append(",\"quantity\":").append(peg.quantity().toString());
            property(json, "sales_order_id", peg.salesOrderId());
            property(json, "sales_order_line_id", peg.salesOrderLineId());
            property(json, "work_order_id", peg.workOrderId());
            json.append('}');
        }
        return json.append(']').toString();
    }

    private static void property(StringBuilder json, String name, String value) {
        if (value != null) {
            json.append(",\"").append(name).append("\":\"").append(value).append('"');
        }
    }
}
