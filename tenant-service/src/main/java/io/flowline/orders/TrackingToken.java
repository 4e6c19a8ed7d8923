package io.flowline.orders;

import io.flowline.platform.security.PasswordHasher;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Where the order of a tracking token lives, found by the token's SHA-256. Not tenant-owned (tenant-owned: no) — the
 * tracking endpoint has no login and so no tenant; this row, written with the order, is all it reads before it knows one.
 */
@Entity
@Table(name = "order_tracking")
public class TrackingToken {
    @Id
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "tenant_id")
    private String tenantId;
    @Column(name = "order_id")
    private String orderId;

    protected TrackingToken() {
    }

    TrackingToken(String token, String tenantId, String orderId) {
        this.tokenHash = PasswordHasher.sha256(token);
        this.tenantId = tenantId;
        this.orderId = orderId;
    }

    public String tenantId() { return tenantId; }
    public String orderId() { return orderId; }
}
