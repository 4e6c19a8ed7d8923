package io.flowline.imports;

import java.time.Instant;

import io.flowline.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One import of a file: what it holds, how far it got, and why it failed. */
@Entity
@NamedQuery(name = "ImportJob.importedSince", query = "SELECT SUM(j.imported) FROM ImportJob j WHERE j.createdAt >= :first")
@Table(name = "import_jobs")
public class ImportJob extends TenantOwned {
    public enum Status { VALIDATING, IMPORTING, SUCCEEDED, FAILED }

    private String kind;
    @Column(name = "file_format")
    private String format;
    private String status;
    @Column(name = "rows_total")
    private int rowsTotal;
    @Column(name = "rows_done")
    private int rowsDone;
    private int imported;
    @Column(name = "error_count")
    private int errorCount;
    private String errors;
    @Column(name = "actor_type")
    private String actorType;
    @Column(name = "actor_id")
    private String actorId;
    @Column(name = "finished_at")
    private Instant finishedAt;

    protected ImportJob() {
    }

    ImportJob(String id, String kind, String format, String actorType, String actorId, Instant now) {
        super(id, now);
        this.kind = kind;
        this.format = format;
        this.status = Status.VALIDATING.name().toLowerCase();
        this.actorType = actorType;
        this.actorId = actorId;
    }

    public String kind() { return kind; }
    public String format() { return format; }
    public String status() { return status; }
    public int rowsTotal() { return rowsTotal; }
    public int rowsDone() { return rowsDone; }
    public int imported() { return imported; }
    public int errorCount() { return errorCount; }
    public String errorsJson() { return errors; }
    public String actorType() { return actorType; }
    public String actorId() { return actorId; }
    public Instant finishedAt() { return finishedAt; }

    /** Progress of a running job; an ended one stays as it ended. */
    void progress(Status status, int rowsTotal, int rowsDone) {
        if (finishedAt != null) {
            return;
        }
        this.status = status.name().toLowerCase();
        this.rowsTotal = rowsTotal;
        this.rowsDone = rowsDone;
    }

    void finish(Status status, int imported, int errorCount, String errorsJson, Instant at) {
        this.status = status.name().toLowerCase();
        this.imported = imported;
        this.errorCount = errorCount;
        this.errors = errorsJson;
        this.finishedAt = at;
    }
}
