package io.flowline.imports;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An import running now and the instance running it, which renews its heartbeat while it lives. Not tenant-owned
 * (tenant-owned: no) — an instance that starts looks, across tenants, for the imports one that stopped left behind.
 * Whoever removes the row ends the job: the runner when it finishes, or {@link ImportRuns} when the runner is gone.
 */
@Entity
@NamedQuery(name = "ImportRun.release", query = "DELETE FROM ImportRun r WHERE r.jobId = :id")
@NamedQuery(name = "ImportRun.renew", query = "UPDATE ImportRun r SET r.heartbeatAt = :now WHERE r.runner = :runner AND r.heartbeatAt >= :started")
@NamedQuery(name = "ImportRun.all", query = "SELECT r FROM ImportRun r")
@Table(name = "import_runs")
public class ImportRun {
    /** A runner silent this long is gone; it renews every {@link ImportRuns#HEARTBEAT}. */
    static final Duration LEASE = Duration.ofMinutes(2);

    @Id
    @Column(name = "job_id")
    private String jobId;
    @Column(name = "tenant_id")
    private String tenantId;
    private String runner;
    @Column(name = "heartbeat_at")
    private Instant heartbeatAt;

    protected ImportRun() {
    }

    ImportRun(String jobId, String tenantId, String runner, Instant now) {
        this.jobId = jobId;
        this.tenantId = tenantId;
        this.runner = runner;
        this.heartbeatAt = now;
    }

    String jobId() { return jobId; }
    String tenantId() { return tenantId; }

    /**
     * Whether no one runs the import any more: this instance's runner started it before its latest start (so in an
     * earlier life, cut off by a restart), or its runner has been silent longer than the lease (an instance that is gone).
     */
    boolean abandoned(String thisRunner, Instant thisStart, Instant now) {
        return runner.equals(thisRunner) && heartbeatAt.isBefore(thisStart) || heartbeatAt.isBefore(now.minus(LEASE));
    }
}
