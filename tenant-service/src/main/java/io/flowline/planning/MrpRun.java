package io.flowline.planning;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.flowline.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One MRP run on the tenant's data: its options, how far it got, what it found, and whether later order changes outdated it. */
@Entity
@NamedQuery(name = "MrpRun.unfinished", query = "SELECT r FROM MrpRun r WHERE r.status IN :unfinished")
@NamedQuery(name = "MrpRun.completedAfter", query = "SELECT r.id FROM MrpRun r WHERE r.status = :completed AND r.id > :run")
@NamedQuery(name = "MrpRun.completedLatestFirst", query = "SELECT r FROM MrpRun r WHERE r.status = :completed ORDER BY r.id DESC")
@Table(name = "mrp_runs")
public class MrpRun extends TenantOwned {
    public enum Status { QUEUED, RUNNING, COMPLETED, FAILED }

    /** An action message of the run for one item, with the buckets as dates: kept as JSON in the run's exceptions column. */
    public record ExceptionMessage(String itemId, String itemCode, String type, LocalDate date, LocalDate suggestedDate, BigDecimal quantity,
                                   String message) {
    }

    private String status;
    private int progress;
    private String bucket;
    private int horizon;
    @Column(name = "start_date")
    private LocalDate startDate;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "finished_at")
    private Instant finishedAt;
    @Column(name = "duration_ms")
    private Long durationMs;
    @Column(name = "item_count")
    private int itemCount;
    @Column(name = "planned_order_count")
    private int plannedOrderCount;
    @Column(name = "exception_count")
    private int exceptionCount;
    private String exceptions;
    private String failure;
    private boolean stale;
    @Column(name = "stale_reason")
    private String staleReason;
    @Column(name = "actor_type")
    private String actorType;
    @Column(name = "actor_id")
    private String actorId;

    protected MrpRun() {
    }

    MrpRun(String id, String bucket, int horizon, LocalDate startDate, String actorType, String actorId, Instant now) {
        super(id, now);
        this.status = apiName(Status.QUEUED);
        this.bucket = bucket;
        this.horizon = horizon;
        this.startDate = startDate;
        this.actorType = actorType;
        this.actorId = actorId;
    }

    public String status() { return status; }
    public int progress() { return progress; }
    public String bucket() { return bucket; }
    public int horizon() { return horizon; }
    public LocalDate startDate() { return startDate; }
    public Instant startedAt() { return startedAt; }
    public Instant finishedAt() { return finishedAt; }
    public Long durationMs() { return durationMs; }
    public int itemCount() { return itemCount; }
    public int plannedOrderCount() { return plannedOrderCount; }
    public int exceptionCount() { return exceptionCount; }
    public String exceptionsJson() { return exceptions; }
    public String failure() { return failure; }
    public boolean stale() { return stale; }
    public String staleReason() { return staleReason; }
    public String actorType() { return actorType; }
    public String actorId() { return actorId; }

    public boolean completed() {
        return status.equals(apiName(Status.COMPLETED));
    }

    void start(LocalDate firstDay, Instant at) {
        this.status = apiName(Status.RUNNING);
        this.startDate = firstDay;
        this.startedAt = at;
    }

    void progress(int percent) { this.progress = percent; }

    void complete(int items, int plannedOrders, int exceptionCount, String exceptionsJson, Instant at, long durationMs) {
        this.status = apiName(Status.COMPLETED);
        this.progress = 100;
        this.itemCount = items;
        this.plannedOrderCount = plannedOrders;
        this.exceptionCount = exceptionCount;
        this.exceptions = exceptionsJson;
        this.finishedAt = at;
        this.durationMs = durationMs;
    }

    void fail(String failure, Instant at, long durationMs) {
        this.status = apiName(Status.FAILED);
        this.failure = failure;
        this.finishedAt = at;
        this.durationMs = durationMs;
    }

    void outdate(String reason) {
        this.stale = true;
        this.staleReason = reason;
    }

    static String apiName(Status status) {
        return status.name().toLowerCase(java.util.Locale.ROOT);
    }
}
