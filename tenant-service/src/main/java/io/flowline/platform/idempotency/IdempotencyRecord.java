package io.flowline.platform.idempotency;

import io.flowline.platform.idempotency.rest.IdempotencyFilter;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The first outcome of a POST sent with an Idempotency-Key. Not tenant-owned (tenant-owned: no) — keys of anonymous
 * sign-ups have no tenant, so the scope column (the caller, see {@link IdempotencyFilter}) partitions keys instead.
 * The stored body never holds a one-time secret: {@code omittedFields} names what was taken out.
 */
@Entity
@Table(name = "idempotency_records")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord {
    public enum State { IN_PROGRESS, DONE }

    public record Key(String scope, String idempotencyKey) {
        public Key() {
            this(null, null);
        }
    }

    @Id
    private String scope;
    @Id
    @Column(name = "idempotency_key")
    private String idempotencyKey;
    @Column(name = "request_hash")
    private String requestHash;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private State state;
    @Column(name = "response_status")
    private Integer responseStatus;
    @Column(name = "response_body")
    private String responseBody;
    private String location;
    private String etag;
    @Column(name = "omitted_fields")
    private String omittedFields;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected IdempotencyRecord() {
    }

    IdempotencyRecord(String scope, String idempotencyKey, String requestHash, Instant now) {
        this.scope = scope;
        this.idempotencyKey = idempotencyKey;
        this.requestHash = requestHash;
        this.state = State.IN_PROGRESS;
        this.createdAt = now;
    }

    String requestHash() { return requestHash; }
    State state() { return state; }
    Integer responseStatus() { return responseStatus; }
    String responseBody() { return responseBody; }
    String location() { return location; }
    String etag() { return etag; }
    String omittedFields() { return omittedFields; }
    Instant createdAt() { return createdAt; }

    void complete(int status, String body, String omittedFields, String location, String etag) {
        this.state = State.DONE;
        this.responseStatus = status;
        this.responseBody = body;
        this.omittedFields = omittedFields;
        this.location = location;
        this.etag = etag;
    }

    void restart(String requestHash, Instant now) {
        this.requestHash = requestHash;
        this.state = State.IN_PROGRESS;
        this.responseStatus = null;
        this.responseBody = null;
        this.omittedFields = null;
        this.location = null;
        this.etag = null;
        this.createdAt = now;
    }
}
