package io.flowline.stock;

import java.time.Instant;

import io.flowline.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A physical count of (part of) one warehouse; its lines hold the book quantities taken when it opened. */
@Entity
@Table(name = "stock_counts")
public class StockCount extends TenantOwned {
    @Column(name = "warehouse_id")
    private String warehouseId;
    @Enumerated(EnumType.STRING)
    private StockCountStatus status;
    @Column(name = "posting_id")
    private String postingId;
    @Column(name = "posted_at")
    private Instant postedAt;

    protected StockCount() {
    }

    StockCount(String id, String warehouseId, Instant now) {
        super(id, now);
        this.warehouseId = warehouseId;
        this.status = StockCountStatus.OPEN;
    }

    public String warehouseId() { return warehouseId; }
    public StockCountStatus status() { return status; }
    public String postingId() { return postingId; }
    public Instant postedAt() { return postedAt; }

    void post(String postingId, Instant at) {
        this.status = StockCountStatus.POSTED;
        this.postingId = postingId;
        this.postedAt = at;
    }

    void cancel() {
        this.status = StockCountStatus.CANCELLED;
    }
}
