package io.flowline.platform.identity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A refresh token, stored as its SHA-256 hash. Each is used once: the refresh grant returns a new one.
 * Not tenant-owned (tenant-owned: no) — presented at the token endpoint before the tenant is known.
 */
@Entity
@NamedQuery(name = "RefreshToken.deleteOfSubject", query = "DELETE FROM RefreshToken r WHERE r.tenantId = :tenant AND r.subjectId = :subject")
@NamedQuery(name = "RefreshToken.redeem", query = "UPDATE RefreshToken r SET r.usedAt = :now WHERE r.tokenHash = :hash AND r.usedAt IS NULL AND r.expiresAt > :now")
@Table(name = "refresh_tokens")
public class RefreshToken {
    @Id
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "tenant_id")
    private String tenantId;
    @Column(name = "subject_id")
    private String subjectId;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "used_at")
    private Instant usedAt;
    @Version
    private long version;

    protected RefreshToken() {
    }

    public RefreshToken(String tokenHash, String tenantId, String subjectId, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.tenantId = tenantId;
        this.subjectId = subjectId;
        this.expiresAt = expiresAt;
    }

    public String tenantId() { return tenantId; }
    public String subjectId() { return subjectId; }

    boolean usableAt(Instant now) {
        return usedAt == null && expiresAt.isAfter(now);
    }
}
