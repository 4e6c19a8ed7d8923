package io.flowline.production;

import java.time.Duration;
import java.time.Instant;

import io.flowline.platform.tenancy.TenantOwned;
import io.flowline.production.engine.InterruptionReason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A pause of an operation, from its pause to its resume, with the reason the operator gave. */
@Entity
@Table(name = "work_order_interruptions")
@NamedQuery(name = "OperationInterruption.ofWorkOrder", query = "SELECT i FROM OperationInterruption i WHERE i.workOrderId = :order ORDER BY i.id")
public class OperationInterruption extends TenantOwned {
    @Column(name = "work_order_id")
    private String workOrderId;
    @Column(name = "operation_id")
    private String operationId;
    @Enumerated(EnumType.STRING)
    private InterruptionReason reason;
    private String note;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Column(name = "duration_seconds")
    private Long durationSeconds;

    protected OperationInterruption() {
    }

    OperationInterruption(String id, String workOrderId, String operationId, InterruptionReason reason, String note, Instant at) {
        super(id, at);
        this.workOrderId = workOrderId;
        this.operationId = operationId;
        this.reason = reason;
        this.note = note;
        this.startedAt = at;
    }

    public String workOrderId() { return workOrderId; }
    public String operationId() { return operationId; }
    public InterruptionReason reason() { return reason; }
    public String note() { return note; }
    public Instant startedAt() { return startedAt; }
    /** Null while the operation is still paused. */
    public Instant endedAt() { return endedAt; }
    /** Whole seconds from pause to resume; null while it lasts. */
    public Long durationSeconds() { return durationSeconds; }

    void end(Instant at) {
        endedAt = at;
        durationSeconds = Duration.between(startedAt, at).toSeconds();
    }
}
