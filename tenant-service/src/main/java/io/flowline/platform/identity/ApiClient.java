package io.flowline.platform.identity;

import java.time.Instant;

import io.flowline.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** An integration's client credentials; the secret lives hashed in its {@link Credential}. */
@Entity
@Table(name = "api_clients")
public class ApiClient extends TenantOwned {
    public enum Status { ACTIVE, REVOKED }

    private String name;
    @Enumerated(EnumType.STRING)
    private Role role;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Column(name = "last_used_at")
    private Instant lastUsedAt;
    @Column(name = "token_version")
    private long tokenVersion;

    protected ApiClient() {
    }

    public ApiClient(String id, String name, Role role, Instant now) {
        super(id, now);
        this.name = name;
        this.role = role;
        this.status = Status.ACTIVE;
    }

    public String name() { return name; }
    public Role role() { return role; }
    public Status status() { return status; }
    public Instant revokedAt() { return revokedAt; }
    public Instant lastUsedAt() { return lastUsedAt; }
    /** Access tokens issued before the last {@link #endSessions()} carry a lower version and are refused. */
    public long tokenVersion() { return tokenVersion; }

    void revoke(Instant at) {
        this.status = Status.REVOKED;
        this.revokedAt = at;
    }

    void used(Instant at) { this.lastUsedAt = at; }
    void endSessions() { this.tokenVersion++; }
}
