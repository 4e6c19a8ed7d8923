package io.flowline.stock;

import java.math.BigDecimal;
import java.time.Instant;

import io.flowline.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One item x location x lot of a count: the book quantity when it was taken, and what was counted (null until counted). */
@Entity
@NamedQueries({
        @NamedQuery(name = "StockCountLine.tallies", query = "SELECT l.countId, COUNT(l.id), COUNT(l.counted) FROM StockCountLine l WHERE l.countId IN :counts GROUP BY l.countId"),
        @NamedQuery(name = "StockCountLine.ofCount", query = "SELECT l FROM StockCountLine l WHERE l.countId = :count ORDER BY l.id"),
        @NamedQuery(name = "StockCountLine.openInWarehouse", query = "SELECT l.balanceKey, l.countId FROM StockCountLine l, StockCount c WHERE c.id = l.countId AND c.status = :open AND c.warehouseId = :warehouse")
})
@Table(name = "stock_count_lines")
public class StockCountLine extends TenantOwned {
    @Column(name = "count_id")
    private String countId;
    @Column(name = "balance_key")
    private String balanceKey;
    @Column(name = "item_id")
    private String itemId;
    @Column(name = "location_id")
    private String locationId;
    @Column(name = "lot_id")
    private String lotId;
    private BigDecimal expected;
    private BigDecimal counted;

    protected StockCountLine() {
    }

    StockCountLine(String id, String countId, String itemId, String warehouseId, String locationId, String lotId, BigDecimal expected, Instant now) {
        super(id, now);
        this.countId = countId;
        this.balanceKey = StockBalance.key(itemId, warehouseId, locationId, lotId);
        this.itemId = itemId;
        this.locationId = locationId;
        this.lotId = lotId;
        this.expected = expected;
    }

    public String countId() { return countId; }
    public String balanceKey() { return balanceKey; }
    public String itemId() { return itemId; }
    public String locationId() { return locationId; }
    public String lotId() { return lotId; }
    public BigDecimal expected() { return expected; }
    public BigDecimal counted() { return counted; }

    /** counted - expected; null while not counted. */
    public BigDecimal difference() {
        return counted == null ? null : counted.subtract(expected);
    }

    void count(BigDecimal quantity) {
        this.counted = quantity;
    }
}
