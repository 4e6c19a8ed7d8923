package io.flowline.platform.identity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A single-use code e-mailed to a person (e-mail verification, password reset), stored as its SHA-256 hash.
 * Not tenant-owned (tenant-owned: no) — presented before the tenant is known, like a refresh token.
 */
@Entity
@Table(name = "account_tokens")
public class AccountToken {
    public enum Purpose { EMAIL_VERIFICATION, PASSWORD_RESET }

    @Id
    @Column(name = "token_hash")
    private String tokenHash;
    @Enumerated(EnumType.STRING)
    private Purpose purpose;
    @Column(name = "tenant_id")
    private String tenantId;
    @Column(name = "subject_id")
    private String subjectId;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "used_at")
    private Instant usedAt;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected AccountToken() {
    }

    AccountToken(String tokenHash, Purpose purpose, String tenantId, String subjectId, Instant expiresAt, Instant now) {
        this.tokenHash = tokenHash;
        this.purpose = purpose;
        this.tenantId = tenantId;
        this.subjectId = subjectId;
        this.expiresAt = expiresAt;
        this.createdAt = now;
    }

    public String tenantId() { return tenantId; }
    public String subjectId() { return subjectId; }

    boolean usableFor(Purpose wanted, Instant now) {
        return purpose == wanted && usedAt == null && expiresAt.isAfter(now);
    }

    void use(Instant now) {
        usedAt = now;
    }
}
